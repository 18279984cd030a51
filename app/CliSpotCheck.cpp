// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSpotCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <functional>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

#include "CliContext.h"
#include "SignalWatcher.h"
#include "investigate/SpotCheck.h"
#include "sensors/SensorListLoader.h"
#include "sensors/SensorStore.h"

namespace lc {

namespace {

// One option of the command line: a short and a long spelling, and the names of the values
// that follow it (none for a switch).
struct OptionSpec
{
    QString shortName;
    QString longName;
    QStringList values;

    QString label() const
    {
        return shortName.isEmpty() ? longName : shortName + QLatin1Char('/') + longName;
    }
};

const QList<OptionSpec>& optionSpecs()
{
    static const QList<OptionSpec> specs = {
            {QStringLiteral("-f"), QStringLiteral("--file"), {QStringLiteral("PATH")}},
            {QStringLiteral("-fp"),
             QStringLiteral("--file-pattern"),
             {QStringLiteral("DIR"), QStringLiteral("PATTERN"), QStringLiteral("DEPTH")}},
            {QStringLiteral("-fh"),
             QStringLiteral("--file-hash"),
             {QStringLiteral("DIR"), QStringLiteral("PATTERN"), QStringLiteral("DEPTH"),
              QStringLiteral("SHA256")}},
            {QStringLiteral("-rk"), QStringLiteral("--registry-key"), {QStringLiteral("KEY")}},
            {QStringLiteral("-rv"),
             QStringLiteral("--registry-value"),
             {QStringLiteral("KEY"), QStringLiteral("VALUE")}},
            {QStringLiteral("-y"), QStringLiteral("--yara"), {QStringLiteral("RULEFILE|URL")}},
            {QStringLiteral("-yf"),
             QStringLiteral("--yara-file"),
             {QStringLiteral("RULEFILE|URL"), QStringLiteral("DIR"), QStringLiteral("PATTERN"),
              QStringLiteral("DEPTH")}},
            {QStringLiteral("-yp"),
             QStringLiteral("--yara-process"),
             {QStringLiteral("RULEFILE|URL"), QStringLiteral("PROCEXPR")}},
            {{}, QStringLiteral("--no-windows"), {}},
            {{}, QStringLiteral("--no-linux"), {}},
            {{}, QStringLiteral("--no-macos"), {}},
            {{}, QStringLiteral("--no-chrome"), {}},
            {{}, QStringLiteral("--tags"), {QStringLiteral("TAGS")}},
            {QStringLiteral("-n"), QStringLiteral("--n-concurrent"), {QStringLiteral("N")}},
            {{}, QStringLiteral("--timeout"), {QStringLiteral("SEC")}},
            {{}, QStringLiteral("--recheck"), {QStringLiteral("SEC")}},
            {{}, QStringLiteral("--offline-wait"), {QStringLiteral("SEC")}},
            {{}, QStringLiteral("--no-wait-offline"), {}},
            {QStringLiteral("-t"), QStringLiteral("--tag"), {QStringLiteral("TAG")}},
            {{}, QStringLiteral("--tag-ttl"), {QStringLiteral("SEC")}},
            {{}, QStringLiteral("--json"), {}},
            {{}, QStringLiteral("--csv"), {QStringLiteral("FILE")}},
            {{}, QStringLiteral("--report"), {QStringLiteral("FILE")}},
            {{}, QStringLiteral("--env"), {QStringLiteral("NAME")}},
            {{}, QStringLiteral("--demo"), {}},
            {QStringLiteral("-h"), QStringLiteral("--help"), {}},
    };
    return specs;
}

const OptionSpec* findOption(const QString& word)
{
    for (const OptionSpec& spec : optionSpecs()) {
        if (word == spec.longName || (!spec.shortName.isEmpty() && word == spec.shortName))
            return &spec;
    }
    return nullptr;
}

// A value that is really the next option: the user left a value out.
bool looksLikeOption(const QString& word)
{
    return findOption(word) != nullptr || word.startsWith(QLatin1String("--"));
}

bool parseNumber(const OptionSpec& spec, const QString& name, const QString& text, int minimum,
                 int maximum, int* value, QString* error)
{
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = CliSpotCheck::tr("%1: %2 takes a whole number from %3 to %4, not \"%5\".")
                         .arg(spec.label(), name)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(text);
        return false;
    }
    *value = number;
    return true;
}

QString who(const SpotCheckTarget& target)
{
    return QStringLiteral("(%1 / %2)").arg(target.sid, CliContext::printable(target.hostname));
}

bool writeWhole(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = CliSpotCheck::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList hostsIn(const SpotCheck& spot, SpotCheck::SensorState state)
{
    QStringList hosts;
    for (const SpotCheck::SensorEntry& entry : spot.sensors()) {
        if (entry.state == state)
            hosts.append(CliContext::printable(
                    entry.target.hostname.isEmpty() ? entry.target.sid : entry.target.hostname));
    }
    return hosts;
}

} // namespace

QString CliSpotCheck::helpText()
{
    return tr("Usage: lcdesk spotcheck INDICATOR... [options]\n"
              "\n"
              "Look for indicators of compromise on every sensor of the organisation. Offline\n"
              "sensors are asked again every --recheck seconds until --offline-wait runs out.\n"
              "\n"
              "Indicators (each repeatable, at least one):\n"
              "  -f, --file PATH                      a file exists (then its SHA-256)\n"
              "  -fp, --file-pattern DIR PATTERN DEPTH\n"
              "                                       files matching PATTERN under DIR\n"
              "  -fh, --file-hash DIR PATTERN DEPTH SHA256\n"
              "                                       files with this SHA-256 under DIR\n"
              "  -rk, --registry-key KEY              a registry key exists (Windows)\n"
              "  -rv, --registry-value KEY VALUE      a registry key holds a value (Windows)\n"
              "  -y, --yara RULEFILE|URL              YARA scan of the whole host\n"
              "  -yf, --yara-file RULEFILE|URL DIR PATTERN DEPTH\n"
              "                                       YARA scan of the files found under DIR\n"
              "  -yp, --yara-process RULEFILE|URL PROCEXPR\n"
              "                                       YARA scan of matching processes\n"
              "  A rule URL must be https:// (the sensor fetches it); a rule file is sent.\n"
              "\n"
              "Which sensors:\n"
              "  --no-windows, --no-linux, --no-macos, --no-chrome\n"
              "                                       leave a platform out\n"
              "  --tags TAGS                          +tag: any of them lets a sensor in;\n"
              "                                       -tag: any of them keeps it out;\n"
              "                                       tag: all of them needed (e.g. +vip,-lab)\n"
              "\n"
              "How:\n"
              "  -n, --n-concurrent N                 sensors checked at once (default 1)\n"
              "  --timeout SEC                        budget per sensor (default 120)\n"
              "  --recheck SEC                        ask offline sensors again (default 60)\n"
              "  --offline-wait SEC                   stop waiting for them (default 3600)\n"
              "  --no-wait-offline                    report offline sensors at once\n"
              "  -t, --tag TAG                        tag sensors with a hit...\n"
              "  --tag-ttl SEC                        ...for this long (default 604800)\n"
              "\n"
              "Output:\n"
              "  > (sid / host)          the sensor's turn starts (online check, then tasks)\n"
              "  ! (sid / host): {json}  a hit, with the sensor's replies behind it\n"
              "  X (sid / host): error   the sensor could not be checked\n"
              "  ? (sid / host)          offline (asked again later, or given up on)\n"
              "  . (sid / host)          checked\n"
              "  then a summary. Ctrl-C stops and still prints the summary.\n"
              "  --json                               one JSON report on stdout at the end\n"
              "                                       (the lines above go to stderr)\n"
              "  --csv FILE                           write the hits as CSV\n"
              "  --report FILE                        write the JSON report\n"
              "\n"
              "  --env NAME                           environment of the credentials file\n"
              "  --demo                               the embedded demo organisation\n"
              "\n"
              "Exit codes: 0 finished without hits, 4 hits found, 1 failures (or stopped, or a\n"
              "file not written) without hits, 2 usage error or no usable indicator,\n"
              "3 no credentials.\n");
}

bool CliSpotCheck::parseArguments(const QStringList& arguments, Arguments* parsed, QString* error)
{
    SpotCheckOptions& options = parsed->options;
    int seconds = 0;

    for (int i = 1; i < arguments.size(); ++i) {
        QString word = arguments.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('='))) {
            inlineValue = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }

