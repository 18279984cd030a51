// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "sync/ConfigLoader.h"
#include "sync/ConfigWriter.h"
#include "sync/SyncApi.h"
#include "sync/SyncPlan.h"
#include "sync/SyncPusher.h"

using namespace lctest;
using namespace Qt::StringLiterals;
using lc::ConfigLoader;
using lc::ConfigWriter;
using lc::OrgState;
using lc::PlanEntry;
using lc::SyncApi;
using lc::SyncConfig;
using lc::SyncOptions;
using lc::SyncPlan;
using lc::SyncPusher;

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

QStringList names(const SyncPlan& plan, PlanEntry::Action action)
{
    QStringList result;
    for (const PlanEntry& entry : plan.entries) {
        if (entry.action == action)
            result.append(entry.name);
    }
    return result;
}

} // namespace

// Rules as code against the emulator: the field cases C08, C10 and C23, a real rule pack
// pushed, fetched back and compared, moves, and a key without write access to managed rules.
class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void c10DryRunThenPushConverges();
    void c08ForcedEmptyRulesRemovesOnlyWhatIsListed();
    void c23PushFailsHalfWayThenConverges();
    void rulePackPushFetchRoundTrip();
    void moveBetweenNamespaces();
    void keyWithoutManagedWriteDeletesNothing();
    void metadataKeptAndFalsePositivesSettle();
    void legacyEndpointsWhereThereAreNoHives();

private:
    OrgState fetch(const QString& keyRole = u"full"_s);
    QList<SyncPusher::Result> push(const SyncPlan& plan, const QString& keyRole = u"full"_s);
    void setRules(const QByteArray& state);
    int writesSinceClear();
    void clearWrites();

    EmulatorProcess* m_emulator = nullptr;
};

void TestSync::initTestCase()
{
    m_emulator = new EmulatorProcess(this);
    LCTEST_START_EMULATOR(*m_emulator, (QStringList{u"--sensors"_s, u"20"_s}));
}

void TestSync::init()
{
    setRules("{}");
    clearWrites();
}

void TestSync::setRules(const QByteArray& state)
{
    const EmulatorProcess::ControlReply reply =
            m_emulator->control("POST", u"/_emulator/rules"_s, state);
    QVERIFY2(reply.isOk(), reply.body.constData());
}

void TestSync::clearWrites()
{
    QVERIFY(m_emulator->control("DELETE", u"/_emulator/writes"_s).isOk());
}

