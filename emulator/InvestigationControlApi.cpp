// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvestigationControlApi.h"

#include "AccountDirectory.h"
#include "Codec.h"
#include "FleetFile.h"
#include "PlatformCodes.h"
#include "Reply.h"
#include "StreamHub.h"
#include "UtcTime.h"

namespace {

using Json = nlohmann::ordered_json;

nlohmann::json bodyJson(const ApiRequest& request)
{
    return request.body().empty() ? nlohmann::json::object()
                                  : nlohmann::json::parse(request.body(), nullptr, false);
}

// The "file" member of a {"file": "..."} body, or "".
std::string fileOf(const ApiRequest& request)
{
    const nlohmann::json body = bodyJson(request);
    if (!body.is_object() || !body.contains("file") || !body["file"].is_string()) {
        return std::string();
    }
    return body["file"].get<std::string>();
}

std::string osName(SimulatedHost::Os os)
{
    switch (os) {
    case SimulatedHost::Os::Windows:
        return "windows";
    case SimulatedHost::Os::Linux:
        return "linux";
    case SimulatedHost::Os::MacOs:
        return "macos";
    case SimulatedHost::Os::Chrome:
        return "chrome";
    case SimulatedHost::Os::Other:
        break;
    }
    return "other";
}

} // namespace

InvestigationControlApi::InvestigationControlApi(const AccountDirectory& directory, StreamHub& hub,
                                                 std::uint64_t seed)
    : m_directory(directory)
    , m_hub(hub)
    , m_seed(seed)
{}

bool InvestigationControlApi::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    const std::string what = s.size() >= 2 ? s[1] : std::string();
    if (s.size() == 2 && what == "task-settings") {
        taskSettings(request, response);
    } else if (s.size() == 2 && what == "task-responses") {
        taskResponses(request, response);
    } else if (s.size() == 2 && what == "fleet") {
        fleet(request, response);
    } else if (s.size() == 2 && what == "implants") {
        implants(request, response);
    } else if (s.size() == 3 && what == "hosts") {
        host(request, s[2], response);
    } else {
        return false;
    }
    return true;
}

void InvestigationControlApi::planImplants()
{
    const Organization& primary = m_directory.primary();
    m_hub.hosts().setImplants(primary.oid, ImplantPlan(*primary.fleet, m_seed));
}

bool InvestigationControlApi::loadFleet(const std::string& file, std::string& error)
{
    const Organization& primary = m_directory.primary();
    const std::string iid = primary.iids.empty() ? std::string() : primary.iids.front();
    auto entries = FleetFile::load(file, iid, UtcTime::nowSec(), error);
    if (!entries) {
        return false;
    }
    for (const auto& entry : *entries) {
        const Organization* owner = m_directory.orgOfSensor(entry.sensor.sid);
        if (owner != nullptr && owner != &primary) {
            error = file + ": sid " + entry.sensor.sid + " belongs to another org";
            return false;
        }
    }
    std::vector<Sensor> sensors;
    std::unordered_map<std::string, std::vector<bool>> schedules;
    for (auto& entry : *entries) {
        schedules[entry.sensor.sid] = entry.schedule;
        sensors.push_back(std::move(entry.sensor));
    }
    primary.fleet->replaceSensors(std::move(sensors), std::move(schedules));
    // A fleet file's hosts carry no planted indicators: the field cases define their own.
    m_hub.hosts().setImplants(primary.oid, ImplantPlan());
    m_hub.hosts().resetOrg(primary.oid);
    std::lock_guard lock(m_mutex);
    m_fleetFile = file;
    return true;
}

