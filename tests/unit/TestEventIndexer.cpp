// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "StreamTestData.h"
#include "stream/EventIndexer.h"

using lc::EventIndexer;
using lc::EventKind;
using lc::EventRecord;
using lc::IndexedLine;
using namespace Qt::StringLiterals;

namespace {

QByteArray str(std::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

class TestEventIndexer : public QObject
{
    Q_OBJECT

private slots:
    void samples();
    void keyOrderDoesNotMatter();
    void traces();
    void serverError();
    void malformed_data();
    void malformed();
    void billingAndTimes();
    void c20AllLinesAreRecords();
    void repairedFields();
    void wrongTypesAreIgnored();
    void escapesAtEveryOffset();
};

void TestEventIndexer::samples()
{
    EventIndexer indexer;
    const QList<QByteArray> events = streamtest::lines(streamtest::read(u"events.jsonl"_qs));
    QVERIFY(events.size() >= 15);
    for (const QByteArray& line : events) {
        const IndexedLine& indexed = indexer.index(line);
        QCOMPARE(indexed.kind, IndexedLine::Kind::Record);
        QCOMPARE(indexed.eventKind, EventKind::Event);
        QVERIFY(!indexed.type.empty());
        QVERIFY(indexed.timeMs > 1'700'000'000'000);
        QCOMPARE(indexed.flags, 0);
        QCOMPARE(indexed.raw.data(), line.constData());
    }
    const IndexedLine& first = indexer.index(events.at(0));
    QCOMPARE(str(first.type), "NEW_PROCESS");
    QCOMPARE(str(first.hostname), "ws-alpha-01");
    QCOMPARE(str(first.sensor), "5e9c0b4a-0000-4000-8000-00000000b001");
    QCOMPARE(first.timeMs, 1718000000000);
    QVERIFY(first.investigation.empty());
    const IndexedLine& reply = indexer.index(events.at(7));
    QCOMPARE(str(reply.investigation), "demo-inv-4f2a/1c9b5d8e-0000-4000-8000-0000000000e1");

    const QList<QByteArray> detections =
            streamtest::lines(streamtest::read(u"detections.jsonl"_qs));
    const IndexedLine& detection = indexer.index(detections.at(0));
    QCOMPARE(detection.kind, IndexedLine::Kind::Record);
    QCOMPARE(detection.eventKind, EventKind::Detection);
    QCOMPARE(str(detection.type), "suspicious-whoami");
    QCOMPARE(str(detection.hostname), "ws-alpha-01");
    QCOMPARE(str(detection.sensor), "5e9c0b4a-0000-4000-8000-00000000b001");
    QCOMPARE(detection.timeMs, 1718000000040);

    const QList<QByteArray> audit = streamtest::lines(streamtest::read(u"audit.jsonl"_qs));
    const IndexedLine& entry = indexer.index(audit.at(1));
    QCOMPARE(entry.eventKind, EventKind::Audit);
    QCOMPARE(str(entry.type), "send_task");
    QCOMPARE(entry.timeMs, 1718000102000);

    const QList<QByteArray> deployment =
            streamtest::lines(streamtest::read(u"deployment.jsonl"_qs));
    const IndexedLine& enrollment = indexer.index(deployment.at(0));
    QCOMPARE(enrollment.eventKind, EventKind::Deployment);
    QCOMPARE(str(enrollment.type), "enrollment");
    QCOMPARE(str(enrollment.sensor), "5e9c0b4a-0000-4000-8000-00000000b002");
    QVERIFY(enrollment.hostname.empty());
    QCOMPARE(enrollment.timeMs, 1717995000000);
    QCOMPARE(indexer.index(deployment.at(1)).eventKind, EventKind::Deployment);
}

void TestEventIndexer::keyOrderDoesNotMatter()
{
    EventIndexer indexer;
    const IndexedLine& event = indexer.index(
            R"({"event":{"routing":{"hostname":"inner"}},"routing":{"event_time":1718000000001,)"
            R"("event_type":"DNS_REQUEST","sid":"s-1","hostname":"h-1"}})");
    QCOMPARE(event.eventKind, EventKind::Event);
    QCOMPARE(str(event.hostname), "h-1");
    QCOMPARE(str(event.type), "DNS_REQUEST");
    QCOMPARE(event.timeMs, 1718000000001);

    // A detection with its routing last, and one whose only routing is inside "detect".
    const IndexedLine& detection =
            indexer.index(R"({"detect":{"event":{}},"ts":1718000000040,"cat":"rule-a",)"
                          R"("routing":{"hostname":"h-2","sid":"s-2"}})");
    QCOMPARE(detection.eventKind, EventKind::Detection);
    QCOMPARE(str(detection.type), "rule-a");
    QCOMPARE(str(detection.hostname), "h-2");
    QCOMPARE(detection.timeMs, 1718000000040);
    const IndexedLine& nested = indexer.index(
            R"({"cat":"rule-b","gen_time":1718000000050,"detect":{"routing":{"hostname":"h-3",)"
            R"("sid":"s-3"},"event":{}}})");
    QCOMPARE(nested.eventKind, EventKind::Detection);
    QCOMPARE(str(nested.hostname), "h-3");
    QCOMPARE(str(nested.sensor), "s-3");
    QCOMPARE(nested.timeMs, 1718000000050);
}

void TestEventIndexer::traces()
{
    EventIndexer indexer;
    const QList<QByteArray> lines =
            streamtest::lines(streamtest::read(u"spout_stream_example.ndjson"_qs));
    QList<IndexedLine::Kind> kinds;
    for (const QByteArray& line : lines)
        kinds.append(indexer.index(line).kind);
    QCOMPARE(kinds.count(IndexedLine::Kind::Trace), 2);
    QCOMPARE(kinds.count(IndexedLine::Kind::Record), lines.size() - 2);

    QCOMPARE(indexer.index(R"({"__trace":"connected"})").trace, IndexedLine::Trace::Connected);
    const IndexedLine& dropped = indexer.index(R"({"n":37,"__trace":"dropped"})");
    QCOMPARE(dropped.kind, IndexedLine::Kind::Trace);
    QCOMPARE(dropped.trace, IndexedLine::Trace::Dropped);
    QCOMPARE(dropped.droppedCount, 37);
    QCOMPARE(indexer.index(R"({"__trace":"keepalive"})").trace, IndexedLine::Trace::KeepAlive);
    QCOMPARE(indexer.index(R"({"__trace":{"x":1}})").trace, IndexedLine::Trace::KeepAlive);
}

void TestEventIndexer::serverError()
{
    EventIndexer indexer;
    const IndexedLine& error = indexer.index("error: unauthorized \r");
    QCOMPARE(error.kind, IndexedLine::Kind::ServerError);
    QCOMPARE(error.errorText.toByteArray(), "unauthorized");
    QCOMPARE(indexer.index("  error:bad sid").kind, IndexedLine::Kind::ServerError);
    QCOMPARE(indexer.index("errors are not errors").kind, IndexedLine::Kind::Malformed);
}

void TestEventIndexer::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("truncated") << QByteArray(R"({"n":1,"e":"A")");
    QTest::newRow("truncated nested") << QByteArray(R"({"routing":{"hostname":"a"},"event":{)");
    QTest::newRow("text") << QByteArray("hello");
    QTest::newRow("number") << QByteArray("123");
    QTest::newRow("list") << QByteArray(R"([{"routing":{}}])");
    QTest::newRow("string") << QByteArray(R"("routing")");
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("missing value") << QByteArray(R"({"a":})");
}

void TestEventIndexer::malformed()
{
    QFETCH(QByteArray, line);
    EventIndexer indexer;
    const IndexedLine& indexed = indexer.index(line);
    QCOMPARE(indexed.kind, IndexedLine::Kind::Malformed);
    QVERIFY(indexed.flags & EventRecord::NotAnObject);
    QCOMPARE(indexed.raw.data(), line.constData());
    // The indexer recovers for the next line.
    QCOMPARE(indexer.index(R"({"routing":{"event_type":"X"}})").kind, IndexedLine::Kind::Record);
}

void TestEventIndexer::billingAndTimes()
{
    EventIndexer indexer;
    const IndexedLine& billing =
            indexer.index(R"({"record":{"k":"x","cat":"sensor-hours","ts":1718000000,"v":3}})");
    QCOMPARE(billing.eventKind, EventKind::Billing);
    QCOMPARE(str(billing.type), "sensor-hours");
    QCOMPARE(billing.timeMs, 1718000000000);

    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-06-10 06:13:20"})").timeMs, 1718000000000);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-06-10T06:13:20.5Z"})").timeMs, 1718000000500);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-06-10T06:13:20Z"})").timeMs, 1718000000000);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-02-29 00:00:00"})").timeMs, 1709164800000);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"1969-12-31 23:59:59"})").timeMs, -1000);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-13-10 06:13:20"})").timeMs, 0);
    QCOMPARE(indexer.index(R"({"etype":"x","ts":"2024-06-10 06:13:2x"})").timeMs, 0);
    QCOMPARE(indexer.index(R"({"etype":"x","time":1718000000.25})").timeMs, 1718000000250);
    QCOMPARE(indexer.index(R"({"routing":{"event_type":"X"}})").timeMs, 0);
    const IndexedLine& other = indexer.index(R"({"something":"else"})");
    QCOMPARE(other.kind, IndexedLine::Kind::Record);
    QCOMPARE(other.eventKind, EventKind::Other);
}

