// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "SensorFilter.h"
#include "sensors/Platform.h"
#include "sensors/SensorRecord.h"

using lc::SensorFilter;
using lc::SensorRecord;
using Kind = lc::SensorFilter::TermKind;

Q_DECLARE_METATYPE(lc::SensorFilter::TermKind)

namespace {

SensorRecord record(const QString& hostname, const QString& platform, const QString& intIp,
                    const QString& extIp, const QStringList& tags)
{
    SensorRecord r;
    r.info.sid = QStringLiteral("5e9c0b4a-0000-4000-8000-00000000b001");
    r.info.hostname = hostname;
    r.info.plat = lc::Platform::platformCode(platform);
    r.info.intIp = intIp;
    r.info.extIp = extIp;
    r.tags = tags;
    r.rebuildDerived();
    return r;
}

} // namespace

class TestSensorFilter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void matches_data();
    void matches();
    void emptyFormsAreIgnored();
    void onlineAndPlatform();
    void narrows_data();
    void narrows();
};

void TestSensorFilter::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<Kind>("firstKind");
    QTest::addColumn<QString>("firstValue");

    QTest::newRow("plain") << QStringLiteral("Alpha") << 1 << Kind::Text << QStringLiteral("alpha");
    QTest::newRow("two terms") << QStringLiteral("  alpha   01 ") << 2 << Kind::Text
                               << QStringLiteral("alpha");
    QTest::newRow("accent folded")
            << QStringLiteral("Caf\u00E9") << 1 << Kind::Text << QStringLiteral("cafe");
    QTest::newRow("decomposed folded")
            << QStringLiteral("cafe\u0301") << 1 << Kind::Text << QStringLiteral("cafe");
    QTest::newRow("tag") << QStringLiteral("tag:VIP") << 1 << Kind::Tag << QStringLiteral("vip");
    QTest::newRow("upper prefix") << QStringLiteral("TAG:vip") << 1 << Kind::Tag
                                  << QStringLiteral("vip");
    QTest::newRow("plat") << QStringLiteral("plat:Windows") << 1 << Kind::Platform
                          << QStringLiteral("windows");
    QTest::newRow("ip") << QStringLiteral("ip:10.0.") << 1 << Kind::Ip << QStringLiteral("10.0.");
    QTest::newRow("host") << QStringLiteral("host:WS-") << 1 << Kind::Host << QStringLiteral("ws-");
    QTest::newRow("quoted") << QStringLiteral("tag:\"two words\" x") << 2 << Kind::Tag
                            << QStringLiteral("two words");
    QTest::newRow("unknown prefix is text")
            << QStringLiteral("c:\\temp") << 1 << Kind::Text << QStringLiteral("c:\\temp");
    QTest::newRow("duplicates collapse")
            << QStringLiteral("a A a") << 1 << Kind::Text << QStringLiteral("a");
}

void TestSensorFilter::parse()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(Kind, firstKind);
    QFETCH(QString, firstValue);

    const SensorFilter filter = SensorFilter::parse(text);
    QCOMPARE(filter.terms().size(), count);
    QCOMPARE(filter.terms().first().kind, firstKind);
    QCOMPARE(filter.terms().first().value, firstValue);
    QVERIFY(filter.isActive());
}

void TestSensorFilter::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("substring of hostname") << QStringLiteral("fe-0") << true;
    QTest::newRow("hostname typed plainly") << QStringLiteral("CAFE") << true;
    QTest::newRow("hostname typed with accent") << QStringLiteral("caf\u00E9") << true;
    QTest::newRow("all terms must match") << QStringLiteral("cafe linux") << false;
    QTest::newRow("internal ip") << QStringLiteral("10.0.0") << true;
    QTest::newRow("tag through text") << QStringLiteral("buro") << true;
    QTest::newRow("tag prefix, accent typed") << QStringLiteral("tag:b\u00FC") << true;
    QTest::newRow("tag prefix, plain") << QStringLiteral("tag:bur") << true;
    QTest::newRow("tag not a prefix") << QStringLiteral("tag:uro") << false;
    QTest::newRow("second tag") << QStringLiteral("tag:vip") << true;
    QTest::newRow("plat prefix") << QStringLiteral("plat:mac") << true;
    QTest::newRow("plat other") << QStringLiteral("plat:win") << false;
    QTest::newRow("ip internal prefix") << QStringLiteral("ip:10.0.") << true;
    QTest::newRow("ip external prefix") << QStringLiteral("ip:203.0.113") << true;
    QTest::newRow("ip not a prefix") << QStringLiteral("ip:0.0.9") << false;
    QTest::newRow("host prefix") << QStringLiteral("host:caf\u00E9-") << true;
    QTest::newRow("host not a prefix") << QStringLiteral("host:fe") << false;
    QTest::newRow("host longer than hostname") << QStringLiteral("host:cafe-03x") << false;
    QTest::newRow("sid") << QStringLiteral("00000000b001") << true;
}

