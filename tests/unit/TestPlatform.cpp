// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sensors/Platform.h"

using lc::Platform;
using namespace Qt::StringLiterals;

// Reference §12.1 and §12.2: every platform and architecture code and its name.
class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void platformNames_data();
    void platformNames();
    void unknownPlatforms_data();
    void unknownPlatforms();
    void architectureNames_data();
    void architectureNames();
    void platformCodeFromName();
};

void TestPlatform::platformNames_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");

    const QList<QPair<quint32, const char*>> table = {
            {0x10000000, "windows"},
            {0x20000000, "linux"},
            {0x30000000, "macos"},
            {0x40000000, "ios"},
            {0x50000000, "android"},
            {0x60000000, "chromeos"},
            {0x70000000, "vpn"},
            {0x80000000, "text"},
            {0x90000000, "json"},
            {0xA0000000, "gcp"},
            {0xB0000000, "aws"},
            {0xC0000000, "carbon_black"},
            {0xD0000000, "1password"},
            {0xE0000000, "office365"},
            {0xF0000000, "sophos"},
            {0x01000000, "crowdstrike"},
            {0x02000000, "xml"},
            {0x03000000, "wel"},
            {0x04000000, "msdefender"},
            {0x05000000, "duo"},
            {0x06000000, "okta"},
            {0x07000000, "sentinel_one"},
            {0x08000000, "github"},
            {0x09000000, "slack"},
            {0x0A000000, "cef"},
            {0x0B000000, "lc_event"},
            {0x0C000000, "azure_ad"},
            {0x0D000000, "azure_monitor"},
            {0x0E000000, "canary_token"},
            {0x0F000000, "guard_duty"},
            {0x11000000, "itglue"},
            {0x12000000, "k8s_pods"},
            {0x13000000, "zeek"},
            {0x14000000, "mac_unified_logging"},
            {0x15000000, "azure_event_hub_namespace"},
            {0x16000000, "azure_key_vault"},
            {0x17000000, "azure_kubernetes_service"},
            {0x18000000, "azure_network_security_group"},
            {0x19000000, "azure_sql_audit"},
            {0x1A000000, "email"},
            {0x1B000000, "fortigate"},
            {0x1C000000, "trend_worryfree"},
            {0x1D000000, "netscaler"},
            {0x1E000000, "paloalto_fw"},
            {0x1F000000, "iis"},
            {0x21000000, "hubspot"},
            {0x22000000, "zendesk"},
            {0x23000000, "pandadoc"},
            {0x24000000, "falconcloud"},
            {0x25000000, "mimecast"},
            {0x26000000, "sublime"},
            {0x27000000, "box"},
            {0x28000000, "cylance"},
            {0x29000000, "proofpoint"},
            {0x2A000000, "entraid"},
            {0x2B000000, "wiz"},
            {0x2C000000, "bitwarden"},
            {0x2D000000, "trend_micro"},
            {0x2E000000, "otel"},
            {0x2F000000, "cortex_xdr"},
            {0x31000000, "harmony"},
            {0x32000000, "threatlocker"},
            {0x33000000, "halopsa"},
    };
    for (const auto& [code, name] : table) {
        QTest::addRow("0x%08x %s", code, name) << code << QString::fromLatin1(name);
    }
    // OS sensors may carry extra low bits; the high nibble names them.
    QTest::newRow("windows with low bits") << 0x10000001u << u"windows"_s;
    QTest::newRow("linux with low bits") << 0x20000abcu << u"linux"_s;
}

void TestPlatform::platformNames()
{
    QFETCH(quint32, code);
    QFETCH(QString, name);
    QCOMPARE(Platform::platformName(code), name);
    QVERIFY(Platform::isKnownPlatform(code));
}

void TestPlatform::unknownPlatforms_data()
{
    QTest::addColumn<quint32>("code");
    QTest::newRow("zero") << 0u;
    QTest::newRow("small") << 7u;
    // An adapter code not in the table must not borrow the OS name of its high nibble.
    QTest::newRow("future adapter 0x34") << 0x34000000u;
    QTest::newRow("future adapter 0x3F") << 0x3F000000u;
    QTest::newRow("future adapter 0x4A") << 0x4A000000u;
}

void TestPlatform::unknownPlatforms()
{
    QFETCH(quint32, code);
    const QString name = Platform::platformName(code);
    QVERIFY2(name.startsWith("unknown"_L1), qPrintable(name));
    QVERIFY(name.contains(QString::number(code, 16)));
    QVERIFY(!Platform::isKnownPlatform(code));
}

void TestPlatform::architectureNames_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("1") << 1u << u"x86"_s;
    QTest::newRow("2") << 2u << u"x64"_s;
    QTest::newRow("3") << 3u << u"arm"_s;
    QTest::newRow("4") << 4u << u"arm64"_s;
    QTest::newRow("5") << 5u << u"alpine64"_s;
    QTest::newRow("6") << 6u << u"chromium"_s;
    QTest::newRow("7") << 7u << u"wireguard"_s;
    QTest::newRow("8") << 8u << u"arml"_s;
    QTest::newRow("9") << 9u << u"usp_adapter"_s;
    QTest::newRow("0") << 0u << u"unknown (0)"_s;
    QTest::newRow("42") << 42u << u"unknown (42)"_s;
}

void TestPlatform::architectureNames()
{
    QFETCH(quint32, code);
    QFETCH(QString, name);
    QCOMPARE(Platform::architectureName(code), name);
}

void TestPlatform::platformCodeFromName()
{
    QCOMPARE(Platform::platformCode(u"windows"_s), 0x10000000u);
    QCOMPARE(Platform::platformCode(u" Linux "_s), 0x20000000u);
    QCOMPARE(Platform::platformCode(u"chrome"_s), 0x60000000u);
    QCOMPARE(Platform::platformCode(u"chromeos"_s), 0x60000000u);
    QCOMPARE(Platform::platformCode(u"otel"_s), 0x2E000000u);
    QCOMPARE(Platform::platformCode(u"halopsa"_s), 0x33000000u);
    QCOMPARE(Platform::platformCode(u"beos"_s), 0u);
    QCOMPARE(Platform::platformCode(QString()), 0u);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "TestPlatform.moc"
