// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace lc {

// The end-to-end live figure: lcdesk-emulator at --event-rate max over loopback into
// SpoutStream -> EventFeed -> EventStore -> LiveEventModel, in events per second: the time to
// receive and store `records` records once the stream is live and warm (target >= 500,000
// events/s; `seconds` is the deadline). Server-side drops (the emulator's queue overflowing
// because the client is slower) are printed beside it.
class SpoutEndToEndBench
{
    Q_DECLARE_TR_FUNCTIONS(lc::SpoutEndToEndBench)

public:
    explicit SpoutEndToEndBench(quint64 records = 3'000'000, int seconds = 30);

    // Returns the process exit code: 0 when the target is met.
    int run();

private:
    quint64 m_records;
    int m_seconds;
};

} // namespace lc
