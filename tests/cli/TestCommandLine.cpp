// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "IntegrationChecks.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// `lcdesk <subcommand>` as a script would use it, against a real emulator.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void sensorsAsJson();
    void sensorsFilters();
    void tagThenUntagByHostname();
    void taskReportsEachSensor();
    void unknownHostnameFails();
    void hostnameMatchesHoweverItIsTyped();
    void unknownCommandAndHelpNeedNoDisplay();
    void noCredentialsSaysWhatToDo();
    void revokedKeyExitsWithAuthCode();
    void useListsAndPrintsExport();
    void useRefusesUnknownEnvironment();
    void brokenCredentialsFileNamesLine();
    void environmentFromCredentialsFile();

private:
    CliRunner runner(bool withCredentials = true) const;
    QJsonArray sensorsJson(const QStringList& extra = {}) const;

    EmulatorProcess m_emulator;
    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("LCDESK_BIN").isEmpty());
    LCTEST_START_EMULATOR(m_emulator,
                          QStringList{u"--sensors"_s, u"60"_s, u"--page-size"_s, u"25"_s});
}

CliRunner TestCommandLine::runner(bool withCredentials) const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(m_emulator, withCredentials);
    return cli;
}

QJsonArray TestCommandLine::sensorsJson(const QStringList& extra) const
{
    const CliRun run = runner().run(QStringList{u"sensors"_s, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

void TestCommandLine::version()
{
    const CliRun run = runner().run({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("lcdesk "));
}

void TestCommandLine::sensorsAsJson()
{
    const CliRun run = runner().run({u"sensors"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray sensors = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(sensors.size(), 60);

    QSet<QString> sids;
    for (const QJsonValue& value : sensors) {
        const QJsonObject sensor = value.toObject();
        sids.insert(sensor.value(u"sid"_s).toString());
        QVERIFY(sensor.value(u"online"_s).isBool());
        QVERIFY(!sensor.value(u"platform"_s).toString().isEmpty());
        QVERIFY(sensor.value(u"tags"_s).isArray());
    }
    QCOMPARE(sids.size(), 60);
    // Progress chatter stays off stdout and stderr.
    QVERIFY2(!run.err.contains("lc.api"), run.err.constData());
}

void TestCommandLine::sensorsFilters()
{
    const QJsonArray all = sensorsJson();
    int online = 0;
    int linux = 0;
    for (const QJsonValue& value : all) {
        online += value.toObject().value(u"online"_s).toBool() ? 1 : 0;
        linux += value.toObject().value(u"platform"_s).toString() == u"linux"_s ? 1 : 0;
    }
    QCOMPARE(sensorsJson({u"--online"_s}).size(), online);
    QCOMPARE(sensorsJson({u"--platform"_s, u"linux"_s}).size(), linux);
    QVERIFY(online > 0 && online < all.size());
}

void TestCommandLine::tagThenUntagByHostname()
{
    const QJsonArray all = sensorsJson();
    QString hostname;
    QString sid;
    QHash<QString, int> seen;
    for (const QJsonValue& value : all)
        ++seen[value.toObject().value(u"hostname"_s).toString()];
    for (const QJsonValue& value : all) {
        const QString name = value.toObject().value(u"hostname"_s).toString();
        if (seen.value(name) == 1) {
            hostname = name;
            sid = value.toObject().value(u"sid"_s).toString();
            break;
        }
    }
    QVERIFY(!hostname.isEmpty());

    CliRun run =
            runner().run({u"tag"_s, hostname, u"--tag"_s, u"cli-check"_s, u"--ttl"_s, u"600"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray(sid.toLatin1() + QByteArray("\ttagged")));

    const QJsonArray tagged = sensorsJson({u"--tag"_s, u"cli-check"_s});
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged.at(0).toObject().value(u"sid"_s).toString(), sid);

    run = runner().run({u"untag"_s, sid, u"--tag"_s, u"cli-check"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sensorsJson({u"--tag"_s, u"cli-check"_s}).size(), 0);
}

void TestCommandLine::taskReportsEachSensor()
{
    const QJsonArray all = sensorsJson();
    const QString up = all.at(0).toObject().value(u"sid"_s).toString();
    const QString down = all.at(1).toObject().value(u"sid"_s).toString();
    QVERIFY(m_emulator.setOnline(up, true));
    QVERIFY(m_emulator.setOnline(down, false));

    const CliRun run = runner().run({u"task"_s, u"os_version"_s, up, down});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QByteArray(up.toLatin1() + "\taccepted")), run.out.constData());
    QVERIFY2(run.err.contains(down.toLatin1()), run.err.constData());
    QVERIFY2(run.err.contains("not connected"), run.err.constData());
}

void TestCommandLine::unknownHostnameFails()
{
    const CliRun run = runner().run({u"task"_s, u"os_version"_s, u"no-such-host-anywhere"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no-such-host-anywhere"));
}

void TestCommandLine::hostnameMatchesHoweverItIsTyped()
{
    // The fleet registers "cafe\u0301-kasse-2" decomposed and "Ärztezimmer-2" as
    // "A\u0308rztezimmer-2"; an analyst types them precomposed (and in any case).
    QString decomposedSid;
    for (const QJsonValue& value : sensorsJson()) {
        if (value.toObject().value(u"hostname"_s).toString() == u"cafe\u0301-kasse-2"_s)
            decomposedSid = value.toObject().value(u"sid"_s).toString();
    }
    QVERIFY2(!decomposedSid.isEmpty(), "the demo fleet has no decomposed hostname");
    QVERIFY(m_emulator.setOnline(decomposedSid, true));

    const CliRun run = runner().run({u"task"_s, u"os_version"_s, u"Caf\u00e9-Kasse-2"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(decomposedSid.toLatin1()), run.out.constData());
}

void TestCommandLine::unknownCommandAndHelpNeedNoDisplay()
{
    CliRunner cli = runner();
    cli.environment().remove(u"DISPLAY"_s);
    cli.environment().remove(u"WAYLAND_DISPLAY"_s);
    cli.environment().remove(u"QT_QPA_PLATFORM"_s);

    CliRun run = cli.run({u"snesors"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("snesors"), run.err.constData());

    run = cli.run({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("lcdesk <command>"));

    // The window itself, without a display: a sentence instead of Qt's abort.
    for (const QStringList& arguments : {QStringList{}, QStringList{u"--demo"_s}}) {
        run = cli.run(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no display"), run.err.constData());
    }
}

void TestCommandLine::noCredentialsSaysWhatToDo()
{
    const CliRun run = runner(false).run({u"sensors"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("LC_API_KEY") || run.err.contains("LC_OID"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::revokedKeyExitsWithAuthCode()
{
    CliRunner cli = runner();
    cli.environment().insert(u"LC_API_KEY"_s, m_emulator.keys().value(u"revoked"_s).toString());
    const CliRun run = cli.run({u"sensors"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("refused the API key"), run.err.constData());
    QVERIFY(run.elapsedMs < 15'000);
}

void TestCommandLine::useListsAndPrintsExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"creds"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("oid: " + m_emulator.oid().toLatin1()
               + "\napi_key: " + m_emulator.apiKey().toLatin1() + "\nenv:\n  staging:\n    oid: "
               + m_emulator.oid().toLatin1() + "\n    api_key: x\n");
    file.close();

    CliRunner cli = runner(false);
    cli.environment().insert(u"LC_CREDS_FILE"_s, path);
    CliRun run = cli.run({u"use"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArray("Current environment: default\n\nAvailable environments:\nstaging\n"
                        "default\n\nlcdesk use <environment_name> to change "
                        "environment\n"));

    run = cli.run({u"use"_s, u"staging"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("export LC_CURRENT_ENV=\"staging\"\n"));
}

void TestCommandLine::useRefusesUnknownEnvironment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"creds"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("env:\n  lab:\n    oid: 7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b\n    api_key: k\n");
    file.close();

    CliRunner cli = runner(false);
    cli.environment().insert(u"LC_CREDS_FILE"_s, path);
    const CliRun run = cli.run({u"use"_s, u"prod"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("lab"), run.err.constData());
}

void TestCommandLine::brokenCredentialsFileNamesLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"creds"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("oid: x\napi_key: [unclosed\n");
    file.close();

    CliRunner cli = runner(false);
    cli.environment().insert(u"LC_CREDS_FILE"_s, path);
    const CliRun run = cli.run({u"sensors"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("line"), run.err.constData());
}

void TestCommandLine::environmentFromCredentialsFile()
{
    // Base URLs per environment in the file: no LC_* variable at all.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"creds"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("env:\n  local:\n    oid: " + m_emulator.oid().toLatin1()
               + "\n    api_key: " + m_emulator.apiKey().toLatin1()
               + "\n    api_url: " + m_emulator.api().toString().toLatin1()
               + "\n    jwt_url: " + m_emulator.jwt().toString().toLatin1() + "\n");
    file.close();

    CliRunner cli(m_home.path());
    cli.environment().insert(u"LC_CREDS_FILE"_s, path);
    const CliRun run = cli.run({u"sensors"_s, u"--env"_s, u"local"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 60);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
