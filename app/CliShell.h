// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// `lcdesk shell [SENSOR] [--inv-id ID] [--yes]`: the original SDK's interactive shell. Pick a
// sensor by sid or hostname, type sensor commands (checked against the catalogue, completed
// with Tab, kept in a history file) and see the replies as they arrive. Lines starting with
// '!' are sent as typed. With stdin not a terminal, reads one command per line (scripts, tests).
class CliShell
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliShell)

public:
    static int run(const QStringList& arguments);
};

} // namespace lc
