// SPDX-License-Identifier: GPL-3.0-or-later
// `lcdesk spotcheck` against the emulator serving field case C22: five sensors (one back
// online on its third check, one never back, one tagged lab, one tagged vip and Lab2),
// indicators with a space, backslashes and quotes in their paths, and a bad hash.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "IntegrationChecks.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

QString caseFile(const QString& name)
{
    return QStringLiteral(LCDESK_C22_DIR "/") + name;
}

const QString Ws01 = u"aaaaaaaa-1111-4111-8111-000000000001"_s;
const QString Ws02 = u"aaaaaaaa-1111-4111-8111-000000000002"_s;
const QString Ws03 = u"aaaaaaaa-1111-4111-8111-000000000003"_s;
const QString Lin01 = u"aaaaaaaa-1111-4111-8111-000000000004"_s;
const QString Ws05 = u"aaaaaaaa-1111-4111-8111-000000000005"_s;

// The indicators of iocs.yaml as an analyst types them (one backslash per separator).
const QString WindowsFile = u"C:\\Users\\Public\\evil tool.exe"_s;
const QString LinuxFile = u"/tmp/dropper \"v2\""_s;
const QString BadHash = u"zz5f1a8f3a5f0c4d2e1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"_s;
// The exact lines of expected.yaml.
const QString WindowsTask = u"file_info \"C:\\\\Users\\\\Public\\\\evil tool.exe\""_s;
const QString LinuxTask = u"file_info \"/tmp/dropper \\\"v2\\\"\""_s;
const QString Sha256 = u"9f2c6a0d1b7e4f3a8c5d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b"_s;

QStringList indicatorArguments()
{
    return {u"-f"_s,        WindowsFile, u"-f"_s, LinuxFile, u"-fh"_s,
            u"C:\\Users"_s, u"*.exe"_s,  u"3"_s,  BadHash};
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// sid -> state of the report's sensors.
QMap<QString, QString> statesOf(const QJsonObject& report)
{
    QMap<QString, QString> states;
    for (const QJsonValue& value : report.value(u"sensors"_s).toArray())
        states.insert(value[u"sid"_s].toString(), value[u"state"_s].toString());
    return states;
}

} // namespace

class TestSpotCheckCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void usageErrorsNameTheOption();
    void badHashAloneSendsNothing();
    void c22RunA();
    void c22RunBTagFilter();
    void interruptStillReports();

private:
    CliRunner runner() const;
    // Sid -> the task lines it was sent, from the emulator's own task log.
    QMap<QString, QStringList> tasksSent();
    // The most sensors worked on at once according to the emulator's request log: a sensor's
    // turn runs from its online check (GET /v1/<sid>) to its last task (POST /v1/<sid>)
    // before its next online check. The client's turn lasts longer (until the last reply),
    // so this never counts more than there were.
    int overlapFromRequestLog();
    // From the first online check of the run to the first task to `sid`, on the emulator's clock.
    qint64 firstTaskDelayMs(const QString& sid);

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<EmulatorProcess> m_emulator;
};

void TestSpotCheckCli::init()
{
    // A fresh emulator per test: each sensor's online schedule starts again.
    m_emulator = std::make_unique<EmulatorProcess>();
    LCTEST_START_EMULATOR(*m_emulator,
                          (QStringList{u"--fleet"_s, caseFile(u"fleet.yaml"_s),
                                       u"--task-responses"_s, caseFile(u"responses.yaml"_s)}));
}

void TestSpotCheckCli::cleanup()
{
    m_emulator.reset();
}

CliRunner TestSpotCheckCli::runner() const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(*m_emulator);
    return cli;
}

QMap<QString, QStringList> TestSpotCheckCli::tasksSent()
{
    QMap<QString, QStringList> sent;
    const auto reply = m_emulator->control("GET", u"/_emulator/tasks"_s);
    if (!reply.isOk()) {
        qWarning("the emulator's task log cannot be read: %s", reply.body.constData());
        return sent;
    }
    for (const QJsonValue& value : QJsonDocument::fromJson(reply.body).array()) {
        const QJsonObject task = value.toObject();
        for (const QJsonValue& line : task.value(u"tasks"_s).toArray())
            sent[task.value(u"sid"_s).toString()].append(line.toString());
    }
    return sent;
}

