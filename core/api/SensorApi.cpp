// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SensorApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "api/ApiClient.h"
#include "api/ApiRequest.h"

namespace lc {

SensorApi::SensorApi(ApiClient* client)
    : m_client(client)
{}

ApiRequest* SensorApi::listPage(const SensorListQuery& query, const QString& continuationToken)
{
    FormData params;
    if (!continuationToken.isEmpty())
        params.add(QStringLiteral("continuation_token"), continuationToken);
    if (query.pageSize > 0)
        params.addInt(QStringLiteral("limit"), query.pageSize);
    if (query.onlineOnly)
        params.addBool(QStringLiteral("is_online_only"), true);
    if (query.compressed)
        params.addBool(QStringLiteral("is_compressed"), true);
    if (!query.hostnamePrefix.isEmpty())
        params.add(QStringLiteral("with_hostname_prefix"), query.hostnamePrefix);
    if (!query.ip.isEmpty())
        params.add(QStringLiteral("with_ip"), query.ip);
    if (!query.selector.isEmpty())
        params.add(QStringLiteral("selector"), query.selector);
    RequestOptions options;
    options.validateJson = false;
    return m_client->get(ApiPath::v1({QStringLiteral("sensors"), m_client->oid()}), params,
                         options);
}

ApiRequest* SensorApi::info(const QString& sid)
{
    return m_client->get(ApiPath::v1({sid}));
}

ApiRequest* SensorApi::onlineStates(const QStringList& sids)
{
    FormData form;
    form.add(QStringLiteral("sids"), sids);
    RequestOptions options;
    options.idempotent = true;
    return m_client->post(ApiPath::v1({QStringLiteral("online"), m_client->oid()}), form, options);
}

ApiRequest* SensorApi::tags(const QString& sid)
{
    return m_client->get(ApiPath::v1({sid, QStringLiteral("tags")}));
}

ApiRequest* SensorApi::addTags(const QString& sid, const QStringList& tags, int ttlSecs)
{
    // Tags are later addressed in paths (sensors with a tag); a name that cannot be one
    // would make the tag impossible to list or remove.
    for (const QString& tag : tags) {
        if (!ApiPath::v1({tag}).isValid()) {
            return m_client->refuse(QCoreApplication::translate(
                                            "lc::SensorApi",
                                            "\"%1\" cannot be used as a tag: it must not be empty, "
                                            "\".\" or \"..\".")
                                            .arg(tag));
        }
    }

    FormData form;
    form.add(QStringLiteral("tags"), tags);
    if (ttlSecs > 0)
        form.addInt(QStringLiteral("ttl"), ttlSecs);
    RequestOptions options;
    // Adding the same tag twice leaves the same state.
    options.idempotent = true;
    return m_client->post(ApiPath::v1({sid, QStringLiteral("tags")}), form, options);
}

QList<ApiRequest*> SensorApi::removeTags(const QString& sid, const QStringList& tags)
{
    QStringList plain;
    QStringList withComma;
    for (const QString& tag : tags)
        (tag.contains(QLatin1Char(',')) ? withComma : plain).append(tag);

    QList<ApiRequest*> requests;
    const ApiPath path = ApiPath::v1({sid, QStringLiteral("tags")});
    if (plain.size() == 1) {
        requests.append(m_client->del(path, FormData().add(QStringLiteral("tag"), plain.first())));
    } else if (!plain.isEmpty()) {
        requests.append(m_client->del(
                path, FormData().add(QStringLiteral("tags"), plain.join(QLatin1Char(',')))));
    }
    for (const QString& tag : withComma)
        requests.append(m_client->del(path, FormData().add(QStringLiteral("tag"), tag)));
    return requests;
}

ApiRequest* SensorApi::orgTags()
{
    return m_client->get(ApiPath::v1({QStringLiteral("tags"), m_client->oid()}));
}

ApiRequest* SensorApi::sensorsWithTag(const QString& tag)
{
    return m_client->get(ApiPath::v1({QStringLiteral("tags"), m_client->oid(), tag}));
}

ApiRequest* SensorApi::searchHostname(const QString& prefix)
{
    return m_client->get(ApiPath::v1({QStringLiteral("hostnames"), m_client->oid()}),
                         FormData().add(QStringLiteral("hostname"), prefix));
}

ApiRequest* SensorApi::task(const QString& sid, const QStringList& tasks,
                            const QString& investigationId)
{
    FormData form;
    form.add(QStringLiteral("tasks"), tasks);
    if (!investigationId.isEmpty())
        form.add(QStringLiteral("investigation_id"), investigationId);
    return m_client->post(ApiPath::v1({sid}), form);
}

ApiRequest* SensorApi::isolate(const QString& sid)
{
    RequestOptions options;
    options.idempotent = true;
    return m_client->post(ApiPath::v1({sid, QStringLiteral("isolation")}), {}, options);
}

ApiRequest* SensorApi::rejoin(const QString& sid)
{
    return m_client->del(ApiPath::v1({sid, QStringLiteral("isolation")}));
}

QHash<QString, bool> SensorApi::parseOnlineStates(const QJsonObject& body)
{
    QHash<QString, bool> states;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        states.insert(it.key(), it.value().toBool());
    return states;
}

bool SensorApi::parseIsOnline(const QJsonObject& body)
{
    // Python SDKs: online when "online" is a non-empty object without "error".
    const QJsonValue online = body.value(QStringLiteral("online"));
    if (online.isObject()) {
        const QJsonObject state = online.toObject();
        return !state.isEmpty() && !state.contains(QStringLiteral("error"));
    }
    return body.value(QStringLiteral("is_online")).toBool();
}

QStringList SensorApi::parseTagList(const QJsonObject& body)
{
    QStringList tags;
    for (const QJsonValue& value : body.value(QStringLiteral("tags")).toArray())
        tags.append(value.toString());
    return tags;
}

QStringList SensorApi::parseSidKeys(const QJsonObject& body)
{
    return body.keys();
}

QList<QPair<QString, QString>> SensorApi::parseHostnames(const QJsonObject& body)
{
    QList<QPair<QString, QString>> result;
    for (const QJsonValue& pair : body.value(QStringLiteral("sid")).toArray()) {
        const QJsonArray fields = pair.toArray();
        if (fields.size() >= 2)
            result.append({fields.at(0).toString(), fields.at(1).toString()});
    }
    return result;
}

} // namespace lc
