// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/UserOrgDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

#include "api/ApiClient.h"
#include "api/ApiRequest.h"

namespace lc {

UserOrgDirectory::UserOrgDirectory(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void UserOrgDirectory::fetch(const QString& uid, const QString& apiKey)
{
    m_orgs.clear();

    FormData form;
    form.add(QStringLiteral("oid"), QStringLiteral("-"));
    form.add(QStringLiteral("secret"), apiKey);
    form.add(QStringLiteral("uid"), uid);
    RequestOptions options;
    options.authenticated = false;
    options.followSameOriginRedirects = false;
    options.idempotent = true;

    ApiRequest* request = m_client->sendTo(HttpMethod::Post, m_client->endpoints().jwt, ApiPath(),
                                           {}, form, options);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (!request->isOk()) {
            ApiError error = request->error();
            if (error.httpStatus == 401 || error.httpStatus == 403) {
                error.status = ApiStatus::AuthenticationFailed;
                error.message = tr("LimaCharlie refused this user id and API key.");
            }
            emit finished(error);
            return;
        }
        const QString token = request->object().value(QStringLiteral("jwt")).toString();
        if (token.isEmpty()) {
            emit finished(ApiError::make(ApiStatus::InvalidResponse,
                                         tr("The token service answered without a token.")));
            return;
        }
        listWith(token);
    });
}

void UserOrgDirectory::listWith(const QString& token)
{
    RequestOptions options;
    options.bearerToken = token;
    ApiRequest* request = m_client->get(
            ApiPath::v1({QStringLiteral("user"), QStringLiteral("orgs")}), {}, options);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->isOk()) {
            for (const QJsonValue& value :
                 request->object().value(QStringLiteral("orgs")).toArray()) {
                const QJsonObject org = value.toObject();
                m_orgs.append({org.value(QStringLiteral("oid")).toString(),
                               org.value(QStringLiteral("name")).toString()});
            }
            std::sort(m_orgs.begin(), m_orgs.end(), [](const Org& a, const Org& b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
        }
        emit finished(request->error());
    });
}

} // namespace lc
