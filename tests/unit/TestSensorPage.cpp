// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <zlib.h>

#include "TestData.h"
#include "sensors/SensorPage.h"

using lc::SensorInfo;
using lc::SensorPage;
using namespace Qt::StringLiterals;

namespace {

// gzip with zlib directly, so the test does not depend on the decoder under test.
QByteArray gzip(const QByteArray& data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                   '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

void verifyFirstSampleSensor(const SensorInfo& s)
{
    QCOMPARE(s.sid, u"5e9c0b4a-0000-4000-8000-00000000b001"_s);
    QCOMPARE(s.oid, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
    QCOMPARE(s.iid, u"0a1b2c3d-0000-4000-8000-00000000c001"_s);
    QCOMPARE(s.did, u"7f7f7f7f-0000-4000-8000-00000000d001"_s);
    QCOMPARE(s.plat, 0x10000000u);
    QCOMPARE(s.arch, 2u);
    QCOMPARE(s.hostname, u"ws-alpha-01"_s);
    QCOMPARE(s.intIp, u"10.0.0.21"_s);
    QCOMPARE(s.extIp, u"203.0.113.10"_s);
    QCOMPARE(s.enroll, u"2024-05-01 12:00:00"_s);
    QCOMPARE(s.alive, u"2024-06-10 06:20:00"_s);
    QCOMPARE(s.isolated, false);
    QCOMPARE(s.shouldIsolate, false);
    QCOMPARE(s.kernel, true);
}

} // namespace

class TestSensorPage : public QObject
{
    Q_OBJECT

private slots:
    void plainPage();
    void lastPage();
    void compressedSample();
    void compressedMatchesPlain();
    void lastPageTokenForms_data();
    void lastPageTokenForms();
    void platformCodes_data();
    void platformCodes();
    void nonAsciiAndEscapes();
    void garbage_data();
    void garbage();
};

void TestSensorPage::plainPage()
{
    const SensorPage page =
            SensorPage::parse(lctest::TestData::read(u"samples/sensors_list_page.json"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sensors.size(), 2);
    QCOMPARE(page.continuationToken, u"opaque-token-page-2"_s);
    QVERIFY(!page.isLastPage());
    verifyFirstSampleSensor(page.sensors.at(0));
    const SensorInfo& second = page.sensors.at(1);
    QCOMPARE(second.sid, u"5e9c0b4a-0000-4000-8000-00000000b002"_s);
    QCOMPARE(second.hostname, u"srv-linux-02"_s);
    QCOMPARE(second.plat, 0x20000000u);
    QVERIFY(second.did.isEmpty());
}

void TestSensorPage::lastPage()
{
    const SensorPage page =
            SensorPage::parse(lctest::TestData::read(u"samples/sensors_list_last_page.json"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sensors.size(), 1);
    QCOMPARE(page.sensors.at(0).hostname, u"mac-beta-03"_s);
    QCOMPARE(page.sensors.at(0).plat, 0x30000000u);
    QCOMPARE(page.sensors.at(0).arch, 4u);
    QVERIFY(page.isLastPage());
}

void TestSensorPage::compressedSample()
{
    const SensorPage page =
            SensorPage::parse(lctest::TestData::read(u"samples/sensors_list_compressed.json"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(page.isLastPage());
    QCOMPARE(page.sensors.size(), 2);
    verifyFirstSampleSensor(page.sensors.at(0));
    QCOMPARE(page.sensors.at(1).hostname, u"srv-linux-02"_s);
}

void TestSensorPage::compressedMatchesPlain()
{
    const QByteArray list = R"([{"sid":"s-1","hostname":"h\u00e9","plat":"0x20000000"},)"
                            R"({"sid":"s-2","hostname":"b","arch":9}])";
    const QByteArray base64 = gzip(list).toBase64();
    QVERIFY(!base64.isEmpty());
    QCOMPARE(SensorPage::decompressField(base64), list);

    const SensorPage page =
            SensorPage::parse(R"({"sensors":")" + base64 + R"(","continuation_token":"next"})");
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.continuationToken, u"next"_s);
    QCOMPARE(page.sensors.size(), 2);
    QCOMPARE(page.sensors.at(0).hostname, QStringLiteral("h\u00E9"));
    QCOMPARE(page.sensors.at(0).plat, 0x20000000u);
    QCOMPARE(page.sensors.at(1).arch, 9u);
}

void TestSensorPage::lastPageTokenForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("token");

    const QByteArray sensors = R"("sensors":[{"sid":"s-1"}])";
    QTest::newRow("absent") << "{" + sensors + "}" << QString();
    QTest::newRow("null") << "{" + sensors + R"(,"continuation_token":null})" << QString();
    QTest::newRow("empty") << "{" + sensors + R"(,"continuation_token":""})" << QString();
    QTest::newRow("token first") << R"({"continuation_token":"abc",)" + sensors + "}" << u"abc"_s;
    QTest::newRow("token last") << "{" + sensors + R"(,"continuation_token":"a/b+c=="})"
                                << u"a/b+c=="_s;
    QTest::newRow("no sensors, last") << QByteArray(R"({"sensors":[]})") << QString();
}

void TestSensorPage::lastPageTokenForms()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, token);
    const SensorPage page = SensorPage::parse(body);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.continuationToken, token);
    QCOMPARE(page.isLastPage(), token.isEmpty());
}

void TestSensorPage::platformCodes_data()
{
    QTest::addColumn<QByteArray>("plat");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("number") << QByteArray("268435456") << 0x10000000u;
    QTest::newRow("number above int32") << QByteArray("2147483648") << 0x80000000u;
    QTest::newRow("largest uint32") << QByteArray("4026531840") << 0xF0000000u;
    QTest::newRow("decimal string") << QByteArray(R"("536870912")") << 0x20000000u;
    QTest::newRow("hex string") << QByteArray(R"("0x30000000")") << 0x30000000u;
    QTest::newRow("hex string upper") << QByteArray(R"("0xA0000000")") << 0xA0000000u;
    QTest::newRow("adapter code") << QByteArray("352321536") << 0x15000000u;
    QTest::newRow("float number") << QByteArray("268435456.0") << 0x10000000u;
    QTest::newRow("not a number") << QByteArray(R"("windows")") << 0u;
    QTest::newRow("null") << QByteArray("null") << 0u;
}

void TestSensorPage::platformCodes()
{
    QFETCH(QByteArray, plat);
    QFETCH(quint32, expected);
    const SensorPage page =
            SensorPage::parse(R"({"sensors":[{"sid":"s","plat":)" + plat + R"(,"arch":2}]})");
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sensors.size(), 1);
    QCOMPARE(page.sensors.at(0).plat, expected);
    QCOMPARE(page.sensors.at(0).arch, 2u);
}

