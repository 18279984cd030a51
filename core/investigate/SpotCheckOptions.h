// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "investigate/Indicator.h"

namespace lc {

// A sensor a SpotCheck may visit, as the sensor list describes it.
struct SpotCheckTarget
{
    QString sid;
    QString hostname;
    quint32 plat = 0;
    QStringList tags;
};

// What a SpotCheck looks for, where, and how patiently (the original SDK's options).
struct SpotCheckOptions
{
    QList<Indicator> indicators;

    bool includeWindows = true;
    bool includeLinux = true;
    bool includeMacos = true;
    bool includeChrome = true;
    // "+tag": any of them lets a sensor in; "-tag": any of them keeps it out; "tag": all
    // bare tags needed (only when bare tags are given or no "+tag" is). Exact per tag,
    // compared without case.
    QStringList tags;

    // Sensors checked at the same time.
    int concurrency = 1;
    // Budget for one sensor's tasks, from its first task to its last reply.
    int sensorTimeoutMs = 120'000;
    // Offline sensors are asked again this often...
    int recheckIntervalMs = 60'000;
    // ...until this long after the start; then they are reported as never online. With
    // waitForOffline off, an offline sensor is reported at once.
    bool waitForOffline = true;
    int offlineWaitMs = 3'600'000;

    // Tag sensors with a hit (empty: no tagging), for this many seconds.
    QString tagOnHit;
    int tagOnHitTtlSecs = 604'800;

    QString investigationPrefix = QStringLiteral("spotcheck");

    // "+vip" -> {"+vip"}, "vip,-lab" -> {"vip", "-lab"}; lower case, empty items dropped.
    static QStringList parseTags(const QString& text);
};

} // namespace lc
