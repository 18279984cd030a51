// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "CommandReply.h"
#include "Sensor.h"
#include "SimulatedHost.h"
#include "TaskArguments.h"

// What a command handler works with: the task's arguments, the sensor and its host.
struct CommandContext
{
    const Sensor& sensor;
    SimulatedHost& host;
    const TaskArguments& args;
    std::string command;
    std::string eventType;
    std::string usage;
    std::int64_t nowMs = 0;

    // The one reply of most commands.
    std::vector<CommandReply> reply(nlohmann::ordered_json event, std::int64_t delayMs) const
    {
        return {CommandReply{eventType, std::move(event), delayMs}};
    }
    // ERROR 87 with the usage line; `detail` says what was wrong.
    std::vector<CommandReply> badArguments(const std::string& detail, std::int64_t delayMs) const
    {
        return reply({{"ERROR", 87}, {"ERROR_MESSAGE", usage}, {"ERROR_DETAIL", detail}}, delayMs);
    }
};
