// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "StreamTestData.h"
#include "stream/NdjsonFramer.h"

using lc::NdjsonFramer;

namespace {

QList<QByteArray> frame(NdjsonFramer& framer, const QList<QByteArray>& reads, QByteArray* rest)
{
    QList<QByteArray> lines;
    for (const QByteArray& read : reads)
        framer.feed(read, [&](QByteArrayView line) { lines.append(line.toByteArray()); });
    *rest = framer.finish();
    return lines;
}

QList<int> numbers(const QList<QByteArray>& lines)
{
    QList<int> result;
    for (const QByteArray& line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        result.append(error.error == QJsonParseError::NoError ? doc.object().value(u"n").toInt()
                                                              : -1);
    }
    return result;
}

QByteArray withCrLf(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    return copy.replace("\r\n", "\n").replace("\n", "\r\n");
}

// Compares each framed line with the expected one as it is handed out (no copies), so every
// split of a few kilobytes can be tried in a test that stays fast.
class SplitChecker
{
public:
    SplitChecker(const QByteArray& input, const QList<QByteArray>& expected)
        : m_input(input)
        , m_expected(expected)
    {}

    // Feeds input cut at the given offsets; returns an empty string or what went wrong.
    QString run(std::initializer_list<qsizetype> cuts)
    {
        NdjsonFramer framer;
        qsizetype matched = 0;
        bool ok = true;
        const auto handler = [&](QByteArrayView line) {
            if (matched >= m_expected.size() || line != m_expected.at(matched))
                ok = false;
            ++matched;
        };
        qsizetype from = 0;
        for (qsizetype cut : cuts) {
            framer.feed(QByteArrayView(m_input).sliced(from, cut - from), handler);
            from = cut;
        }
        framer.feed(QByteArrayView(m_input).sliced(from), handler);
        const QByteArray rest = framer.finish();
        if (!ok || matched != m_expected.size() || !rest.isEmpty())
            return QStringLiteral("%1 of %2 lines matched, %3 bytes left")
                    .arg(matched)
                    .arg(m_expected.size())
                    .arg(rest.size());
        return {};
    }

private:
    const QByteArray& m_input;
    const QList<QByteArray>& m_expected;
};

} // namespace

class TestNdjsonFramer : public QObject
{
    Q_OBJECT

private slots:
    void c02FourReads();
    void c02TwoConnectionsInterleaved();
    void everySplit_data();
    void everySplit();
    void blankLinesAndCarriageReturns();
    void truncatedLastLineIsReported();
    void linesInsideOneReadAreNotCopied();
    void overlongLineIsCutOnce();
};

void TestNdjsonFramer::c02FourReads()
{
    NdjsonFramer framer;
    QList<QByteArray> reads;
    for (const char* name : {"01", "02", "03", "04"})
        reads.append(
                streamtest::read(QStringLiteral("C02/conn-a/%1.bin").arg(QLatin1String(name))));
    QByteArray rest;
    const QList<QByteArray> lines = frame(framer, reads, &rest);

    QCOMPARE(numbers(lines), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"x").toString(), u"mid");
    QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object().value(u"p").toString(), u"end");
    QVERIFY(rest.isEmpty());
    QCOMPARE(framer.pendingBytes(), 0);
}