void InvestigationControlApi::taskSettings(const ApiRequest& request, httplib::Response& response)
{
    TaskSettingsStore& settings = m_hub.taskSettings();
    const std::string& method = request.method();
    if (method == "DELETE") {
        settings.reset();
    } else if (method == "POST" || method == "PUT") {
        std::string error;
        if (!settings.merge(bodyJson(request), error)) {
            Reply::error(response, 400, error);
            return;
        }
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    Reply::json(response, 200, settings.toJson());
}

void InvestigationControlApi::taskResponses(const ApiRequest& request, httplib::Response& response)
{
    TaskResponseTable& table = m_hub.taskResponses();
    const std::string& method = request.method();
    if (method == "DELETE") {
        table.clear();
    } else if (method == "POST" || method == "PUT") {
        const std::string file = fileOf(request);
        std::string error;
        if (file.empty()) {
            Reply::error(response, 400, "expected {\"file\": \"...\"}");
            return;
        }
        if (!table.load(file, error)) {
            Reply::error(response, 400, error);
            return;
        }
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    Reply::json(response, 200, table.toJson());
}

void InvestigationControlApi::fleet(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    if (method == "POST" || method == "PUT") {
        const std::string file = fileOf(request);
        std::string error;
        if (file.empty()) {
            Reply::error(response, 400, "expected {\"file\": \"...\"}");
            return;
        }
        if (!loadFleet(file, error)) {
            Reply::error(response, 400, error);
            return;
        }
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET or POST");
        return;
    }
    const Organization& primary = m_directory.primary();
    std::lock_guard lock(m_mutex);
    Reply::json(response, 200,
                {{"oid", primary.oid},
                 {"file", m_fleetFile.empty() ? Json() : Json(m_fleetFile)},
                 {"sensors", primary.fleet->size()},
                 {"online", primary.fleet->onlineCount()}});
}

void InvestigationControlApi::implants(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() != "GET") {
        Reply::error(response, 405, "use GET");
        return;
    }
    const Organization& primary = m_directory.primary();
    const ImplantPlan plan = m_hub.hosts().implants(primary.oid);
    Json hosts = Json::array();
    for (const auto& [sid, kind] : plan.all()) {
        const auto sensor = primary.fleet->sensor(sid);
        if (!sensor) {
            continue;
        }
        hosts.push_back({{"sid", sid},
                         {"hostname", sensor->hostname},
                         {"plat", PlatformCodes::platformName(sensor->plat)},
                         {"online", sensor->online},
                         {"kind", ImplantPlan::kindName(kind)},
                         {"path", ImplantPlan::path(kind)}});
    }
    Json indicators = Json::array();
    for (const ImplantPlan::Kind kind :
         {ImplantPlan::Kind::WindowsDropper, ImplantPlan::Kind::LinuxHelper,
          ImplantPlan::Kind::MacAgent}) {
        const std::string& content = ImplantPlan::content(kind);
        Json item = {{"kind", ImplantPlan::kindName(kind)},
                     {"path", ImplantPlan::path(kind)},
                     {"size", content.size()},
                     {"sha256", Codec::sha256Hex(content)}};
        if (kind == ImplantPlan::Kind::WindowsDropper) {
            item["registry_key"] = ImplantPlan::kWindowsRunKey;
            item["registry_value"] = ImplantPlan::kWindowsRunValue;
        } else if (kind == ImplantPlan::Kind::MacAgent) {
            item["launch_agent"] = ImplantPlan::kMacPlist;
        } else {
            item["cron"] = "/etc/cron.d/kworker";
        }
        indicators.push_back(item);
    }
    Reply::json(response, 200,
                {{"oid", primary.oid},
                 {"marker", ImplantPlan::kMarker},
                 {"indicators", indicators},
                 {"hosts", hosts}});
}

void InvestigationControlApi::host(const ApiRequest& request, const std::string& sid,
                                   httplib::Response& response)
{
    if (request.method() != "GET") {
        Reply::error(response, 405, "use GET");
        return;
    }
    const Organization* org = m_directory.orgOfSensor(sid);
    const auto sensor = org == nullptr ? std::nullopt : org->fleet->sensor(sid);
    if (!sensor) {
        Reply::error(response, 404, "sensor not found");
        return;
    }
    const bool withHashes = FormFields::parseBool(request.params().value("hashes")).value_or(false);
    Json view;
    m_hub.hosts().withHost(org->oid, *sensor, [&](SimulatedHost& host) {
        Json processes = Json::array();
        for (const SimulatedHost::Process& process : host.processes()) {
            processes.push_back({{"pid", process.pid},
                                 {"parent_pid", process.parentPid},
                                 {"path", process.path},
                                 {"command_line", process.commandLine},
                                 {"user", process.user},
                                 {"suspended", process.suspended}});
        }
        Json files = Json::array();
        for (const SimulatedHost::File* file : host.allFiles()) {
            Json item = {{"path", file->path}, {"size", file->size}};
            if (withHashes) {
                item["sha256"] = host.sha256(*file);
            }
            files.push_back(item);
        }
        view = {{"sid", sid},
                {"hostname", host.hostname()},
                {"os", osName(host.os())},
                {"users", host.users()},
                {"segregated", host.segregated()},
                {"fim_patterns", host.fimPatterns()},
                {"processes", processes},
                {"files", files}};
    });
    Reply::json(response, 200, view);
}