int TestSync::writesSinceClear()
{
    const EmulatorProcess::ControlReply reply = m_emulator->control("GET", u"/_emulator/writes"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    if (doc.isArray())
        return static_cast<int>(doc.array().size());
    const QJsonObject object = doc.object();
    if (object.contains(u"writes"_s))
        return static_cast<int>(object.value(u"writes"_s).toArray().size());
    return object.value(u"count"_s).toInt(-1);
}

OrgState TestSync::fetch(const QString& keyRole)
{
    lc::ApiClient client;
    TestClient::configure(client, *m_emulator, keyRole);
    SyncApi api(&client);
    OrgState state;
    bool done = false;
    QEventLoop loop;
    connect(&api, &SyncApi::fetched, &loop, [&](const OrgState& fetched) {
        state = fetched;
        done = true;
        loop.quit();
    });
    connect(&api, &SyncApi::fetchFailed, &loop, [&](const lc::ApiError& error) {
        qWarning() << "fetch failed:" << error.toString();
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    api.fetch(true, true, true);
    loop.exec();
    if (!done)
        qWarning("the organisation's state could not be fetched");
    return state;
}

QList<SyncPusher::Result> TestSync::push(const SyncPlan& plan, const QString& keyRole)
{
    lc::ApiClient client;
    TestClient::configure(client, *m_emulator, keyRole);
    SyncApi api(&client);
    SyncPusher pusher(&api);
    QEventLoop loop;
    connect(&pusher, &SyncPusher::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    pusher.apply(plan);
    if (pusher.isRunning())
        loop.exec();
    return pusher.results();
}

void TestSync::c10DryRunThenPushConverges()
{
    setRules(readFile(syncData(u"C10/cloud-rules.json"_s)));
    const SyncConfig config = ConfigLoader::load(syncData(u"C10/local.yaml"_s));
    QVERIFY(!config.hasErrors());

    const SyncPlan plan = SyncPlan::build(config, fetch(), {});
    QCOMPARE(names(plan, PlanEntry::Action::Same),
             (QStringList{u"r1-keyorder"_s, u"r2-ns-default"_s, u"r3-enabled-default"_s,
                          u"r5-int-vs-float"_s, u"r6-null-vs-empty"_s}));
    QCOMPARE(names(plan, PlanEntry::Action::Change),
             (QStringList{u"r4-respond-order"_s, u"r7-string-vs-number"_s, u"r8-case"_s,
                          u"r9-disabled"_s}));
    QCOMPARE(writesSinceClear(), 0);

    const QList<SyncPusher::Result> results = push(plan);
    QCOMPARE(results.size(), 4);
    for (const SyncPusher::Result& result : results)
        QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(writesSinceClear(), 4);

    clearWrites();
    const SyncPlan again = SyncPlan::build(config, fetch(), {});
    QCOMPARE(again.count(PlanEntry::Action::Same), 9);
    QCOMPARE(again.writeCount(), 0);
    QCOMPARE(push(again).size(), 0);
    QCOMPARE(writesSinceClear(), 0);
}

void TestSync::c08ForcedEmptyRulesRemovesOnlyWhatIsListed()
{
    setRules(readFile(syncData(u"C08/org-state.json"_s)));

    // An empty include is an error before any request.
    const SyncConfig broken = ConfigLoader::load(syncData(u"C08/lc-empty-include.yaml"_s));
    QVERIFY(broken.hasErrors());

    const SyncConfig config = ConfigLoader::load(syncData(u"C08/lc-null-rules.yaml"_s));
    QVERIFY(!config.hasErrors());
    const OrgState org = fetch();
    QCOMPARE(SyncPlan::build(config, org, {}).entries.size(), 0);

    SyncOptions force;
    force.force = true;
    const SyncPlan plan = SyncPlan::build(config, org, force);
    QCOMPARE(names(plan, PlanEntry::Action::Remove),
             (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QVERIFY(plan.wipesASection());

    // Applied (the confirmation is the caller's): exactly the three listed deletions.
    const QList<SyncPusher::Result> results = push(plan);
    QCOMPARE(results.size(), 3);
    QCOMPARE(writesSinceClear(), 3);
    int rules = 0;
    for (const lc::SyncItem& item : fetch().items)
        rules += item.kind == lc::SyncItem::Kind::Rule;
    QCOMPARE(rules, 0);
}

void TestSync::c23PushFailsHalfWayThenConverges()
{
    QVERIFY(m_emulator->setFaults(QJsonObject{{u"fail_rule_write_name"_s, u"p3"_s}}));
    const SyncConfig config = ConfigLoader::load(syncData(u"C23/lc.yaml"_s));
    QVERIFY(!config.hasErrors());

    // First push: p3 fails, the others are applied all the same.
    const SyncPlan first = SyncPlan::build(config, fetch(), {});
    QCOMPARE(first.count(PlanEntry::Action::Add), 5);
    QStringList applied;
    QStringList failed;
    for (const SyncPusher::Result& result : push(first))
        (result.ok ? applied : failed).append(first.entries.at(result.entry).name);
    applied.sort();
    QCOMPARE(applied, (QStringList{u"p1"_s, u"p2"_s, u"p4"_s, u"p5"_s}));
    QCOMPARE(failed, QStringList{u"p3"_s});

    // p3 is listed but half-written: the second dry-run lists it once, as needing a write.
    const SyncPlan second = SyncPlan::build(config, fetch(), {});
    QCOMPARE(second.entries.size(), 5);
    QCOMPARE(names(second, PlanEntry::Action::Add), QStringList{u"p3"_s});
    QCOMPARE(second.count(PlanEntry::Action::Same), 4);
    const QList<SyncPusher::Result> repaired = push(second);
    QCOMPARE(repaired.size(), 1);
    QVERIFY2(repaired.first().ok, qPrintable(repaired.first().message));

    const SyncPlan third = SyncPlan::build(config, fetch(), {});
    QCOMPARE(third.entries.size(), 5);
    QCOMPARE(third.count(PlanEntry::Action::Same), 5);
    QVERIFY(m_emulator->setFaults(QJsonObject{{u"fail_rule_write_name"_s, QJsonValue()}}));
}

// About 1,500 real rules: pushed to an empty organisation, fetched back to a file and to a
// folder, each of which loads to a plan with nothing to do, and a second fetch is the same
// bytes.
void TestSync::rulePackPushFetchRoundTrip()
{
    const SyncConfig pack = ConfigLoader::load(QStringLiteral(LCDESK_RULES_DIR));
    QVERIFY(!pack.hasErrors());
    QVERIFY(pack.items.size() > 1400);

    const SyncPlan plan = SyncPlan::build(pack, fetch(), {});
    QCOMPARE(plan.count(PlanEntry::Action::Add), pack.items.size());
    const QList<SyncPusher::Result> results = push(plan);
    QCOMPARE(results.size(), pack.items.size());
    for (const SyncPusher::Result& result : results)
        QVERIFY2(result.ok,
                 qPrintable(plan.entries.at(result.entry).name + u": "_s + result.message));

    const OrgState org = fetch();
    const SyncPlan after = SyncPlan::build(pack, org, {});
    QCOMPARE(after.count(PlanEntry::Action::Same), pack.items.size());

    QTemporaryDir dir;
    QString error;
    const QString file = dir.filePath(u"lc_conf.yaml"_s);
    QVERIFY2(ConfigWriter::writeFile(file, org.items, &error), qPrintable(error));
    const QString folder = dir.filePath(u"rules-folder"_s);
    QVERIFY2(ConfigWriter::writeFolder(folder, org.items, nullptr, &error), qPrintable(error));

    for (const QString& path : {file, folder}) {
        const SyncConfig fetched = ConfigLoader::load(path);
        QVERIFY2(!fetched.hasErrors(), qPrintable(path));
        const SyncPlan plan2 = SyncPlan::build(fetched, fetch(), {});
        for (const PlanEntry& entry : plan2.entries) {
            if (entry.action != PlanEntry::Action::Same)
                qWarning() << path << entry.label() << entry.differences;
        }
        QCOMPARE(plan2.writeCount(), 0);
        QCOMPARE(plan2.count(PlanEntry::Action::Same), pack.items.size());
    }

    // A second fetch writes the same bytes.
    const QByteArray firstFile = readFile(file);
    QHash<QString, QByteArray> firstFolder;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        firstFolder.insert(path, readFile(path));
    }
    const OrgState again = fetch();
    QVERIFY(ConfigWriter::writeFile(file, again.items, &error));
    QVERIFY(ConfigWriter::writeFolder(folder, again.items, nullptr, &error));
    QCOMPARE(readFile(file), firstFile);
    QHash<QString, QByteArray> secondFolder;
    QDirIterator it2(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it2.hasNext()) {
        const QString path = it2.next();
        secondFolder.insert(path, readFile(path));
    }
    QCOMPARE(secondFolder.size(), firstFolder.size());
    QVERIFY(secondFolder == firstFolder);
}

void TestSync::moveBetweenNamespaces()
{
    setRules(R"({"general": {"mover": {"detect": {"op": "exists", "path": "event"},
                 "respond": []}}})");
    QTemporaryDir dir;
    QFile config(dir.filePath(u"lc.yaml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("version: 3\nhives:\n  dr-managed:\n    mover:\n      data:\n"
                 "        detect: {op: exists, path: event}\n        respond: []\n");
    config.close();

    const SyncConfig local = ConfigLoader::load(config.fileName());
    QVERIFY(!local.hasErrors());
    const SyncPlan plan = SyncPlan::build(local, fetch(), {});
    QCOMPARE(plan.entries.size(), 1);
    QCOMPARE(plan.entries.first().action, PlanEntry::Action::Move);
    const QList<SyncPusher::Result> results = push(plan);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().ok, qPrintable(results.first().message));

    const OrgState org = fetch();
    QCOMPARE(org.items.size(), 1);
    QCOMPARE(org.items.first().ns, u"managed"_s);
    QCOMPARE(SyncPlan::build(local, org, {}).writeCount(), 0);
}

void TestSync::keyWithoutManagedWriteDeletesNothing()
{
    setRules(R"({"general": {"mover": {"detect": {"op": "exists"}, "respond": []},
                              "stays": {"detect": {"op": "exists"}, "respond": []}},
                 "managed": {"old": {"detect": {"op": "exists"}, "respond": []}}})");
    QTemporaryDir dir;
    QFile config(dir.filePath(u"lc.yaml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
            "version: 3\nrules:\n  stays: {detect: {op: exists}, respond: []}\n"
            "hives:\n  dr-managed:\n    mover:\n      data: {detect: {op: exists}, respond: []}\n");
    config.close();
    const SyncConfig local = ConfigLoader::load(config.fileName());
    QVERIFY(!local.hasErrors());

    SyncOptions force;
    force.force = true;
    const OrgState org = fetch(u"no_managed_write"_s);
    QVERIFY(!org.can(u"dr.set.managed"_s));
    const SyncPlan plan = SyncPlan::build(local, org, force);
    QCOMPARE(plan.blockedCount(), 2); // the move into managed and the removal of "old"
    QCOMPARE(push(plan, u"no_managed_write"_s).size(), 0);
    QCOMPARE(writesSinceClear(), 0);
    QCOMPARE(fetch().items.size(), 3);
}

// A changed rule keeps its tags, comment and expiry (not compared, but never erased), and a
// disabled false-positive rule stays disabled through fetch and push.
void TestSync::metadataKeptAndFalsePositivesSettle()
{
    setRules(R"({"general": {"tagged": {"detect": {"op": "exists", "path": "event"},
                 "respond": [], "usr_mtd": {"enabled": true, "tags": ["team-a"],
                 "comment": "owned by team a", "expiry": 1893456000000}}},
                 "fp": {"fp-off": {"data": {"op": "is", "path": "cat", "value": "x"},
                 "usr_mtd": {"enabled": false}}}})");
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lc.yaml"_s);
    QString error;
    QVERIFY2(ConfigWriter::writeFile(file, fetch().items, &error), qPrintable(error));
    const SyncConfig fetched = ConfigLoader::load(file);
    QVERIFY(!fetched.hasErrors());
    QCOMPARE(SyncPlan::build(fetched, fetch(), {}).writeCount(), 0);

    QFile config(file);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QByteArray text = config.readAll();
    config.close();
    QVERIFY2(text.contains("path: event"), text.constData());
    text.replace("path: event", "path: event/FILE_PATH");
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(text);
    config.close();

    const SyncConfig changed = ConfigLoader::load(file);
    const SyncPlan plan = SyncPlan::build(changed, fetch(), {});
    QCOMPARE(plan.writeCount(), 1);
    const QList<SyncPusher::Result> results = push(plan);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().ok, qPrintable(results.first().message));

    const QJsonObject state =
            QJsonDocument::fromJson(m_emulator->control("GET", u"/_emulator/rules"_s).body)
                    .object();
    const QJsonObject metadata = state.value(u"general"_s)
                                         .toObject()
                                         .value(u"tagged"_s)
                                         .toObject()
                                         .value(u"usr_mtd"_s)
                                         .toObject();
    QCOMPARE(metadata.value(u"tags"_s).toArray(), QJsonArray{u"team-a"_s});
    QCOMPARE(metadata.value(u"comment"_s).toString(), u"owned by team a"_s);
    QCOMPARE(metadata.value(u"expiry"_s).toDouble(), 1893456000000.0);
    const QJsonObject fp = state.value(u"fp"_s).toObject().value(u"fp-off"_s).toObject();
    QCOMPARE(fp.value(u"usr_mtd"_s).toObject().value(u"enabled"_s).toBool(true), false);
    QCOMPARE(SyncPlan::build(changed, fetch(), {}).writeCount(), 0);
}

