// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "IntegrationChecks.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// `lcdesk shell` fed from a pipe, as a script would: commands are checked before they are
// sent, replies print as they arrive, built-ins work, and nothing that changes a host is sent
// without --yes.
class TestShellCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sendsCommandsAndPrintsReplies();
    void refusesBadLinesWithoutSending();
    void destructiveNeedsYesInScripts();
    void builtinsAndInvestigationId();
    void jsonLinesAndHostnames();
    void offlineSensorSaysSo();
    void terminalCompletesAndTakesTypedAhead();

private:
    CliRunner runner() const;
    QJsonArray tasks();

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;
    QString m_windows;
    QString m_windowsHost;
    QString m_linux;
};

void TestShellCli::initTestCase()
{
    LCTEST_START_EMULATOR(m_emulator, (QStringList{u"--sensors"_s, u"40"_s, u"--seed"_s, u"3"_s,
                                                   u"--time-scale"_s, u"0.2"_s}));
    const CliRun list = runner().run({u"sensors"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject sensor = value.toObject();
        const QString platform = sensor.value(u"platform"_s).toString();
        if (platform == u"windows"_s && m_windows.isEmpty()) {
            m_windows = sensor.value(u"sid"_s).toString();
            m_windowsHost = sensor.value(u"hostname"_s).toString();
        } else if (platform == u"linux"_s && m_linux.isEmpty()) {
            m_linux = sensor.value(u"sid"_s).toString();
        }
    }
    QVERIFY(!m_windows.isEmpty() && !m_linux.isEmpty());
    QVERIFY(m_emulator.setOnline(m_windows, true));
    QVERIFY(m_emulator.setOnline(m_linux, true));
}

void TestShellCli::init()
{
    QVERIFY(m_emulator.control("DELETE", u"/_emulator/tasks"_s).isOk());
}

CliRunner TestShellCli::runner() const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(m_emulator);
    return cli;
}

QJsonArray TestShellCli::tasks()
{
    return QJsonDocument::fromJson(m_emulator.control("GET", u"/_emulator/tasks"_s).body).array();
}

void TestShellCli::sendsCommandsAndPrintsReplies()
{
    const CliRun run = runner().run({u"shell"_s, m_windows},
                                    "os_version\nfile_info \"C:\\\\Windows\\\\notepad.exe\"\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QByteArray("<- OS_VERSION_REP from " + m_windowsHost.toUtf8())),
             run.out.constData());
    QVERIFY2(run.out.contains("<- FILE_INFO_REP"), run.out.constData());
    QVERIFY2(!run.out.contains("CLOUD_NOTIFICATION"), run.out.constData());

    const QJsonArray sent = tasks();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).toObject().value(u"tasks"_s).toArray().first().toString(),
             uR"(file_info "C:\\Windows\\notepad.exe")"_s);
    QVERIFY(sent.at(0).toObject().value(u"investigation_id"_s).toString().contains(u'/'));
}

void TestShellCli::refusesBadLinesWithoutSending()
{
    const CliRun run = runner().run({u"shell"_s, m_linux},
                                    "reg_list hklm\\\\software\nos_processes -x 1\nos_procs\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not supported on this sensor's platform"), run.err.constData());
    QVERIFY2(run.err.contains("has no option -x"), run.err.constData());
    QVERIFY2(run.err.contains("Unknown command \"os_procs\"") && run.err.contains("!"),
             run.err.constData());
    QCOMPARE(tasks().size(), 0);

    // '!' sends a line as typed, for commands newer than the catalogue.
    const CliRun forced = runner().run({u"shell"_s, m_linux}, "!os_procs\n");
    QCOMPARE(tasks().size(), 1);
    QCOMPARE(tasks().at(0).toObject().value(u"tasks"_s).toArray().first().toString(),
             u"os_procs"_s);
    Q_UNUSED(forced);
}