        const OptionSpec* spec = findOption(word);
        if (spec == nullptr) {
            *error = word.startsWith(QLatin1Char('-'))
                             ? tr("Unknown option \"%1\".").arg(word)
                             : tr("Unexpected argument \"%1\": indicators are given with "
                                  "options such as -f PATH.")
                                       .arg(word);
            return false;
        }

        QStringList values;
        if (hasInline) {
            if (spec->values.size() != 1) {
                *error = spec->values.isEmpty()
                                 ? tr("%1 takes no value.").arg(spec->label())
                                 : tr("%1 takes %2: give them after it, separated by spaces.")
                                           .arg(spec->label(), spec->values.join(QLatin1Char(' ')));
                return false;
            }
            values.append(inlineValue);
        }
        for (qsizetype v = values.size(); v < spec->values.size(); ++v) {
            if (i + 1 >= arguments.size() || looksLikeOption(arguments.at(i + 1))) {
                *error = tr("%1 takes %2; %3 is missing.")
                                 .arg(spec->label(), spec->values.join(QLatin1Char(' ')),
                                      spec->values.at(v));
                return false;
            }
            values.append(arguments.at(++i));
        }

        const QString& name = spec->longName;
        int depth = 0;
        if (name == QLatin1String("--file")) {
            options.indicators.append(Indicator::file(values.at(0)));
        } else if (name == QLatin1String("--file-pattern")) {
            if (!parseNumber(*spec, QStringLiteral("DEPTH"), values.at(2), 0, 1000, &depth, error))
                return false;
            options.indicators.append(Indicator::directory(values.at(0), values.at(1), depth));
        } else if (name == QLatin1String("--file-hash")) {
            if (!parseNumber(*spec, QStringLiteral("DEPTH"), values.at(2), 0, 1000, &depth, error))
                return false;
            options.indicators.append(
                    Indicator::fileHash(values.at(0), values.at(1), depth, values.at(3)));
        } else if (name == QLatin1String("--registry-key")) {
            options.indicators.append(Indicator::registryKey(values.at(0)));
        } else if (name == QLatin1String("--registry-value")) {
            options.indicators.append(Indicator::registryValue(values.at(0), values.at(1)));
        } else if (name == QLatin1String("--yara")) {
            options.indicators.append(Indicator::yara(values.at(0)));
        } else if (name == QLatin1String("--yara-file")) {
            if (!parseNumber(*spec, QStringLiteral("DEPTH"), values.at(3), 0, 1000, &depth, error))
                return false;
            options.indicators.append(Indicator::yara(values.at(0), Indicator::YaraScope::Files,
                                                      values.at(1), values.at(2), depth));
        } else if (name == QLatin1String("--yara-process")) {
            options.indicators.append(
                    Indicator::yara(values.at(0), Indicator::YaraScope::Process, values.at(1)));
        } else if (name == QLatin1String("--no-windows")) {
            options.includeWindows = false;
        } else if (name == QLatin1String("--no-linux")) {
            options.includeLinux = false;
        } else if (name == QLatin1String("--no-macos")) {
            options.includeMacos = false;
        } else if (name == QLatin1String("--no-chrome")) {
            options.includeChrome = false;
        } else if (name == QLatin1String("--tags")) {
            options.tags.append(SpotCheckOptions::parseTags(values.at(0)));
        } else if (name == QLatin1String("--n-concurrent")) {
            if (!parseNumber(*spec, QStringLiteral("N"), values.at(0), 1, 256, &options.concurrency,
                             error))
                return false;
        } else if (name == QLatin1String("--timeout")) {
            if (!parseNumber(*spec, QStringLiteral("SEC"), values.at(0), 1, 86'400, &seconds,
                             error))
                return false;
            options.sensorTimeoutMs = seconds * 1000;
        } else if (name == QLatin1String("--recheck")) {
            if (!parseNumber(*spec, QStringLiteral("SEC"), values.at(0), 1, 86'400, &seconds,
                             error))
                return false;
            options.recheckIntervalMs = seconds * 1000;
        } else if (name == QLatin1String("--offline-wait")) {
            // Kept below INT_MAX milliseconds: the core keeps the wait in an int.
            if (!parseNumber(*spec, QStringLiteral("SEC"), values.at(0), 0, 2'000'000, &seconds,
                             error))
                return false;
            options.offlineWaitMs = seconds * 1000;
        } else if (name == QLatin1String("--no-wait-offline")) {
            options.waitForOffline = false;
        } else if (name == QLatin1String("--tag")) {
            options.tagOnHit = values.at(0).trimmed();
            if (options.tagOnHit.isEmpty()) {
                *error = tr("%1 cannot be empty.").arg(spec->label());
                return false;
            }
        } else if (name == QLatin1String("--tag-ttl")) {
            if (!parseNumber(*spec, QStringLiteral("SEC"), values.at(0), 1, 2'000'000'000,
                             &options.tagOnHitTtlSecs, error))
                return false;
        } else if (name == QLatin1String("--json")) {
            parsed->json = true;
        } else if (name == QLatin1String("--csv")) {
            parsed->csvPath = values.at(0);
        } else if (name == QLatin1String("--report")) {
            parsed->reportPath = values.at(0);
        } else if (name == QLatin1String("--env")) {
            parsed->environment = values.at(0);
        } else if (name == QLatin1String("--demo")) {
            parsed->demo = true;
        } else if (name == QLatin1String("--help")) {
            parsed->help = true;
        }
    }
    return true;
}

