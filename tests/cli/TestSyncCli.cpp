// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
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

namespace {

QString syncData(const QString& relative)
{
    return QStringLiteral(LCDESK_SYNC_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `lcdesk sync` as a CI pipeline runs it: reports, --json, exit codes, and nothing sent when
// the config is wrong.
class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dryRunReportsAndChangesNothing();
    void pushAppliesThenNothingToDo();
    void jsonReport();
    void configErrorStopsBeforeTheNetwork();
    void forcedEmptyRulesNeedConfirmation();
    void fetchThenDryRunIsClean();
    void fetchRefusesWhatItCannotDo();
    void apiKeyFromStdin();

private:
    CliRunner runner() const;
    int writes();

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;
};

void TestSyncCli::initTestCase()
{
    LCTEST_START_EMULATOR(m_emulator, (QStringList{u"--sensors"_s, u"10"_s}));
}

void TestSyncCli::init()
{
    QVERIFY(m_emulator
                    .control("POST", u"/_emulator/rules"_s,
                             readFile(syncData(u"C10/cloud-rules.json"_s)))
                    .isOk());
    QVERIFY(m_emulator.control("DELETE", u"/_emulator/writes"_s).isOk());
}

CliRunner TestSyncCli::runner() const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(m_emulator);
    return cli;
}

int TestSyncCli::writes()
{
    const auto reply = m_emulator.control("GET", u"/_emulator/writes"_s);
    return QJsonDocument::fromJson(reply.body).object().value(u"count"_s).toInt(-1);
}

void TestSyncCli::dryRunReportsAndChangesNothing()
{
    const CliRun run = runner().run({u"sync"_s, u"push"_s, u"--dry-run"_s, u"--no-outputs"_s,
                                     u"--config"_s, syncData(u"C10/local.yaml"_s)});
    QCOMPARE(run.exitCode, 4); // changes listed
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"!!! DRY RUN !!!\n"_s), run.out);
    QVERIFY2(out.contains(u"~ rule general/r7-string-vs-number\n    detect/value: 4 → \"4\"\n"_s),
             run.out);
    QVERIFY2(out.contains(u"5 unchanged, 0 to add, 4 to change, 0 to move, 0 to remove"_s),
             run.out);

    // No line is printed twice.
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype all = lines.size();
    lines.removeDuplicates();
    QCOMPARE(lines.size(), all);
    QCOMPARE(writes(), 0);
}

void TestSyncCli::pushAppliesThenNothingToDo()
{
    const CliRun push = runner().run(
            {u"sync"_s, u"push"_s, u"--no-outputs"_s, u"-c"_s, syncData(u"C10/local.yaml"_s)});
    QCOMPARE(push.exitCode, 4); // changes applied
    QVERIFY2(push.out.contains("Applied 4 of 4 changes; 0 failed."), push.out);
    QCOMPARE(writes(), 4);

    const CliRun again = runner().run({u"sync"_s, u"push"_s, u"--dry-run"_s, u"--no-outputs"_s,
                                       u"-c"_s, syncData(u"C10/local.yaml"_s)});
    QCOMPARE(again.exitCode, 0); // nothing to change
    QVERIFY2(again.out.contains("9 unchanged, 0 to add, 0 to change"), again.out);
}

void TestSyncCli::jsonReport()
{
    const CliRun run = runner().run({u"sync"_s, u"push"_s, u"--dry-run"_s, u"--json"_s,
                                     u"--no-outputs"_s, u"-c"_s, syncData(u"C10/local.yaml"_s)});
    QCOMPARE(run.exitCode, 4);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out);
    QCOMPARE(report.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"change"_s).toInt(), 4);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"unchanged"_s).toInt(), 5);
    const QJsonArray ops = report.value(u"ops"_s).toArray();
    QCOMPARE(ops.size(), 9);
    bool sawR9 = false;
    for (const QJsonValue& op : ops) {
        const QJsonObject object = op.toObject();
        if (object.value(u"name"_s).toString() == u"r9-disabled"_s) {
            sawR9 = true;
            QCOMPARE(object.value(u"op"_s).toString(), u"~"_s);
            QCOMPARE(object.value(u"file"_s).toString(), u"local.yaml"_s);
            QCOMPARE(object.value(u"differences"_s).toArray().first().toString(),
                     u"is_enabled: false → true"_s);
        }
    }
    QVERIFY(sawR9);
}

