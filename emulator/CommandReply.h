// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

// One event a sensor sends back for a task, after the receipt.
struct CommandReply
{
    std::string eventType;
    nlohmann::ordered_json event;
    // After the task was accepted, before the time scale.
    std::int64_t delayMs = 0;
};