void TestSensorPage::nonAsciiAndEscapes()
{
    const SensorPage page = SensorPage::parse(
            R"({"sensors":[{"sid":"s","hostname":"B\u00fcro-\"1\"","enroll":1717990000,)"
            "\"int_ip\":\"10.0.0.1\",\"ext_ip\":\"\xE6\x97\xA5\"}]}");
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sensors.size(), 1);
    QCOMPARE(page.sensors.at(0).hostname, QStringLiteral("B\u00FCro-\"1\""));
    QCOMPARE(page.sensors.at(0).enroll, u"1717990000"_s);
    QCOMPARE(page.sensors.at(0).extIp, QStringLiteral("\u65E5"));
}

void TestSensorPage::garbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("entry not an object") << QByteArray(R"({"sensors":[1,2]})");
    QTest::newRow("not base64 gzip") << QByteArray(R"({"sensors":"!!!not-base64!!!"})");
    QTest::newRow("base64 of plain text")
            << R"({"sensors":")" + QByteArray("hello").toBase64() + R"("})";
    QTest::newRow("gzip of non-list")
            << R"({"sensors":")" + gzip(R"({"a":1})").toBase64() + R"("})";
    QTest::newRow("truncated") << QByteArray(R"({"sensors":[{"sid":"a"},{"sid":"b")");
}

void TestSensorPage::garbage()
{
    QFETCH(QByteArray, body);
    const SensorPage page = SensorPage::parse(body);
    QVERIFY2(!page.error.isEmpty(), "garbage must be reported, not read as a page");
}

QTEST_GUILESS_MAIN(TestSensorPage)
#include "TestSensorPage.moc"
