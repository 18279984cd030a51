// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// `lcdesk spout TYPE [--tag T] [--cat C] [--sid S] [--inv-id I] [--count N] [--timeout SEC]`:
// the organisation's live stream, one JSON record per line on stdout.
class CliSpout
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliSpout)

public:
    static int run(const QStringList& arguments);
};

} // namespace lc
