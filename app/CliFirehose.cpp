// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliFirehose.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "CliStream.h"
#include "api/ApiClient.h"
#include "stream/FirehoseListener.h"

namespace lc {

int CliFirehose::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Listen for LimaCharlie's pushed stream over TLS and print one JSON record per "
               "line until interrupted (Ctrl-C). With a name, the output tmp_live_NAME is "
               "created to point here and deleted on exit."));
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("listen"),
                                 tr("Interface and port: ip:port, :port (all interfaces), ip "
                                    "(port 443) or [v6]:port."),
                                 tr("IFACE:PORT"));
    parser.addPositionalArgument(
            QStringLiteral("type"),
            tr("Stream type: %1.").arg(FirehoseOptions::types().join(QStringLiteral(", "))),
            tr("TYPE"));
    parser.addOption({{QStringLiteral("n"), QStringLiteral("name")},
                      tr("Create the output tmp_live_<name> pointing here (deleted on exit)."),
                      tr("name")});
    parser.addOption({{QStringLiteral("t"), QStringLiteral("tag")},
                      tr("Only sensors with this tag."),
                      tr("tag")});
    parser.addOption({{QStringLiteral("c"), QStringLiteral("cat")},
                      tr("Only detections of this category."),
                      tr("cat")});
    parser.addOption(
            {{QStringLiteral("s"), QStringLiteral("sid")}, tr("Only this sensor."), tr("sid")});
    parser.addOption({{QStringLiteral("i"), QStringLiteral("inv-id")},
                      tr("Only records of this investigation id (the part before '/')."),
                      tr("id")});
    parser.addOption({{QStringLiteral("p"), QStringLiteral("public-dest")},
                      tr("host:port LimaCharlie connects to (default: the listen address)."),
                      tr("host:port")});
    parser.addOption({QStringLiteral("cert"),
                      tr("TLS certificate (PEM); with --key, the output checks it "
                         "(is_strict_tls). Default: a generated self-signed one."),
                      tr("file")});
    parser.addOption(
            {QStringLiteral("key"), tr("Private key of --cert (PEM, unencrypted)."), tr("file")});
    parser.addOption({QStringLiteral("remove-leftover"),
                      tr("If tmp_live_<name> already exists (left by a crash), delete and "
                         "recreate it.")});
    parser.addOption({QStringLiteral("keep-leftover"),
                      tr("If tmp_live_<name> already exists, use it as it is.")});
    CliStream::addOptions(parser);

    if (int exitCode = 0; !CliContext::parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return CliContext().fail(tr("Give the address to listen on and the stream type, e.g. "
                                    "lcdesk firehose 10.0.0.5:4443 event -n mine (or :4443 with "
                                    "--public-dest HOST:4443)."),
                                 CliContext::UsageError);
    }
    FirehoseOptions options;
    QString error;
    if (!FirehoseOptions::parseListenOn(positional.at(0), options.address, options.port, &error))
        return CliContext().fail(error, CliContext::UsageError);
    options.type = positional.at(1);
    if (!FirehoseOptions::types().contains(options.type)) {
        return CliContext().fail(
                tr("Unknown stream type \"%1\"; use one of %2.")
                        .arg(options.type, FirehoseOptions::types().join(QStringLiteral(", "))),
                CliContext::UsageError);
    }
    options.name = parser.value(QStringLiteral("name"));
    options.tag = parser.value(QStringLiteral("tag"));
    options.category = parser.value(QStringLiteral("cat"));
    options.sid = parser.value(QStringLiteral("sid"));
    options.investigationId = parser.value(QStringLiteral("inv-id"));
    options.publicDestination = parser.value(QStringLiteral("public-dest"));
    options.certificateFile = parser.value(QStringLiteral("cert"));
    options.keyFile = parser.value(QStringLiteral("key"));
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        return CliContext().fail(tr("Give --cert and --key together, or neither."),
                                 CliContext::UsageError);
    }
    if (parser.isSet(QStringLiteral("remove-leftover"))
        && parser.isSet(QStringLiteral("keep-leftover"))) {
        return CliContext().fail(tr("Choose one of --remove-leftover and --keep-leftover."),
                                 CliContext::UsageError);
    }
    if (!options.publicDestination.isEmpty()
        && !options.publicDestination.contains(QLatin1Char(':'))) {
        return CliContext().fail(tr("--public-dest takes host:port."), CliContext::UsageError);
    }
    CliStream::Limits limits;
    if (!CliStream::readLimits(parser, &limits, &error))
        return CliContext().fail(error, CliContext::UsageError);

    // Without a name nothing is registered, so no credentials are needed.
    CliContext context;
    ApiClient unregistered;
    if (!options.name.isEmpty() && !context.connect(parser))
        return CliContext::AuthError;
    ApiClient* client = options.name.isEmpty() ? &unregistered : context.client();

    FirehoseListener listener(client, options);
    const bool removeLeftover = parser.isSet(QStringLiteral("remove-leftover"));
    const bool keepLeftover = parser.isSet(QStringLiteral("keep-leftover"));
    bool leftoverRefused = false;
    QObject::connect(&listener, &FirehoseListener::leftoverOutputFound, &listener,
                     [&](const QString& name, const QString& destination) {
                         if (removeLeftover) {
                             listener.removeLeftoverAndStart();
                             return;
                         }
                         if (keepLeftover) {
                             listener.keepLeftoverAndStart();
                             return;
                         }
                         // A script cannot be asked: say what to run instead, and leave the
                         // output alone (it may belong to a firehose still running).
                         leftoverRefused = true;
                         context.fail(tr("The output %1 already exists (pointing at %2), "
                                         "perhaps left by a firehose that did not stop "
                                         "cleanly. Run again with --remove-leftover to "
                                         "replace it or --keep-leftover to use it.")
                                              .arg(name, destination.isEmpty() ? QStringLiteral("?")
                                                                               : destination));
                         listener.stop();
                     });

    const int code = CliStream::run(
            context, listener, QStringLiteral("firehose"), limits,
            [&listener, &context](LiveStream&, const std::function<void(int)>& done) {
                QObject::connect(&listener, &FirehoseListener::stopped, &listener,
                                 [&listener, &context, done](const QString& message) {
                                     // A failed deletion was already said as an error.
                                     if (!listener.outputLeftBehind() && !message.isEmpty())
                                         context.err()
                                                 << "lcdesk: firehose: " << message << Qt::endl;
                                     done(listener.outputLeftBehind() ? CliContext::Failure
                                                                      : CliContext::Success);
                                 });
                listener.stop();
            },
            [&listener] { return listener.failedOnAuthentication(); });
    return leftoverRefused ? CliContext::Failure : code;
}

} // namespace lc
