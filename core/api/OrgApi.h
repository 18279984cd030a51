// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lc {

class ApiClient;
class ApiRequest;

// Identity and organisation endpoints (reference §2.4 and §4.1).
class OrgApi
{
public:
    explicit OrgApi(ApiClient* client);

    ApiRequest* who();
    ApiRequest* info();
    // Sent without a token, as the official SDKs do.
    ApiRequest* urls();

private:
    ApiClient* m_client;
};

} // namespace lc