// A deployment with only the legacy rules/ and fp/ endpoints: read, planned and written
// through those, to the same result.
void TestSync::legacyEndpointsWhereThereAreNoHives()
{
    setRules(readFile(syncData(u"C10/cloud-rules.json"_s)));
    QVERIFY(m_emulator->setFaults(QJsonObject{{u"hives_off"_s, true}}));
    const SyncConfig config = ConfigLoader::load(syncData(u"C10/local.yaml"_s));

    lc::ApiClient client;
    TestClient::configure(client, *m_emulator);
    SyncApi api(&client);
    OrgState org;
    QEventLoop loop;
    connect(&api, &SyncApi::fetched, &loop, [&](const OrgState& fetched) {
        org = fetched;
        loop.quit();
    });
    connect(&api, &SyncApi::fetchFailed, &loop, &QEventLoop::quit);
    api.fetch(true, true, false);
    loop.exec();
    QVERIFY(org.readNamespaces.contains(u"general"_s));

    const SyncPlan plan = SyncPlan::build(config, org, {});
    QCOMPARE(plan.count(PlanEntry::Action::Same), 5);
    QCOMPARE(plan.count(PlanEntry::Action::Change), 4);
    SyncPusher pusher(&api);
    connect(&pusher, &SyncPusher::finished, &loop, &QEventLoop::quit);
    pusher.apply(plan);
    if (pusher.isRunning())
        loop.exec();
    QCOMPARE(pusher.failures(), 0);
    QCOMPARE(pusher.results().size(), 4);

    // Through the legacy calls the organisation now holds the config.
    const SyncPlan after = SyncPlan::build(config, fetch(), {});
    QCOMPARE(after.count(PlanEntry::Action::Same), 9);
    QVERIFY(m_emulator->setFaults(QJsonObject{{u"hives_off"_s, false}}));
    QCOMPARE(SyncPlan::build(config, fetch(), {}).count(PlanEntry::Action::Same), 9);
}

QTEST_MAIN(TestSync)
#include "TestSync.moc"
