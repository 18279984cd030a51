// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

#include "CliContext.h"
#include "CliFirehose.h"
#include "CliLogin.h"
#include "CliShell.h"
#include "CliSpotCheck.h"
#include "CliSpout.h"
#include "CliSync.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "credentials/CredentialResolver.h"
#include "credentials/CredentialsFile.h"
#include "sensors/Platform.h"
#include "sensors/SearchText.h"
#include "sensors/SensorBatch.h"
#include "sensors/SensorListLoader.h"
#include "sensors/SensorStore.h"

namespace lc {

namespace {

const QStringList subcommands = {
        QStringLiteral("sensors"),   QStringLiteral("tag"),      QStringLiteral("untag"),
        QStringLiteral("task"),      QStringLiteral("isolate"),  QStringLiteral("rejoin"),
        QStringLiteral("use"),       QStringLiteral("login"),    QStringLiteral("help"),
        QStringLiteral("spout"),     QStringLiteral("firehose"), QStringLiteral("sync"),
        QStringLiteral("spotcheck"), QStringLiteral("shell"),
};

QJsonObject toJson(const SensorRecord& record)
{
    const SensorInfo& info = record.info;
    QJsonObject object{
            {QStringLiteral("sid"), info.sid},
            {QStringLiteral("hostname"), info.hostname},
            {QStringLiteral("platform"), record.platformName},
            {QStringLiteral("plat"), static_cast<qint64>(info.plat)},
            {QStringLiteral("architecture"), record.architectureName},
            {QStringLiteral("arch"), static_cast<qint64>(info.arch)},
            {QStringLiteral("int_ip"), info.intIp},
            {QStringLiteral("ext_ip"), info.extIp},
            {QStringLiteral("enroll"), info.enroll},
            {QStringLiteral("alive"), info.alive},
            {QStringLiteral("isolated"), info.isolated},
            {QStringLiteral("should_isolate"), info.shouldIsolate},
            {QStringLiteral("kernel"), info.kernel},
            {QStringLiteral("oid"), info.oid},
            {QStringLiteral("iid"), info.iid},
            {QStringLiteral("did"), info.did},
            {QStringLiteral("tags"), QJsonArray::fromStringList(record.tags)},
    };
    if (record.online != OnlineState::Unknown)
        object.insert(QStringLiteral("online"), record.online == OnlineState::Online);
    return object;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description,
           int* exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    return CliContext::parse(parser, arguments, exitCode);
}

// Runs a batch over the sensors and prints one line per sensor.
int runBatch(CliContext& context, const QStringList& sids, SensorBatch::Operation operation,
             const QString& successText)
{
    SensorBatch batch(sids, std::move(operation));
    QEventLoop loop;
    QObject::connect(&batch, &SensorBatch::itemFinished, &batch,
                     [&context, &successText](const QString& sid, const ApiError& error) {
                         if (error.isOk())
                             context.out() << sid << '\t' << successText << Qt::endl;
                         else
                             context.err() << sid << '\t' << error.toString() << Qt::endl;
                     });
    QObject::connect(&batch, &SensorBatch::finished, &loop, &QEventLoop::quit);
    batch.start();
    loop.exec();
    return batch.failed() == 0 ? CliContext::Success : CliContext::Failure;
}

// Connects, resolves the sensor arguments, then runs the batch over them.
int runOnSensors(const QCommandLineParser& parser, const QStringList& sensorArguments,
                 const std::function<SensorBatch::Operation(ApiClient*)>& makeOperation,
                 const QString& successText)
{
    CliContext context;
    if (!context.connect(parser))
        return CliContext::AuthError;
    QStringList sids;
    if (!context.resolveSensors(sensorArguments, &sids))
        return CliContext::Failure;
    return runBatch(context, sids, makeOperation(context.client()), successText);
}

} // namespace

bool CliCommands::isSubcommand(const QString& word)
{
    return subcommands.contains(word);
}

int CliCommands::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("sensors"))
        return sensors(rest);
    if (command == QLatin1String("tag"))
        return tag(rest, true);
    if (command == QLatin1String("untag"))
        return tag(rest, false);
    if (command == QLatin1String("task"))
        return task(rest);
    if (command == QLatin1String("isolate"))
        return isolation(rest, true);
    if (command == QLatin1String("rejoin"))
        return isolation(rest, false);
    if (command == QLatin1String("use"))
        return use(rest);
    if (command == QLatin1String("login"))
        return login(rest);
    if (command == QLatin1String("spout"))
        return CliSpout::run(rest);
    if (command == QLatin1String("firehose"))
        return CliFirehose::run(rest);
    if (command == QLatin1String("sync"))
        return CliSync::run(rest);
    if (command == QLatin1String("spotcheck"))
        return CliSpotCheck::run(rest);
    if (command == QLatin1String("shell"))
        return CliShell::run(rest);
    return usage();
}