int TestSpotCheckCli::overlapFromRequestLog()
{
    static const QRegularExpression sensorPath(
            u"^/v1/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"_s);
    bool ok = false;
    const QList<LoggedRequest> log = LoggedRequest::filtered(m_emulator->requests(&ok), u"api"_s);
    if (!ok)
        return -1;

    struct Turn
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    QList<Turn> turns;
    QMap<QString, int> open; // sid -> its current turn
    for (const LoggedRequest& request : log) {
        const auto match = sensorPath.match(QString::fromLatin1(request.path()));
        if (!match.hasMatch())
            continue;
        const QString sid = match.captured(1);
        if (request.method == u"GET"_s) {
            open[sid] = int(turns.size());
            turns.append({request.timeMs, request.timeMs});
        } else if (request.method == u"POST"_s && open.contains(sid)) {
            turns[open.value(sid)].end = request.timeMs;
        }
    }

    // An end and a start in the same millisecond are taken as one after the other: the next
    // sensor's check follows the reply that ended the last one.
    QList<QPair<qint64, int>> edges; // (time, 0 end / 1 start)
    for (const Turn& turn : std::as_const(turns)) {
        edges.append({turn.start, 1});
        edges.append({turn.end, 0});
    }
    std::sort(edges.begin(), edges.end());
    int current = 0;
    int peak = 0;
    for (const auto& edge : std::as_const(edges)) {
        current += edge.second == 1 ? 1 : -1;
        peak = std::max(peak, current);
    }
    return peak;
}

qint64 TestSpotCheckCli::firstTaskDelayMs(const QString& sid)
{
    static const QRegularExpression sensorPath(u"^/v1/[0-9a-f-]{36}$"_s);
    bool ok = false;
    qint64 firstCheck = -1;
    for (const LoggedRequest& request :
         LoggedRequest::filtered(m_emulator->requests(&ok), u"api"_s)) {
        if (!sensorPath.match(QString::fromLatin1(request.path())).hasMatch())
            continue;
        if (request.method == u"GET"_s && firstCheck < 0)
            firstCheck = request.timeMs;
        if (request.method == u"POST"_s && request.path().endsWith(sid.toLatin1()))
            return firstCheck < 0 ? -1 : request.timeMs - firstCheck;
    }
    return -1;
}

