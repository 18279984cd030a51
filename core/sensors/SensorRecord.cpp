// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorRecord.h"

#include "sensors/Platform.h"
#include "sensors/SearchText.h"

namespace lc {

void SensorRecord::rebuildDerived()
{
    platformName = Platform::platformName(info.plat);
    architectureName = Platform::architectureName(info.arch);

    QString key;
    key.reserve(info.hostname.size() + info.intIp.size() + info.extIp.size() + 64);
    key += SearchText::fold(info.hostname);
    key += QLatin1Char('\n');
    key += info.intIp;
    key += QLatin1Char('\n');
    key += info.extIp;
    key += QLatin1Char('\n');
    key += platformName;
    key += QLatin1Char('\n');
    key += info.sid;
    for (const QString& tag : tags) {
        key += QLatin1Char('\n');
        key += SearchText::fold(tag);
    }
    searchKey = key;
}

} // namespace lc
