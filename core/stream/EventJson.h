// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace lc {

// Full parse of one record for the detail pane, tolerant where QJsonDocument is not: lone
// surrogate escapes become U+FFFD, bytes that are not UTF-8 become U+FFFD, and the result
// says so. The raw bytes stay the source of truth for copy and export.
class EventJson
{
public:
    struct Result
    {
        QJsonValue value;
        bool repaired = false; // something was replaced by U+FFFD
        QString error;         // not JSON at all: what and at which byte
    };

    static Result parse(QByteArrayView raw);
    // The value at a '/'- or '.'-separated path ("routing/hostname", "event.PROCESS_ID",
    // list items by index); undefined QJsonValue when absent.
    static QJsonValue valueAt(const QJsonValue& root, const QString& path);
};

} // namespace lc