void TestSpotCheckCli::usageErrorsNameTheOption()
{
    CliRunner cli(m_home.path());
    const CliRun missing =
            cli.run({u"spotcheck"_s, u"-fp"_s, u"C:\\Temp"_s, u"*.exe"_s, u"-n"_s, u"2"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("-fp/--file-pattern takes DIR PATTERN DEPTH; DEPTH is missing"),
             missing.err);

    const CliRun depth = cli.run({u"spotcheck"_s, u"-fh"_s, u"C:\\"_s, u"*"_s, u"deep"_s, Sha256});
    QCOMPARE(depth.exitCode, 2);
    QVERIFY2(depth.err.contains("-fh/--file-hash: DEPTH takes a whole number"), depth.err);

    const CliRun concurrency = cli.run({u"spotcheck"_s, u"-f"_s, u"/x"_s, u"-n"_s, u"0"_s});
    QCOMPARE(concurrency.exitCode, 2);
    QVERIFY2(concurrency.err.contains("-n/--n-concurrent: N takes a whole number from 1"),
             concurrency.err);

    const CliRun unknown = cli.run({u"spotcheck"_s, u"-f"_s, u"/x"_s, u"--fast"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Unknown option \"--fast\""), unknown.err);

    const CliRun none = cli.run({u"spotcheck"_s, u"-n"_s, u"2"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("at least one indicator"), none.err);

    const CliRun help = cli.run({u"spotcheck"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("Exit codes: 0 finished without hits, 4 hits found"), help.out);
}

void TestSpotCheckCli::badHashAloneSendsNothing()
{
    const CliRun run = runner().run({u"spotcheck"_s, u"-fh"_s, u"C:\\Users"_s, u"*.exe"_s, u"3"_s,
                                     BadHash, u"--no-wait-offline"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not 64 hex characters, contains 'z'"), run.err);
    QVERIFY2(run.err.contains("nothing was sent"), run.err);
    LCTEST_REQUEST_LOG(log, *m_emulator);
    QVERIFY2(LoggedRequest::filtered(log, u"api"_s).isEmpty(), "a request reached the API");
    QVERIFY(tasksSent().isEmpty());
}

void TestSpotCheckCli::c22RunA()
{
    const QString report = m_files.filePath(u"a.json"_s);
    const QString csv = m_files.filePath(u"a.csv"_s);
    const CliRun run = runner().run(QStringList{u"spotcheck"_s} + indicatorArguments()
                                            + QStringList{u"-n"_s, u"2"_s, u"--recheck"_s, u"2"_s,
                                                          u"--offline-wait"_s, u"10"_s,
                                                          u"--report"_s, report, u"--csv"_s, csv},
                                    {}, 60'000);
    const QByteArray both = QByteArray(run.out + "\n---\n" + run.err);
    QCOMPARE(run.exitCode, 4); // hits found

    // The bad hash is named before anything is sent and the run goes on without it.
    QVERIFY2(run.err.contains("rejected: not 64 hex characters, contains 'z'"), both);
    const QJsonObject json = readJson(report);
    QCOMPARE(json.value(u"rejected"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"indicators"_s).toArray().size(), 2);

    // The exact task lines, only to the sensors that were online, never a hash task.
    const QMap<QString, QStringList> sent = tasksSent();
    QCOMPARE(QSet<QString>(sent.keyBegin(), sent.keyEnd()),
             (QSet<QString>{Ws01, Ws02, Lin01, Ws05}));
    for (const QString& sid : {Ws01, Ws02, Lin01, Ws05}) {
        QVERIFY2(sent.value(sid).contains(WindowsTask), qPrintable(sent.value(sid).join(u'|')));
        QVERIFY2(sent.value(sid).contains(LinuxTask), qPrintable(sent.value(sid).join(u'|')));
        for (const QString& line : sent.value(sid))
            QVERIFY2(!line.startsWith(u"dir_find_hash"_s), qPrintable(line));
    }

    // Checked four, ws-03 given up on after the offline wait, ws-02 on its third check.
    const QMap<QString, QString> states = statesOf(json);
    QCOMPARE(states.value(Ws01), u"checked"_s);
    QCOMPARE(states.value(Ws02), u"checked"_s);
    QCOMPARE(states.value(Lin01), u"checked"_s);
    QCOMPARE(states.value(Ws05), u"checked"_s);
    QCOMPARE(states.value(Ws03), u"never_online"_s);
    // ws-02 was found offline twice and checked on its third check, about 4 s in.
    QVERIFY2(firstTaskDelayMs(Ws02) >= 3'500, qPrintable(QString::number(firstTaskDelayMs(Ws02))));
    for (const QJsonValue& sensor : json.value(u"sensors"_s).toArray()) {
        if (sensor[u"sid"_s].toString() == Ws02)
            QCOMPARE(sensor[u"online_checks"_s].toInt(), 3);
        if (sensor[u"sid"_s].toString() == Ws03)
            QVERIFY(sensor[u"online_checks"_s].toInt() >= 5); // 0, 2, 4, 6, 8 and 10 s
    }
    const QJsonObject counts = json.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"checked"_s).toInt(), 4);
    QCOMPARE(counts.value(u"never_online"_s).toInt(), 1);
    QCOMPARE(counts.value(u"failed"_s).toInt(), 0);

    // Finished once the offline wait ran out, not before and not much after.
    const qint64 elapsed = json.value(u"elapsed_ms"_s).toInteger();
    QVERIFY2(elapsed >= 9'500 && elapsed <= 13'000, qPrintable(QString::number(elapsed)));
    QVERIFY2(run.elapsedMs < 30'000, qPrintable(QString::number(run.elapsedMs)));

    // Two at a time: the client says so and the server never saw more.
    QCOMPARE(json.value(u"peak_concurrency"_s).toInt(), 2);
    const int overlap = overlapFromRequestLog();
    QVERIFY2(overlap >= 1 && overlap <= 2, qPrintable(QString::number(overlap)));

    // The hit on ws-05, with the file's size and hash, and no hit anywhere else.
    const QJsonArray hits = json.value(u"hits"_s).toArray();
    QJsonArray windowsHits;
    for (const QJsonValue& hit : hits) {
        QCOMPARE(hit[u"hostname"_s].toString(), u"ws-05"_s);
        if (hit[u"indicator"_s].toString() == WindowsFile)
            windowsHits.append(hit);
    }
    QCOMPARE(hits.size(), 1);
    QCOMPARE(windowsHits.size(), 1);
    const QJsonObject hit = windowsHits.first().toObject();
    QCOMPARE(hit.value(u"size"_s).toInteger(), 73728);
    QCOMPARE(hit.value(u"sha256"_s).toString(), Sha256);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    QVERIFY2(csvText.contains("ws-05") && csvText.contains(Sha256.toLatin1()), csvText);

    // The original's lines, then the summary.
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"! (%1 / ws-05): {"_s.arg(Ws05)), both);
    QVERIFY2(out.contains(u"\"HASH\":\"%1\""_s.arg(Sha256)), both);
    QVERIFY2(out.contains(u"? (%1 / ws-02)\n"_s.arg(Ws02)), both);
    QVERIFY2(out.contains(u"? (%1 / ws-03): offline, not checked\n"_s.arg(Ws03)), both);
    for (const auto& [sid, host] : {std::pair{Ws01, u"ws-01"_s}, std::pair{Ws02, u"ws-02"_s},
                                    std::pair{Lin01, u"lin-01"_s}, std::pair{Ws05, u"ws-05"_s}}) {
        QVERIFY2(out.contains(u"> (%1 / %2)\n"_s.arg(sid, host)), both);
        QVERIFY2(out.contains(u". (%1 / %2)\n"_s.arg(sid, host)), both);
    }
    QVERIFY2(!out.contains(u". (%1"_s.arg(Ws03)), both);
    QVERIFY2(out.contains(u"checked 4, hits %1, failed 0, never online 1"_s.arg(hits.size())),
             both);
    QVERIFY2(out.contains(u"never online: ws-03"_s), both);
    QVERIFY2(out.contains(u"hits on: ws-05"_s), both);
}

void TestSpotCheckCli::c22RunBTagFilter()
{
    const CliRun run =
            runner().run(QStringList{u"spotcheck"_s} + indicatorArguments()
                         + QStringList{u"-n"_s, u"2"_s, u"--recheck"_s, u"2"_s, u"--offline-wait"_s,
                                       u"10"_s, u"--tags"_s, u"+vip,-lab"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 4);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out);

    // Only ws-05: lin-01 is kept out by -lab, the others lack vip, and Lab2 is not lab.
    const QMap<QString, QString> states = statesOf(json);
    QCOMPARE(states.keys(), QStringList{Ws05});
    QCOMPARE(states.value(Ws05), u"checked"_s);
    const QMap<QString, QStringList> sent = tasksSent();
    QCOMPARE(sent.keys(), QStringList{Ws05});
    QCOMPARE(json.value(u"counts"_s)[u"filtered"_s].toInt(), 4);
    QVERIFY(!json.value(u"hits"_s).toArray().isEmpty());
    // With --json the lines go to stderr and stdout holds the report alone.
    QVERIFY2(run.err.contains(QByteArray("! (" + Ws05.toLatin1() + " / ws-05)")), run.err);
    // Filtered sensors are not waited for (a run with ws-03 in it lasts the offline wait).
    QVERIFY2(run.elapsedMs < 15'000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(!run.err.contains("left no sensor"), run.err);

    // A filter that matches nothing says so instead of reporting a clean organisation.
    const CliRun none = runner().run(QStringList{u"spotcheck"_s} + indicatorArguments()
                                     + QStringList{u"--tags"_s, u"nosuchtag"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.err.contains("filters left no sensor to check (5 sensors"), none.err);
}

void TestSpotCheckCli::interruptStillReports()
{
    QProcess process;
    process.setProcessEnvironment(runner().environment());
    process.start(qEnvironmentVariable("LCDESK_BIN"),
                  QStringList{u"spotcheck"_s} + indicatorArguments()
                          + QStringList{u"-n"_s, u"2"_s, u"--recheck"_s, u"2"_s,
                                        u"--offline-wait"_s, u"600"_s});
    QVERIFY(process.waitForStarted());

    // Once ws-05 has been checked, only ws-03 is left, waiting to be asked again.
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    const QByteArray done05 = QByteArray(". (" + Ws05.toLatin1() + " / ws-05)");
    const QByteArray done02 = QByteArray(". (" + Ws02.toLatin1() + " / ws-02)");
    while (!(out.contains(done05) && out.contains(done02)) && timer.elapsed() < 30'000
           && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    QVERIFY2(out.contains(done05) && out.contains(done02), out);

    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(15'000));
    out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    const QByteArray both = out + "\n---\n" + err;
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 4); // the hit on ws-05 still counts
    QVERIFY2(out.contains("SpotCheck stopped after"), both);
    QVERIFY2(QString::fromUtf8(out).contains(
                     QRegularExpression(u"checked 4, hits [1-9][0-9]*, failed 0, never online 0, "
                                        u"not checked \\(stopped\\) 1\n"_s)),
             both);
    QVERIFY(timer.elapsed() < 30'000);
}

QTEST_GUILESS_MAIN(TestSpotCheckCli)
#include "TestSpotCheckCli.moc"
