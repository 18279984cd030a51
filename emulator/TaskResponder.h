// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Sensor.h"
#include "StreamRecord.h"

class Rng;

// What a sensor sends back for a task: a CLOUD_NOTIFICATION receipt, then the reply event,
// both carrying the task's investigation id. For now every command gets a generic reply
// (`os_version` a real OS_VERSION_REP, anything else `<COMMAND>_REP` with ERROR 0); per-command
// replies belong here as they are added.
class TaskResponder
{
public:
    struct Reply
    {
        StreamRecord record;
        // When the record appears after the task was accepted, before the time scale.
        std::int64_t delayMs = 0;
    };

    static constexpr std::int64_t kReceiptDelayMs = 50;
    static constexpr std::int64_t kReplyDelayMs = 300;

    std::vector<Reply> respond(const std::string& oid, const Sensor& sensor,
                               const std::vector<std::string>& tags, const std::string& task,
                               const std::string& investigationId, std::int64_t nowMs,
                               Rng& rng) const;

    // The command word of a task line, lower case ("os_version" for "os_version --all").
    static std::string command(const std::string& task);
    // The event type a command's reply carries.
    static std::string replyEventType(const std::string& command);
};
