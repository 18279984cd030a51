// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

class QJsonObject;

namespace lc {

// A tag on one sensor, as `GET /v1/<sid>/tags` describes it.
struct TagEntry
{
    QString tag;
    QString addedBy;
    QString addedAt;
    // Only some servers say when a tag with a TTL expires; empty when unknown or never.
    QString expiresAt;

    static QVector<TagEntry> listFromJson(const QJsonObject& body, const QString& sid);
};

} // namespace lc
