// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSpout.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "CliStream.h"
#include "stream/SpoutStream.h"

namespace lc {

int CliSpout::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Print the organisation's live stream, one JSON record per line, until "
               "interrupted (Ctrl-C). States and errors go to stderr."));
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(
            QStringLiteral("type"),
            tr("Stream type: %1.").arg(SpoutOptions::types().join(QStringLiteral(", "))),
            tr("TYPE"));
    parser.addOption({QStringLiteral("tag"), tr("Only sensors with this tag."), tr("tag")});
    parser.addOption({QStringLiteral("cat"), tr("Only detections of this category."), tr("cat")});
    parser.addOption({QStringLiteral("sid"), tr("Only this sensor."), tr("sid")});
    parser.addOption({QStringLiteral("inv-id"),
                      tr("Only records of this investigation id (the part before '/')."),
                      tr("id")});
    CliStream::addOptions(parser);

    if (int exitCode = 0; !CliContext::parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return CliContext().fail(tr("Give one stream type (%1).")
                                         .arg(SpoutOptions::types().join(QStringLiteral(", "))),
                                 CliContext::UsageError);
    }
    SpoutOptions options;
    options.type = positional.first();
    if (!SpoutOptions::types().contains(options.type)) {
        return CliContext().fail(
                tr("Unknown stream type \"%1\"; use one of %2.")
                        .arg(options.type, SpoutOptions::types().join(QStringLiteral(", "))),
                CliContext::UsageError);
    }
    options.tag = parser.value(QStringLiteral("tag"));
    options.category = parser.value(QStringLiteral("cat"));
    options.sid = parser.value(QStringLiteral("sid"));
    options.investigationId = parser.value(QStringLiteral("inv-id"));
    CliStream::Limits limits;
    QString error;
    if (!CliStream::readLimits(parser, &limits, &error))
        return CliContext().fail(error, CliContext::UsageError);

    CliContext context;
    if (!context.connect(parser))
        return CliContext::AuthError;

    SpoutStream stream(context.client(), options);
    return CliStream::run(
            context, stream, QStringLiteral("spout"), limits,
            [](LiveStream& live, const std::function<void(int)>& done) {
                live.stop();
                done(CliContext::Success);
            },
            [&stream] { return stream.failedOnAuthentication(); });
}

} // namespace lc
