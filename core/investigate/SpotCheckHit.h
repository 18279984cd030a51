// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lc {

// One indicator found on one sensor.
struct SpotCheckHit
{
    QString sid;
    QString hostname;
    int indicator = -1;    // index in SpotCheckOptions::indicators
    QString indicatorText; // as the analyst gave it
    QString kind;          // Indicator::kindName()
    // What was found: a file path, a registry value, a YARA rule name.
    QString path;
    qint64 size = -1;
    QString sha256;
    // The reply events behind the hit, by role ("file_info", "file_hash", "yara", ...).
    QJsonObject details;
    QDateTime found;
};

} // namespace lc
