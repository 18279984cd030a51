// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include "LiveEventModel.h"
#include "stream/EventFeed.h"
#include "stream/EventIndexer.h"
#include "stream/EventStore.h"
#include "stream/NdjsonFramer.h"

using lc::EventFeed;
using lc::EventIndexer;
using lc::EventStore;
using lc::LiveEventFilter;
using lc::LiveEventModel;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(LCDESK_STREAM_DATA_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray eventLine(int n, const char* type = "NEW_PROCESS", const char* host = "ws-01")
{
    return QStringLiteral(R"({"routing":{"hostname":"%1","sid":"sid-%2","event_type":"%3",)"
                          R"("event_time":%4},"event":{"FILE_PATH":"C:\\x\\p%5.exe",)"
                          R"("COMMAND_LINE":"p%5.exe --run","PROCESS_ID":%5}})")
            .arg(QLatin1String(host))
            .arg(n % 4)
            .arg(QLatin1String(type))
            .arg(1718000000000 + n)
            .arg(n)
            .toUtf8();
}

QString cell(const LiveEventModel& model, int row, LiveEventModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.data(model.index(row, static_cast<int>(column)), role).toString();
}

} // namespace

class TestLiveEventModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rowsArriveOncePerPublish();
    void rowsLeaveFromTheTop();
    void filterTerms();
    void c20HostFoldingAndMarkers();
    void display();
    void clearResets();

private:
    void push(const QByteArray& line) { m_feed->acceptLine(m_indexer.index(line)); }

    EventIndexer m_indexer;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<EventFeed> m_feed;
};

void TestLiveEventModel::init()
{
    m_feed.reset();
    m_store = std::make_unique<EventStore>(1000);
    m_feed = std::make_unique<EventFeed>(m_store.get());
}

void TestLiveEventModel::rowsArriveOncePerPublish()
{
    LiveEventModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(LiveEventFilter::parse(u"type:NEW_PROCESS"_qs));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 300; ++i)
        push(eventLine(i, i % 3 ? "NEW_PROCESS" : "DNS_REQUEST"));
    QCOMPARE(model.rowCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.sequenceAt(0), 1);
    QCOMPARE(model.rowOfSequence(2), 1);
    QCOMPARE(model.rowOfSequence(3), -1);
    QCOMPARE(model.shownCount(), 200);
}

void TestLiveEventModel::rowsLeaveFromTheTop()
{
    m_store->setCapacity(100);
    LiveEventModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    for (int i = 0; i < 80; ++i)
        push(eventLine(i));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 80);

    for (int i = 80; i < 130; ++i)
        push(eventLine(i));
    // Until the publish the old rows stay, and an evicted row reads as empty.
    QCOMPARE(model.rowCount(), 80);
    QVERIFY(!model.data(model.index(0, 0)).isValid());
    QCoreApplication::processEvents();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 29);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.sequenceAt(0), 30);
    QCOMPARE(model.sequenceAt(99), 129);

    // Many turns of eviction keep the rows in step with the store.
    for (int turn = 0; turn < 50; ++turn) {
        for (int i = 0; i < 37; ++i)
            push(eventLine(i));
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.sequenceAt(0), m_store->firstSeq());
    }
}

void TestLiveEventModel::filterTerms()
{
    push(eventLine(1, "NEW_PROCESS", "alpha"));
    push(eventLine(2, "DNS_REQUEST", "beta"));
    push(eventLine(3, "NEW_PROCESS", "beta"));
    push(readData(u"detections.jsonl"_qs).split('\n').at(0));
    QCoreApplication::processEvents();
    LiveEventModel model(m_store.get());
    QCOMPARE(model.rowCount(), 4);

    const auto rows = [&](const QString& text) {
        QString error;
        model.setFilter(LiveEventFilter::parse(text, &error));
        QList<qint64> seqs;
        for (int row = 0; row < model.rowCount(); ++row)
            seqs.append(model.sequenceAt(row));
        return seqs;
    };
    QCOMPARE(rows(u"type:new_proc"_qs), (QList<qint64>{0, 2}));
    QCOMPARE(rows(u"type:DNS type:whoami"_qs), (QList<qint64>{1, 3}));
    QCOMPARE(rows(u"host:BETA"_qs), (QList<qint64>{1, 2}));
    QCOMPARE(rows(u"sid:SID-3"_qs), (QList<qint64>{2}));
    QCOMPARE(rows(u"detections"_qs), (QList<qint64>{3}));
    QCOMPARE(rows(u"P3.EXE --RUN"_qs), (QList<qint64>{2}));
    // Typed as the analyst reads it; the line holds the JSON escapes.
    QCOMPARE(rows(u"C:\\x\\p3.exe"_qs), (QList<qint64>{2}));
    QCOMPARE(rows(u"event/FILE_PATH=C:\\x\\p3.exe"_qs), (QList<qint64>{2}));
    QCOMPARE(rows(u"event/PROCESS_ID = 2"_qs), (QList<qint64>{1}));
    QCOMPARE(rows(u"routing.hostname=beta type:NEW"_qs), (QList<qint64>{2}));
    QCOMPARE(rows(u"cat = suspicious-whoami"_qs), (QList<qint64>{3}));
    QCOMPARE(rows(u"nothing-matches-this"_qs), QList<qint64>{});
    QCOMPARE(rows(QString()), (QList<qint64>{0, 1, 2, 3}));

    // New rows are filtered as they arrive.
    model.setFilter(LiveEventFilter::parse(u"host:gamma"_qs));
    push(eventLine(4, "NEW_PROCESS", "gamma"));
    push(eventLine(5, "NEW_PROCESS", "delta"));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sequenceAt(0), 4);
}

