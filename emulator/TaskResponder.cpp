// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskResponder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "HostCache.h"
#include "SensorCommands.h"
#include "TaskArguments.h"
#include "TaskResponseTable.h"
#include "TaskSettingsStore.h"

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

TaskResponder::TaskResponder(HostCache& hosts, const TaskSettingsStore& settings,
                             const TaskResponseTable& responses, std::uint64_t seed)
    : m_hosts(hosts)
    , m_settings(settings)
    , m_responses(responses)
    , m_rng(Rng::mix(seed, 0x7A5C))
{}

std::vector<TaskResponder::Reply>
TaskResponder::respond(const std::string& oid, const Sensor& sensor,
                       const std::vector<std::string>& tags, const std::string& task,
                       const std::string& investigationId, std::int64_t nowMs, double timeScale)
{
    const TaskSettingsStore::Settings settings = m_settings.settings();
    const std::string word = SensorCommands::command(task);

    std::vector<CommandReply> events;
    auto canned = m_responses.find(word, sensor.sid);
    if (canned && canned->contains("FILE_PATH") && (*canned)["FILE_PATH"].is_string()) {
        // A canned reply naming a file answers only a task about that file; any other path
        // is the simulated host's business.
        std::string error;
        const auto tokens = TaskArguments::tokenize(task, error);
        if (!tokens || tokens->size() < 2
            || tokens->back() != (*canned)["FILE_PATH"].get<std::string>()) {
            canned.reset();
        }
    }
    if (canned) {
        events.push_back(CommandReply{SensorCommands::replyEventType(word), std::move(*canned),
                                      SensorCommands::kReplyMs});
    } else {
        m_hosts.withHost(oid, sensor, [&](SimulatedHost& host) {
            events = SensorCommands::run(task, sensor, host, nowMs);
        });
    }

    std::lock_guard lock(m_mutex);
    auto routing = [&](const std::string& eventType, std::int64_t delayMs, bool scaled) {
        const auto shown = scaled ? static_cast<std::int64_t>(delayMs * timeScale) : delayMs;
        Json value = {{"oid", oid},
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
                      {"event_time", nowMs + shown},
                      {"event_id", m_rng.uuid4()},
                      {"this", m_rng.hex(32)},
                      {"tags", tags}};
        if (!investigationId.empty()) {
            value["investigation_id"] = investigationId;
        }
        return value;
    };

    std::vector<Reply> replies;
    if (!settings.dropReceipts) {
        Json receipt = {{"routing", routing("CLOUD_NOTIFICATION", kReceiptDelayMs, true)},
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
        replies.push_back(Reply{makeRecord(sensor, tags, investigationId, receipt, true),
                                kReceiptDelayMs, true});
    }
    if (settings.dropReplies) {
        return replies;
    }
    const bool overridden = settings.replyDelayMs >= 0;
    for (CommandReply& event : events) {
        const std::int64_t delay = overridden ? settings.replyDelayMs : event.delayMs;
        Json reply = {{"routing", routing(event.eventType, delay, !overridden)},
                      {"event", std::move(event.event)}};
        const StreamRecord record = makeRecord(sensor, tags, investigationId, reply, false);
        replies.push_back(Reply{record, delay, !overridden});
        if (settings.duplicateReplies) {
            replies.push_back(Reply{record, delay, !overridden});
        }
    }
    return replies;
}
