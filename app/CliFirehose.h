// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// `lcdesk firehose IFACE:PORT TYPE [-n NAME] [-t TAG] [-c CAT] [-s SID] [-i INV_ID]
// [--public-dest HOST:PORT] [--cert FILE --key FILE] [--count N] [--timeout SEC]`: a TLS
// listener LimaCharlie pushes to (through a tmp_live_NAME output when a name is given), one
// JSON record per line on stdout. The output is deleted before the command exits.
class CliFirehose
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliFirehose)

public:
    static int run(const QStringList& arguments);
};

} // namespace lc
