// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "api/FormData.h"

class QJsonObject;

namespace lc {

class ApiClient;
class ApiRequest;

// One output of the organisation as `GET outputs/<oid>` lists it. The API returns the stream
// type as "for" and every parameter as a JSON string ("true", "443").
struct OutputInfo
{
    QString name;
    QString module;
    QString type; // "for"
    QHash<QString, QString> parameters;

    QString parameter(const QString& key) const { return parameters.value(key); }
};

// The outputs endpoints of the REST API (reference §4.3).
class OutputApi
{
public:
    explicit OutputApi(ApiClient* client);

    ApiRequest* list();
    // `parameters` are the module parameters (dest_host, is_tls, ...) and filters.
    ApiRequest* add(const QString& name, const QString& module, const QString& type,
                    const FormData& parameters);
    ApiRequest* remove(const QString& name);

    // The outputs of the client's organisation, by name. An answer without the "<oid>" key
    // holds no outputs.
    static QHash<QString, OutputInfo> parseList(const QJsonObject& body, const QString& oid);

private:
    ApiClient* m_client;
};

} // namespace lc
