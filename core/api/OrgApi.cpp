// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/OrgApi.h"

#include "api/ApiClient.h"

namespace lc {

OrgApi::OrgApi(ApiClient* client)
    : m_client(client)
{}

ApiRequest* OrgApi::who()
{
    return m_client->get(ApiPath::v1({QStringLiteral("who")}));
}

ApiRequest* OrgApi::info()
{
    return m_client->get(ApiPath::v1({QStringLiteral("orgs"), m_client->oid()}));
}

ApiRequest* OrgApi::urls()
{
    RequestOptions options;
    options.authenticated = false;
    return m_client->get(
            ApiPath::v1({QStringLiteral("orgs"), m_client->oid(), QStringLiteral("url")}), {},
            options);
}

} // namespace lc
