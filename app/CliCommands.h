// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// The `lcdesk <subcommand>` front end: runs without a display, prints results to stdout
// and errors to stderr, and exits non-zero on failure.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliCommands)

public:
    static bool isSubcommand(const QString& word);
    // arguments[0] is the program, arguments[1] the subcommand.
    static int run(const QStringList& arguments);

private:
    static int usage();
    static int sensors(const QStringList& arguments);
    static int tag(const QStringList& arguments, bool add);
    static int task(const QStringList& arguments);
    static int isolation(const QStringList& arguments, bool isolate);
    static int use(const QStringList& arguments);
    static int login(const QStringList& arguments);
};

} // namespace lc
