// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "StreamTestData.h"
#include "stream/EventIndexer.h"
#include "stream/IndexedBatch.h"
#include "stream/ParallelIndexer.h"

using lc::EventIndexer;
using lc::IndexedBatch;
using lc::IndexedLine;
using lc::ParallelIndexer;

namespace {

QByteArray str(std::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

// Everything a reader of an IndexedLine can see, as one comparable string.
QByteArray describe(const IndexedLine& line)
{
    QByteArray text;
    text += QByteArray::number(static_cast<int>(line.kind)) + '|' + line.raw.toByteArray() + '|'
            + QByteArray::number(static_cast<int>(line.eventKind)) + '|'
            + QByteArray::number(line.timeMs) + '|' + str(line.hostname) + '|' + str(line.sensor)
            + '|' + str(line.type) + '|' + str(line.investigation) + '|'
            + QByteArray::number(line.flags) + '|'
            + QByteArray::number(static_cast<int>(line.trace)) + '|'
            + QByteArray::number(line.droppedCount) + '|' + line.errorText.toByteArray();
    return text;
}

// Samples of every kind, field cases with broken UTF-8 and invisible characters, traces, an
// error line and lines that are no records, in one stream, over and over.
QByteArray mixedStream()
{
    QByteArray bytes;
    for (const char* name : {"events.jsonl", "detections.jsonl", "audit.jsonl", "deployment.jsonl",
                             "spout_stream_example.ndjson", "C20/stream.bin"})
        bytes += streamtest::read(QString::fromLatin1(name)) + '\n';
    bytes += "{\"__trace\":\"dropped\",\"n\":12}\n"
             "error: bad credentials\n"
             "[1,2,3]\n"
             "{\"routing\":{\"hostname\":\"h\\u00e9\\\"x\"}, \"event\":{}} trailing\n"
             "not json at all\r\n"
             "{\"cat\":\"c\",\"detect\":{\"routing\":{\"sid\":\"s-1\"}},\"ts\":\"2026-12-04 "
             "10:00:00\"}";
    bytes += '\n';

    // Several batches' worth.
    return bytes.repeated(20);
}

QList<QByteArray> serialReading(const QByteArray& bytes)
{
    QList<QByteArray> expected;
    EventIndexer indexer;
    for (const QByteArray& line : streamtest::lines(bytes))
        expected.append(describe(indexer.index(line)));
    return expected;
}

QByteArray numberedLines(int count)
{
    QByteArray bytes;
    for (int n = 0; n < count; ++n) {
        bytes += "{\"routing\":{\"event_type\":\"NEW_PROCESS\",\"hostname\":\"host-"
                 + QByteArray::number(n) + "\"},\"event\":{\"N\":" + QByteArray::number(n) + "}}\n";
    }
    return bytes;
}

} // namespace

class TestParallelIndexer : public QObject
{
    Q_OBJECT

private slots:
    void sameReadingAsOneIndexer_data();
    void sameReadingAsOneIndexer();
    void orderKeptAcrossManyBatches();
    void deliveredFromTheEventLoop();
    void discardFromTheHandler();
    void finishDeliversThenReturnsTheTail();
    void destroyedWithBatchesInFlight();
};

void TestParallelIndexer::sameReadingAsOneIndexer_data()
{
    QTest::addColumn<int>("readBytes");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("1 KiB") << 1024;
    QTest::newRow("64 KiB") << 64 * 1024;
    QTest::newRow("all at once") << 0;
}

// Lines parsed in place inside a batch, on other threads, read exactly as a lone indexer reads
// them one by one: what follows a line in the batch never changes its reading.
void TestParallelIndexer::sameReadingAsOneIndexer()
{
    QFETCH(int, readBytes);
    const QByteArray bytes = mixedStream();
    const QList<QByteArray> expected = serialReading(bytes);
    QVERIFY(expected.size() > 700);

    QList<QByteArray> got;
    ParallelIndexer indexer([&](const IndexedBatch& batch) {
        for (qsizetype i = 0; i < batch.lineCount(); ++i)
            got.append(describe(batch.line(i)));
    });
    const qsizetype step = readBytes > 0 ? readBytes : bytes.size();
    for (qsizetype from = 0; from < bytes.size(); from += step)
        indexer.feed(QByteArrayView(bytes).sliced(from, std::min(step, bytes.size() - from)));
    QCOMPARE(indexer.finish(), QByteArray());

    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i), expected.at(i));
}

