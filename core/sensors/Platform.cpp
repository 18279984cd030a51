// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/Platform.h"

#include <QHash>

namespace lc {

namespace {

const QHash<quint32, QString>& platforms()
{
    static const QHash<quint32, QString> table = {
            {0x10000000, QStringLiteral("windows")},
            {0x20000000, QStringLiteral("linux")},
            {0x30000000, QStringLiteral("macos")},
            {0x40000000, QStringLiteral("ios")},
            {0x50000000, QStringLiteral("android")},
            {0x60000000, QStringLiteral("chromeos")},
            {0x70000000, QStringLiteral("vpn")},
            {0x80000000, QStringLiteral("text")},
            {0x90000000, QStringLiteral("json")},
            {0xA0000000, QStringLiteral("gcp")},
            {0xB0000000, QStringLiteral("aws")},
            {0xC0000000, QStringLiteral("carbon_black")},
            {0xD0000000, QStringLiteral("1password")},
            {0xE0000000, QStringLiteral("office365")},
            {0xF0000000, QStringLiteral("sophos")},
            {0x01000000, QStringLiteral("crowdstrike")},
            {0x02000000, QStringLiteral("xml")},
            {0x03000000, QStringLiteral("wel")},
            {0x04000000, QStringLiteral("msdefender")},
            {0x05000000, QStringLiteral("duo")},
            {0x06000000, QStringLiteral("okta")},
            {0x07000000, QStringLiteral("sentinel_one")},
            {0x08000000, QStringLiteral("github")},
            {0x09000000, QStringLiteral("slack")},
            {0x0A000000, QStringLiteral("cef")},
            {0x0B000000, QStringLiteral("lc_event")},
            {0x0C000000, QStringLiteral("azure_ad")},
            {0x0D000000, QStringLiteral("azure_monitor")},
            {0x0E000000, QStringLiteral("canary_token")},
            {0x0F000000, QStringLiteral("guard_duty")},
            {0x11000000, QStringLiteral("itglue")},
            {0x12000000, QStringLiteral("k8s_pods")},
            {0x13000000, QStringLiteral("zeek")},
            {0x14000000, QStringLiteral("mac_unified_logging")},
            {0x15000000, QStringLiteral("azure_event_hub_namespace")},
            {0x16000000, QStringLiteral("azure_key_vault")},
            {0x17000000, QStringLiteral("azure_kubernetes_service")},
            {0x18000000, QStringLiteral("azure_network_security_group")},
            {0x19000000, QStringLiteral("azure_sql_audit")},
            {0x1A000000, QStringLiteral("email")},
            {0x1B000000, QStringLiteral("fortigate")},
            {0x1C000000, QStringLiteral("trend_worryfree")},
            {0x1D000000, QStringLiteral("netscaler")},
            {0x1E000000, QStringLiteral("paloalto_fw")},
            {0x1F000000, QStringLiteral("iis")},
            {0x21000000, QStringLiteral("hubspot")},
            {0x22000000, QStringLiteral("zendesk")},
            {0x23000000, QStringLiteral("pandadoc")},
            {0x24000000, QStringLiteral("falconcloud")},
            {0x25000000, QStringLiteral("mimecast")},
            {0x26000000, QStringLiteral("sublime")},
            {0x27000000, QStringLiteral("box")},
            {0x28000000, QStringLiteral("cylance")},
            {0x29000000, QStringLiteral("proofpoint")},
            {0x2A000000, QStringLiteral("entraid")},
            {0x2B000000, QStringLiteral("wiz")},
            {0x2C000000, QStringLiteral("bitwarden")},
            {0x2D000000, QStringLiteral("trend_micro")},
            {0x2E000000, QStringLiteral("otel")},
            {0x2F000000, QStringLiteral("cortex_xdr")},
            {0x31000000, QStringLiteral("harmony")},
            {0x32000000, QStringLiteral("threatlocker")},
            {0x33000000, QStringLiteral("halopsa")},
    };
    return table;
}

} // namespace

QString Platform::platformName(quint32 plat)
{
    const auto& table = platforms();
    // OS sensors and the first adapters use the high nibble alone (0xN0000000), the other
    // adapters the whole high byte (0xNN000000). Only the former may fall back to the high
    // nibble: an unknown adapter 0x34000000 is not a macOS sensor.
    const quint32 family = (plat & 0x0F000000u) == 0 ? plat & 0xF0000000u : plat & 0xFF000000u;
    for (const quint32 key : {plat, family}) {
        const auto it = table.constFind(key);
        if (key != 0 && it != table.constEnd())
            return it.value();
    }
    return QStringLiteral("unknown (0x%1)").arg(plat, 8, 16, QLatin1Char('0'));
}

QString Platform::architectureName(quint32 arch)
{
    switch (arch) {
    case 1:
        return QStringLiteral("x86");
    case 2:
        return QStringLiteral("x64");
    case 3:
        return QStringLiteral("arm");
    case 4:
        return QStringLiteral("arm64");
    case 5:
        return QStringLiteral("alpine64");
    case 6:
        return QStringLiteral("chromium");
    case 7:
        return QStringLiteral("wireguard");
    case 8:
        return QStringLiteral("arml");
    case 9:
        return QStringLiteral("usp_adapter");
    default:
        return QStringLiteral("unknown (%1)").arg(arch);
    }
}

quint32 Platform::platformCode(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == QLatin1String("chrome"))
        return 0x60000000;
    const auto& table = platforms();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        if (it.value() == wanted)
            return it.key();
    }
    return 0;
}

bool Platform::isKnownPlatform(quint32 plat)
{
    return !platformName(plat).startsWith(QLatin1String("unknown"));
}

} // namespace lc