int CliCommands::usage()
{
    QTextStream(stdout) << tr(
            "Usage: lcdesk [--demo] [--env NAME]              open the desktop console\n"
            "       lcdesk <command> [options]                run without a display\n"
            "\n"
            "Commands:\n"
            "  login      store an API key in the OS keychain for an environment\n"
            "  use [NAME] list environments, or print the export line for one\n"
            "  sensors    list sensors (filters, --json)\n"
            "  tag        tag sensors:   lcdesk tag SENSOR... --tag T [--ttl SECONDS]\n"
            "  untag      untag sensors: lcdesk untag SENSOR... --tag T\n"
            "  task       send a task:   lcdesk task COMMAND SENSOR... [--investigation-id ID]\n"
            "  isolate    isolate sensors from the network: lcdesk isolate SENSOR...\n"
            "  rejoin     end isolation: lcdesk rejoin SENSOR...\n"
            "  spout      print the live stream: lcdesk spout TYPE [--tag T] [--cat C] [--sid S]\n"
            "             [--inv-id I] [--count N] [--timeout SEC]\n"
            "  firehose   receive the pushed stream over TLS: lcdesk firehose IFACE:PORT TYPE\n"
            "             [-n NAME] [-t TAG] [-c CAT] [-s SID] [-i INV_ID] [--public-dest H:P]\n"
            "             [--cert FILE --key FILE] [--count N] [--timeout SEC]\n"
            "  sync       rules as code: lcdesk sync fetch|push [--dry-run] [--force]\n"
            "             [--no-rules] [--no-fp] [--no-outputs] [--config FILE|DIR] [--json]\n"
            "  spotcheck  look for indicators on every sensor: lcdesk spotcheck -f PATH...\n"
            "             [-n N] [--tags +vip,-lab] [--recheck SEC] [--offline-wait SEC] [--json]\n"
            "  shell      interactive shell for one sensor: lcdesk shell [SENSOR] [--inv-id ID]\n"
            "             [--yes] [--json] [--timeout SEC]\n"
            "\n"
            "SENSOR is a sensor id or an exact hostname. TYPE is event, detect, audit,\n"
            "deployment or billing (billing: spout only); records print as one JSON line each.\n"
            "'lcdesk <command> --help' for more.\n"
            "Credentials: LC_OID/LC_UID/LC_API_KEY, else LC_CREDS_FILE or ~/.limacharlie with\n"
            "environment LC_CURRENT_ENV, else the keychain; --demo uses the demo organisation.\n");
    return CliContext::Success;
}

