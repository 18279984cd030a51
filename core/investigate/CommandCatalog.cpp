// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/CommandCatalog.h"

#include <QRegularExpression>

#include <algorithm>

#include "investigate/TaskLine.h"
#include "sensors/Platform.h"

using namespace Qt::Literals::StringLiterals;

namespace lc {

namespace {

using Type = ArgumentSpec::Type;

ArgumentSpec positional(const QString& name, Type type, bool required = true)
{
    ArgumentSpec spec;
    spec.name = name;
    spec.type = type;
    spec.required = required;
    return spec;
}

ArgumentSpec option(const QString& flag, const QString& longFlag, const QString& name, Type type,
                    bool required = false, bool repeatable = false)
{
    ArgumentSpec spec;
    spec.flag = flag;
    spec.longFlag = longFlag;
    spec.name = name;
    spec.type = type;
    spec.required = required;
    spec.repeatable = repeatable;
    return spec;
}

ArgumentSpec toggle(const QString& longFlag)
{
    return option({}, longFlag, {}, Type::Switch);
}

CommandSpec command(const QString& name, const QString& summary, QList<ArgumentSpec> arguments,
                    quint8 platforms, const QString& replyEvent)
{
    CommandSpec spec;
    spec.name = name;
    spec.summary = summary;
    spec.arguments = std::move(arguments);
    spec.platforms = platforms;
    spec.replyEvent = replyEvent;
    return spec;
}

CommandSpec destructive(CommandSpec spec)
{
    spec.destructive = true;
    return spec;
}

CommandSpec completing(CommandSpec spec, Completion completion, int timeoutMs)
{
    spec.completion = completion;
    spec.timeoutMs = timeoutMs;
    return spec;
}

constexpr quint8 W = CommandSpec::Windows;
constexpr quint8 L = CommandSpec::Linux;
constexpr quint8 M = CommandSpec::MacOs;
constexpr quint8 C = CommandSpec::Chrome;
constexpr quint8 WLM = CommandSpec::Desktop;

QList<CommandSpec> buildCatalog()
{
    const ArgumentSpec pid = option(u"-p"_s, u"--pid"_s, u"PID"_s, Type::Integer);
    const ArgumentSpec atom = option(u"-a"_s, u"--atom"_s, u"ATOM"_s, Type::Text);
    const ArgumentSpec file = positional(u"file"_s, Type::Path);
    const int hour = 3'600'000;

    return {
            command(u"file_get"_s,
                    CommandCatalog::tr("Upload a file's content (base64) from the host."),
                    {option(u"-o"_s, u"--offset"_s, u"OFFSET"_s, Type::Integer),
                     option(u"-s"_s, u"--max-size"_s, u"MAXSIZE"_s, Type::Integer), file},
                    WLM, u"FILE_GET_REP"_s),
            command(u"file_info"_s, CommandCatalog::tr("Size, attributes and times of a file."),
                    {file}, WLM, u"FILE_INFO_REP"_s),
            command(u"file_hash"_s, CommandCatalog::tr("SHA-256 and signature of a file."), {file},
                    WLM, u"FILE_HASH_REP"_s),
            destructive(command(u"file_del"_s, CommandCatalog::tr("Delete a file."), {file}, WLM,
                                u"FILE_DEL_REP"_s)),
            destructive(command(
                    u"file_mov"_s, CommandCatalog::tr("Move or rename a file."),
                    {positional(u"srcFile"_s, Type::Path), positional(u"dstFile"_s, Type::Path)},
                    WLM, u"FILE_MOV_REP"_s)),
            command(u"dir_list"_s, CommandCatalog::tr("List a directory, optionally recursively."),
                    {option(u"-d"_s, u"--depth"_s, u"DEPTH"_s, Type::Integer),
                     positional(u"rootDir"_s, Type::Path), positional(u"fileExp"_s, Type::Pattern)},
                    WLM, u"DIR_LIST_REP"_s),
            completing(command(u"dir_find_hash"_s,
                               CommandCatalog::tr(
                                       "Find files with a given SHA-256 under a directory."),
                               // Newer sensors take the hash as a third positional argument,
                               // older ones as --hash; either form passes.
                               {option(u"-d"_s, u"--depth"_s, u"DEPTH"_s, Type::Integer),
                                option({}, u"--hash"_s, u"HASH"_s, Type::Sha256, false, true),
                                positional(u"rootDir"_s, Type::Path),
                                positional(u"fileExp"_s, Type::Pattern),
                                positional(u"hash"_s, Type::Sha256, false)},
                               WLM, u"DIR_FINDHASH_REP"_s),
                       Completion::FirstReply, hour),
            command(u"mem_map"_s, CommandCatalog::tr("Memory map of a process."), {pid, atom}, WLM,
                    u"MEM_MAP_REP"_s),
            command(u"mem_read"_s, CommandCatalog::tr("Read process memory (base64)."),
                    {pid, atom, positional(u"baseAddr"_s, Type::Hex),
                     positional(u"memSize"_s, Type::Hex)},
                    WLM, u"MEM_READ_REP"_s),
            command(u"mem_handles"_s, CommandCatalog::tr("Open handles of a process (0 = all)."),
                    {pid, atom}, W, u"MEM_HANDLES_REP"_s),
            command(u"mem_strings"_s, CommandCatalog::tr("Strings in a process's memory."),
                    {pid, atom}, WLM, u"MEM_STRINGS_REP"_s),
            command(u"mem_find_string"_s,
                    CommandCatalog::tr("Search process memory for strings (pid 0 = all)."),
                    {option(u"-s"_s, u"--strings"_s, u"STRING"_s, Type::Text, true, true),
                     positional(u"pid"_s, Type::Integer)},
                    WLM, u"MEM_FIND_STRING_REP"_s),
            command(u"mem_find_handle"_s,
                    CommandCatalog::tr("Find processes holding a matching handle."),
                    {positional(u"needle"_s, Type::Text)}, W, u"MEM_FIND_HANDLES_REP"_s),
            command(u"os_services"_s, CommandCatalog::tr("Services and their state."), {}, WLM,
                    u"OS_SERVICES_REP"_s),
            command(u"os_drivers"_s, CommandCatalog::tr("Loaded drivers."), {}, W,
                    u"OS_DRIVERS_REP"_s),
            completing(command(u"os_packages"_s, CommandCatalog::tr("Installed packages."), {},
                               W | L | C, u"OS_PACKAGES_REP"_s),
                       Completion::FirstReply, 60'000),
            destructive(command(u"os_kill_process"_s, CommandCatalog::tr("Kill a process."),
                                {pid, atom}, WLM, u"OS_KILL_PROCESS_REP"_s)),
            destructive(command(u"os_suspend"_s, CommandCatalog::tr("Suspend a process or thread."),
                                {pid, atom, option(u"-t"_s, u"--tid"_s, u"TID"_s, Type::Integer)},
                                WLM, u"OS_SUSPEND_REP"_s)),
            command(u"os_resume"_s, CommandCatalog::tr("Resume a suspended process or thread."),
                    {pid, atom, option(u"-t"_s, u"--tid"_s, u"TID"_s, Type::Integer)}, WLM,
                    u"OS_RESUME_REP"_s),
            command(u"os_processes"_s, CommandCatalog::tr("Running processes."),
                    {pid, toggle(u"--is-no-modules"_s)}, WLM, u"OS_PROCESSES_REP"_s),
            command(u"os_autoruns"_s, CommandCatalog::tr("Programs started automatically."), {},
                    WLM, u"OS_AUTORUNS_REP"_s),
            command(u"os_version"_s, CommandCatalog::tr("Operating system version."), {}, WLM,
                    u"OS_VERSION_REP"_s),
            command(u"os_users"_s, CommandCatalog::tr("User accounts."), {}, W, u"OS_USERS_REP"_s),
            command(u"reg_list"_s, CommandCatalog::tr("Subkeys and values of a registry key."),
                    {positional(u"reg"_s, Type::RegistryKey)}, W, u"REGISTRY_LIST_REP"_s),
            completing(
                    command(u"hidden_module_scan"_s,
                            CommandCatalog::tr("Look for hidden modules in a process (-1 = all)."),
                            {positional(u"pid"_s, Type::Integer)}, W | L,
                            u"HIDDEN_MODULE_DETECTED"_s),
                    Completion::UntilDone, hour),
            command(u"exfil_add"_s,
                    CommandCatalog::tr("Send an event type to the cloud for a while."),
                    {option(u"-e"_s, u"--expire"_s, u"EXPIRE"_s, Type::Integer, true),
                     positional(u"event"_s, Type::EventName)},
                    WLM, u"CLOUD_NOTIFICATION"_s),
            command(u"exfil_del"_s, CommandCatalog::tr("Stop sending an event type."),
                    {positional(u"event"_s, Type::EventName)}, WLM, u"CLOUD_NOTIFICATION"_s),
            command(u"exfil_get"_s, CommandCatalog::tr("Event types currently sent."), {}, WLM,
                    u"GET_EXFIL_EVENT_REP"_s),
            completing(command(u"history_dump"_s,
                               CommandCatalog::tr("Events cached on the sensor."),
                               {option(u"-r"_s, u"--rootatom"_s, u"ROOTATOM"_s, Type::Text), atom,
                                option(u"-e"_s, u"--event"_s, u"EVENT"_s, Type::EventName)},
                               WLM | C, u"HISTORY_DUMP_REP"_s),
                       Completion::UntilQuiet, 60'000),
            command(u"set_performance_mode"_s, CommandCatalog::tr("Switch performance mode."),
                    {toggle(u"--is-enabled"_s)}, W, {}),
            completing(destructive(command(u"restart"_s, CommandCatalog::tr("Restart the sensor."),
                                           {}, WLM, {})),
                       Completion::NoReply, 30'000),
            completing(
                    destructive(command(u"uninstall"_s, CommandCatalog::tr("Uninstall the sensor."),
                                        {toggle(u"--is-confirmed"_s)}, W | M, {})),
                    Completion::NoReply, 30'000),
            command(u"fim_add"_s, CommandCatalog::tr("Watch files or registry keys for changes."),
                    {option({}, u"--pattern"_s, u"PATTERN"_s, Type::Path, true, true)}, WLM,
                    u"FIM_ADD"_s),
            command(u"fim_del"_s, CommandCatalog::tr("Stop watching patterns."),
                    {option({}, u"--pattern"_s, u"PATTERN"_s, Type::Path, true, true)}, WLM,
                    u"FIM_DEL"_s),
            command(u"fim_get"_s, CommandCatalog::tr("Watched patterns."), {}, WLM,
                    u"FIM_LIST_REP"_s),
            completing(command(u"yara_update"_s,
                               CommandCatalog::tr("Replace the sensor's YARA rules."),
                               {positional(u"rule"_s, Type::Rule)}, WLM, {}),
                       Completion::NoReply, 30'000),
            completing(
                    command(u"yara_scan"_s,
                            CommandCatalog::tr(
                                    "Scan a file, a process or the whole host with a YARA rule."),
                            {pid, option(u"-f"_s, u"--filePath"_s, u"FILEPATH"_s, Type::Path),
                             option(u"-e"_s, u"--processExpr"_s, u"PROCEXPR"_s, Type::Text),
                             toggle(u"--is-no-validation"_s), positional(u"rule"_s, Type::Rule)},
                            WLM, u"YARA_DETECTION"_s),
                    Completion::UntilDone, hour),
            command(u"doc_cache_get"_s, CommandCatalog::tr("Documents cached by the sensor."),
                    {option(u"-f"_s, u"--file-pattern"_s, u"FILE_PATTERN"_s, Type::Pattern),
                     option(u"-s"_s, u"--hash"_s, u"HASH"_s, Type::Sha256)},
                    W | M, u"GET_DOCUMENT_REP"_s),
            completing(destructive(command(
                               u"deny_tree"_s,
                               CommandCatalog::tr("Kill a process tree and keep it from running."),
                               {positional(u"atom"_s, Type::Text)}, WLM, {})),
                       Completion::NoReply, 30'000),
            destructive(command(
                    u"segregate_network"_s,
                    CommandCatalog::tr("Cut the host off the network (until rejoin or reboot)."),
                    {}, W | M | C | L, u"SEGREGATE_NETWORK"_s)),
            command(u"rejoin_network"_s,
                    CommandCatalog::tr("Let a segregated host back on the network."), {},
                    W | M | C | L, u"REJOIN_NETWORK"_s),
            command(u"netstat"_s, CommandCatalog::tr("Network connections."), {}, WLM,
                    u"NETSTAT_REP"_s),
            command(u"dns_resolve"_s, CommandCatalog::tr("Resolve a domain name from the host."),
                    {positional(u"domain"_s, Type::Text)}, WLM | C, u"DNS_REQUEST"_s),
            completing(command(u"log_get"_s,
                               CommandCatalog::tr("Upload a log or artifact to the cloud."),
                               {option({}, u"--file"_s, u"FILE"_s, Type::Path),
                                option({}, u"--source"_s, u"SRC"_s, Type::Text),
                                option({}, u"--type"_s, u"TYPE"_s, Type::Text),
                                option({}, u"--payload-id"_s, u"ID"_s, Type::Text),
                                option({}, u"--days-retention"_s, u"N"_s, Type::Integer),
                                toggle(u"--is-ignore-cert"_s)},
                               WLM, u"LOG_GET_REP"_s),
                       Completion::FirstReply, 120'000),
            completing(destructive(command(u"run"_s,
                                           CommandCatalog::tr("Run a payload or a shell command."),
                                           {option({}, u"--payload-name"_s, u"NAME"_s, Type::Text),
                                            option({}, u"--arguments"_s, u"ARGS"_s, Type::Text),
                                            option({}, u"--shell-command"_s, u"CMD"_s, Type::Text),
                                            option({}, u"--timeout"_s, u"S"_s, Type::Integer),
                                            toggle(u"--is-ignore-cert"_s)},
                                           WLM, u"RECEIPT"_s)),
                       Completion::FirstReply, 120'000),
            command(u"pcap_ifaces"_s,
                    CommandCatalog::tr("Network interfaces available for capture."), {}, L,
                    u"PCAP_LIST_INTERFACES_REP"_s),
    };
}

bool isHex(const QString& text, bool allowPrefix)
{
    QString digits = text;
    if (allowPrefix && digits.startsWith(u"0x"_s, Qt::CaseInsensitive))
        digits = digits.mid(2);
    if (digits.isEmpty())
        return false;
    for (const QChar c : digits) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return true;
}

// Why a value does not fit its argument's type; empty when it does.
QString checkValue(const ArgumentSpec& argument, const QString& value)
{
    switch (argument.type) {
    case Type::Integer: {
        bool ok = false;
        value.toLongLong(&ok);
        return ok ? QString()
                  : CommandCatalog::tr("%1 must be a number, not \"%2\"").arg(argument.name, value);
    }
    case Type::Hex:
        return isHex(value, true) ? QString()
                                  : CommandCatalog::tr("%1 must be hexadecimal, not \"%2\"")
                                            .arg(argument.name, value);
    case Type::Sha256:
        return value.size() == 64 && isHex(value, false)
                       ? QString()
                       : CommandCatalog::tr("%1 must be a SHA-256: 64 hexadecimal characters")
                                 .arg(argument.name);
    case Type::RegistryKey: {
        static const QRegularExpression root(u"^(hkcr|hkcc|hkcu|hklm|hku)(\\\\|$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        if (root.match(value).hasMatch())
            return {};
        if (value.startsWith(u"HKEY_"_s, Qt::CaseInsensitive))
            return CommandCatalog::tr("%1 must start with hkcr, hkcc, hkcu, hklm or hku: the "
                                      "sensor takes the short names (hklm for "
                                      "HKEY_LOCAL_MACHINE)")
                    .arg(argument.name);
        return CommandCatalog::tr("%1 must start with hkcr, hkcc, hkcu, hklm or hku, then a "
                                  "backslash")
                .arg(argument.name);
    }
    case Type::Path:
    case Type::Pattern:
    case Type::Text:
    case Type::Rule:
    case Type::EventName:
        return value.isEmpty() ? CommandCatalog::tr("%1 is empty").arg(argument.name) : QString();
    case Type::Switch:
        break;
    }
    return {};
}

const ArgumentSpec* findFlag(const CommandSpec& spec, const QString& word)
{
    for (const ArgumentSpec& argument : spec.arguments) {
        if (!argument.isPositional() && (word == argument.flag || word == argument.longFlag))
            return &argument;
    }
    return nullptr;
}

// A negative number is a value, not a flag (`hidden_module_scan -1`).
bool looksLikeFlag(const TaskLine::Token& token)
{
    if (token.quoted || !token.text.startsWith(QLatin1Char('-')) || token.text.size() < 2)
        return false;
    bool number = false;
    token.text.toLongLong(&number);
    return !number;
}

} // namespace

const QList<CommandSpec>& CommandCatalog::commands()
{
    static const QList<CommandSpec> catalog = buildCatalog();
    return catalog;
}

const CommandSpec* CommandCatalog::find(const QString& name)
{
    const QString key = name.toLower();
    for (const CommandSpec& spec : commands()) {
        if (spec.name == key)
            return &spec;
    }
    return nullptr;
}

QStringList CommandCatalog::names()
{
    QStringList list;
    for (const CommandSpec& spec : commands())
        list.append(spec.name);
    list.sort();
    return list;
}

quint8 CommandCatalog::platformBit(quint32 plat)
{
    const QString name = Platform::platformName(plat);
    if (name == u"windows"_s)
        return CommandSpec::Windows;
    if (name == u"linux"_s)
        return CommandSpec::Linux;
    if (name == u"macos"_s)
        return CommandSpec::MacOs;
    if (name == u"chrome"_s || name == u"chromeos"_s)
        return CommandSpec::Chrome;
    return 0;
}

QString CommandCatalog::platformNames(quint8 platforms)
{
    QStringList names;
    if (platforms & CommandSpec::Windows)
        names << tr("Windows");
    if (platforms & CommandSpec::Linux)
        names << tr("Linux");
    if (platforms & CommandSpec::MacOs)
        names << tr("macOS");
    if (platforms & CommandSpec::Chrome)
        names << tr("Chrome OS");
    return names.join(u", "_s);
}

QString CommandCatalog::usage(const CommandSpec& spec)
{
    QStringList parts{spec.name};
    for (const ArgumentSpec& argument : spec.arguments) {
        QString part;
        if (argument.isPositional()) {
            part = argument.name;
        } else {
            part = argument.flag.isEmpty() ? argument.longFlag : argument.flag;
            if (argument.takesValue())
                part += QLatin1Char(' ') + argument.name;
        }
        if (argument.repeatable)
            part += u" ..."_s;
        if (!argument.required)
            part = QLatin1Char('[') + part + QLatin1Char(']');
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString CommandCatalog::help(const CommandSpec& spec)
{
    QString text = usage(spec) + QLatin1Char('\n') + spec.summary + QLatin1Char('\n')
                   + tr("Platforms: %1").arg(platformNames(spec.platforms));
    if (!spec.replyEvent.isEmpty())
        text += QLatin1Char('\n') + tr("Reply: %1").arg(spec.replyEvent);
    if (spec.destructive)
        text += QLatin1Char('\n') + tr("Changes the host: asks for confirmation.");
    return text;
}

bool CommandCatalog::isKnownCommand(const QString& line)
{
    return find(TaskLine::commandOf(line)) != nullptr;
}

QString CommandCatalog::check(const QString& line, quint8 platformBit)
{
    if (TaskLine::hasControlCharacters(line))
        return tr("The command holds control characters (a line break or a tab?).");

    const QList<TaskLine::Token> tokens = TaskLine::tokenize(line);
    if (tokens.isEmpty())
        return tr("Type a command, for example os_version.");
    for (const TaskLine::Token& token : tokens) {
        if (token.unterminated)
            return tr("A quote is not closed.");
    }

    const CommandSpec* spec = find(tokens.first().text);
    if (spec == nullptr)
        return tr("Unknown command \"%1\".").arg(tokens.first().text);
    if (!spec->supports(platformBit))
        return tr("%1 is not supported on this sensor's platform (only %2).")
                .arg(spec->name, platformNames(spec->platforms));

    QList<const ArgumentSpec*> positionals;
    for (const ArgumentSpec& argument : spec->arguments) {
        if (argument.isPositional())
            positionals.append(&argument);
    }

    QList<const ArgumentSpec*> seen;
    int nextPositional = 0;
    for (int i = 1; i < tokens.size(); ++i) {
        const TaskLine::Token& token = tokens.at(i);
        if (looksLikeFlag(token)) {
            const ArgumentSpec* argument = findFlag(*spec, token.text);
            if (argument == nullptr)
                return tr("%1 has no option %2. Usage: %3")
                        .arg(spec->name, token.text, usage(*spec));
            if (seen.contains(argument) && !argument->repeatable)
                return tr("%1 is given twice.").arg(token.text);
            seen.append(argument);
            if (!argument->takesValue())
                continue;
            if (i + 1 >= tokens.size())
                return tr("%1 needs a value (%2).").arg(token.text, argument->name);
            const QString problem = checkValue(*argument, tokens.at(++i).text);
            if (!problem.isEmpty())
                return problem;
            continue;
        }

        if (nextPositional >= positionals.size())
            return tr("Too many arguments. Usage: %1").arg(usage(*spec));
        const ArgumentSpec* argument = positionals.at(nextPositional++);
        const QString problem = checkValue(*argument, token.text);
        if (!problem.isEmpty())
            return problem;
        seen.append(argument);
    }

    const bool hasHash = std::any_of(seen.begin(), seen.end(), [](const ArgumentSpec* argument) {
        return argument->type == Type::Sha256;
    });
    if (spec->name == u"dir_find_hash"_s && !hasHash)
        return tr("dir_find_hash needs a SHA-256 to look for. Usage: %1").arg(usage(*spec));
    for (const ArgumentSpec& argument : spec->arguments) {
        if (argument.required && !seen.contains(&argument))
            return tr("%1 is missing. Usage: %2")
                    .arg(argument.isPositional()
                                 ? argument.name
                                 : (argument.flag.isEmpty() ? argument.longFlag : argument.flag),
                         usage(*spec));
    }
    return {};
}

CommandCatalog::Completions CommandCatalog::complete(const QString& line, int cursor)
{
    Completions result;
    const QString before = line.left(cursor);
    int wordStart = static_cast<int>(before.size());
    while (wordStart > 0 && !before.at(wordStart - 1).isSpace())
        --wordStart;
    result.replaceFrom = wordStart;
    const QString prefix = before.mid(wordStart);

    const QList<TaskLine::Token> tokens = TaskLine::tokenize(before.left(wordStart));
    if (tokens.isEmpty()) {
        for (const QString& name : names()) {
            if (name.startsWith(prefix, Qt::CaseInsensitive))
                result.candidates.append(name);
        }
        return result;
    }

    const CommandSpec* spec = find(tokens.first().text);
    if (spec == nullptr || !(prefix.isEmpty() || prefix.startsWith(QLatin1Char('-'))))
        return result;
    for (const ArgumentSpec& argument : spec->arguments) {
        for (const QString& flag : {argument.flag, argument.longFlag}) {
            if (!flag.isEmpty() && flag.startsWith(prefix))
                result.candidates.append(flag);
        }
    }
    return result;
}

} // namespace lc
