// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlApi.h"

#include <cstdlib>

#include "AccountDirectory.h"
#include "FaultInjector.h"
#include "Reply.h"
#include "RequestLog.h"
#include "ScriptPlayer.h"
#include "UtcTime.h"

ControlApi::ControlApi(RequestLog& log, FaultInjector& faults, const AccountDirectory& directory,
                       ScriptPlayer& script, ControlHooks hooks)
    : m_log(log)
    , m_faults(faults)
    , m_directory(directory)
    , m_script(script)
    , m_hooks(std::move(hooks))
    , m_startedMs(UtcTime::nowMs())
{}

void ControlApi::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    const std::string what = s.size() >= 2 ? s[1] : std::string();
    const std::string& method = request.method();
    if (s.size() == 2 && what == "health" && method == "GET") {
        nlohmann::ordered_json orgs = nlohmann::ordered_json::array();
        for (const Organization* org : m_directory.orgs()) {
            orgs.push_back({{"oid", org->oid},
                            {"name", org->name},
                            {"sensors", org->fleet->size()},
                            {"online", org->fleet->onlineCount()}});
        }
        Reply::json(response, 200,
                    {{"ok", true},
                     {"uptime_ms", UtcTime::nowMs() - m_startedMs},
                     {"requests_logged", m_log.size()},
                     {"orgs", orgs}});
    } else if (s.size() == 2 && what == "ready" && method == "GET") {
        Reply::json(response, 200, m_hooks.readyInfo());
    } else if (s.size() == 2 && what == "requests") {
        requests(request, response);
    } else if (s.size() == 2 && what == "faults") {
        faults(request, response);
    } else if (s.size() == 3 && what == "sensors") {
        sensor(request, s[2], response);
    } else if (s.size() == 2 && what == "tasks") {
        tasks(request, response);
    } else if (s.size() == 2 && what == "script") {
        script(request, response);
    } else if (s.size() == 2 && what == "cert" && method == "GET") {
        if (m_hooks.certificatePem.empty()) {
            Reply::error(response, 404, "not running with --tls");
        } else {
            response.status = 200;
            response.set_content(m_hooks.certificatePem, "application/x-pem-file");
        }
    } else if (!m_hooks.moreEndpoints || !m_hooks.moreEndpoints(request, response)) {
        Reply::error(response, 404,
                     "unknown control endpoint " + request.method() + " " + request.rawPath());
    }
}

void ControlApi::requests(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() == "DELETE") {
        m_log.clear();
        Reply::json(response, 200, {{"cleared", true}});
        return;
    }
    if (request.method() != "GET") {
        Reply::error(response, 405, "use GET or DELETE");
        return;
    }
    const std::string since = request.params().value("since");
    const std::string listener = request.params().value("listener");
    std::optional<ListenerRole> role;
    if (!listener.empty()) {
        role = listenerRoleFromName(listener);
        if (!role) {
            Reply::error(response, 400, "unknown listener " + listener);
            return;
        }
    }
    Reply::json(response, 200, m_log.toJson(since.empty() ? 0 : std::atoll(since.c_str()), role));
}

void ControlApi::faults(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    if (method == "GET") {
        Reply::json(response, 200, m_faults.toJson());
        return;
    }
    if (method == "DELETE") {
        m_faults.apply(m_hooks.defaultFaults);
        Reply::json(response, 200, m_faults.toJson());
        return;
    }
    if (method != "POST" && method != "PUT") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    const auto changes = nlohmann::ordered_json::parse(request.body(), nullptr, false);
    std::string error;
    const auto next =
            m_faults.merged(changes.is_discarded() ? nlohmann::ordered_json() : changes, error);
    if (!next) {
        Reply::error(response, 400, error);
        return;
    }
    error = m_hooks.checkFaults(*next);
    if (!error.empty()) {
        Reply::error(response, 400, error);
        return;
    }
    m_faults.apply(*next);
    Reply::json(response, 200, m_faults.toJson());
}

void ControlApi::sensor(const ApiRequest& request, const std::string& sid,
                        httplib::Response& response)
{
    const Organization* org = m_directory.orgOfSensor(sid);
    if (org == nullptr) {
        Reply::error(response, 404, "sensor not found");
        return;
    }
    if (request.method() == "POST" || request.method() == "PUT") {
        const auto body = nlohmann::ordered_json::parse(request.body(), nullptr, false);
        if (!body.is_object()) {
            Reply::error(response, 400, "expected a JSON object such as {\"online\": false}");
            return;
        }
        for (const auto& [key, value] : body.items()) {
            if (!value.is_boolean() || (key != "online" && key != "isolated" && key != "sealed")) {
                Reply::error(response, 400,
                             "only boolean online, isolated and sealed are settable");
                return;
            }
        }
        if (body.contains("online")) {
            org->fleet->setOnline(sid, body["online"].get<bool>());
        }
        if (body.contains("isolated")) {
            org->fleet->setIsolation(sid, body["isolated"].get<bool>());
        }
        if (body.contains("sealed")) {
            org->fleet->setSeal(sid, body["sealed"].get<bool>());
        }
    } else if (request.method() != "GET") {
        Reply::error(response, 405, "use GET or POST");
        return;
    }
    Reply::rawJson(response, 200, org->fleet->infoJson(sid).value_or("{}"));
}

void ControlApi::tasks(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() == "DELETE") {
        for (const Organization* org : m_directory.orgs()) {
            org->fleet->clearTasks();
        }
        Reply::json(response, 200, {{"cleared", true}});
        return;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Organization* org : m_directory.orgs()) {
        for (const TaskRecord& task : org->fleet->tasks()) {
            list.push_back({{"oid", org->oid},
                            {"sid", task.sid},
                            {"tasks", task.tasks},
                            {"investigation_id", task.investigationId},
                            {"time_ms", task.timeMs}});
        }
    }
    Reply::json(response, 200, list);
}

void ControlApi::script(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    if (method == "DELETE") {
        m_script.clear();
    } else if (method == "POST" || method == "PUT") {
        const auto body = nlohmann::json::parse(request.body(), nullptr, false);
        const auto file = body.is_object() ? body.find("file") : body.end();
        const auto group = body.is_object() ? body.find("group") : body.end();
        if (file == body.end() || !file->is_string()
            || (group != body.end() && !group->is_string())) {
            Reply::error(response, 400, "expected {\"file\": \"...\", \"group\": \"...\"}");
            return;
        }
        std::string error;
        const std::string groupName =
                group == body.end() ? std::string() : group->get<std::string>();
        if (!m_script.load(file->get<std::string>(), groupName, error)) {
            Reply::error(response, 400, error);
            return;
        }
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    nlohmann::ordered_json status = m_script.status();
    if (m_script.needsForeignListener() && !m_hooks.hasForeignListener()) {
        status["warning"] = "the script redirects to .invalid hosts but no foreign listener runs; "
                            "start with --foreign-port 0";
    }
    Reply::json(response, 200, status);
}