void TestNdjsonFramer::c02TwoConnectionsInterleaved()
{
    NdjsonFramer a;
    NdjsonFramer b;
    QList<QByteArray> linesA;
    QList<QByteArray> linesB;
    const auto toA = [&](QByteArrayView line) {
        linesA.append(line.toByteArray());
    };
    const auto toB = [&](QByteArrayView line) {
        linesB.append(line.toByteArray());
    };

    a.feed(streamtest::read(QStringLiteral("C02/conn-a/01.bin")), toA);
    b.feed(streamtest::read(QStringLiteral("C02/conn-b/01.bin")), toB);
    a.feed(streamtest::read(QStringLiteral("C02/conn-a/02.bin")), toA);
    b.feed(streamtest::read(QStringLiteral("C02/conn-b/02.bin")), toB);
    a.feed(streamtest::read(QStringLiteral("C02/conn-a/03.bin")), toA);
    a.feed(streamtest::read(QStringLiteral("C02/conn-a/04.bin")), toA);

    QVERIFY(a.finish().isEmpty());
    QVERIFY(b.finish().isEmpty());
    QCOMPARE(numbers(linesA), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(numbers(linesB), (QList<int>{10, 11}));
}

void TestNdjsonFramer::everySplit_data()
{
    QTest::addColumn<QByteArray>("input");

    QByteArray c02;
    for (const char* name : {"01", "02", "03", "04"})
        c02 += streamtest::read(QStringLiteral("C02/conn-a/%1.bin").arg(QLatin1String(name)));
    const QByteArray c20 = streamtest::read(QStringLiteral("C20/stream.bin"));
    const QByteArray spout = streamtest::read(QStringLiteral("spout_stream_example.ndjson"));
    QVERIFY(!c02.isEmpty() && !c20.isEmpty() && !spout.isEmpty());

    QTest::newRow("C02 conn-a") << c02;
    QTest::newRow("C02 conn-a CRLF") << withCrLf(c02);
    QTest::newRow("C20") << c20;
    QTest::newRow("C20 CRLF") << withCrLf(c20);
    QTest::newRow("spout sample") << spout;
    QTest::newRow("spout sample CRLF") << withCrLf(spout);
}

void TestNdjsonFramer::everySplit()
{
    QFETCH(QByteArray, input);
    const QList<QByteArray> expected = streamtest::lines(input);
    QVERIFY(expected.size() >= 4);
    SplitChecker checker(input, expected);
    QCOMPARE(checker.run({}), QString());

    const qsizetype n = input.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const QString failure = checker.run({i});
        if (!failure.isEmpty())
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(i).arg(failure)));
    }
    for (qsizetype i = 0; i <= n; ++i) {
        for (qsizetype j = i; j <= n; ++j) {
            const QString failure = checker.run({i, j});
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("cuts at %1, %2: %3").arg(i).arg(j).arg(failure)));
        }
    }
}

void TestNdjsonFramer::blankLinesAndCarriageReturns()
{
    NdjsonFramer framer;
    QByteArray rest;
    const QList<QByteArray> lines =
            frame(framer, {"\n\r\n  \t \n{\"a\":1}\r", "\n{\"b\":\r2}\n\n", "\r\n{\"c\":3}\r\r\n"},
                  &rest);
    QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"b\":\r2}", "{\"c\":3}\r"}));
    QVERIFY(rest.isEmpty());
}

void TestNdjsonFramer::truncatedLastLineIsReported()
{
    NdjsonFramer framer;
    QByteArray rest;
    const QList<QByteArray> lines = frame(framer, {"{\"n\":1}\n{\"n\":", "2,\"p\":\"x"}, &rest);
    QCOMPARE(numbers(lines), QList<int>{1});
    QCOMPARE(rest, QByteArray("{\"n\":2,\"p\":\"x"));
    QCOMPARE(framer.pendingBytes(), 0);

    // finish() resets: the next stream starts clean, and trailing blanks are no record.
    QCOMPARE(numbers(frame(framer, {"{\"n\":3}\n", "  \r"}, &rest)), QList<int>{3});
    QVERIFY(rest.isEmpty());
}

void TestNdjsonFramer::linesInsideOneReadAreNotCopied()
{
    NdjsonFramer framer;
    const QByteArray read = "{\"n\":1}\n{\"n\":2}\r\n{\"n\":";
    QList<const char*> starts;
    framer.feed(read, [&](QByteArrayView line) { starts.append(line.data()); });
    QCOMPARE(starts, (QList<const char*>{read.constData(), read.constData() + 8}));
    QCOMPARE(framer.pendingBytes(), 5);
}

void TestNdjsonFramer::overlongLineIsCutOnce()
{
    NdjsonFramer framer;
    framer.setMaxLineBytes(10);
    QByteArray rest;
    const QList<QByteArray> lines = frame(
            framer, {"{\"n\":1}\n0123456", "789abcdef", "ghij\n{\"n\":2}\n0123456789abc\n"}, &rest);
    QCOMPARE(lines, (QList<QByteArray>{"{\"n\":1}", "0123456789", "{\"n\":2}", "0123456789"}));
    QVERIFY(rest.isEmpty());
}

QTEST_GUILESS_MAIN(TestNdjsonFramer)
#include "TestNdjsonFramer.moc"
