// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// `lcdesk sync fetch|push [--dry-run] [--force] [--no-rules] [--no-outputs] [--no-fp]
// [--config FILE|DIR] [--api-key FILE|-] [--json]`: D&R rules, false-positive rules and
// outputs as code, as the original command line had it. Exit codes tell apart: 0 nothing to
// change, 4 changes (listed by a dry-run, or applied), 1 a failure (a config error stops
// before any network call; a failed item is reported with the rest), 2 a usage error,
// 3 no credentials.
class CliSync
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliSync)

public:
    enum ExitCode
    {
        Changes = 4,
    };

    static int run(const QStringList& arguments);
};

} // namespace lc