// Far more batches than may be in flight, so the feeding thread both waits for and indexes
// batches itself: the lines still come out once each, in order.
void TestParallelIndexer::orderKeptAcrossManyBatches()
{
    const int count = 60'000;
    const QByteArray bytes = numberedLines(count);
    QList<QByteArray> hosts;
    int batches = 0;
    ParallelIndexer indexer([&](const IndexedBatch& batch) {
        ++batches;
        for (qsizetype i = 0; i < batch.lineCount(); ++i)
            hosts.append(str(batch.line(i).hostname));
    });
    for (qsizetype from = 0; from < bytes.size(); from += 4096)
        indexer.feed(
                QByteArrayView(bytes).sliced(from, std::min<qsizetype>(4096, bytes.size() - from)));
    indexer.drain();

    QCOMPARE(hosts.size(), count);
    for (int n = 0; n < count; ++n)
        QCOMPARE(hosts.at(n), "host-" + QByteArray::number(n));
    QVERIFY2(batches > ParallelIndexer::MaxBatchesInFlight, QByteArray::number(batches));
}

void TestParallelIndexer::deliveredFromTheEventLoop()
{
    int lines = 0;
    ParallelIndexer indexer(
            [&](const IndexedBatch& batch) { lines += static_cast<int>(batch.lineCount()); });
    indexer.feed("{\"a\":1}\n{\"b\":");
    QCOMPARE(lines, 0); // nothing is delivered from inside feed() while little is in flight
    QTRY_COMPARE(lines, 1);
    indexer.feed("2}\n");
    QTRY_COMPARE(lines, 2);
    QCOMPARE(indexer.pendingBytes(), 0);
}

void TestParallelIndexer::discardFromTheHandler()
{
    const QByteArray bytes = numberedLines(20'000);
    QList<QByteArray> hosts;
    ParallelIndexer* self = nullptr;
    ParallelIndexer indexer([&](const IndexedBatch& batch) {
        for (qsizetype i = 0; i < batch.lineCount(); ++i)
            hosts.append(str(batch.line(i).hostname));
        self->discard();
    });
    self = &indexer;
    for (qsizetype from = 0; from < bytes.size(); from += 8192)
        indexer.feed(
                QByteArrayView(bytes).sliced(from, std::min<qsizetype>(8192, bytes.size() - from)));
    indexer.drain();
    QCoreApplication::processEvents();

    // Each feed after a discard starts a new stream: its first complete lines are delivered,
    // never a line fed before a discard that came later than it.
    QVERIFY(!hosts.isEmpty());
    QVERIFY(hosts.size() < 20'000);
    for (qsizetype i = 1; i < hosts.size(); ++i) {
        const int previous = hosts.at(i - 1).mid(5).toInt();
        QVERIFY2(hosts.at(i).mid(5).toInt() > previous, hosts.at(i));
    }

    // After a discard the indexer takes a new stream as if fresh.
    hosts.clear();
    indexer.discard();
    indexer.feed("{\"routing\":{\"hostname\":\"after\"}}\n");
    indexer.drain();
    QCOMPARE(hosts, QList<QByteArray>{"after"});
}

void TestParallelIndexer::finishDeliversThenReturnsTheTail()
{
    QList<QByteArray> raw;
    ParallelIndexer indexer([&](const IndexedBatch& batch) {
        for (qsizetype i = 0; i < batch.lineCount(); ++i)
            raw.append(batch.line(i).raw.toByteArray());
    });
    indexer.feed("{\"a\":1}\n{\"b\":2}\n{\"c\":");
    QCOMPARE(indexer.pendingBytes(), 5);
    QCOMPARE(indexer.finish(), QByteArray("{\"c\":"));
    QCOMPARE(raw, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"}));
    QCOMPARE(indexer.finish(), QByteArray());
}

void TestParallelIndexer::destroyedWithBatchesInFlight()
{
    const QByteArray bytes = numberedLines(20'000);
    for (int round = 0; round < 20; ++round) {
        int lines = 0;
        auto indexer = std::make_unique<ParallelIndexer>(
                [&](const IndexedBatch& batch) { lines += static_cast<int>(batch.lineCount()); });
        indexer->feed(bytes.left(bytes.size() / 2));
        indexer.reset();
        QCoreApplication::processEvents();
        QVERIFY(lines < 20'000);
    }
}

QTEST_GUILESS_MAIN(TestParallelIndexer)
#include "TestParallelIndexer.moc"
