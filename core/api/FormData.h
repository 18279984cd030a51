// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lc {

// Ordered key/value pairs encoded as application/x-www-form-urlencoded, byte for byte
// the way the official Python SDK encodes them (urlencode with quote_plus, doseq): lists
// become repeated keys and nested objects travel as compact JSON inside one field.
class FormData
{
public:
    FormData() = default;

    FormData& add(const QString& key, const QString& value);
    FormData& add(const QString& key, const QStringList& values);
    FormData& addJson(const QString& key, const QJsonValue& value);
    FormData& addBool(const QString& key, bool value);
    FormData& addInt(const QString& key, qint64 value);

    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<QPair<QString, QString>>& items() const { return m_items; }
    QStringList values(const QString& key) const;

    QByteArray toUrlEncoded() const;

    // quote_plus: unreserved characters stay, a space becomes '+', everything else is
    // %XX of its UTF-8 bytes with upper-case hex.
    static QByteArray encodeComponent(const QString& text);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace lc
