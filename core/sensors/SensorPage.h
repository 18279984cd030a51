// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "sensors/SensorInfo.h"
#include "sensors/SensorRecord.h"

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

    // Records built from `sensors` with their derived fields (search key, names), so the
    // GUI thread only has to insert them. Filled by parseRecords().
    QVector<SensorRecord> records;

    // Accepts the plain list and the compressed form (base64 of gzipped JSON).
    static SensorPage parse(const QByteArray& body);
    // parse(), then the records: everything a page needs that can run off the GUI thread.
    static SensorPage parseRecords(const QByteArray& body);
    // Only the continuation token, without reading the sensors: the next page can be asked
    // for while this one is still being parsed. `ok` is false when the body is not a JSON
    // object.
    static QString peekToken(const QByteArray& body, bool* ok = nullptr);
    // base64(gzip(data)) as the API sends compressed fields; empty on failure.
    static QByteArray decompressField(const QByteArray& base64);
};

} // namespace lc
