// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSync.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "CliContext.h"
#include "CliLogin.h"
#include "api/ApiClient.h"
#include "sync/ConfigLoader.h"
#include "sync/ConfigWriter.h"
#include "sync/SyncApi.h"
#include "sync/SyncPlan.h"
#include "sync/SyncPusher.h"

namespace lc {

namespace {

QJsonObject entryJson(const PlanEntry& entry)
{
    QJsonObject object{{QStringLiteral("op"), entry.symbol()},
                       {QStringLiteral("kind"), SyncItem::kindName(entry.kind)},
                       {QStringLiteral("name"), entry.name}};
    if (entry.kind == SyncItem::Kind::Rule)
        object.insert(QStringLiteral("namespace"), entry.ns);
    if (!entry.fromNs.isEmpty())
        object.insert(QStringLiteral("from_namespace"), entry.fromNs);
    if (!entry.differences.isEmpty())
        object.insert(QStringLiteral("differences"), QJsonArray::fromStringList(entry.differences));
    if (!entry.blockedReason.isEmpty())
        object.insert(QStringLiteral("blocked"), entry.blockedReason);
    if (!entry.local.file.isEmpty()) {
        object.insert(QStringLiteral("file"), entry.local.file);
        object.insert(QStringLiteral("line"), entry.local.line);
    }
    return object;
}

QJsonObject diagnosticJson(const ConfigDiagnostic& diagnostic)
{
    return {{QStringLiteral("file"), diagnostic.file},
            {QStringLiteral("line"), diagnostic.line},
            {QStringLiteral("column"), diagnostic.column},
            {QStringLiteral("severity"),
             diagnostic.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), diagnostic.message}};
}

// Waits for the organisation's state; false (with the error printed) when it cannot be read.
bool fetchState(CliContext& context, SyncApi& api, const SyncOptions& options, OrgState* state)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&api, &SyncApi::fetched, &loop, [&](const OrgState& fetched) {
        *state = fetched;
        ok = true;
        loop.quit();
    });
    QObject::connect(&api, &SyncApi::fetchFailed, &loop, [&](const ApiError& error) {
        context.fail(error);
        loop.quit();
    });
    api.fetch(options.rules, options.falsePositives, options.outputs);
    loop.exec();
    return ok;
}

} // namespace

