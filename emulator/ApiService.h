// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "ApiRequest.h"
#include "EmulatorOptions.h"
#include "JwtIssuer.h"
#include "RuleApi.h"

class AccountDirectory;
class FaultInjector;
class OutputStore;
class RuleStore;
class StreamHub;
struct Organization;

// The REST API under /v1 (plus the SEED-era /who): identity, orgs, sensors, tags, tasking and
// isolation, with JWT authentication and per-org permissions.
class ApiService
{
public:
    ApiService(const AccountDirectory& directory, const JwtIssuer& issuer, FaultInjector& faults,
               std::size_t pageSize, LastPageToken lastPageToken, OutputStore& outputs,
               StreamHub& hub, RuleStore& rules);

    void handle(const ApiRequest& request, httplib::Response& response);

private:
    std::optional<TokenClaims> authenticate(const ApiRequest& request, httplib::Response& response);
    const Organization* authorizeOrg(const TokenClaims& claims, const std::string& oid,
                                     const char* perm, httplib::Response& response) const;
    bool allowMethods(const ApiRequest& request, std::initializer_list<const char*> methods,
                      httplib::Response& response) const;

    void who(const ApiRequest& request, httplib::Response& response);
    void userOrgs(const ApiRequest& request, httplib::Response& response);
    void orgInfo(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void orgUrls(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void listSensors(const ApiRequest& request, const std::string& oid,
                     httplib::Response& response);
    void online(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void orgTags(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void sensorsWithTag(const ApiRequest& request, const std::string& oid, const std::string& tag,
                        httplib::Response& response);
    void hostnames(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void sensor(const ApiRequest& request, const std::string& sid, const std::string& action,
                httplib::Response& response);
    void sensorTags(const ApiRequest& request, const Organization& org, const std::string& sid,
                    const TokenClaims& claims, httplib::Response& response);
    void outputs(const ApiRequest& request, const std::string& oid, httplib::Response& response);
    void rules(const ApiRequest& request, const std::vector<std::string>& path,
               httplib::Response& response);

    static std::string pageToken(std::size_t index);
    static std::optional<std::size_t> parsePageToken(const std::string& token);

    const AccountDirectory& m_directory;
    const JwtIssuer& m_issuer;
    FaultInjector& m_faults;
    std::size_t m_pageSize;
    LastPageToken m_lastPageToken;
    OutputStore& m_outputs;
    StreamHub& m_hub;
    RuleApi m_rules;
};
