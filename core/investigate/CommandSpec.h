// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace lc {

// One argument of a sensor command: a flag (`-d DEPTH`, `--is-no-validation`) or a
// positional value.
struct ArgumentSpec
{
    enum class Type : quint8
    {
        Text,
        Path,
        Pattern,     // file name with * and ? wildcards
        Integer,     // decimal, may be negative (`-1` = all processes)
        Hex,         // memory addresses and sizes, with or without 0x
        Sha256,      // 64 hex characters
        RegistryKey, // starts with hkcr, hkcc, hkcu, hklm or hku
        Rule,        // YARA rule: literal text, https URL or base64
        EventName,   // an event type such as NEW_PROCESS
        Switch,      // a flag without a value
    };

    QString name;     // shown in usage lines: DEPTH, file, rootDir
    QString flag;     // "-d"; empty for a positional argument
    QString longFlag; // "--depth"; may be the only spelling
    Type type = Type::Text;
    bool required = false;
    bool repeatable = false;

    bool isPositional() const { return flag.isEmpty() && longFlag.isEmpty(); }
    bool takesValue() const { return type != Type::Switch; }
};

// How a task's answer ends.
enum class Completion : quint8
{
    FirstReply, // one reply event
    UntilDone,  // reply events, then one whose ERROR_MESSAGE is "done"
    UntilQuiet, // reply events until the sensor has been silent for a moment
    NoReply,    // only the receipt (restart, uninstall, ...)
};

// A sensor command from the reference's catalogue.
struct CommandSpec
{
    enum Platform : quint8
    {
        Windows = 0x01,
        Linux = 0x02,
        MacOs = 0x04,
        Chrome = 0x08,
        Desktop = Windows | Linux | MacOs,
    };

    QString name;
    QString summary;
    QList<ArgumentSpec> arguments;
    quint8 platforms = Desktop;
    // Changes the host (kills, deletes, isolates, restarts): the console asks first.
    bool destructive = false;
    QString replyEvent;
    Completion completion = Completion::FirstReply;
    // Beyond this the console calls the request timed out; long scans get more.
    int timeoutMs = 30'000;

    bool supports(quint8 platformBit) const
    {
        return platformBit == 0 || (platforms & platformBit);
    }
};

} // namespace lc