void TestSensorFilter::matches()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);

    // Decomposed hostname and tag, as some hosts report them.
    const SensorRecord r = record(QStringLiteral("Cafe\u0301-03"), QStringLiteral("macos"),
                                  QStringLiteral("10.0.0.9"), QStringLiteral("203.0.113.7"),
                                  {QStringLiteral("Bu\u0308ro"), QStringLiteral("vip")});
    QCOMPARE(SensorFilter::parse(text).matches(r), expected);
}

void TestSensorFilter::emptyFormsAreIgnored()
{
    for (const QString& text : {QStringLiteral("tag:"), QStringLiteral("plat: "),
                                QStringLiteral("\"\""), QStringLiteral("   ")}) {
        const SensorFilter filter = SensorFilter::parse(text);
        QVERIFY2(!filter.isActive(), qPrintable(text));
    }
}

void TestSensorFilter::onlineAndPlatform()
{
    SensorRecord r = record(QStringLiteral("ws-01"), QStringLiteral("windows"), {}, {}, {});
    SensorFilter filter;
    filter.setOnlineOnly(true);
    QVERIFY(filter.isActive());
    QVERIFY(!filter.matches(r));
    r.online = lc::OnlineState::Online;
    QVERIFY(filter.matches(r));

    filter.setPlatform(QStringLiteral("linux"));
    QVERIFY(!filter.matches(r));
    filter.setPlatform(QStringLiteral("windows"));
    QVERIFY(filter.matches(r));
}

void TestSensorFilter::narrows_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("expected");

    QTest::newRow("one more letter") << QStringLiteral("desk") << QStringLiteral("deskt") << true;
    QTest::newRow("letter in front") << QStringLiteral("esk") << QStringLiteral("desk") << true;
    QTest::newRow("one more term") << QStringLiteral("desk") << QStringLiteral("desk 7") << true;
    QTest::newRow("letter removed") << QStringLiteral("deskt") << QStringLiteral("desk") << false;
    QTest::newRow("other word") << QStringLiteral("desk") << QStringLiteral("lap") << false;
    QTest::newRow("from nothing") << QString() << QStringLiteral("a") << true;
    QTest::newRow("to nothing") << QStringLiteral("a") << QString() << false;
    QTest::newRow("longer tag prefix")
            << QStringLiteral("tag:pr") << QStringLiteral("tag:prod") << true;
    QTest::newRow("tag is not text")
            << QStringLiteral("prod") << QStringLiteral("tag:prod") << false;
    QTest::newRow("prefix grows in front")
            << QStringLiteral("host:sk") << QStringLiteral("host:desk") << false;
    QTest::newRow("longer ip") << QStringLiteral("ip:10.") << QStringLiteral("ip:10.0.") << true;
}

void TestSensorFilter::narrows()
{
    QFETCH(QString, previous);
    QFETCH(QString, next);
    QFETCH(bool, expected);
    QCOMPARE(SensorFilter::parse(next).narrows(SensorFilter::parse(previous)), expected);

    // Online-only and the platform narrow when they are added, never when removed.
    SensorFilter online = SensorFilter::parse(next);
    online.setOnlineOnly(true);
    QCOMPARE(online.narrows(SensorFilter::parse(previous)), expected);
    QVERIFY(!SensorFilter::parse(next).narrows(online));
    SensorFilter windows = SensorFilter::parse(next);
    windows.setPlatform(QStringLiteral("windows"));
    QCOMPARE(windows.narrows(SensorFilter::parse(previous)), expected);
    QVERIFY(!SensorFilter::parse(next).narrows(windows));
}

QTEST_GUILESS_MAIN(TestSensorFilter)
#include "TestSensorFilter.moc"
