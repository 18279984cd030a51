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
            {0x1A000000, QStringLiteral("email")},
            {0x1B000000, QStringLiteral("fortigate")},
            {0x1E000000, QStringLiteral("paloalto_fw")},
            {0x1F000000, QStringLiteral("iis")},
            {0x2A000000, QStringLiteral("entraid")},
            {0x2E000000, QStringLiteral("otel")},
    };
    return table;
}

} // namespace

QString Platform::platformName(quint32 plat)
{
    const auto& table = platforms();
    for (const quint32 key : {plat, plat & 0xFF000000u, plat & 0xF0000000u}) {
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
