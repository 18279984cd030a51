// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "sync/ConfigLoader.h"
#include "sync/ConfigWriter.h"
#include "sync/SyncPlan.h"
#include "sync/ValueCompare.h"

using lc::ConfigLoader;
using lc::ConfigValue;
using lc::ConfigWriter;
using lc::OrgState;
using lc::PlanEntry;
using lc::SyncConfig;
using lc::SyncItem;
using lc::SyncOptions;
using lc::SyncPlan;
using lc::ValueCompare;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(LCDESK_SYNC_DATA_DIR "/") + relative;
}

// An organisation as the field cases describe it: namespace -> name -> rule.
OrgState orgFromCase(const QString& relative)
{
    QFile file(data(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    ConfigValue root;
    QString error;
    if (!ConfigValue::fromJson(file.readAll(), &root, &error))
        qFatal("bad case file: %s", qPrintable(error));
    OrgState org;
    for (const ConfigValue::Entry& ns : root.entries()) {
        org.readNamespaces.append(ns.first);
        for (const ConfigValue::Entry& rule : ns.second.entries()) {
            SyncItem item;
            item.kind = SyncItem::Kind::Rule;
            item.ns = ns.first;
            item.name = rule.first;
            item.body = rule.second;
            org.items.append(item);
        }
    }
    return org;
}

QStringList namesWith(const SyncPlan& plan, PlanEntry::Action action)
{
    QStringList names;
    for (const PlanEntry& entry : plan.entries) {
        if (entry.action == action)
            names.append(entry.name);
    }
    return names;
}

SyncItem rule(const QString& ns, const QString& name, const QByteArray& json)
{
    SyncItem item;
    item.kind = SyncItem::Kind::Rule;
    item.ns = ns;
    item.name = name;
    ConfigValue::fromJson(json, &item.body);
    return item;
}

const QStringList allPermissions = {u"dr.list"_s,         u"dr.set"_s,         u"dr.del"_s,
                                    u"dr.list.managed"_s, u"dr.set.managed"_s, u"dr.del.managed"_s,
                                    u"fp.ctrl"_s,         u"output.set"_s,     u"output.del"_s};

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void c10Equality();
    void c08NullRulesWithForce();
    void numbersCompareByValue();
    void differencesNameTheField();
    void movesBetweenNamespaces();
    void forceKeepsToWhatTheFilesManage();
    void permissionsBlockWhatCouldNotBeUndone();
    void fetchWritesWhatLoadsBack();
};

void TestSyncPlan::c10Equality()
{
    const SyncConfig config = ConfigLoader::load(data(u"C10/local.yaml"_s));
    QVERIFY(!config.hasErrors());
    const SyncPlan plan = SyncPlan::build(config, orgFromCase(u"C10/cloud-rules.json"_s), {});

    QCOMPARE(namesWith(plan, PlanEntry::Action::Same),
             (QStringList{u"r1-keyorder"_s, u"r2-ns-default"_s, u"r3-enabled-default"_s,
                          u"r5-int-vs-float"_s, u"r6-null-vs-empty"_s}));
    QCOMPARE(namesWith(plan, PlanEntry::Action::Change),
             (QStringList{u"r4-respond-order"_s, u"r7-string-vs-number"_s, u"r8-case"_s,
                          u"r9-disabled"_s}));
    QVERIFY(namesWith(plan, PlanEntry::Action::Add).isEmpty());
    QVERIFY(namesWith(plan, PlanEntry::Action::Remove).isEmpty());

    // After the push the organisation holds the config: nothing left to do.
    OrgState after;
    after.readNamespaces = {u"general"_s};
    for (const SyncItem& item : config.items)
        after.items.append(item);
    const SyncPlan again = SyncPlan::build(config, after, {});
    QCOMPARE(again.count(PlanEntry::Action::Same), 9);
    QCOMPARE(again.writeCount(), 0);
}

void TestSyncPlan::c08NullRulesWithForce()
{
    const SyncConfig config = ConfigLoader::load(data(u"C08/lc-null-rules.yaml"_s));
    QVERIFY(!config.hasErrors());
    const OrgState org = orgFromCase(u"C08/org-state.json"_s);

    const SyncPlan plain = SyncPlan::build(config, org, {});
    QVERIFY(plain.entries.isEmpty());

    SyncOptions force;
    force.force = true;
    const SyncPlan forced = SyncPlan::build(config, org, force);
    QCOMPARE(namesWith(forced, PlanEntry::Action::Remove),
             (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QVERIFY(forced.wipesASection());
    QCOMPARE(forced.writeCount(), 3);
}

void TestSyncPlan::numbersCompareByValue()
{
    const auto json = [](const char* text) {
        ConfigValue value;
        ConfigValue::fromJson(QByteArray(text), &value);
        return value;
    };
    QVERIFY(ValueCompare::equal(json("5"), json("5.0")));
    QVERIFY(ValueCompare::equal(json("5"), json("5e0")));
    QVERIFY(ValueCompare::equal(json("-0"), json("0")));
    QVERIFY(!ValueCompare::equal(json("5"), json("\"5\"")));
    QVERIFY(!ValueCompare::equal(json("9007199254740993"), json("9007199254740992")));
    QVERIFY(ValueCompare::equal(json("18446744073709551615"), json("18446744073709551615")));
    QVERIFY(!ValueCompare::equal(json("0.1"), json("0.10000001")));
    QVERIFY(ValueCompare::equal(json("{\"a\":null}"), json("{}")));
    QVERIFY(ValueCompare::equal(json("{\"a\":[]}"), json("{\"a\":null}")));
    QVERIFY(!ValueCompare::equal(json("[1,2]"), json("[2,1]")));
    QVERIFY(!ValueCompare::equal(json("{\"a\":false}"), json("{}")));
}

void TestSyncPlan::differencesNameTheField()
{
    const SyncConfig config = ConfigLoader::load(data(u"C10/local.yaml"_s));
    const SyncPlan plan = SyncPlan::build(config, orgFromCase(u"C10/cloud-rules.json"_s), {});
    for (const PlanEntry& entry : plan.entries) {
        if (entry.name == QLatin1String("r7-string-vs-number"))
            QCOMPARE(entry.differences, QStringList{u"detect/value: 4 → \"4\""_s});
        if (entry.name == QLatin1String("r9-disabled"))
            QCOMPARE(entry.differences, QStringList{u"is_enabled: false → true"_s});
        if (entry.name == QLatin1String("r8-case"))
            QCOMPARE(entry.differences,
                     QStringList{u"detect/value: \"Notepad.exe\" → \"notepad.exe\""_s});
    }
}

void TestSyncPlan::movesBetweenNamespaces()
{
    SyncConfig config;
    config.hasRules = true;
    config.managedNamespaces = {u"general"_s, u"managed"_s};
    config.items = {rule(u"managed"_s, u"moving"_s, R"({"detect":{"op":"exists"},"respond":[]})"),
                    rule(u"general"_s, u"both"_s, R"({"detect":{"op":"exists"},"respond":[]})")};
    OrgState org;
    org.readNamespaces = {u"general"_s, u"managed"_s};
    org.permissions = allPermissions;
    org.items = {rule(u"general"_s, u"moving"_s, R"({"detect":{"op":"exists"},"respond":[]})"),
                 rule(u"general"_s, u"both"_s, R"({"detect":{"op":"exists"},"respond":[]})"),
                 rule(u"managed"_s, u"both"_s, R"({"detect":{"op":"exists"},"respond":[]})")};

    const SyncPlan plan = SyncPlan::build(config, org, {});
    QCOMPARE(plan.entries.size(), 2);
    QCOMPARE(plan.entries.at(0).name, u"both"_s);
    QCOMPARE(plan.entries.at(0).action, PlanEntry::Action::Same);
    QCOMPARE(plan.entries.at(1).action, PlanEntry::Action::Move);
    QCOMPARE(plan.entries.at(1).fromNs, u"general"_s);
    QCOMPARE(plan.entries.at(1).ns, u"managed"_s);

    // With force the copy of "both" in managed goes too; nothing else.
    SyncOptions force;
    force.force = true;
    const SyncPlan forced = SyncPlan::build(config, org, force);
    QCOMPARE(namesWith(forced, PlanEntry::Action::Remove), QStringList{u"both"_s});
}

void TestSyncPlan::forceKeepsToWhatTheFilesManage()
{
    SyncConfig config;
    config.hasRules = true;
    config.managedNamespaces = {u"general"_s};
    config.items = {rule(u"general"_s, u"kept"_s, R"({"detect":{"op":"exists"},"respond":[]})")};
    OrgState org;
    org.readNamespaces = {u"general"_s, u"managed"_s};
    org.permissions = allPermissions;
    org.items = {rule(u"general"_s, u"kept"_s, R"({"detect":{"op":"exists"},"respond":[]})"),
                 rule(u"general"_s, u"stale"_s, R"({"detect":{"op":"exists"},"respond":[]})"),
                 rule(u"managed"_s, u"other-team"_s, R"({"detect":{"op":"exists"}})")};
    SyncItem output;
    output.kind = SyncItem::Kind::Output;
    output.name = u"siem"_s;
    org.items.append(output);

    SyncOptions force;
    force.force = true;
    const SyncPlan plan = SyncPlan::build(config, org, force);
    QCOMPARE(namesWith(plan, PlanEntry::Action::Remove), QStringList{u"stale"_s});
    QVERIFY(!plan.wipesASection());
}

void TestSyncPlan::permissionsBlockWhatCouldNotBeUndone()
{
    SyncConfig config;
    config.hasRules = true;
    config.managedNamespaces = {u"general"_s, u"managed"_s};
    config.items = {rule(u"managed"_s, u"to-managed"_s, R"({"detect":{"op":"exists"}})"),
                    rule(u"general"_s, u"new"_s, R"({"detect":{"op":"exists"}})")};
    OrgState org;
    org.readNamespaces = {u"general"_s, u"managed"_s};
    org.permissions = {u"dr.list"_s, u"dr.set"_s, u"dr.del"_s, u"dr.list.managed"_s};
    org.items = {rule(u"general"_s, u"to-managed"_s, R"({"detect":{"op":"exists"}})"),
                 rule(u"managed"_s, u"old-managed"_s, R"({"detect":{"op":"exists"}})")};

    SyncOptions force;
    force.force = true;
    const SyncPlan plan = SyncPlan::build(config, org, force);
    QCOMPARE(plan.entries.size(), 3);
    for (const PlanEntry& entry : plan.entries) {
        if (entry.name == QLatin1String("new")) {
            QCOMPARE(entry.action, PlanEntry::Action::Add);
            QVERIFY(entry.writes());
        } else if (entry.name == QLatin1String("to-managed")) {
            // Deleting it from general would lose it: it cannot be written in managed.
            QCOMPARE(entry.action, PlanEntry::Action::Move);
            QVERIFY(entry.blockedReason.contains(u"dr.set.managed"_s));
            QVERIFY(!entry.writes());
        } else {
            QCOMPARE(entry.action, PlanEntry::Action::Remove);
            QVERIFY(entry.blockedReason.contains(u"dr.del.managed"_s));
        }
    }
    QCOMPARE(plan.blockedCount(), 2);
}

// What fetch writes, ConfigLoader reads back to the same items: a dry-run after a fetch has
// nothing to do, and writing them again gives the same bytes.
void TestSyncPlan::fetchWritesWhatLoadsBack()
{
    OrgState org;
    org.readNamespaces = {u"general"_s, u"managed"_s};
    org.items = {
            rule(u"general"_s, u"odd values"_s,
                 R"({"detect":{"op":"is","path":"event/X","value":"yes","case sensitive":false,
                    "n":18446744073709551615,"f":1e-07,"g":5.0,"s":"12:30","t":"0755","e":"",
                    "q":"a \"quoted\" # not a comment","u":"ünïcödé","nl":"two\nlines",
                    "tail":"ends with newline\n",
                    "y":"y","d":"2024-01-01","lead":" space","k":{"on":"off"}},
                    "respond":[{"action":"report","name":"odd"},{"action":"add tag","tag":"t",
                    "ttl":3600}],"is_enabled":false})"),
            rule(u"general"_s, u"name/with:odd chars?"_s,
                 R"({"detect":{"op":"exists","path":"event"},"respond":[]})"),
            rule(u"managed"_s, u"odd values"_s, R"({"detect":{"op":"exists"},"respond":null})"),
    };
    SyncItem fp;
    fp.kind = SyncItem::Kind::FalsePositive;
    fp.name = u"fp-1"_s;
    ConfigValue::fromJson(R"({"op":"is","path":"cat","value":"x"})", &fp.body);
    SyncItem output;
    output.kind = SyncItem::Kind::Output;
    output.name = u"siem"_s;
    ConfigValue::fromJson(R"({"module":"syslog","for":"detect","dest_host":"h:514",
                             "is_tls":"true"})",
                          &output.body);
    org.items.append(fp);
    org.items.append(output);

    QTemporaryDir dir;
    for (const bool folder : {false, true}) {
        const QString path = dir.filePath(folder ? u"fetched"_s : u"lc_conf.yaml"_s);
        QString error;
        QVERIFY2(folder ? ConfigWriter::writeFolder(path, org.items, nullptr, &error)
                        : ConfigWriter::writeFile(path, org.items, &error),
                 qPrintable(error));

        const SyncConfig config = ConfigLoader::load(path);
        QStringList problems;
        for (const auto& diagnostic : config.diagnostics)
            problems.append(diagnostic.toString());
        QVERIFY2(!config.hasErrors(), qPrintable(problems.join(u'\n')));
        const SyncPlan plan = SyncPlan::build(config, org, {});
        for (const PlanEntry& entry : plan.entries)
            QVERIFY2(entry.action == PlanEntry::Action::Same,
                     qPrintable(entry.label() + u": "_s + entry.differences.join(u"; "_s)));
        QCOMPARE(plan.entries.size(), org.items.size());

        if (!folder) {
            QFile first(path);
            QVERIFY(first.open(QIODevice::ReadOnly));
            const QByteArray bytes = first.readAll();
            QVERIFY(ConfigWriter::writeFile(path, org.items, &error));
            QFile second(path);
            QVERIFY(second.open(QIODevice::ReadOnly));
            QCOMPARE(second.readAll(), bytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "TestSyncPlan.moc"
