// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "TestData.h"
#include "api/ApiPath.h"

using lc::ApiPath;
using namespace Qt::StringLiterals;

namespace {

// Segments of the call each names.tsv operation makes, with the name in place of "%NAME%".
QStringList segmentsFor(const QString& operation, const QString& oid, const QString& name)
{
    if (operation == "hive record (D&R rule) delete"_L1)
        return {u"hive"_s, u"dr-general"_s, oid, name};
    if (operation == "hive record get"_L1)
        return {u"hive"_s, u"dr-general"_s, oid, name, u"data"_s};
    if (operation == "sensors with tag"_L1)
        return {u"tags"_s, oid, name};
    return {};
}

} // namespace

// C19: every name reaches the server as one segment, byte for byte as names.tsv lists.
class TestApiPath : public QObject
{
    Q_OBJECT

private slots:
    void namesTsv_data();
    void namesTsv();
    void refusedSegments_data();
    void refusedSegments();
    void encodeSegment_data();
    void encodeSegment();
    void rootAndV1();
};

void TestApiPath::namesTsv_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expectedPath");

    QFile file(lctest::TestData::path(u"cases/C19/names.tsv"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int rows = 0;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(i).split('\t');
        QCOMPARE(fields.size(), 3);
        // "GET /v1/... (or refuse ...)": the path is the second word of the request line.
        const QList<QByteArray> words = fields.at(2).split(' ');
        QTest::addRow("%d %s", i, fields.at(1).constData())
                << QString::fromUtf8(fields.at(0)) << QString::fromUtf8(fields.at(1))
                << words.value(1);
        ++rows;
    }
    QCOMPARE(rows, 8);
}

void TestApiPath::namesTsv()
{
    QFETCH(QString, operation);
    QFETCH(QString, name);
    QFETCH(QByteArray, expectedPath);

    const QString oid = u"7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b"_s;
    const QStringList segments = segmentsFor(operation, oid, name);
    QVERIFY2(!segments.isEmpty(), qPrintable(u"unknown operation "_s + operation));
    const ApiPath path = ApiPath::v1(segments);

    if (name == ".."_L1) {
        // names.tsv allows refusing the name instead of sending %2E%2E.
        if (!path.isValid()) {
            QVERIFY(path.error().contains(".."_L1));
            QVERIFY(path.encoded().isEmpty());
            return;
        }
    }
    QVERIFY2(path.isValid(), qPrintable(path.error()));
    QCOMPARE(path.encoded(), expectedPath);
    QCOMPARE(path.display(), QString::fromLatin1(expectedPath));
}

void TestApiPath::refusedSegments_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("dot-dot") << QStringList{u"hive"_s, u".."_s, u"data"_s};
    QTest::newRow("dot") << QStringList{u"hive"_s, u"."_s};
    QTest::newRow("empty") << QStringList{u"tags"_s, u"oid"_s, QString()};
    QTest::newRow("dot-dot first") << QStringList{u".."_s};
}

void TestApiPath::refusedSegments()
{
    QFETCH(QStringList, segments);
    const ApiPath path = ApiPath::v1(segments);
    QVERIFY(!path.isValid());
    QVERIFY(!path.error().isEmpty());
    QVERIFY(path.encoded().isEmpty());
}

void TestApiPath::encodeSegment_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QByteArray>("expected");
    // urllib.parse.quote(segment, safe='')
    QTest::newRow("space") << u"ops lab"_s << QByteArray("ops%20lab");
    QTest::newRow("plus") << u"c++"_s << QByteArray("c%2B%2B");
    QTest::newRow("slash") << u"a/b"_s << QByteArray("a%2Fb");
    QTest::newRow("percent") << u"%2F"_s << QByteArray("%252F");
    QTest::newRow("unreserved") << u"Az09-._~"_s << QByteArray("Az09-._~");
    QTest::newRow("comma and colon") << u"a,b:c"_s << QByteArray("a%2Cb%3Ac");
    QTest::newRow("three dots stay") << u"..."_s << QByteArray("...");
    QTest::newRow("umlaut") << QStringLiteral("B\u00FCro") << QByteArray("B%C3%BCro");
}

void TestApiPath::encodeSegment()
{
    QFETCH(QString, segment);
    QFETCH(QByteArray, expected);
    QCOMPARE(ApiPath::encodeSegment(segment), expected);
    QCOMPARE(ApiPath::v1({segment}).encoded(), "/v1/" + expected);
}

void TestApiPath::rootAndV1()
{
    QCOMPARE(ApiPath::root({u"who"_s}).encoded(), QByteArray("/who"));
    QCOMPARE(ApiPath::v1({u"who"_s}).encoded(), QByteArray("/v1/who"));
    QVERIFY(!ApiPath().isValid());
}

QTEST_GUILESS_MAIN(TestApiPath)
#include "TestApiPath.moc"
