// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "sensors/SensorInfo.h"

namespace lc {

// One page of the sensor list, parsed off the GUI thread.
struct SensorPage
{
    QVector<SensorInfo> sensors;
    // Empty when the server sent no token, null or "" — all mean "last page".
    QString continuationToken;
    // Set when the body could not be understood; names the problem.
    QString error;

    bool isLastPage() const { return continuationToken.isEmpty(); }

    // Accepts the plain list and the compressed form (base64 of gzipped JSON).
    static SensorPage parse(const QByteArray& body);
    // base64(gzip(data)) as the API sends compressed fields; empty on failure.
    static QByteArray decompressField(const QByteArray& base64);
};

} // namespace lc