int CliSync::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Keep D&R rules, false-positive rules and outputs as code.\n"
               "  fetch  write what the organisation holds to the config (a file, or a folder "
               "with one file per rule when the path is a folder or ends with /)\n"
               "  push   make the organisation hold what the config says (--dry-run: only show "
               "what would change)\n"
               "Exit codes: 0 nothing to change, 4 changes listed or applied, 1 failure, "
               "2 usage error, 3 no credentials."));
    parser.addHelpOption();
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("fetch or push."), tr("fetch|push"));
    parser.addOption(
            {QStringLiteral("dry-run"), tr("Show what push would change; change nothing.")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("force")},
                      tr("Also remove what the organisation holds and the config does not, in "
                         "the sections and namespaces the config manages.")});
    parser.addOption({QStringLiteral("no-rules"), tr("Leave D&R rules alone.")});
    parser.addOption({QStringLiteral("no-fp"), tr("Leave false-positive rules alone.")});
    parser.addOption({QStringLiteral("no-outputs"), tr("Leave outputs alone.")});
    parser.addOption({{QStringLiteral("c"), QStringLiteral("config")},
                      tr("The config file or folder (default lc_conf.yaml)."),
                      tr("path"),
                      QStringLiteral("lc_conf.yaml")});
    parser.addOption({{QStringLiteral("k"), QStringLiteral("api-key")},
                      tr("Read the API key from this file, or from stdin with -."),
                      tr("file")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    parser.addOption({QStringLiteral("confirm-remove-all"),
                      tr("Allow a forced push that removes every D&R rule of the organisation.")});
    parser.addOption({QStringLiteral("concurrency"), tr("Changes sent at once (default 8)."),
                      tr("n"), QStringLiteral("8")});

    if (int exitCode = 0; !CliContext::parse(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("fetch") && action != QLatin1String("push"))) {
        return CliContext().fail(tr("Say fetch or push: lcdesk sync fetch|push [options]."),
                                 CliContext::UsageError);
    }
    bool concurrencyOk = false;
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt(&concurrencyOk);
    if (!concurrencyOk || concurrency < 1 || concurrency > 64)
        return CliContext().fail(tr("--concurrency takes a number from 1 to 64."),
                                 CliContext::UsageError);

    if (action == QLatin1String("fetch")) {
        // Fetch writes the whole organisation: a partial file would drop, on the next push with
        // force, what was left out; and a dry fetch would write nothing useful.
        for (const char* option : {"dry-run", "force", "no-rules", "no-fp", "no-outputs"}) {
            if (parser.isSet(QString::fromLatin1(option))) {
                return CliContext().fail(
                        tr("--%1 applies to push; fetch writes everything the organisation "
                           "holds.")
                                .arg(QString::fromLatin1(option)),
                        CliContext::UsageError);
            }
        }
    }

    SyncOptions options;
    options.rules = !parser.isSet(QStringLiteral("no-rules"));
    options.falsePositives = !parser.isSet(QStringLiteral("no-fp"));
    options.outputs = !parser.isSet(QStringLiteral("no-outputs"));
    options.force = parser.isSet(QStringLiteral("force"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString configPath = parser.value(QStringLiteral("config"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // The config is read, and every error in it reported, before any network call.
    SyncConfig config;
    if (action == QLatin1String("push")) {
        config = ConfigLoader::load(configPath);
        if (!json) {
            for (const ConfigDiagnostic& diagnostic : std::as_const(config.diagnostics))
                err << diagnostic.toString() << Qt::endl;
        }
        if (config.hasErrors()) {
            if (json) {
                QJsonArray diagnostics;
                for (const ConfigDiagnostic& diagnostic : std::as_const(config.diagnostics))
                    diagnostics.append(diagnosticJson(diagnostic));
                out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                 {QStringLiteral("diagnostics"), diagnostics}})
                                .toJson(QJsonDocument::Indented);
            }
            err << tr("Nothing was sent: fix the config first.") << Qt::endl;
            return CliContext::Failure;
        }
    }

    // A key given with --api-key is the key, whatever else the environment holds: it is put
    // where credential discovery looks first, in this process only.
    if (parser.isSet(QStringLiteral("api-key"))) {
        QString error;
        const QString source = parser.value(QStringLiteral("api-key"));
        const QString key = CliLogin::readKey(source, &error);
        if (!error.isEmpty() || key.isEmpty())
            return CliContext().fail(error.isEmpty() ? tr("No API key in %1.").arg(source) : error,
                                     CliContext::AuthError);
        err << (source == QLatin1String("-")
                        ? tr("Using API Key from STDIN")
                        : tr("Using API Key in: %1").arg(QFileInfo(source).absoluteFilePath()))
            << Qt::endl;
        qputenv("LC_API_KEY", key.toUtf8());
    }
    CliContext context;
    if (!context.connect(parser))
        return CliContext::AuthError;

    SyncApi api(context.client());
    OrgState state;
    if (!fetchState(context, api, options, &state))
        return CliContext::Failure;
    for (const QString& note : std::as_const(state.notes))
        err << note << Qt::endl;

    if (action == QLatin1String("fetch")) {
        // Writing what could not be read would replace a good file with an empty one.
        QStringList unread;
        if (!state.readNamespaces.contains(QStringLiteral("general")))
            unread << tr("D&R rules");
        if (!state.falsePositivesRead)
            unread << tr("false-positive rules");
        if (!state.outputsRead)
            unread << tr("outputs");
        if (!unread.isEmpty()) {
            return context.fail(tr("Nothing was written: the key could not read the "
                                   "organisation's %1 (see above).")
                                        .arg(unread.join(QStringLiteral(", "))));
        }
        if (!state.readNamespaces.contains(QStringLiteral("managed")))
            err << tr("Managed rules could not be read with this key; the file holds none.")
                << Qt::endl;

        QString error;
        const bool folder = configPath.endsWith(QLatin1Char('/')) || QFileInfo(configPath).isDir();
        const bool ok = folder ? ConfigWriter::writeFolder(configPath, state.items, nullptr, &error)
                               : ConfigWriter::writeFile(configPath, state.items, &error);
        if (!ok)
            return context.fail(error);
        int rules = 0;
        int fps = 0;
        int outputs = 0;
        for (const SyncItem& item : std::as_const(state.items)) {
            rules += item.kind == SyncItem::Kind::Rule && item.ns != QLatin1String("service");
            fps += item.kind == SyncItem::Kind::FalsePositive;
            outputs += item.kind == SyncItem::Kind::Output;
        }
        if (json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                             {QStringLiteral("path"), configPath},
                                             {QStringLiteral("rules"), rules},
                                             {QStringLiteral("fps"), fps},
                                             {QStringLiteral("outputs"), outputs}})
                            .toJson(QJsonDocument::Indented);
        } else {
            out << tr("Wrote %1 rules, %2 false-positive rules and %3 outputs to %4.")
                            .arg(rules)
                            .arg(fps)
                            .arg(outputs)
                            .arg(configPath)
                << Qt::endl;
        }
        return CliContext::Success;
    }

    const SyncPlan plan = SyncPlan::build(config, state, options);
    for (const QString& note : std::as_const(plan.notes))
        err << note << Qt::endl;

    const QStringList wiped = plan.wipes();
    if (!dryRun && !wiped.isEmpty() && !parser.isSet(QStringLiteral("confirm-remove-all"))) {
        return context.fail(tr("Refused: this push would delete %1 and keep none. Check the "
                               "config; if that is what you want, add --confirm-remove-all.")
                                    .arg(wiped.join(QStringLiteral(", "))));
    }

    QList<SyncPusher::Result> results;
    if (!dryRun && plan.writeCount() > 0) {
        SyncPusher pusher(&api);
        QEventLoop loop;
        QObject::connect(&pusher, &SyncPusher::finished, &loop, &QEventLoop::quit);
        if (!json) {
            QObject::connect(&pusher, &SyncPusher::progress, &pusher, [&err](int done, int total) {
                if (done == total || done % 50 == 0)
                    err << tr("applied %1 of %2").arg(done).arg(total) << Qt::endl;
            });
        }
        // Known shortcoming: Ctrl-C ends the process here without a report of what was applied
        // (what was sent stays; a second push converges). The JSON report is printed only
        // once the push ends, and not at all for refusals or credential errors.
        pusher.apply(plan, {}, concurrency);
        if (pusher.isRunning())
            loop.exec();
        results = pusher.results();
    }

    QHash<int, SyncPusher::Result> resultOf;
    for (const SyncPusher::Result& result : std::as_const(results))
        resultOf.insert(result.entry, result);
    const int failed = static_cast<int>(std::count_if(
            results.begin(), results.end(), [](const SyncPusher::Result& r) { return !r.ok; }));
    const int changes = plan.writeCount();

    if (json) {
        QJsonArray ops;
        for (int i = 0; i < plan.entries.size(); ++i) {
            QJsonObject object = entryJson(plan.entries.at(i));
            if (const auto found = resultOf.constFind(i); found != resultOf.constEnd()) {
                object.insert(QStringLiteral("result"),
                              found->ok ? QStringLiteral("applied") : QStringLiteral("failed"));
                if (!found->message.isEmpty())
                    object.insert(QStringLiteral("error"), found->message);
            }
            ops.append(object);
        }
        QJsonArray diagnostics;
        for (const ConfigDiagnostic& diagnostic : std::as_const(config.diagnostics))
            diagnostics.append(diagnosticJson(diagnostic));
        const QJsonObject summary{
                {QStringLiteral("unchanged"), plan.count(PlanEntry::Action::Same)},
                {QStringLiteral("add"), plan.count(PlanEntry::Action::Add)},
                {QStringLiteral("change"), plan.count(PlanEntry::Action::Change)},
                {QStringLiteral("move"), plan.count(PlanEntry::Action::Move)},
                {QStringLiteral("remove"), plan.count(PlanEntry::Action::Remove)},
                {QStringLiteral("blocked"), plan.blockedCount()},
                {QStringLiteral("failed"), failed}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), failed == 0},
                                         {QStringLiteral("dry_run"), dryRun},
                                         {QStringLiteral("ops"), ops},
                                         {QStringLiteral("summary"), summary},
                                         {QStringLiteral("notes"),
                                          QJsonArray::fromStringList(plan.notes)},
                                         {QStringLiteral("diagnostics"), diagnostics}})
                        .toJson(QJsonDocument::Indented);
    } else {
        if (dryRun)
            out << QStringLiteral("!!! DRY RUN !!!") << Qt::endl;
        for (int i = 0; i < plan.entries.size(); ++i) {
            const PlanEntry& entry = plan.entries.at(i);
            if (entry.action == PlanEntry::Action::Same)
                continue;
            out << entry.symbol() << ' ' << CliContext::printable(entry.label());
            if (!entry.fromNs.isEmpty())
                out << ' ' << tr("(from %1)").arg(entry.fromNs);
            if (!entry.blockedReason.isEmpty())
                out << "  " << tr("[blocked: %1]").arg(entry.blockedReason);
            if (const auto found = resultOf.constFind(i);
                found != resultOf.constEnd() && !found->ok)
                out << "  " << tr("[FAILED: %1]").arg(found->message);
            out << '\n';
            for (const QString& difference : entry.differences)
                out << "    " << CliContext::printable(difference) << '\n';
        }
        out << plan.summaryText();
        out << '\n';
        if (dryRun && !wiped.isEmpty()) {
            out << tr("A real push of this plan needs --confirm-remove-all: it deletes %1.")
                            .arg(wiped.join(QStringLiteral(", ")))
                << '\n';
        }
        if (!dryRun && plan.blockedCount() > 0) {
            out << tr("%1 changes were not applied: the key lacks the permissions named above.")
                            .arg(plan.blockedCount())
                << '\n';
        }
        if (!dryRun && changes > 0) {
            out << tr("Applied %1 of %2 changes; %3 failed.")
                            .arg(changes - failed)
                            .arg(changes)
                            .arg(failed)
                << '\n';
        }
        out.flush();
    }

    if (failed > 0)
        return CliContext::Failure;
    // A real push that left blocked changes behind did not make the organisation match.
    if (!dryRun && plan.blockedCount() > 0)
        return CliContext::Failure;
    if (changes > 0 || plan.blockedCount() > 0)
        return Changes;
    return CliContext::Success;
}

} // namespace lc
