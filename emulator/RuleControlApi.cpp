// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleControlApi.h"

#include <cstdlib>

#include "AccountDirectory.h"
#include "Reply.h"
#include "RuleStore.h"
#include "WriteLog.h"

RuleControlApi::RuleControlApi(const AccountDirectory& directory, RuleStore& store,
                               WriteLog& writes)
    : m_directory(directory)
    , m_store(store)
    , m_writes(writes)
{}

bool RuleControlApi::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    const std::string what = s.size() >= 2 ? s[1] : std::string();
    if (s.size() == 2 && what == "rules") {
        rules(request, response);
    } else if (s.size() == 2 && what == "writes") {
        writes(request, response);
    } else {
        return false;
    }
    return true;
}

nlohmann::ordered_json RuleControlApi::counts(const std::string& oid) const
{
    nlohmann::ordered_json body = {{"oid", oid}};
    for (const RuleHive hive : kRuleHives) {
        body[ruleNamespaceName(hive)] = m_store.count(oid, hive);
    }
    return body;
}

void RuleControlApi::rules(const ApiRequest& request, httplib::Response& response)
{
    const std::string asked = request.query().value("oid");
    const std::string oid = asked.empty() ? m_directory.primary().oid : asked;
    if (m_directory.org(oid) == nullptr) {
        Reply::error(response, 404, "unknown org " + oid);
        return;
    }
    const std::string& method = request.method();
    if (method == "GET") {
        Reply::json(response, 200, m_store.state(oid));
        return;
    }
    if (method == "DELETE") {
        m_store.reset(oid);
        Reply::json(response, 200, counts(oid));
        return;
    }
    if (method != "POST" && method != "PUT") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    const auto state = nlohmann::ordered_json::parse(request.body(), nullptr, false);
    std::string error;
    if (state.is_discarded()) {
        Reply::error(response, 400, "the body must be a JSON rule state");
        return;
    }
    if (!m_store.replaceState(oid, state, error)) {
        Reply::error(response, 400, error);
        return;
    }
    Reply::json(response, 200, counts(oid));
}

void RuleControlApi::writes(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() == "DELETE") {
        m_writes.clear();
        Reply::json(response, 200, {{"cleared", true}});
        return;
    }
    if (request.method() != "GET") {
        Reply::error(response, 405, "use GET or DELETE");
        return;
    }
    const std::string since = request.query().value("since");
    Reply::json(response, 200, m_writes.toJson(since.empty() ? 0 : std::atoll(since.c_str())));
}
