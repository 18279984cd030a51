// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskResponseTable.h"

#include <yaml-cpp/yaml.h>

#include "YamlJson.h"

bool TaskResponseTable::load(const std::string& file, std::string& error)
{
    nlohmann::ordered_json root;
    try {
        root = YamlJson::convert(YAML::LoadFile(file));
    } catch (const std::exception& exception) {
        error = "cannot read task responses " + file + ": " + exception.what();
        return false;
    }
    if (!root.is_object()) {
        error = file + ": expected a map of command -> sid -> {event: {...}}";
        return false;
    }
    std::map<std::string, std::map<std::string, nlohmann::ordered_json>> replies;
    for (const auto& [command, bySid] : root.items()) {
        if (!bySid.is_object()) {
            error = file + ": " + command + " must map sids to {event: {...}}";
            return false;
        }
        for (const auto& [sid, entry] : bySid.items()) {
            if (!entry.is_object() || !entry.contains("event") || !entry["event"].is_object()) {
                error = file + ": " + command + " / " + sid + " needs an event object";
                return false;
            }
            replies[command][sid] = entry["event"];
        }
    }
    std::lock_guard lock(m_mutex);
    m_file = file;
    m_replies = std::move(replies);
    return true;
}

void TaskResponseTable::clear()
{
    std::lock_guard lock(m_mutex);
    m_file.clear();
    m_replies.clear();
}

std::optional<nlohmann::ordered_json> TaskResponseTable::find(const std::string& command,
                                                              const std::string& sid) const
{
    std::lock_guard lock(m_mutex);
    const auto byCommand = m_replies.find(command);
    if (byCommand == m_replies.end()) {
        return std::nullopt;
    }
    const auto entry = byCommand->second.find(sid);
    if (entry == byCommand->second.end()) {
        return std::nullopt;
    }
    return entry->second;
}

nlohmann::ordered_json TaskResponseTable::toJson() const
{
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json commands = nlohmann::ordered_json::object();
    for (const auto& [command, bySid] : m_replies) {
        nlohmann::ordered_json sids = nlohmann::ordered_json::array();
        for (const auto& [sid, event] : bySid) {
            sids.push_back(sid);
        }
        commands[command] = sids;
    }
    return {{"file", m_file.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m_file)},
            {"commands", commands}};
}
