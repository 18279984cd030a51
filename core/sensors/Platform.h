// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lc {

// Names of the platform and architecture codes LimaCharlie sends (uint32). Unknown
// codes are shown with their hex value rather than refused.
class Platform
{
public:
    static QString platformName(quint32 plat);
    static QString architectureName(quint32 arch);
    // 0 when the name is unknown; accepts "chrome" and "chromeos".
    static quint32 platformCode(const QString& name);
    static bool isKnownPlatform(quint32 plat);
};

} // namespace lc