void TestShellCli::destructiveNeedsYesInScripts()
{
    const CliRun refused = runner().run({u"shell"_s, m_windows}, "os_kill_process -p 4\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("pass --yes"), refused.err.constData());
    QCOMPARE(tasks().size(), 0);

    // '!' skips the catalogue's checks, not the question; an empty '!' sends nothing.
    const CliRun forced = runner().run({u"shell"_s, m_windows}, "!os_kill_process -p 4\n!\n");
    QCOMPARE(forced.exitCode, 1);
    QVERIFY2(forced.err.contains("pass --yes"), forced.err.constData());
    QVERIFY2(forced.err.contains("Type a command after the !"), forced.err.constData());
    QCOMPARE(tasks().size(), 0);

    const CliRun allowed =
            runner().run({u"shell"_s, m_windows, u"--yes"_s}, "os_kill_process -p 4\n");
    QCOMPARE(tasks().size(), 1);
    QVERIFY2(allowed.out.contains("<- OS_KILL_PROCESS_REP"), allowed.out.constData());
}

void TestShellCli::builtinsAndInvestigationId()
{
    const CliRun run =
            runner().run({u"shell"_s, u"--inv-id"_s, u"case-17"_s},
                         "os_version\nhelp dir_list\ninv bad/id\nsensor "_ba + m_windows.toUtf8()
                                 + "\ninv\nos_version\nquit\nos_version\n");
    QVERIFY2(run.err.contains("Choose a sensor first"), run.err.constData());
    QVERIFY2(run.out.contains("dir_list [-d DEPTH] rootDir fileExp"), run.out.constData());
    QVERIFY2(run.err.contains("cannot hold '/'"), run.err.constData());
    QVERIFY2(run.out.contains("Investigation: case-17"), run.out.constData());
    // One task: the first had no sensor, the last came after quit.
    const QJsonArray sent = tasks();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.at(0)
                    .toObject()
                    .value(u"investigation_id"_s)
                    .toString()
                    .startsWith(u"case-17/"_s));

    const CliRun bad = runner().run({u"shell"_s, u"--inv-id"_s, u"a b"_s});
    QCOMPARE(bad.exitCode, 2);

    const CliRun help = runner().run({u"shell"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: lcdesk shell [options] [SENSOR]"), help.out.constData());
}

void TestShellCli::jsonLinesAndHostnames()
{
    const CliRun run = runner().run({u"shell"_s, m_windowsHost, u"--json"_s}, "os_processes\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    int replies = 0;
    for (const QByteArray& line : run.out.split('\n')) {
        // Nothing but records on stdout, so the output pipes into jq as it is.
        if (line.isEmpty())
            continue;
        QVERIFY2(line.startsWith('{'), line.constData());
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QCOMPARE(record.value(u"routing"_s).toObject().value(u"event_type"_s).toString(),
                 u"OS_PROCESSES_REP"_s);
        ++replies;
    }
    QCOMPARE(replies, 1);
}

void TestShellCli::offlineSensorSaysSo()
{
    QVERIFY(m_emulator.setOnline(m_linux, false));
    const CliRun run = runner().run({u"shell"_s, m_linux}, "os_version\n");
    QVERIFY(m_emulator.setOnline(m_linux, true));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("offline"), run.err.constData());
}

void TestShellCli::terminalCompletesAndTakesTypedAhead()
{
    // On a terminal (a pseudo-terminal from script(1)) Readline edits the line: Tab completes
    // a command and a flag, and lines typed while a reply is awaited wait for the next prompt.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) is not installed");

    QProcess process;
    CliRunner cli = runner();
    process.setProcessEnvironment(cli.environment());
    const QString command = qEnvironmentVariable("LCDESK_BIN") + u" shell "_s + m_windows;
    process.start(script, {u"-qfec"_s, command, u"/dev/null"_s});
    QVERIFY(process.waitForStarted());
    process.write("os_ver\t\ros_processes --is-no\t\r\x04");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("<- OS_PROCESSES_REP"), out.constData());

    // "os_ver<Tab>" became os_version; the flag completed too. Both went out as whole lines.
    QStringList lines;
    for (const QJsonValue& task : tasks())
        lines.append(task.toObject().value(u"tasks"_s).toArray().first().toString());
    QCOMPARE(lines, QStringList({u"os_version"_s, u"os_processes --is-no-modules"_s}));
}

QTEST_GUILESS_MAIN(TestShellCli)
#include "TestShellCli.moc"
