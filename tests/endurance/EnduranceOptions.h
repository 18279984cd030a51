// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// What one endurance run does: how long, how hard, which faults, and what counts as flat.
struct EnduranceOptions
{
    // A deliberate defect planted in the client path, so that a test can show each check fails.
    enum class Sabotage
    {
        None,
        HideNotices, // the notice line stops showing what the stream reports
        LoseEvents,  // one record in 1,000 vanishes between the stream and the feed
        LeakMemory,  // 2 MB kept after every memory sample once warm
    };

    double seconds = 3600;
    double eventRate = 20'000;
    qsizetype capacity = 100'000;
    // Emulator faults: every connection ends after this many records, alternately with a last
    // chunk and by shutting the socket down; writes cut inside records; a queue that overflows
    // when the client does not read; 5xx answers to this share of the stream requests.
    quint64 disconnectEvery = 1'300'000;
    bool splitWrites = true;
    quint64 streamQueue = 2'000;
    double streamErrorRate = 0.25;
    // The client's thread blocked this long this often, as a busy window would: the socket is
    // not read meanwhile, so the server drops what overflows its queue.
    int freezeMs = 1'500;
    double freezeEverySeconds = 60;
    // Memory: sampled this often; flat means the maximum of the last third of the samples
    // exceeds the first sample after the warm-up by at most max(boundMb, boundPercent).
    int sampleMs = 2'000;
    double warmupSeconds = 120;
    double boundMb = 16;
    double boundPercent = 5;
    quint64 seed = 7;
    Sabotage sabotage = Sabotage::None;

    // Reads the command line; false with the reason (or the help text) in *message.
    bool parse(const QStringList& arguments, QString* message);
    static QString sabotageName(Sabotage sabotage);
};

} // namespace lc
