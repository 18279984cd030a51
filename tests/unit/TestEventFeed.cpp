// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "stream/EventFeed.h"
#include "stream/EventIndexer.h"
#include "stream/EventStore.h"
#include "stream/StreamRecorder.h"

using lc::EventFeed;
using lc::EventIndexer;
using lc::EventStore;
using lc::FeedCounters;
using lc::StreamRecorder;
using namespace Qt::StringLiterals;

namespace {

QByteArray eventLine(int n)
{
    return QStringLiteral(R"({"routing":{"hostname":"h-%1","event_type":"T"},"event":{"N":%2}})")
            .arg(n % 5)
            .arg(n)
            .toUtf8();
}

bool addsUp(const FeedCounters& c)
{
    return c.received == c.stored + c.evicted + c.waiting + c.droppedByClient;
}

QString describe(const FeedCounters& c)
{
    return QStringLiteral("received %1 stored %2 evicted %3 waiting %4 dropped %5 malformed %6")
            .arg(c.received)
            .arg(c.stored)
            .arg(c.evicted)
            .arg(c.waiting)
            .arg(c.droppedByClient)
            .arg(c.malformed);
}

} // namespace

class TestEventFeed : public QObject
{
    Q_OBJECT

private slots:
    void publishesOncePerTurn();
    void countersAddUp();
    void pauseHoldsAndResumeReleasesInOnePublish();
    void pauseQueueOverflowIsAClientDrop();
    void recorderGetsRecordsAndMalformedLines();
    void serverDroppedAndClear();
    void serverDroppedAddsUpAcrossStreams();

private:
    void push(EventFeed& feed, const QByteArray& line) { feed.acceptLine(m_indexer.index(line)); }

    EventIndexer m_indexer;
};

void TestEventFeed::publishesOncePerTurn()
{
    EventStore store(1000);
    EventFeed feed(&store);
    QSignalSpy appended(&store, &EventStore::appended);
    QSignalSpy counters(&feed, &EventFeed::countersChanged);

    for (int i = 0; i < 100; ++i) {
        push(feed, eventLine(i));
        if (i % 10 == 9)
            feed.endBatch();
    }
    QCOMPARE(appended.count(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).toLongLong(), 0);
    QCOMPARE(appended.at(0).at(1).toLongLong(), 100);
    QCOMPARE(counters.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(appended.count(), 1);
}

void TestEventFeed::countersAddUp()
{
    EventStore store(50);
    EventFeed feed(&store);
    for (int i = 0; i < 120; ++i) {
        push(feed, eventLine(i));
        if (i % 11 == 0)
            push(feed, "{\"truncated\":");
    }
    push(feed, R"({"__trace":"keepalive"})");
    push(feed, "error: nope");
    QCoreApplication::processEvents();

    const FeedCounters c = feed.counters();
    QVERIFY2(addsUp(c), qPrintable(describe(c)));
    QCOMPARE(c.received, 131u);
    QCOMPARE(c.stored, 50u);
    QCOMPARE(c.evicted, 70u);
    QCOMPARE(c.malformed, 11u);
    QCOMPARE(c.droppedByClient, 11u);
    QCOMPARE(store.rawAt(store.endSeq() - 1).toByteArray(), eventLine(119));
}

void TestEventFeed::pauseHoldsAndResumeReleasesInOnePublish()
{
    EventStore store(1000);
    EventFeed feed(&store);
    for (int i = 0; i < 5; ++i)
        push(feed, eventLine(i));
    QCoreApplication::processEvents();

    QSignalSpy appended(&store, &EventStore::appended);
    feed.setPaused(true);
    QVERIFY(feed.isPaused());
    for (int i = 5; i < 25; ++i) {
        push(feed, eventLine(i));
        feed.endBatch();
        QCoreApplication::processEvents();
    }
    QCOMPARE(appended.count(), 0);
    QCOMPARE(store.size(), 5);
    FeedCounters c = feed.counters();
    QCOMPARE(c.waiting, 20u);
    QVERIFY2(addsUp(c), qPrintable(describe(c)));

    feed.setPaused(false);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).toLongLong(), 5);
    QCOMPARE(appended.at(0).at(1).toLongLong(), 25);
    c = feed.counters();
    QCOMPARE(c.waiting, 0u);
    QCOMPARE(c.stored, 25u);
    QVERIFY2(addsUp(c), qPrintable(describe(c)));
    for (int i = 0; i < 25; ++i)
        QCOMPARE(store.rawAt(i).toByteArray(), eventLine(i));
    QCOMPARE(store.text(store.at(23).hostname), u"h-3");
}

