// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "investigate/SpotCheckOptions.h"

namespace lc {

// `lcdesk spotcheck`: looks for indicators of compromise on every sensor of the organisation
// (reference §9), with the original command line's options. Indicators are checked before
// anything is sent; a bad one is named on stderr and left out. While it runs it prints the
// original's lines (`> (sid / host)` a sensor's turn starts, `! (sid / host): {json}` a hit,
// `X (sid / host): error`, `? (sid / host)` offline, `. (sid / host)` done), then a summary.
// Exit codes: 0 finished without hits, 4 hits found, 1 failures (or stopped) without hits,
// 2 usage error (also: no usable indicator), 3 no credentials.
class CliSpotCheck
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliSpotCheck)

public:
    enum ExitCode
    {
        Hits = 4,
    };

    struct Arguments
    {
        SpotCheckOptions options;
        bool json = false;
        QString csvPath;
        QString reportPath;
        QString environment;
        bool demo = false;
        bool help = false;
    };

    static int run(const QStringList& arguments);

    // arguments[0] is the subcommand. False with *error naming the option at fault.
    static bool parseArguments(const QStringList& arguments, Arguments* parsed, QString* error);
    static QString helpText();
};

} // namespace lc
