// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ApiRequest.h"
#include "JwtIssuer.h"
#include "RuleHive.h"

class RuleStore;
class StreamHub;
struct Organization;
struct RuleWriteResult;

// D&R and false-positive rules over REST: the Hive API (hive/<hive>/<oid>/...) for dr-general,
// dr-managed, dr-service and fp, and the legacy rules/<oid> and fp/<oid> calls on the same
// records.
class RuleApi
{
public:
    // Checks that the token covers the org and holds `perm`; answers the refusal otherwise.
    using Authorize = std::function<const Organization*(
            const std::string& oid, const std::string& perm, httplib::Response& response)>;

    RuleApi(RuleStore& store, StreamHub& hub);

    static bool handles(const std::vector<std::string>& path);
    // `path` is what follows /v1; the caller has authenticated the request.
    void handle(const ApiRequest& request, const std::vector<std::string>& path,
                const TokenClaims& claims, const Authorize& authorize, httplib::Response& response);

private:
    enum class Access
    {
        List,
        Set,
        Delete,
    };

    static const char* permission(RuleHive hive, Access access);
    const Organization* allow(RuleHive hive, Access access, const std::string& oid,
                              const TokenClaims& claims, const Authorize& authorize,
                              httplib::Response& response) const;
    void hive(const ApiRequest& request, const std::vector<std::string>& path,
              const TokenClaims& claims, const Authorize& authorize, httplib::Response& response);
    void setRecord(const ApiRequest& request, RuleHive hive, const Organization& org,
                   const std::string& name, bool metadataOnly, const TokenClaims& claims,
                   httplib::Response& response);
    void legacyRules(const ApiRequest& request, const std::string& oid, const TokenClaims& claims,
                     const Authorize& authorize, httplib::Response& response);
    void legacyFp(const ApiRequest& request, const std::string& oid, const TokenClaims& claims,
                  const Authorize& authorize, httplib::Response& response);
    void answerWrite(const RuleWriteResult& result, RuleHive hive, const Organization& org,
                     const std::string& name, const TokenClaims& claims,
                     httplib::Response& response);
    void answerDelete(bool removed, RuleHive hive, const Organization& org, const std::string& name,
                      const TokenClaims& claims, const nlohmann::ordered_json& success,
                      httplib::Response& response);

    RuleStore& m_store;
    StreamHub& m_hub;
};
