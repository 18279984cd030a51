// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <optional>
#include <string>

// Canned task replies in the format of the field cases' responses.yaml: command -> sid ->
// {event: {...}}. A task whose command and sensor match gets that event as its reply payload
// (the event type still follows the command) instead of its simulated host's answer.
class TaskResponseTable
{
public:
    bool load(const std::string& file, std::string& error);
    void clear();
    std::optional<nlohmann::ordered_json> find(const std::string& command,
                                               const std::string& sid) const;
    nlohmann::ordered_json toJson() const;

private:
    mutable std::mutex m_mutex;
    std::string m_file;
    std::map<std::string, std::map<std::string, nlohmann::ordered_json>> m_replies;
};
