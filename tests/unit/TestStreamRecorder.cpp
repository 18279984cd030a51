// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include <csignal>
#include <sys/resource.h>

#include "stream/EventSink.h"
#include "stream/IndexedLine.h"
#include "stream/RecordingSource.h"
#include "stream/StreamRecorder.h"

using lc::IndexedLine;
using lc::LiveStream;
using lc::RecordingSource;
using lc::StreamRecorder;
using namespace Qt::StringLiterals;

namespace {

class CollectingSink : public lc::EventSink
{
public:
    void acceptLine(const IndexedLine& line) override
    {
        lines.append(line.raw.toByteArray());
        kinds.append(line.kind);
    }
    void endBatch() override { ++batches; }

    QList<QByteArray> lines;
    QList<IndexedLine::Kind> kinds;
    int batches = 0;
};

QByteArray line(int n)
{
    return QStringLiteral(R"({"routing":{"event_type":"T","hostname":"h"},"event":{"N":%1}})")
            .arg(n)
            .toUtf8();
}

QByteArray gunzip(const QByteArray& data)
{
    z_stream zs{};
    inflateInit2(&zs, 16 + MAX_WBITS);
    QByteArray out;
    char buffer[65536];
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    int status = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        status = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - zs.avail_out));
    } while (status == Z_OK);
    inflateEnd(&zs);
    return status == Z_STREAM_END ? out : QByteArray();
}

QByteArray readFile(const QString& name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void play(RecordingSource& source, CollectingSink& sink)
{
    source.setSink(&sink);
    QSignalSpy finished(&source, &RecordingSource::finished);
    source.start();
    QVERIFY(finished.wait(10'000));
}

} // namespace

class TestStreamRecorder : public QObject
{
    Q_OBJECT

private slots:
    void plainRoundTrip();
    void gzipRoundTrip();
    void partNameUntilClose();
    void truncatedLastLineIsReported();
    void lastRecordWithoutNewlineCounts();
    void playbackYieldsToTheEventLoop();
    void errorsNameTheFile();
    void writeErrorStopsTheRecording();
};

void TestStreamRecorder::plainRoundTrip()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"r.ndjson"_qs);
    StreamRecorder recorder;
    QString error;
    QVERIFY2(recorder.open(name, &error), qPrintable(error));
    QByteArray expected;
    for (int i = 0; i < 1000; ++i) {
        recorder.write(line(i));
        expected += line(i) + '\n';
    }
    recorder.write("not json");
    expected += "not json\n";
    QVERIFY2(recorder.close(&error), qPrintable(error));
    QCOMPARE(recorder.linesWritten(), 1001u);
    QCOMPARE(readFile(name), expected);

    RecordingSource source(name);
    CollectingSink sink;
    play(source, sink);
    QCOMPARE(sink.lines.size(), 1001);
    QCOMPARE(sink.lines.at(999), line(999));
    QCOMPARE(sink.kinds.last(), IndexedLine::Kind::Malformed);
    QCOMPARE(source.state(), LiveStream::State::Stopped);
    QVERIFY(source.truncationText().isEmpty());
    QCOMPARE(source.bytesRead(), source.totalBytes());
}

void TestStreamRecorder::gzipRoundTrip()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"r.ndjson.gz"_qs);
    StreamRecorder recorder;
    QString error;
    QVERIFY(recorder.open(name, &error));
    QByteArray expected;
    for (int i = 0; i < 20'000; ++i) {
        recorder.write(line(i));
        expected += line(i) + '\n';
    }
    QVERIFY2(recorder.close(&error), qPrintable(error));
    const QByteArray compressed = readFile(name);
    QVERIFY(compressed.size() < expected.size() / 4);
    QCOMPARE(gunzip(compressed), expected);

    RecordingSource source(name);
    CollectingSink sink;
    play(source, sink);
    QCOMPARE(sink.lines.size(), 20'000);
    QCOMPARE(sink.lines.at(12'345), line(12'345));
    QCOMPARE(source.totalBytes(), compressed.size());
}

void TestStreamRecorder::partNameUntilClose()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"r.ndjson"_qs);
    QFile old(name);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old recording\n");
    old.close();

    StreamRecorder recorder;
    QVERIFY(recorder.open(name, nullptr));
    recorder.write(line(1));
    QVERIFY(QFile::exists(name + u".part"_qs));
    QCOMPARE(readFile(name), QByteArray("old recording\n"));
    QVERIFY(recorder.close(nullptr));
    QVERIFY(!QFile::exists(name + u".part"_qs));
    QCOMPARE(readFile(name), line(1) + '\n');
}

