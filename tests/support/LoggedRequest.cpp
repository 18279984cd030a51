// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoggedRequest.h"

namespace lctest {

QByteArray LoggedRequest::path() const
{
    const int question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray LoggedRequest::query() const
{
    const int question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

bool LoggedRequest::hasHeader(const QString& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString LoggedRequest::header(const QString& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LoggedRequest LoggedRequest::fromJson(const QJsonObject& object)
{
    LoggedRequest request;
    request.raw = object;
    request.id = static_cast<qint64>(object.value(QStringLiteral("id")).toDouble());
    request.listener = object.value(QStringLiteral("listener")).toString();
    request.method = object.value(QStringLiteral("method")).toString();
    request.target = object.value(QStringLiteral("target")).toString().toUtf8();
    request.body = object.value(QStringLiteral("body")).toString().toUtf8();
    request.timeMs = static_cast<qint64>(object.value(QStringLiteral("time_ms")).toDouble());
    request.status = object.value(QStringLiteral("status")).toInt();
    request.tls = object.value(QStringLiteral("tls")).toBool();
    // [[name, value], ...]
    for (const QJsonValue& pair : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray fields = pair.toArray();
        request.headers.append({fields.at(0).toString(), fields.at(1).toString()});
    }
    return request;
}

QList<LoggedRequest> LoggedRequest::listFromJson(const QJsonArray& array)
{
    QList<LoggedRequest> list;
    for (const QJsonValue& value : array)
        list.append(fromJson(value.toObject()));
    return list;
}

QList<LoggedRequest> LoggedRequest::filtered(const QList<LoggedRequest>& all,
                                             const QString& listener, const QByteArray& pathPrefix)
{
    QList<LoggedRequest> result;
    for (const LoggedRequest& request : all) {
        if (request.listener == listener && request.path().startsWith(pathPrefix))
            result.append(request);
    }
    return result;
}

} // namespace lctest
