// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace lc {

// One sensor as the sensor list and the info call describe it. Online state and tags
// come from other calls and live beside it in SensorStore.
struct SensorInfo
{
    QString sid;
    QString oid;
    QString iid;
    QString did;
    QString hostname;
    QString intIp;
    QString extIp;
    QString enroll;
    QString alive;
    quint32 plat = 0;
    quint32 arch = 0;
    bool isolated = false;
    bool shouldIsolate = false;
    bool kernel = false;
    bool sealed = false;
    bool shouldSeal = false;

    static SensorInfo fromJson(const QJsonObject& object);
};

} // namespace lc

// Only implicitly shared strings and plain values: moving one in memory is safe, so
// growing a list of 100,000 of them is a memcpy instead of a copy per element.
Q_DECLARE_TYPEINFO(lc::SensorInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(lc::SensorInfo)
