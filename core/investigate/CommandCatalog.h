// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "investigate/CommandSpec.h"

namespace lc {

// The sensor commands LC Desk knows (reference §11): arguments with their types, the
// platforms that support each and which change the host. Checks a typed line before it is
// sent and completes command names and flags.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)

public:
    static const QList<CommandSpec>& commands();
    static const CommandSpec* find(const QString& name);
    static QStringList names();

    // The platform bit of CommandSpec for a sensor's `plat` code; 0 when unknown.
    static quint8 platformBit(quint32 plat);
    static QString platformNames(quint8 platforms);

    // `dir_list [-d DEPTH] rootDir fileExp`
    static QString usage(const CommandSpec& spec);
    // Usage, summary, platforms and whether it changes the host, for inline help.
    static QString help(const CommandSpec& spec);

    // Why the line cannot be sent as it is: empty when it can. An unknown command is
    // reported too; the caller decides whether to send it anyway (newer sensors know more).
    // With a platform bit, a command the platform lacks is refused.
    static QString check(const QString& line, quint8 platformBit = 0);
    static bool isKnownCommand(const QString& line);

    struct Completions
    {
        int replaceFrom = 0; // the candidates replace the line from here to the cursor
        QStringList candidates;
    };
    // Command names for the first word, the command's flags after it.
    static Completions complete(const QString& line, int cursor);
};

} // namespace lc