int CliCommands::sensors(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("online"), tr("Only sensors online now.")});
    parser.addOption(
            {QStringLiteral("hostname"), tr("Hostname prefix (server side)."), tr("prefix")});
    parser.addOption(
            {QStringLiteral("ip"), tr("Internal or external IP (server side)."), tr("ip")});
    parser.addOption(
            {QStringLiteral("selector"), tr("Sensor selector expression."), tr("expression")});
    parser.addOption({QStringLiteral("tag"), tr("Only sensors with this tag."), tr("tag")});
    parser.addOption({QStringLiteral("platform"), tr("Only this platform (windows, linux, ...)."),
                      tr("name")});
    parser.addOption({QStringLiteral("filter"),
                      tr("Text that the hostname, an IP, the platform or a tag must contain."),
                      tr("text")});
    parser.addOption({QStringLiteral("no-details"),
                      tr("Skip online state and tags (one request per page only).")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    if (int exitCode = 0;
        !parse(parser, arguments, tr("List the sensors of the organisation."), &exitCode))
        return exitCode;

    const QString platform = parser.value(QStringLiteral("platform"));
    if (!platform.isEmpty() && Platform::platformCode(platform) == 0) {
        return CliContext().fail(tr("Unknown platform \"%1\"; use a name such as windows, linux, "
                                    "macos or chromeos.")
                                         .arg(platform),
                                 CliContext::UsageError);
    }

    CliContext context;
    if (!context.connect(parser))
        return CliContext::AuthError;

    SensorListQuery query;
    query.onlineOnly = parser.isSet(QStringLiteral("online"));
    query.hostnamePrefix = parser.value(QStringLiteral("hostname"));
    query.ip = parser.value(QStringLiteral("ip"));
    query.selector = parser.value(QStringLiteral("selector"));

    SensorStore store;
    SensorListLoader loader(context.client(), &store);
    QEventLoop loop;
    QObject::connect(&loader, &SensorListLoader::finished, &loop, &QEventLoop::quit);
    const bool needDetails =
            !parser.isSet(QStringLiteral("no-details")) || parser.isSet(QStringLiteral("tag"));
    loader.start(query, needDetails);
    loop.exec();
    if (!loader.error().isOk() && store.size() == 0)
        return context.fail(loader.error());
    if (!loader.error().isOk())
        context.err() << "lcdesk: " << loader.error().toString() << Qt::endl;

    const QString wantedTag = parser.value(QStringLiteral("tag"));
    // Through the code, so "chrome" and "ChromeOS" both select chromeos.
    const QString wantedPlatform =
            platform.isEmpty() ? QString()
                               : Platform::platformName(Platform::platformCode(platform));
    const QString text = SearchText::fold(parser.value(QStringLiteral("filter")));
    QVector<const SensorRecord*> shown;
    for (const SensorRecord& record : store.records()) {
        if (!wantedTag.isEmpty() && !record.tags.contains(wantedTag))
            continue;
        if (!wantedPlatform.isEmpty() && record.platformName != wantedPlatform)
            continue;
        if (!text.isEmpty() && !record.searchKey.contains(text))
            continue;
        shown.append(&record);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SensorRecord* record : std::as_const(shown))
            array.append(toJson(*record));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return loader.error().isOk() ? CliContext::Success : CliContext::Failure;
    }

    int width = 8;
    for (const SensorRecord* record : std::as_const(shown))
        width = std::max(width, static_cast<int>(record->info.hostname.size()));
    width = std::min(width, 40);
    for (const SensorRecord* record : std::as_const(shown)) {
        const QString online = record->online == OnlineState::Online    ? tr("online")
                               : record->online == OnlineState::Offline ? tr("offline")
                                                                        : QStringLiteral("-");
        context.out() << record->info.sid << "  " << record->info.hostname.leftJustified(width)
                      << "  " << record->platformName.leftJustified(9) << "  "
                      << online.leftJustified(7) << "  " << record->info.intIp.leftJustified(15)
                      << "  " << record->tags.join(QLatin1Char(',')) << '\n';
    }
    context.out().flush();
    context.err() << tr("%n sensor(s)", nullptr, static_cast<int>(shown.size())) << Qt::endl;
    return loader.error().isOk() ? CliContext::Success : CliContext::Failure;
}

