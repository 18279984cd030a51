// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliShell.h"

#include <QCommandLineParser>

#include "CliContext.h"
#include "ShellSession.h"
#include "investigate/Investigation.h"

namespace lc {

int CliShell::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Interactive shell bound to one sensor: type sensor commands (Tab completes), see "
               "replies as they arrive. Built-ins: sensor, inv, status, history, help, quit."));
    parser.addPositionalArgument(QStringLiteral("sensor"), tr("Sensor id or exact hostname."),
                                 tr("[SENSOR]"));
    parser.addOption({QStringLiteral("inv-id"),
                      tr("Investigation id the replies are tracked under (default: a new one)."),
                      tr("id")});
    parser.addOption({QStringLiteral("yes"),
                      tr("Send commands that change the host without asking (for scripts).")});
    parser.addOption({QStringLiteral("json"), tr("Print each reply as one raw JSON line.")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("Seconds to wait for each command (default: per command, 30 s for most)."),
                      tr("seconds")});
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);

    int exitCode = CliContext::Success;
    if (!CliContext::parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return CliContext().fail(tr("Give one sensor; switch later with: sensor SID|HOSTNAME"),
                                 CliContext::UsageError);

    ShellSession::Settings settings;
    settings.assumeYes = parser.isSet(QStringLiteral("yes"));
    settings.jsonLines = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("inv-id"))) {
        settings.investigationId = parser.value(QStringLiteral("inv-id"));
        const QString problem = Investigation::checkId(settings.investigationId);
        if (!problem.isEmpty())
            return CliContext().fail(problem, CliContext::UsageError);
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86'400)
            return CliContext().fail(tr("--timeout takes seconds: more than 0, at most 86400."),
                                     CliContext::UsageError);
        settings.timeoutMs = int(seconds * 1000);
    }

    CliContext context;
    if (!context.connect(parser))
        return CliContext::AuthError;

    ShellSession shell(context, settings);
    if (!parser.positionalArguments().isEmpty()
        && !shell.selectSensor(parser.positionalArguments().first()))
        return CliContext::Failure;
    return shell.exec();
}

} // namespace lc