void TestEventIndexer::c20AllLinesAreRecords()
{
    EventIndexer indexer;
    const QByteArray bytes = streamtest::read(u"C20/stream.bin"_qs);
    const QList<QByteArray> lines = streamtest::lines(bytes);
    QCOMPARE(lines.size(), 7);

    const QList<int> expectedFlags = {
            EventRecord::HasControlChars, // RLO
            EventRecord::LoneSurrogate,   // \ud800
            EventRecord::HasControlChars, // emoji pair (fine) + ZWJ
            EventRecord::InvalidUtf8,     // raw 0xFF
            0,                            // decomposed hostname: ordinary text
            EventRecord::HasControlChars, // \u0000
            0,
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray copy = lines.at(i);
        const IndexedLine& indexed = indexer.index(lines.at(i));
        QCOMPARE(indexed.kind, IndexedLine::Kind::Record);
        QCOMPARE(indexed.eventKind, EventKind::Event);
        QCOMPARE(int(indexed.flags), expectedFlags.at(i));
        QCOMPARE(indexed.raw.toByteArray(), copy);
        QCOMPARE(lines.at(i), copy);
    }
    QCOMPARE(str(indexer.index(lines.at(4)).hostname), "U\xCC\x88"
                                                       "ber-PC");
    QCOMPARE(str(indexer.index(lines.at(3)).hostname), "web-01");
    QCOMPARE(str(indexer.index(lines.at(1)).type), "FILE_CREATE");
}

