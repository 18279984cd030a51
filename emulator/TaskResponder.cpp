// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskResponder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>

#include "PlatformCodes.h"
#include "Rng.h"

namespace {

using Json = nlohmann::ordered_json;

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string withoutDashes(std::string text)
{
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
    return text;
}

Json routing(const std::string& oid, const Sensor& sensor, const std::vector<std::string>& tags,
             const std::string& eventType, std::int64_t timeMs, const std::string& investigationId,
             Rng& rng)
{
    return {{"oid", oid},
            {"iid", sensor.iid},
            {"sid", sensor.sid},
            {"did", sensor.did},
            {"plat", sensor.plat},
            {"arch", sensor.arch},
            {"hostname", sensor.hostname},
            {"int_ip", sensor.intIp},
            {"ext_ip", sensor.extIp},
            {"moduleid", 2},
            {"event_type", eventType},
            {"event_time", timeMs},
            {"event_id", rng.uuid4()},
            {"this", rng.hex(32)},
            {"tags", tags},
            {"investigation_id", investigationId}};
}

Json osVersion(const Sensor& sensor)
{
    switch (sensor.plat) {
    case PlatformCodes::Windows:
        return {{"ERROR", 0},         {"VERSION_MAJOR", 10},
                {"VERSION_MINOR", 0}, {"BUILD_NUMBER", 19045},
                {"PRODUCT_TYPE", 1},  {"VERSION_STRING", "Windows 10 Enterprise 22H2"}};
    case PlatformCodes::Linux:
        return {{"ERROR", 0},
                {"VERSION_STRING", "Debian GNU/Linux 12 (bookworm)"},
                {"KERNEL_VERSION", "6.1.0-21-amd64"}};
    case PlatformCodes::MacOs:
        return {{"ERROR", 0},
                {"VERSION_MAJOR", 14},
                {"VERSION_MINOR", 5},
                {"BUILD_NUMBER", 0},
                {"VERSION_STRING", "macOS 14.5 (23F79)"}};
    default:
        return {{"ERROR", 0}, {"VERSION_STRING", PlatformCodes::platformName(sensor.plat)}};
    }
}

StreamRecord makeRecord(const Sensor& sensor, const std::vector<std::string>& tags,
                        const std::string& investigationId, const Json& value, bool receipt)
{
    StreamRecord record;
    record.type = StreamType::Event;
    record.line = std::make_shared<const std::string>(
            value.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
    record.sid = sensor.sid;
    record.tags = tags;
    record.investigationId = investigationId;
    record.isReceipt = receipt;
    return record;
}

} // namespace

std::string TaskResponder::command(const std::string& task)
{
    const std::size_t begin = task.find_first_not_of(" \t");
    if (begin == std::string::npos) {
        return std::string();
    }
    const std::size_t end = task.find_first_of(" \t", begin);
    std::string word = task.substr(begin, end == std::string::npos ? end : end - begin);
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word;
}

std::string TaskResponder::replyEventType(const std::string& commandWord)
{
    // Commands whose reply is not simply named after them.
    static const std::map<std::string, std::string> special = {
            {"reg_list", "REGISTRY_LIST_REP"},
            {"dir_find_hash", "DIR_FINDHASH_REP"},
            {"mem_find_handle", "MEM_FIND_HANDLES_REP"},
            {"exfil_get", "GET_EXFIL_EVENT_REP"},
            {"fim_get", "FIM_LIST_REP"},
            {"doc_cache_get", "GET_DOCUMENT_REP"},
            {"pcap_ifaces", "PCAP_LIST_INTERFACES_REP"},
            {"yara_scan", "YARA_DETECTION"},
            {"hidden_module_scan", "HIDDEN_MODULE_DETECTED"},
            {"segregate_network", "SEGREGATE_NETWORK"},
            {"rejoin_network", "REJOIN_NETWORK"},
            {"dns_resolve", "DNS_REQUEST"},
    };
    const auto it = special.find(commandWord);
    if (it != special.end()) {
        return it->second;
    }
    return upper(commandWord.empty() ? std::string("unknown") : commandWord) + "_REP";
}

std::vector<TaskResponder::Reply>
TaskResponder::respond(const std::string& oid, const Sensor& sensor,
                       const std::vector<std::string>& tags, const std::string& task,
                       const std::string& investigationId, std::int64_t nowMs, Rng& rng) const
{
    const std::string word = command(task);
    std::vector<Reply> replies;

    Json receipt = {{"routing", routing(oid, sensor, tags, "CLOUD_NOTIFICATION",
                                        nowMs + kReceiptDelayMs, investigationId, rng)},
                    {"event",
                     {{"NOTIFICATION_ID", upper(word) + "_REQ"},
                      {"NOTIFICATION", {{"INVESTIGATION_ID", investigationId}}},
                      {"HCP_IDENT",
                       {{"HCP_ORG_ID", withoutDashes(oid)},
                        {"HCP_SENSOR_ID", withoutDashes(sensor.sid)},
                        {"HCP_INSTALLER_ID", withoutDashes(sensor.iid)},
                        {"HCP_ARCHITECTURE", sensor.arch},
                        {"HCP_PLATFORM", sensor.plat}}},
                      {"EXPIRY", 0}}}};
    if (investigationId.empty()) {
        receipt["routing"].erase("investigation_id");
    }
    replies.push_back(
            Reply{makeRecord(sensor, tags, investigationId, receipt, true), kReceiptDelayMs});

    const std::string eventType = replyEventType(word);
    Json event = word == "os_version" ? osVersion(sensor) : Json{{"ERROR", 0}};
    Json reply = {{"routing", routing(oid, sensor, tags, eventType, nowMs + kReplyDelayMs,
                                      investigationId, rng)},
                  {"event", event}};
    if (investigationId.empty()) {
        reply["routing"].erase("investigation_id");
    }
    replies.push_back(
            Reply{makeRecord(sensor, tags, investigationId, reply, false), kReplyDelayMs});
    return replies;
}