void TestSyncCli::configErrorStopsBeforeTheNetwork()
{
    // No credentials at all: the config is refused before anything else happens.
    const CliRun run = CliRunner(m_home.path())
                               .run({u"sync"_s, u"push"_s, u"--force"_s, u"-c"_s,
                                     syncData(u"C14/dup-rule.yaml"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                     "dup-rule.yaml:9:3: error: duplicate key block-lolbin at lines 3 and 9"),
             run.err);
    QVERIFY2(run.err.contains("Nothing was sent"), run.err);

    const CliRun empty = runner().run({u"sync"_s, u"push"_s, u"--force"_s, u"-c"_s,
                                       syncData(u"C08/lc-empty-include.yaml"_s)});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains("empty.yaml has no version key"), empty.err);
    QCOMPARE(writes(), 0);
}

void TestSyncCli::forcedEmptyRulesNeedConfirmation()
{
    QVERIFY(m_emulator
                    .control("POST", u"/_emulator/rules"_s,
                             readFile(syncData(u"C08/org-state.json"_s)))
                    .isOk());
    const QStringList push = {u"sync"_s,
                              u"push"_s,
                              u"--force"_s,
                              u"--no-outputs"_s,
                              u"--no-fp"_s,
                              u"-c"_s,
                              syncData(u"C08/lc-null-rules.yaml"_s)};

    const CliRun dry = runner().run(push + QStringList{u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 4);
    QVERIFY2(dry.out.contains("- rule general/alpha\n- rule general/beta\n- rule general/gamma\n"),
             dry.out);

    const CliRun refused = runner().run(push);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("would delete every D&R rule in general (3)"), refused.err);
    QVERIFY2(dry.out.contains("A real push of this plan needs --confirm-remove-all"), dry.out);
    QCOMPARE(writes(), 0);

    const CliRun confirmed = runner().run(push + QStringList{u"--confirm-remove-all"_s});
    QCOMPARE(confirmed.exitCode, 4);
    QVERIFY2(confirmed.out.contains("Applied 3 of 3 changes; 0 failed."), confirmed.out);
    QCOMPARE(writes(), 3);
}

void TestSyncCli::fetchThenDryRunIsClean()
{
    QTemporaryDir dir;
    for (const QString& target : {dir.filePath(u"lc_conf.yaml"_s), dir.filePath(u"folder/"_s)}) {
        const CliRun fetch = runner().run({u"sync"_s, u"fetch"_s, u"-c"_s, target});
        QCOMPARE(fetch.exitCode, 0);
        QVERIFY2(fetch.out.startsWith("Wrote 9 rules"), fetch.out);

        const CliRun dry =
                runner().run({u"sync"_s, u"push"_s, u"--dry-run"_s, u"--force"_s, u"-c"_s, target});
        QVERIFY2(dry.exitCode == 0, QByteArray(dry.out + dry.err).constData());
    }
    const QByteArray first = readFile(dir.filePath(u"lc_conf.yaml"_s));
    QVERIFY(runner().run({u"sync"_s, u"fetch"_s, u"-c"_s, dir.filePath(u"lc_conf.yaml"_s)}).exitCode
            == 0);
    QCOMPARE(readFile(dir.filePath(u"lc_conf.yaml"_s)), first);
}

void TestSyncCli::fetchRefusesWhatItCannotDo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lc_conf.yaml"_s);
    QVERIFY(runner().run({u"sync"_s, u"fetch"_s, u"-c"_s, file}).exitCode == 0);
    const QByteArray good = readFile(file);

    // A key that cannot list rules never replaces a good file with an empty one.
    CliRunner readOnly = runner();
    readOnly.environment().insert(u"LC_API_KEY"_s,
                                  m_emulator.keys().value(u"read_only"_s).toString());
    const CliRun refused = readOnly.run({u"sync"_s, u"fetch"_s, u"-c"_s, file});
    QVERIFY2(refused.exitCode == 1, refused.err);
    QVERIFY2(refused.err.contains("Nothing was written"), refused.err);
    QCOMPARE(readFile(file), good);

    // Options of push make no sense for fetch and would drop part of the files.
    for (const QString& option : {u"--dry-run"_s, u"--no-rules"_s, u"--force"_s}) {
        const CliRun run = runner().run({u"sync"_s, u"fetch"_s, option, u"-c"_s, file});
        QCOMPARE(run.exitCode, 2);
    }
    QCOMPARE(readFile(file), good);
}

void TestSyncCli::apiKeyFromStdin()
{
    // The key given on stdin is enough, with nothing else in the environment but the oid.
    CliRunner cli = runner();
    cli.environment().remove(u"LC_API_KEY"_s);
    const CliRun run = cli.run({u"sync"_s, u"push"_s, u"--dry-run"_s, u"--no-outputs"_s,
                                u"--api-key"_s, u"-"_s, u"-c"_s, syncData(u"C10/local.yaml"_s)},
                               m_emulator.apiKey().toUtf8() + '\n');
    QVERIFY2(run.exitCode == 4, run.err);
    QVERIFY2(run.err.contains("Using API Key from STDIN"), run.err);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