int CliCommands::tag(const QStringList& arguments, bool add)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tag"), tr("Tag to add or remove (repeatable)."), tr("tag")});
    if (add) {
        parser.addOption({QStringLiteral("ttl"),
                          tr("Remove the tag again after this many seconds (default: never)."),
                          tr("seconds")});
    }
    parser.addPositionalArgument(QStringLiteral("sensor"), tr("Sensor ids or hostnames."),
                                 tr("SENSOR..."));
    if (int exitCode = 0;
        !parse(parser, arguments, add ? tr("Tag sensors.") : tr("Remove tags from sensors."),
               &exitCode))
        return exitCode;

    const QStringList tags = parser.values(QStringLiteral("tag"));
    if (tags.contains(QString()))
        return CliContext().fail(tr("A --tag cannot be empty."), CliContext::UsageError);
    if (tags.isEmpty() || parser.positionalArguments().isEmpty())
        return CliContext().fail(tr("Name at least one --tag and one sensor."),
                                 CliContext::UsageError);
    bool ttlOk = true;
    const int ttl = add && parser.isSet(QStringLiteral("ttl"))
                            ? parser.value(QStringLiteral("ttl")).toInt(&ttlOk)
                            : 0;
    if (!ttlOk || ttl < 0)
        return CliContext().fail(tr("--ttl takes a number of seconds."), CliContext::UsageError);

    return runOnSensors(
            parser, parser.positionalArguments(),
            [tags, ttl, add](ApiClient* client) -> SensorBatch::Operation {
                return [client, tags, ttl, add](const QString& sid) {
                    return add ? QList<ApiRequest*>{SensorApi(client).addTags(sid, tags, ttl)}
                               : SensorApi(client).removeTags(sid, tags);
                };
            },
            add ? tr("tagged") : tr("untagged"));
}

int CliCommands::task(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("investigation-id"),
                      tr("Investigation id echoed by the sensor in its responses."), tr("id")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("The sensor command line, e.g. \"os_processes\"."));
    parser.addPositionalArgument(QStringLiteral("sensor"), tr("Sensor ids or hostnames."),
                                 tr("SENSOR..."));
    if (int exitCode = 0; !parse(parser, arguments, tr("Send a task to sensors."), &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first().trimmed().isEmpty())
        return CliContext().fail(tr("The command cannot be empty."), CliContext::UsageError);
    if (positional.size() < 2)
        return CliContext().fail(tr("Give a command and at least one sensor."),
                                 CliContext::UsageError);

    const QString command = positional.first();
    const QString investigation = parser.value(QStringLiteral("investigation-id"));
    return runOnSensors(
            parser, positional.mid(1),
            [command, investigation](ApiClient* client) -> SensorBatch::Operation {
                return [client, command, investigation](const QString& sid) {
                    return QList<ApiRequest*>{
                            SensorApi(client).task(sid, {command}, investigation)};
                };
            },
            tr("accepted"));
}

int CliCommands::isolation(const QStringList& arguments, bool isolate)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("sensor"), tr("Sensor ids or hostnames."),
                                 tr("SENSOR..."));
    if (int exitCode = 0;
        !parse(parser, arguments,
               isolate ? tr("Isolate sensors from the network (they keep talking to "
                            "LimaCharlie).")
                       : tr("End the network isolation of sensors."),
               &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return CliContext().fail(tr("Name at least one sensor."), CliContext::UsageError);

    return runOnSensors(
            parser, parser.positionalArguments(),
            [isolate](ApiClient* client) -> SensorBatch::Operation {
                return [client, isolate](const QString& sid) {
                    return QList<ApiRequest*>{isolate ? SensorApi(client).isolate(sid)
                                                      : SensorApi(client).rejoin(sid)};
                };
            },
            // The API records the request; the sensor applies it when it is connected.
            isolate ? tr("isolation requested") : tr("rejoin requested"));
}

int CliCommands::use(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("List environments, or print the line that selects one: . <(lcdesk use NAME)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), tr("Environment to select."),
                                 tr("[NAME]"));
    if (int exitCode = 0; !CliContext::parse(parser, arguments, &exitCode))
        return exitCode;

    const CredentialResolver resolver;
    CredentialsError error;
    const CredentialsFile file = CredentialsFile::load(resolver.credentialsFilePath(), &error);
    if (error.isError())
        return CliContext().fail(error.message);

    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out << file.useListing();
        return CliContext::Success;
    }
    const QString line = file.useExportLine(positional.first(), &error);
    if (error.isError())
        return CliContext().fail(error.message);
    out << line << Qt::endl;
    return CliContext::Success;
}

int CliCommands::login(const QStringList& arguments)
{
    return CliLogin::run(arguments);
}

} // namespace lc
