// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "sensors/SensorStore.h"

using lc::OnlineState;
using lc::SensorInfo;
using lc::SensorStore;
using namespace Qt::StringLiterals;

namespace {

SensorInfo sensor(const QString& sid, const QString& hostname, quint32 plat = 0x10000000)
{
    SensorInfo info;
    info.sid = sid;
    info.hostname = hostname;
    info.plat = plat;
    return info;
}

} // namespace

class TestSensorStore : public QObject
{
    Q_OBJECT

private slots:
    void appendAndIndex();
    void mergeBySid();
    void duplicateInOneBatch();
    void onlineStates();
    void tags();
    void isolation();
    void unknownSidIgnored();
    void clear();
    void searchKeyFollowsChanges();
};

void TestSensorStore::appendAndIndex()
{
    SensorStore store;
    QSignalSpy appended(&store, &SensorStore::appended);
    QSignalSpy changed(&store, &SensorStore::changed);
    store.upsert({sensor(u"a"_s, u"ha"_s), sensor(u"b"_s, u"hb"_s)});
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.indexOf(u"a"_s), 0);
    QCOMPARE(store.indexOf(u"b"_s), 1);
    QCOMPARE(store.indexOf(u"zz"_s), -1);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).toInt(), 0);
    QCOMPARE(appended.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.at(0).platformName, u"windows"_s);
}

void TestSensorStore::mergeBySid()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s), sensor(u"b"_s, u"hb"_s)});
    store.setOnlineStates({{u"b"_s, true}});
    store.setTags(u"b"_s, {u"prod"_s});

    QSignalSpy appended(&store, &SensorStore::appended);
    QSignalSpy changed(&store, &SensorStore::changed);
    store.upsert({sensor(u"b"_s, u"hb-renamed"_s, 0x20000000), sensor(u"c"_s, u"hc"_s)});

    QCOMPARE(store.size(), 3);
    QCOMPARE(store.indexOf(u"b"_s), 1);
    QCOMPARE(store.at(1).info.hostname, u"hb-renamed"_s);
    QCOMPARE(store.at(1).platformName, u"linux"_s);
    // What other calls filled in stays with the sensor.
    QCOMPARE(store.at(1).online, OnlineState::Online);
    QCOMPARE(store.at(1).tags, QStringList{u"prod"_s});
    QCOMPARE(store.indexOf(u"c"_s), 2);

    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).toInt(), 2);
    QCOMPARE(appended.at(0).at(1).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QVector<int>>(), QVector<int>{1});
}

void TestSensorStore::duplicateInOneBatch()
{
    SensorStore store;
    QSignalSpy appended(&store, &SensorStore::appended);
    QSignalSpy changed(&store, &SensorStore::changed);
    store.upsert(
            {sensor(u"a"_s, u"first"_s), sensor(u"b"_s, u"hb"_s), sensor(u"a"_s, u"second"_s)});
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.at(0).info.hostname, u"second"_s);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(1).toInt(), 1);
    // The row is new, so appended() covers it; no change signal for it.
    QCOMPARE(changed.size(), 0);
}

void TestSensorStore::onlineStates()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s), sensor(u"b"_s, u"hb"_s), sensor(u"c"_s, u"hc"_s)});
    QCOMPARE(store.at(0).online, OnlineState::Unknown);

    QSignalSpy changed(&store, &SensorStore::changed);
    store.setOnlineStates({{u"c"_s, false}, {u"a"_s, true}});
    QCOMPARE(store.at(0).online, OnlineState::Online);
    QCOMPARE(store.at(1).online, OnlineState::Unknown);
    QCOMPARE(store.at(2).online, OnlineState::Offline);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QVector<int>>(), (QVector<int>{0, 2}));

    // The same states again change nothing.
    store.setOnlineStates({{u"c"_s, false}, {u"a"_s, true}});
    QCOMPARE(changed.size(), 1);
}

void TestSensorStore::tags()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s), sensor(u"b"_s, u"hb"_s)});

    store.setTags(u"a"_s, {u"zeta"_s, u"alpha"_s, u"zeta"_s});
    QCOMPARE(store.at(0).tags, (QStringList{u"alpha"_s, u"zeta"_s}));
    store.addTags(u"a"_s, {u"mid"_s, u"alpha"_s});
    QCOMPARE(store.at(0).tags, (QStringList{u"alpha"_s, u"mid"_s, u"zeta"_s}));
    store.removeTags(u"a"_s, {u"zeta"_s, u"absent"_s});
    QCOMPARE(store.at(0).tags, (QStringList{u"alpha"_s, u"mid"_s}));

    QSignalSpy changed(&store, &SensorStore::changed);
    store.setAllTags({{u"b"_s, {u"x"_s, u"a,b"_s}}});
    QCOMPARE(store.at(0).tags, QStringList());
    QCOMPARE(store.at(1).tags, (QStringList{u"a,b"_s, u"x"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QVector<int>>(), (QVector<int>{0, 1}));
}

void TestSensorStore::isolation()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s)});
    QSignalSpy changed(&store, &SensorStore::changed);
    store.setIsolation(u"a"_s, true);
    QVERIFY(store.at(0).info.shouldIsolate);
    store.setIsolation(u"a"_s, true);
    QCOMPARE(changed.size(), 1);
    store.setIsolation(u"a"_s, false);
    QVERIFY(!store.at(0).info.shouldIsolate);
    QCOMPARE(changed.size(), 2);
}

void TestSensorStore::unknownSidIgnored()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s)});
    QSignalSpy changed(&store, &SensorStore::changed);
    store.setOnlineStates({{u"nope"_s, true}});
    store.setTags(u"nope"_s, {u"t"_s});
    store.addTags(u"nope"_s, {u"t"_s});
    store.removeTags(u"nope"_s, {u"t"_s});
    store.setIsolation(u"nope"_s, true);
    QCOMPARE(store.size(), 1);
    QCOMPARE(changed.size(), 0);
}

void TestSensorStore::clear()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, u"ha"_s)});
    QSignalSpy cleared(&store, &SensorStore::cleared);
    store.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.indexOf(u"a"_s), -1);
    store.upsert({sensor(u"a"_s, u"again"_s)});
    QCOMPARE(store.indexOf(u"a"_s), 0);
}

void TestSensorStore::searchKeyFollowsChanges()
{
    SensorStore store;
    store.upsert({sensor(u"a"_s, QStringLiteral("B\u00DCRO-01"))});
    QVERIFY(store.at(0).searchKey.contains("buro-01"_L1));
    store.setTags(u"a"_s, {u"Team-Blue"_s});
    QVERIFY(store.at(0).searchKey.contains("team-blue"_L1));
    store.upsert({sensor(u"a"_s, u"renamed"_s)});
    QVERIFY(store.at(0).searchKey.contains("renamed"_L1));
    QVERIFY(!store.at(0).searchKey.contains("buro"_L1));
}

QTEST_GUILESS_MAIN(TestSensorStore)
#include "TestSensorStore.moc"
