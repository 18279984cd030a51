// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "IntegrationChecks.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> lines(const QByteArray& out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

// Each line a JSON object of the stream (the raw record, one per line).
bool allRecords(const QList<QByteArray>& printed)
{
    for (const QByteArray& line : printed) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject() || !document.object().contains(u"routing"_s))
            return false;
    }
    return true;
}

// Waits until the running command has written `text` to stderr.
bool waitForStderr(QProcess& process, QByteArray& err, const QByteArray& text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(text) && timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    return err.contains(text);
}

} // namespace

// `lcdesk spout` and `lcdesk firehose` as scripts use them.
class TestStreamCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spoutPrintsRawRecords();
    void firehosePrintsRawRecordsAndDeletesItsOutput();
    void usageErrors_data();
    void usageErrors();
    void spoutAuthenticationFailureExitsWithAuthCode();
    void interruptStopsCleanly();
    void timeoutBeforeCountFails();

private:
    CliRunner runner() const;

    EmulatorProcess m_emulator;
    QTemporaryDir m_home;
};

void TestStreamCli::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("LCDESK_BIN").isEmpty());
    LCTEST_START_EMULATOR(m_emulator,
                          QStringList{u"--sensors"_s, u"20"_s, u"--time-scale"_s, u"0.1"_s});
}

CliRunner TestStreamCli::runner() const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(m_emulator);
    return cli;
}

void TestStreamCli::spoutPrintsRawRecords()
{
    const CliRun run = CliRunner(m_home.path())
                               .run({u"spout"_s, u"event"_s, u"--demo"_s, u"--count"_s, u"5"_s,
                                     u"--timeout"_s, u"60"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    const QList<QByteArray> printed = lines(run.out);
    QCOMPARE(printed.size(), 5);
    QVERIFY2(allRecords(printed), run.out);
    QVERIFY2(run.err.contains("spout: Live"), run.err);
    QVERIFY2(run.err.contains("5 records"), run.err);
}

void TestStreamCli::firehosePrintsRawRecordsAndDeletesItsOutput()
{
    const CliRun run = CliRunner(m_home.path())
                               .run({u"firehose"_s, u"127.0.0.1:0"_s, u"event"_s, u"-n"_s, u"t"_s,
                                     u"--demo"_s, u"--count"_s, u"5"_s, u"--timeout"_s, u"60"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    const QList<QByteArray> printed = lines(run.out);
    QCOMPARE(printed.size(), 5);
    QVERIFY2(allRecords(printed), run.out);
    QVERIFY2(run.err.contains("Output tmp_live_t created"), run.err);
    QVERIFY2(run.err.contains("Output tmp_live_t deleted"), run.err);
}

void TestStreamCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("spout: bad type") << QStringList{u"spout"_s, u"bogus"_s};
    QTest::newRow("spout: no type") << QStringList{u"spout"_s};
    QTest::newRow("spout: count 0") << QStringList{u"spout"_s, u"event"_s, u"--count"_s, u"0"_s};
    // Past what a timer can count, not a wrapped-around short or negative interval.
    QTest::newRow("spout: timeout too long")
            << QStringList{u"spout"_s, u"event"_s, u"--timeout"_s, u"2147484"_s};
    QTest::newRow("spout: timeout overflow")
            << QStringList{u"spout"_s, u"event"_s, u"--timeout"_s, u"4294968"_s};
    QTest::newRow("firehose: bad type") << QStringList{u"firehose"_s, u"127.0.0.1:0"_s, u"bogus"_s};
    QTest::newRow("firehose: billing is spout-only")
            << QStringList{u"firehose"_s, u"127.0.0.1:0"_s, u"billing"_s};
    QTest::newRow("firehose: bad address")
            << QStringList{u"firehose"_s, u"localhost:443"_s, u"event"_s};
    QTest::newRow("firehose: cert without key")
            << QStringList{u"firehose"_s, u"127.0.0.1:0"_s, u"event"_s, u"--cert"_s, u"c.pem"_s};
    QTest::newRow("firehose: unknown option")
            << QStringList{u"firehose"_s, u"127.0.0.1:0"_s, u"event"_s, u"--nope"_s};
}

void TestStreamCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runner().run(arguments, {}, 20'000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("lcdesk: "), run.err);
}

void TestStreamCli::spoutAuthenticationFailureExitsWithAuthCode()
{
    // C03 a through the command line: the error line after the 200, one retry, exit code 3.
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          {u"--oid"_s, u"7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b"_s, u"--api-key"_s,
                           u"5e3a9c1d-8f2b-4d6e-a7c0-b1d2e3f4a5b6"_s, u"--script"_s,
                           QStringLiteral(LCDESK_CASES_DIR "/C03/a-auth-error/exchange.yaml")});
    CliRunner cli(m_home.path());
    cli.useEmulator(emulator);
    const CliRun run = cli.run({u"spout"_s, u"event"_s, u"--timeout"_s, u"30"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("stream authentication failed; server said \"unauthorized\""),
             run.err);
}

void TestStreamCli::interruptStopsCleanly()
{
    // Ctrl-C / SIGTERM: the firehose deletes its output before exiting, with exit code 0.
    QProcess process;
    process.setProcessEnvironment(runner().environment());
    process.start(qEnvironmentVariable("LCDESK_BIN"),
                  {u"firehose"_s, u"127.0.0.1:0"_s, u"event"_s, u"-n"_s, u"sig"_s});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QVERIFY2(waitForStderr(process, err, "Output tmp_live_sig created", 20'000), err);
    const EmulatorProcess::ControlReply listed =
            m_emulator.apiCall("GET", "/v1/outputs/" + m_emulator.oid().toLatin1(),
                               m_emulator.mintJwt(m_emulator.apiKey()));
    QVERIFY(listed.body.contains("tmp_live_sig"));

    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(20'000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, err);
    QVERIFY2(err.contains("interrupted") && err.contains("Output tmp_live_sig deleted"), err);
    const EmulatorProcess::ControlReply after =
            m_emulator.apiCall("GET", "/v1/outputs/" + m_emulator.oid().toLatin1(),
                               m_emulator.mintJwt(m_emulator.apiKey()));
    QVERIFY(after.isOk());
    QVERIFY2(!after.body.contains("tmp_live_sig"), after.body);
    // Whatever was printed before the interrupt is whole lines.
    QVERIFY(allRecords(lines(process.readAllStandardOutput())));

    // The spout stops on SIGTERM too.
    QProcess spout;
    spout.setProcessEnvironment(runner().environment());
    spout.start(qEnvironmentVariable("LCDESK_BIN"), {u"spout"_s, u"event"_s});
    QVERIFY(spout.waitForStarted());
    QByteArray spoutErr;
    QVERIFY2(waitForStderr(spout, spoutErr, "spout: Live", 20'000), spoutErr);
    spout.terminate();
    QVERIFY(spout.waitForFinished(10'000));
    QCOMPARE(spout.exitCode(), 0);
}

void TestStreamCli::timeoutBeforeCountFails()
{
    // A listener nobody feeds: --timeout ends it, and missing --count is a failure.
    const CliRun run = runner().run({u"firehose"_s, u"127.0.0.1:0"_s, u"event"_s, u"--count"_s,
                                     u"3"_s, u"--timeout"_s, u"1"_s},
                                    {}, 20'000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("timed out"), run.err);
}

QTEST_GUILESS_MAIN(TestStreamCli)
#include "TestStreamCli.moc"
