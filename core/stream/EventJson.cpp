// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

#include "stream/JsonText.h"

namespace lc {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(lc::EventJson)
};

} // namespace

EventJson::Result EventJson::parse(QByteArrayView raw)
{
    Result result;
    const JsonText::Scan found = JsonText::scan(raw);
    QByteArray json;
    if (found.invalidUtf8 || !found.loneSurrogates.isEmpty()) {
        // QJsonDocument refuses both; parse a copy with U+FFFD in their place.
        std::string repaired;
        JsonText::repair(raw, found, repaired);
        json = QByteArray(repaired.data(), static_cast<qsizetype>(repaired.size()));
        result.repaired = true;
    } else {
        json = QByteArray::fromRawData(raw.data(), raw.size());
    }

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = Texts::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
        return result;
    }
    if (doc.isObject())
        result.value = doc.object();
    else if (doc.isArray())
        result.value = doc.array();
    return result;
}

QJsonValue EventJson::valueAt(const QJsonValue& root, const QString& path)
{
    QJsonValue current = root;
    qsizetype from = 0;
    const qsizetype length = path.size();
    while (from <= length) {
        qsizetype to = from;
        while (to < length && path.at(to) != QLatin1Char('/') && path.at(to) != QLatin1Char('.'))
            ++to;
        const QStringView segment = QStringView(path).sliced(from, to - from);
        from = to + 1;
        if (segment.isEmpty())
            continue;

        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(segment);
            if (it == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = segment.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace lc
