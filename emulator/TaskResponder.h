// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "Rng.h"
#include "Sensor.h"
#include "StreamRecord.h"

class HostCache;
class TaskResponseTable;
class TaskSettingsStore;

// What a sensor sends back for a task: a CLOUD_NOTIFICATION receipt, then the reply event(s)
// of the command (SensorCommands on the sensor's simulated host, or a canned reply of the
// task-response table), all carrying the task's investigation id. The task settings can delay,
// duplicate or drop them.
class TaskResponder
{
public:
    struct Reply
    {
        StreamRecord record;
        // When the record appears after the task was accepted.
        std::int64_t delayMs = 0;
        // False when `delayMs` is real time already (a reply_delay_ms override).
        bool scaled = true;
    };

    static constexpr std::int64_t kReceiptDelayMs = 50;

    TaskResponder(HostCache& hosts, const TaskSettingsStore& settings,
                  const TaskResponseTable& responses, std::uint64_t seed);

    // `timeScale` only dates the records (routing.event_time) as they will appear.
    std::vector<Reply> respond(const std::string& oid, const Sensor& sensor,
                               const std::vector<std::string>& tags, const std::string& task,
                               const std::string& investigationId, std::int64_t nowMs,
                               double timeScale);

private:
    HostCache& m_hosts;
    const TaskSettingsStore& m_settings;
    const TaskResponseTable& m_responses;
    std::mutex m_mutex;
    Rng m_rng;
};
