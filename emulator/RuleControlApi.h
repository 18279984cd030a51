// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

#include "ApiRequest.h"

class AccountDirectory;
class RuleStore;
class WriteLog;

// The rule side of the control API: an org's whole rule state (read, replace, reset) and the
// log of state-changing requests.
class RuleControlApi
{
public:
    RuleControlApi(const AccountDirectory& directory, RuleStore& store, WriteLog& writes);

    // False when the request is not one of these endpoints.
    bool handle(const ApiRequest& request, httplib::Response& response);

private:
    void rules(const ApiRequest& request, httplib::Response& response);
    void writes(const ApiRequest& request, httplib::Response& response);
    nlohmann::ordered_json counts(const std::string& oid) const;

    const AccountDirectory& m_directory;
    RuleStore& m_store;
    WriteLog& m_writes;
};
