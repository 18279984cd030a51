// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "stream/EventIndexer.h"
#include "stream/EventStore.h"
#include "stream/StringPool.h"

using lc::EventIndexer;
using lc::EventStore;
using lc::StringPool;
using namespace Qt::StringLiterals;

namespace {

QByteArray eventLine(int n, const char* host = "ws-01")
{
    return QStringLiteral(R"({"routing":{"hostname":"%1","sid":"sid-%2","event_type":"T%3",)"
                          R"("event_time":%4},"event":{"N":%5}})")
            .arg(QLatin1String(host))
            .arg(n % 7)
            .arg(n % 3)
            .arg(1718000000000 + n)
            .arg(n)
            .toUtf8();
}

qint64 appendLine(EventStore& store, EventIndexer& indexer, const QByteArray& line)
{
    return store.append(indexer.index(line), 42);
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void pool();
    void appendAndRead();
    void ringEvictsOldest();
    void publishTellsEvictedThenAppended();
    void capacityChanges();
    void clearKeepsSequenceGrowing();
    void rawBytesArePacked();
};

void TestEventStore::pool()
{
    StringPool pool;
    QCOMPARE(pool.intern(""), 0u);
    QCOMPARE(pool.size(), 1u);
    const quint32 a = pool.intern("alpha");
    QCOMPARE(pool.intern(std::string("alpha")), a);
    QVERIFY(pool.intern("beta") != a);

    // Many distinct values: the table grows, ids stay stable, values stay put.
    const std::string_view first = pool.value(a);
    QList<quint32> ids;
    for (int i = 0; i < 50'000; ++i)
        ids.append(pool.intern(std::to_string(i)));
    for (int i = 0; i < 50'000; ++i)
        QCOMPARE(pool.intern(std::to_string(i)), ids.at(i));
    QCOMPARE(pool.value(ids.at(1234)), std::string_view("1234"));
    QCOMPARE(pool.value(a).data(), first.data());
    QCOMPARE(pool.size(), 50'003u);
    QCOMPARE(pool.value(999'999), std::string_view());

    pool.clear();
    QCOMPARE(pool.size(), 1u);
    QCOMPARE(pool.intern("beta"), 1u);
}

void TestEventStore::appendAndRead()
{
    EventStore store(100);
    EventIndexer indexer;
    const QByteArray line = eventLine(1);
    QCOMPARE(appendLine(store, indexer, line), 0);
    QCOMPARE(appendLine(store, indexer, eventLine(2)), 1);
    QCOMPARE(appendLine(store, indexer, R"({"routing":{"hostname":"ws-01"}})"), 2);

    QCOMPARE(store.size(), 3);
    QCOMPARE(store.firstSeq(), 0);
    QCOMPARE(store.endSeq(), 3);
    QCOMPARE(store.rawAt(0).toByteArray(), line);
    QVERIFY(store.rawAt(0).data() != line.constData());
    QCOMPARE(store.at(0).timeMs, 1718000000001);
    QCOMPARE(store.at(2).timeMs, 42); // no time: arrival
    QCOMPARE(store.text(store.at(0).hostname), u"ws-01");
    QCOMPARE(store.at(0).hostname, store.at(2).hostname);
    QCOMPARE(store.bytes(store.at(1).sensor), std::string_view("sid-2"));
    QCOMPARE(store.at(2).type, 0u);
    QCOMPARE(store.at(0).kind, lc::EventKind::Event);

    // Invalid UTF-8 in a string is decoded with U+FFFD for display.
    const quint32 id = store.intern("caf\xE9");
    QCOMPARE(store.text(id), QStringLiteral("caf\uFFFD"));
}

void TestEventStore::ringEvictsOldest()
{
    EventStore store(10);
    EventIndexer indexer;
    QList<QByteArray> lines;
    for (int i = 0; i < 35; ++i) {
        lines.append(eventLine(i));
        QCOMPARE(appendLine(store, indexer, lines.last()), i);
    }
    QCOMPARE(store.size(), 10);
    QCOMPARE(store.firstSeq(), 25);
    QCOMPARE(store.endSeq(), 35);
    QVERIFY(!store.contains(24));
    QVERIFY(store.contains(25));
    for (qint64 seq = 25; seq < 35; ++seq)
        QCOMPARE(store.rawAt(seq).toByteArray(), lines.at(seq));
}

void TestEventStore::publishTellsEvictedThenAppended()
{
    EventStore store(5);
    EventIndexer indexer;
    QList<QString> order;
    connect(&store, &EventStore::evicted, this,
            [&](qint64 first) { order.append(QStringLiteral("evicted %1").arg(first)); });
    connect(&store, &EventStore::appended, this, [&](qint64 from, qint64 to) {
        order.append(QStringLiteral("appended %1-%2").arg(from).arg(to));
    });

    store.publish();
    QVERIFY(order.isEmpty());
    for (int i = 0; i < 3; ++i)
        appendLine(store, indexer, eventLine(i));
    store.publish();
    store.publish();
    QCOMPARE(order, QStringList{u"appended 0-3"_qs});

    // More than the capacity in one turn: records never seen by views are not announced.
    for (int i = 0; i < 9; ++i)
        appendLine(store, indexer, eventLine(i));
    order.clear();
    store.publish();
    QCOMPARE(order, (QStringList{u"evicted 7"_qs, u"appended 7-12"_qs}));
}

void TestEventStore::capacityChanges()
{
    EventStore store(8);
    EventIndexer indexer;
    QList<QByteArray> lines;
    for (int i = 0; i < 13; ++i) {
        lines.append(eventLine(i));
        appendLine(store, indexer, lines.last());
    }
    store.publish();
    QSignalSpy evicted(&store, &EventStore::evicted);
    store.setCapacity(3);
    QCOMPARE(store.capacity(), 3);
    QCOMPARE(store.firstSeq(), 10);
    QCOMPARE(evicted.count(), 1);
    QCOMPARE(evicted.at(0).at(0).toLongLong(), 10);
    for (qint64 seq = 10; seq < 13; ++seq)
        QCOMPARE(store.rawAt(seq).toByteArray(), lines.at(seq));

    store.setCapacity(6);
    for (int i = 13; i < 20; ++i) {
        lines.append(eventLine(i));
        appendLine(store, indexer, lines.last());
    }
    QCOMPARE(store.size(), 6);
    QCOMPARE(store.firstSeq(), 14);
    for (qint64 seq = 14; seq < 20; ++seq)
        QCOMPARE(store.rawAt(seq).toByteArray(), lines.at(seq));

    store.setCapacity(0);
    QCOMPARE(store.size(), 0);
    QCOMPARE(appendLine(store, indexer, eventLine(1)), 20);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.endSeq(), 21);
}

void TestEventStore::clearKeepsSequenceGrowing()
{
    EventStore store(10);
    EventIndexer indexer;
    for (int i = 0; i < 4; ++i)
        appendLine(store, indexer, eventLine(i));
    QSignalSpy cleared(&store, &EventStore::cleared);
    QSignalSpy appended(&store, &EventStore::appended);
    store.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.firstSeq(), 4);
    QCOMPARE(store.strings().size(), 1u);
    QCOMPARE(appendLine(store, indexer, eventLine(9, "other")), 4);
    store.publish();
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).toLongLong(), 4);
    QCOMPARE(store.text(store.at(4).hostname), u"other");
}

void TestEventStore::rawBytesArePacked()
{
    EventStore store(20'000);
    EventIndexer indexer;
    qint64 raw = 0;
    for (int i = 0; i < 60'000; ++i) {
        const QByteArray line = eventLine(i);
        if (i >= 40'000)
            raw += line.size();
        appendLine(store, indexer, line);
    }
    // Raw bytes plus at most two partly used 2 MB chunks, plus the ring slots.
    const qint64 ring = 20'000 * qint64(sizeof(lc::EventRecord));
    QVERIFY2(store.allocatedBytes() <= raw + 2 * 2 * 1024 * 1024 + 2 * ring,
             qPrintable(QString::number(store.allocatedBytes())));
    QCOMPARE(store.rawAt(59'999).toByteArray(), eventLine(59'999));
    QCOMPARE(store.rawAt(40'000).toByteArray(), eventLine(40'000));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "TestEventStore.moc"
