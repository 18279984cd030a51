// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/OutputApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "api/ApiClient.h"
#include "api/ApiRequest.h"

namespace lc {

namespace {

QString asText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

OutputApi::OutputApi(ApiClient* client)
    : m_client(client)
{}

ApiRequest* OutputApi::list()
{
    return m_client->get(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()}));
}

ApiRequest* OutputApi::add(const QString& name, const QString& module, const QString& type,
                           const FormData& parameters)
{
    FormData form;
    form.add(QStringLiteral("name"), name);
    form.add(QStringLiteral("module"), module);
    form.add(QStringLiteral("type"), type);
    for (const auto& item : parameters.items())
        form.add(item.first, item.second);
    return m_client->post(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()}), form);
}

ApiRequest* OutputApi::remove(const QString& name)
{
    FormData form;
    form.add(QStringLiteral("name"), name);
    return m_client->del(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()}), form);
}

QHash<QString, OutputInfo> OutputApi::parseList(const QJsonObject& body, const QString& oid)
{
    QHash<QString, OutputInfo> outputs;
    const QJsonObject byName = body.value(oid).toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        OutputInfo info;
        info.name = object.value(QStringLiteral("name")).toString(it.key());
        info.module = object.value(QStringLiteral("module")).toString();
        info.type = object.value(QStringLiteral("for")).toString();
        for (auto field = object.begin(); field != object.end(); ++field)
            info.parameters.insert(field.key(), asText(field.value()));
        outputs.insert(it.key(), info);
    }
    return outputs;
}

} // namespace lc