int CliSpotCheck::run(const QStringList& arguments)
{
    QTextStream err(stderr);
    Arguments parsed;
    QString error;
    if (!parseArguments(arguments, &parsed, &error)) {
        return CliContext().fail(error + QLatin1Char(' ') + tr("See 'lcdesk spotcheck --help'."),
                                 CliContext::UsageError);
    }
    if (parsed.help) {
        QTextStream(stdout) << helpText();
        return CliContext::Success;
    }
    if (parsed.options.indicators.isEmpty()) {
        return CliContext().fail(tr("Give at least one indicator, such as -f PATH. See "
                                    "'lcdesk spotcheck --help'."),
                                 CliContext::UsageError);
    }

    // Every indicator is judged before anything is sent; the good ones go ahead.
    SpotCheckOptions options = parsed.options;
    const QStringList rejected = SpotCheck::validate(options.indicators);
    for (const QString& problem : rejected)
        err << "lcdesk: " << problem << Qt::endl;
    if (options.indicators.isEmpty())
        return CliContext().fail(tr("No usable indicator is left; nothing was sent."),
                                 CliContext::UsageError);
    if (!rejected.isEmpty()) {
        err << "lcdesk: "
            << tr("going on with the other indicators (%1 left)").arg(options.indicators.size())
            << Qt::endl;
    }

    QCommandLineParser common;
    CliContext::addCommonOptions(common);
    QStringList commonArguments{QStringLiteral("spotcheck")};
    if (!parsed.environment.isEmpty())
        commonArguments << QStringLiteral("--env") << parsed.environment;
    if (parsed.demo)
        commonArguments << QStringLiteral("--demo");
    common.parse(commonArguments);
    CliContext context;
    if (!context.connect(common))
        return CliContext::AuthError;

    QEventLoop loop;
    SpotCheck spot(context.client());
    bool stopped = false;
    bool started = false;
    SensorListLoader* loaderInFlight = nullptr;
    const SignalWatcher stopSignals([&] {
        if (stopped)
            return;
        stopped = true;
        err << "lcdesk: " << tr("stopping…") << Qt::endl;
        if (started) {
            spot.stop();
        } else {
            if (loaderInFlight != nullptr)
                loaderInFlight->cancel();
            loop.quit();
        }
    });

    // The sensors to visit, with their tags for the filters.
    SensorStore store;
    {
        SensorListLoader loader(context.client(), &store);
        loaderInFlight = &loader;
        QObject::connect(&loader, &SensorListLoader::finished, &loop, &QEventLoop::quit);
        loader.start({}, true);
        if (loader.isRunning())
            loop.exec();
        loaderInFlight = nullptr;
        if (stopped)
            return context.fail(tr("Stopped before any sensor was checked."));
        if (!loader.error().isOk() && store.size() == 0)
            return context.fail(loader.error());
        if (!loader.error().isOk())
            err << "lcdesk: " << loader.error().toString() << Qt::endl;
    }

    QTextStream& lines = parsed.json ? context.err() : context.out();
    QList<SpotCheck::SensorState> shown;
    QObject::connect(&spot, &SpotCheck::sensorChanged, &spot, [&](int index) {
        const SpotCheck::SensorEntry& entry = spot.sensors().at(index);
        if (shown.size() <= index)
            shown.resize(spot.sensors().size(), SpotCheck::SensorState::Pending);
        if (shown.at(index) == entry.state)
            return;
        shown[index] = entry.state;
        const QString id = who(entry.target);
        switch (entry.state) {
        case SpotCheck::SensorState::Checking:
            lines << "> " << id << Qt::endl;
            break;
        case SpotCheck::SensorState::Offline:
            lines << "? " << id << Qt::endl;
            break;
        case SpotCheck::SensorState::NeverOnline:
            lines << "? " << id << ": " << SpotCheck::stateName(entry.state) << Qt::endl;
            break;
        case SpotCheck::SensorState::Checked:
            lines << ". " << id << Qt::endl;
            break;
        case SpotCheck::SensorState::Failed:
            lines << "X " << id << ": " << CliContext::printable(entry.error) << Qt::endl;
            break;
        case SpotCheck::SensorState::Filtered:
        case SpotCheck::SensorState::NotApplicable:
        case SpotCheck::SensorState::Pending:
        case SpotCheck::SensorState::Cancelled:
            break;
        }
    });
    QObject::connect(&spot, &SpotCheck::hitFound, &spot, [&](const SpotCheckHit& hit) {
        lines << "! " << who({hit.sid, hit.hostname, 0, {}}) << ": "
              << QString::fromUtf8(QJsonDocument(hit.details).toJson(QJsonDocument::Compact))
              << Qt::endl;
    });
    QObject::connect(&spot, &SpotCheck::finished, &loop, &QEventLoop::quit);

    if (!spot.start(SpotCheck::targetsFrom(store), options))
        return context.fail(spot.error(), CliContext::UsageError);
    started = true;
    if (spot.counts().filtered == spot.counts().total)
        context.err() << "lcdesk: "
                      << tr("the platform and tag filters left no sensor to check (%n sensor(s) "
                            "in the organisation)",
                            nullptr, spot.counts().total)
                      << Qt::endl;
    if (spot.isRunning())
        loop.exec();

    // The report.
    const SpotCheck::Counts counts = spot.counts();
    QJsonObject report = spot.toJson();
    report.insert(QStringLiteral("rejected"), QJsonArray::fromStringList(rejected));
    report.insert(QStringLiteral("stopped"), stopped);
    report.insert(QStringLiteral("concurrency"), options.concurrency);
    report.insert(QStringLiteral("peak_concurrency"), spot.peakConcurrency());
    report.insert(QStringLiteral("elapsed_ms"), spot.elapsedMs());
    const QByteArray reportBytes = QJsonDocument(report).toJson(QJsonDocument::Indented);

    bool written = true;
    if (!parsed.csvPath.isEmpty() && !writeWhole(parsed.csvPath, spot.hitsCsv(), &error)) {
        err << "lcdesk: " << error << Qt::endl;
        written = false;
    }
    if (!parsed.reportPath.isEmpty() && !writeWhole(parsed.reportPath, reportBytes, &error)) {
        err << "lcdesk: " << error << Qt::endl;
        written = false;
    }

    QStringList hitHosts;
    for (const SpotCheck::SensorEntry& entry : spot.sensors()) {
        if (entry.hits > 0)
            hitHosts.append(CliContext::printable(entry.target.hostname));
    }
    QTextStream& summary = parsed.json ? context.err() : context.out();
    summary << (stopped ? tr("SpotCheck stopped after %1 s")
                                  .arg(spot.elapsedMs() / 1000.0, 0, 'f', 1)
                        : tr("SpotCheck finished in %1 s")
                                  .arg(spot.elapsedMs() / 1000.0, 0, 'f', 1))
            << ": "
            << tr("checked %1, hits %2, failed %3, never online %4")
                       .arg(counts.checked)
                       .arg(counts.hits)
                       .arg(counts.failed)
                       .arg(counts.neverOnline);
    if (counts.cancelled > 0)
        summary << ", " << tr("not checked (stopped) %1").arg(counts.cancelled);
    summary << '\n';
    if (!hitHosts.isEmpty())
        summary << "  " << tr("hits on: %1").arg(hitHosts.join(QStringLiteral(", "))) << '\n';
    if (const QStringList failed = hostsIn(spot, SpotCheck::SensorState::Failed); !failed.isEmpty())
        summary << "  " << tr("failed: %1").arg(failed.join(QStringLiteral(", "))) << '\n';
    if (const QStringList never = hostsIn(spot, SpotCheck::SensorState::NeverOnline);
        !never.isEmpty())
        summary << "  " << tr("never online: %1").arg(never.join(QStringLiteral(", "))) << '\n';
    if (counts.filtered > 0) {
        summary << "  "
                << tr("left out by the platform and tag filters (or no indicator for their "
                      "platform): %1 of %2 sensors")
                           .arg(counts.filtered)
                           .arg(counts.total)
                << '\n';
    }
    if (!rejected.isEmpty())
        summary << "  " << tr("indicators rejected (see above): %1").arg(rejected.size()) << '\n';
    summary.flush();

    if (parsed.json) {
        context.out() << QString::fromUtf8(reportBytes);
        context.out().flush();
    }

    if (counts.hits > 0)
        return Hits;
    if (!written || stopped || counts.failed > 0)
        return CliContext::Failure;
    return CliContext::Success;
}

} // namespace lc
