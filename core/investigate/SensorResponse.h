// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lc {

// One reply event of a sensor to a request: `routing` and `event` of the record.
struct SensorResponse
{
    QString eventType;
    QJsonObject routing;
    QJsonObject event;
    QByteArray raw;
    QDateTime received;
    // Arrived after its request had finished (a slow extra reply or a resent task's second).
    bool late = false;

    // The reply's ERROR; 0 when absent (success).
    qint64 errorCode() const { return event.value(QLatin1String("ERROR")).toInteger(0); }
    QString errorMessage() const { return event.value(QLatin1String("ERROR_MESSAGE")).toString(); }
    bool isDoneMarker() const { return errorMessage() == QLatin1String("done"); }
};

} // namespace lc
