// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace lc {

class CliContext;
class LiveStream;

// What `lcdesk spout` and `lcdesk firehose` share: each record printed to stdout as the raw
// line received (one per line, through a writer thread so a slow pipe never stalls the
// stream), states, notices and errors on stderr, Ctrl-C / SIGTERM for a clean stop, and
// --count / --timeout for scripts.
class CliStream
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliStream)

public:
    struct Limits
    {
        qint64 count = 0;    // stop after this many records (0: no limit)
        int timeoutSecs = 0; // stop after this long (0: no limit)
    };
    // Stops the stream and calls `done` once it is fully stopped (a firehose deletes its
    // output first). `done` receives the exit code the stop itself calls for.
    using Stopper = std::function<void(LiveStream& stream, std::function<void(int)> done)>;

    static void addOptions(QCommandLineParser& parser);
    // False with a usage message when --count or --timeout is not a positive number.
    static bool readLimits(const QCommandLineParser& parser, Limits* limits, QString* error);

    // Starts the stream and runs the event loop until the count is reached, the timeout
    // passes, a signal arrives, stdout closes or the stream fails. Returns the exit code:
    // 0 done or interrupted, 1 failure (or timeout before --count records), 3 refused
    // credentials. `isAuthFailure` tells a failed stream's credentials problem apart.
    static int run(CliContext& context, LiveStream& stream, const QString& label,
                   const Limits& limits, const Stopper& stopper,
                   const std::function<bool()>& isAuthFailure);
};

} // namespace lc
