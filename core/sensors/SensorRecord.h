// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "sensors/SensorInfo.h"

namespace lc {

enum class OnlineState
{
    Unknown,
    Online,
    Offline
};

// A sensor with everything the list shows about it.
struct SensorRecord
{
    SensorInfo info;
    OnlineState online = OnlineState::Unknown;
    QStringList tags;
    // Folded hostname, addresses, platform and tags, rebuilt whenever they change.
    QString searchKey;
    QString platformName;
    QString architectureName;

    void rebuildDerived();
};

} // namespace lc

Q_DECLARE_TYPEINFO(lc::SensorRecord, Q_RELOCATABLE_TYPE);
