// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/TagEntry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace lc {

namespace {

QString textAt(const QJsonArray& array, int index)
{
    if (index >= array.size())
        return {};
    const QJsonValue value = array.at(index);
    if (value.isDouble())
        return QString::number(static_cast<qint64>(value.toDouble()));
    return value.toString();
}

} // namespace

QVector<TagEntry> TagEntry::listFromJson(const QJsonObject& body, const QString& sid)
{
    // {"tags": {"<sid>": {"<tag>": [sid, tag, by, added, (expiry)]}}}
    QJsonObject perTag = body.value(QStringLiteral("tags")).toObject().value(sid).toObject();
    if (perTag.isEmpty()) {
        const QJsonObject all = body.value(QStringLiteral("tags")).toObject();
        if (all.size() == 1)
            perTag = all.begin().value().toObject();
    }

    QVector<TagEntry> entries;
    for (auto it = perTag.constBegin(); it != perTag.constEnd(); ++it) {
        const QJsonArray fields = it.value().toArray();
        TagEntry entry;
        entry.tag = it.key();
        entry.addedBy = textAt(fields, 2);
        entry.addedAt = textAt(fields, 3);
        entry.expiresAt = textAt(fields, 4);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const TagEntry& a, const TagEntry& b) { return a.tag < b.tag; });
    return entries;
}

} // namespace lc
