// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "CommandReply.h"
#include "Sensor.h"
#include "SimulatedHost.h"

// How a simulated sensor answers a task line: the reply event(s) after the receipt, from its
// simulated host, with the sensor's error convention (ERROR 0 success, 2 file not found,
// 3 path not found, 5 access denied, 87 bad arguments with the usage line, 50 not supported
// on this platform). The host is changed by the commands that change a real host.
class SensorCommands
{
public:
    static constexpr std::int64_t kReplyMs = 300;

    static std::vector<CommandReply> run(const std::string& task, const Sensor& sensor,
                                         SimulatedHost& host, std::int64_t nowMs);

    // The command word of a task line, lower case ("os_version" for "os_version --all").
    static std::string command(const std::string& task);
    // The event type a command's reply carries.
    static std::string replyEventType(const std::string& command);
    // Commands whose replies are several events ended by one with ERROR_MESSAGE "done".
    static bool endsWithDone(const std::string& command);
};