void TestEventFeed::pauseQueueOverflowIsAClientDrop()
{
    EventStore store(1000);
    EventFeed feed(&store);
    feed.setMaxWaiting(10);
    feed.setPaused(true);
    for (int i = 0; i < 25; ++i)
        push(feed, eventLine(i));
    FeedCounters c = feed.counters();
    QCOMPARE(c.waiting, 10u);
    QCOMPARE(c.droppedByClient, 15u);
    QCOMPARE(c.malformed, 0u);
    QVERIFY2(addsUp(c), qPrintable(describe(c)));

    feed.setMaxWaiting(4);
    c = feed.counters();
    QCOMPARE(c.waiting, 4u);
    QCOMPARE(c.droppedByClient, 21u);
    QVERIFY2(addsUp(c), qPrintable(describe(c)));

    feed.setPaused(false);
    QCOMPARE(store.size(), 4);
    QCOMPARE(store.rawAt(3).toByteArray(), eventLine(3));
    QVERIFY(addsUp(feed.counters()));
}

void TestEventFeed::recorderGetsRecordsAndMalformedLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"rec.ndjson"_qs);
    StreamRecorder recorder;
    QString error;
    QVERIFY2(recorder.open(fileName, &error), qPrintable(error));

    EventStore store(1000);
    EventFeed feed(&store);
    feed.setRecorder(&recorder);
    push(feed, R"({"__trace":"connected"})");
    push(feed, eventLine(1));
    push(feed, "not json");
    feed.setPaused(true);
    push(feed, eventLine(2));
    push(feed, R"({"__trace":"dropped","n":3})");
    feed.setRecorder(nullptr);
    push(feed, eventLine(3));

    QVERIFY2(recorder.close(&error), qPrintable(error));
    QCOMPARE(recorder.linesWritten(), 3u);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), eventLine(1) + "\nnot json\n" + eventLine(2) + "\n");
}

void TestEventFeed::serverDroppedAndClear()
{
    EventStore store(1000);
    EventFeed feed(&store);
    QSignalSpy counters(&feed, &EventFeed::countersChanged);
    feed.setServerDropped(12);
    QCoreApplication::processEvents();
    QCOMPARE(counters.count(), 1);
    QCOMPARE(feed.counters().serverDropped, 12u);

    for (int i = 0; i < 3; ++i)
        push(feed, eventLine(i));
    feed.clear();
    QCOMPARE(store.size(), 0);
    FeedCounters c = feed.counters();
    QCOMPARE(c.received, 0u);
    QCOMPARE(c.evicted, 0u);
    QCOMPARE(c.serverDropped, 0u);
    feed.setServerDropped(20);
    QCOMPARE(feed.counters().serverDropped, 8u);
    push(feed, eventLine(7));
    QCOMPARE(feed.counters().stored, 1u);
    QVERIFY(addsUp(feed.counters()));
}

void TestEventFeed::serverDroppedAddsUpAcrossStreams()
{
    // A reconnect that keeps the rows hands the feed to a new stream whose drop total starts
    // at zero: the drops of the first stream must stay counted.
    EventStore store(1000);
    EventFeed feed(&store);
    feed.setServerDropped(12);
    feed.beginStream();
    QCOMPARE(feed.counters().serverDropped, 12u);
    feed.setServerDropped(5);
    QCOMPARE(feed.counters().serverDropped, 17u);
    feed.setServerDropped(30);
    QCOMPARE(feed.counters().serverDropped, 42u);

    // After a clear only what comes later counts, across a further stream too.
    feed.clear();
    QCOMPARE(feed.counters().serverDropped, 0u);
    feed.setServerDropped(31);
    QCOMPARE(feed.counters().serverDropped, 1u);
    feed.beginStream();
    feed.setServerDropped(4);
    QCOMPARE(feed.counters().serverDropped, 5u);
}

QTEST_GUILESS_MAIN(TestEventFeed)
#include "TestEventFeed.moc"
