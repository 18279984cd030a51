// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "sensors/SensorListQuery.h"

class QJsonObject;

namespace lc {

class ApiClient;
class ApiRequest;

// The sensor endpoints of the REST API (reference §4.2). Each call returns a request that
// reports through ApiRequest::finished(); the parse helpers read its JSON.
class SensorApi
{
public:
    explicit SensorApi(ApiClient* client);

    ApiRequest* listPage(const SensorListQuery& query, const QString& continuationToken);
    ApiRequest* info(const QString& sid);
    ApiRequest* onlineStates(const QStringList& sids);
    ApiRequest* tags(const QString& sid);
    // ttlSecs <= 0 adds a permanent tag.
    ApiRequest* addTags(const QString& sid, const QStringList& tags, int ttlSecs);
    // Tags without a comma share one request (comma-joined, as the API expects); a tag
    // that holds a comma is removed on its own so it is not split.
    QList<ApiRequest*> removeTags(const QString& sid, const QStringList& tags);
    ApiRequest* orgTags();
    ApiRequest* sensorsWithTag(const QString& tag);
    ApiRequest* searchHostname(const QString& prefix);
    ApiRequest* task(const QString& sid, const QStringList& tasks,
                     const QString& investigationId = {});
    ApiRequest* isolate(const QString& sid);
    ApiRequest* rejoin(const QString& sid);

    static QHash<QString, bool> parseOnlineStates(const QJsonObject& body);
    // `info` of GET /v1/<sid>, and whether the sensor is online now.
    static bool parseIsOnline(const QJsonObject& body);
    static QStringList parseTagList(const QJsonObject& body);
    static QStringList parseSidKeys(const QJsonObject& body);
    static QList<QPair<QString, QString>> parseHostnames(const QJsonObject& body);

private:
    ApiClient* m_client;
};

} // namespace lc