void TestEventIndexer::repairedFields()
{
    EventIndexer indexer;
    const IndexedLine& lone =
            indexer.index(R"({"routing":{"hostname":"a\ud800b","event_type":"X\udc00\ud800"}})");
    QCOMPARE(lone.kind, IndexedLine::Kind::Record);
    QCOMPARE(lone.flags, EventRecord::LoneSurrogate);
    QCOMPARE(str(lone.hostname), "a\xEF\xBF\xBD"
                                 "b");
    QCOMPARE(str(lone.type), "X\xEF\xBF\xBD\xEF\xBF\xBD");

    const QByteArray invalid = "{\"routing\":{\"hostname\":\"caf\xE9\",\"sid\":\"\xC0\xAF\"}}";
    const IndexedLine& latin1 = indexer.index(invalid);
    QCOMPARE(latin1.kind, IndexedLine::Kind::Record);
    QCOMPARE(latin1.flags, EventRecord::InvalidUtf8);
    QCOMPARE(str(latin1.hostname), "caf\xEF\xBF\xBD");
    QCOMPARE(str(latin1.sensor), "\xEF\xBF\xBD\xEF\xBF\xBD");
    QCOMPARE(latin1.raw.toByteArray(), invalid);

    // Raw UTF-8 bidi and zero-width characters, escaped C1 and BOM; a valid pair is no flag.
    QCOMPARE(indexer.index("{\"a\":\"x\xE2\x80\xAEy\"}").flags, EventRecord::HasControlChars);
    QCOMPARE(indexer.index("{\"a\":\"x\xE2\x80\x8By\"}").flags, EventRecord::HasControlChars);
    QCOMPARE(indexer.index(R"({"a":"\u0085"})").flags, EventRecord::HasControlChars);
    QCOMPARE(indexer.index(R"({"a":"\uFEFF"})").flags, EventRecord::HasControlChars);
    QCOMPARE(indexer.index(R"({"a":"\ud83d\udd25 tab\t\n \u00e9 \u00E9"})").flags, 0);
    QCOMPARE(indexer.index("{\"a\":\"\xC3\xA9\xF0\x9F\x94\xA5\"}").flags, 0);
    // An escaped backslash before "u" is no escape.
    QCOMPARE(indexer.index(R"({"a":"C:\\ud800\\u0000"})").flags, 0);
}

void TestEventIndexer::wrongTypesAreIgnored()
{
    EventIndexer indexer;
    const IndexedLine& line = indexer.index(
            R"({"routing":{"hostname":12,"sid":["x"],"event_type":"T","event_time":"soon"}})");
    QCOMPARE(line.kind, IndexedLine::Kind::Record);
    QVERIFY(line.hostname.empty());
    QVERIFY(line.sensor.empty());
    QCOMPARE(str(line.type), "T");
    QCOMPARE(line.timeMs, 0);
    QCOMPARE(indexer.index(R"({"routing":"nope","event":{}})").eventKind, EventKind::Other);
}

void TestEventIndexer::escapesAtEveryOffset()
{
    // The plain-ASCII shortcut looks at 16 bytes at a time: an escape, a lone surrogate or a
    // raw non-ASCII byte must be found wherever it falls, across and at the end of a block.
    EventIndexer indexer;
    for (int pad = 0; pad < 40; ++pad) {
        const QByteArray filler(pad, 'x');
        const QByteArray rlo = R"({"a":")" + filler + R"(\u202e"})";
        QVERIFY2(indexer.index(rlo).flags & EventRecord::HasControlChars, rlo.constData());
        const QByteArray lone = R"({"a":")" + filler + R"(\ud800"})";
        QVERIFY2(indexer.index(lone).flags & EventRecord::LoneSurrogate, lone.constData());
        const QByteArray raw = R"({"a":")" + filler + "\xff\"}";
        QVERIFY2(indexer.index(raw).flags & EventRecord::InvalidUtf8, raw.constData());
        const QByteArray path = R"({"a":")" + filler + R"(C:\\Users\\x"})";
        const IndexedLine& plain = indexer.index(path);
        QCOMPARE(plain.kind, IndexedLine::Kind::Record);
        QCOMPARE(plain.flags, quint8(0));
    }
}

QTEST_GUILESS_MAIN(TestEventIndexer)
#include "TestEventIndexer.moc"