void TestLiveEventModel::c20HostFoldingAndMarkers()
{
    lc::NdjsonFramer framer;
    framer.feed(readData(u"C20/stream.bin"_qs),
                [&](QByteArrayView line) { push(line.toByteArray()); });
    QCoreApplication::processEvents();
    LiveEventModel model(m_store.get());
    QCOMPARE(model.rowCount(), 7);

    model.setFilter(LiveEventFilter::parse(u"host:über"_qs));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sequenceAt(0), 4);
    model.setFilter(LiveEventFilter::parse(u"host:ÜBER-pc"_qs));
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(LiveEventFilter::parse(u"host:u\u0308ber"_qs));
    QCOMPARE(model.rowCount(), 1);

    model.setFilter(LiveEventFilter::parse(u"visible-after-nul"_qs));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Summary), u"a<NUL>b visible-after-nul");

    model.setFilter({});
    QVERIFY(cell(model, 0, LiveEventModel::Column::Summary).contains(u"invoice<U+202E>fdp.exe"));
    QVERIFY(!cell(model, 0, LiveEventModel::Column::Summary).contains(QChar(0x202E)));
    QCOMPARE(cell(model, 3, LiveEventModel::Column::Summary), u"cat caf<U+FFFD>.txt");
    QCOMPARE(model.data(model.index(3, 0), LiveEventModel::RawRole).toByteArray(),
             readData(u"C20/stream.bin"_qs).split('\n').at(3));
    QCOMPARE(model.data(model.index(3, 0), LiveEventModel::FlagsRole).toInt(),
             int(lc::EventRecord::InvalidUtf8));
    QCOMPARE(cell(model, 4, LiveEventModel::Column::Summary), u"xn--bcher-kva.example");
}

void TestLiveEventModel::display()
{
    push(eventLine(7));
    push(readData(u"detections.jsonl"_qs).split('\n').at(0));
    push(readData(u"audit.jsonl"_qs).split('\n').at(1));
    QByteArray longLine = eventLine(8);
    longLine.replace("p8.exe --run", QByteArray(600, 'y'));
    push(longLine);
    QCoreApplication::processEvents();
    LiveEventModel model(m_store.get());

    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Summary");
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Time),
             QDateTime::fromMSecsSinceEpoch(1718000000007).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_qs));
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Hostname), u"ws-01");
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Type), u"NEW_PROCESS");
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Summary), u"C:\\x\\p7.exe  p7.exe --run");
    QCOMPARE(cell(model, 1, LiveEventModel::Column::Type), u"suspicious-whoami");
    QCOMPARE(cell(model, 1, LiveEventModel::Column::Summary), u"whoami-exec  ws-alpha-01");
    QCOMPARE(cell(model, 2, LiveEventModel::Column::Summary),
             u"task sent to sensor  api-key:3b6f...");
    const QString cut = cell(model, 3, LiveEventModel::Column::Summary);
    QVERIFY(cut.size() <= 200);
    QVERIFY(cut.endsWith(QChar(0x2026)));

    QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.data(model.index(1, 0), Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(model.data(model.index(1, 0), LiveEventModel::KindRole).toInt(),
             int(lc::EventKind::Detection));
    QCOMPARE(model.data(model.index(2, 0), LiveEventModel::SequenceRole).toLongLong(), 2);
}

void TestLiveEventModel::clearResets()
{
    LiveEventModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(LiveEventFilter::parse(u"host:ws-01"_qs));
    for (int i = 0; i < 10; ++i)
        push(eventLine(i));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 10);
    m_feed->clear();
    QCOMPARE(model.rowCount(), 0);
    // Ids start again after the clear: verdicts must not be reused.
    push(eventLine(1, "NEW_PROCESS", "other"));
    push(eventLine(2, "NEW_PROCESS", "ws-01"));
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, LiveEventModel::Column::Hostname), u"ws-01");
}

QTEST_GUILESS_MAIN(TestLiveEventModel)
#include "TestLiveEventModel.moc"
