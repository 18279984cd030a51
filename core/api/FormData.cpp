// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/FormData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lc {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.' || c == '_' || c == '~';
}

} // namespace

FormData& FormData::add(const QString& key, const QString& value)
{
    m_items.append({key, value});
    return *this;
}

FormData& FormData::add(const QString& key, const QStringList& values)
{
    for (const QString& value : values)
        m_items.append({key, value});
    return *this;
}

FormData& FormData::addJson(const QString& key, const QJsonValue& value)
{
    QByteArray json;
    if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return add(key, QString::fromUtf8(json));
}

FormData& FormData::addBool(const QString& key, bool value)
{
    return add(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

FormData& FormData::addInt(const QString& key, qint64 value)
{
    return add(key, QString::number(value));
}

QStringList FormData::values(const QString& key) const
{
    QStringList result;
    for (const auto& item : m_items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

QByteArray FormData::toUrlEncoded() const
{
    QByteArray out;
    for (const auto& item : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(item.first);
        out += '=';
        out += encodeComponent(item.second);
    }
    return out;
}

QByteArray FormData::encodeComponent(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();

    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out += c;
        } else if (c == ' ') {
            out += '+';
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        }
    }
    return out;
}

} // namespace lc
