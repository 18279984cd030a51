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

Q_DECLARE_METATYPE(lc::SensorInfo)