void TestStreamRecorder::truncatedLastLineIsReported()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"cut.ndjson"_qs);
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line(1) + "\r\n\n" + line(2) + "\n{\"routing\":{\"event_ty");
    file.close();

    RecordingSource source(name);
    CollectingSink sink;
    QSignalSpy notices(&source, &LiveStream::notice);
    play(source, sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{line(1), line(2)}));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains(u"21"_qs));
    QVERIFY(source.truncationText().contains(u"cut.ndjson"_qs));
    QCOMPARE(source.state(), LiveStream::State::Stopped);
}

void TestStreamRecorder::lastRecordWithoutNewlineCounts()
{
    // A file written with "\n".join(records): its last record has no newline and is whole.
    QTemporaryDir dir;
    const QString name = dir.filePath(u"joined.ndjson"_qs);
    QFile file(name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line(1) + "\n" + line(2));
    file.close();

    RecordingSource source(name);
    CollectingSink sink;
    QSignalSpy notices(&source, &LiveStream::notice);
    play(source, sink);
    QCOMPARE(sink.lines, (QList<QByteArray>{line(1), line(2)}));
    QCOMPARE(notices.count(), 0);
    QVERIFY(source.truncationText().isEmpty());
    QCOMPARE(source.state(), LiveStream::State::Stopped);
}

void TestStreamRecorder::playbackYieldsToTheEventLoop()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"big.ndjson"_qs);
    StreamRecorder recorder;
    QVERIFY(recorder.open(name, nullptr));
    for (int i = 0; i < 50'000; ++i)
        recorder.write(line(i));
    QVERIFY(recorder.close(nullptr));

    RecordingSource source(name);
    CollectingSink sink;
    source.setSink(&sink);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(0);
    QSignalSpy finished(&source, &RecordingSource::finished);
    source.start();
    QCOMPARE(source.state(), LiveStream::State::Live);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(sink.lines.size(), 50'000);
    QVERIFY(sink.batches > 1);
    QVERIFY(ticks > 1);
}

void TestStreamRecorder::errorsNameTheFile()
{
    StreamRecorder recorder;
    QString error;
    QVERIFY(!recorder.open(u"/nonexistent-dir/x.ndjson"_qs, &error));
    QVERIFY(error.contains(u"/nonexistent-dir/x.ndjson.part"_qs));
    QVERIFY(!recorder.isOpen());

    RecordingSource source(u"/nonexistent-dir/y.ndjson"_qs);
    QSignalSpy errors(&source, &LiveStream::errorOccurred);
    source.start();
    QCOMPARE(source.state(), LiveStream::State::Failed);
    QCOMPARE(errors.count(), 1);
    QVERIFY(source.errorText().contains(u"/nonexistent-dir/y.ndjson"_qs));

    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.gz"_qs);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x1F\x8B\x08\x00garbage that is not deflate data at all");
    file.close();
    RecordingSource damaged(broken);
    CollectingSink sink;
    damaged.setSink(&sink);
    QSignalSpy damagedErrors(&damaged, &LiveStream::errorOccurred);
    damaged.start();
    QVERIFY(damagedErrors.wait(5000));
    QCOMPARE(damaged.state(), LiveStream::State::Failed);
    QVERIFY(damaged.errorText().contains(u"broken.gz"_qs));
}

void TestStreamRecorder::writeErrorStopsTheRecording()
{
    // A file size limit makes write() fail like a full disk would (EFBIG instead of ENOSPC).
    QTemporaryDir dir;
    const QString name = dir.filePath(u"full.ndjson"_qs);
    StreamRecorder recorder;
    QVERIFY(recorder.open(name, nullptr));

    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = saved;
    limit.rlim_cur = 100'000;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    for (int i = 0; i < 20'000 && recorder.isOpen(); ++i)
        recorder.write(line(i));
    QString error;
    const bool closed = recorder.close(&error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);

    QVERIFY(!closed);
    QVERIFY(!recorder.isOpen());
    QVERIFY2(error.contains(name + u".part"_qs), qPrintable(error));
    QCOMPARE(recorder.lastError(), error);
    QVERIFY(!QFile::exists(name));
}

QTEST_GUILESS_MAIN(TestStreamRecorder)
#include "TestStreamRecorder.moc"
