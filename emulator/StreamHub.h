// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "HostCache.h"
#include "Rng.h"
#include "StreamRecord.h"
#include "Subscription.h"
#include "TaskResponder.h"
#include "TaskResponseTable.h"
#include "TaskSettingsStore.h"
#include "TelemetryGenerator.h"

class AccountDirectory;
class StreamSettingsStore;
struct Organization;

// Every live stream consumer (Spout connections and syslog output connections) and the
// records that do not come from the generator: task receipts and replies, audit entries for
// API calls, injected bytes. Published records go to each live subscription whose filter
// accepts them.
class StreamHub
{
public:
    // Spout connections beyond this get 503: each holds a thread of the stream listener.
    static constexpr std::size_t kMaxSpouts = 100;

    StreamHub(const AccountDirectory& directory, StreamSettingsStore& settings, std::uint64_t seed);

    // Null when the Spout limit is reached.
    std::shared_ptr<Subscription> open(SubscriptionInfo info);
    void close(const std::shared_ptr<Subscription>& subscription, const std::string& reason);

    // `delayMs` is before the time scale unless `scaled` is false.
    void publish(const StreamRecord& record, std::int64_t delayMs = 0, bool scaled = true);
    // A task was accepted by the API: receipts and replies for each task line, an audit entry,
    // and the task_post steps of timeline connections.
    void taskAccepted(const Organization& org, const std::string& sid,
                      const std::vector<std::string>& tasks, const std::string& investigationId,
                      const std::string& ident);
    void audit(const std::string& oid, const std::string& etype, const std::string& message,
               const std::string& ident, const nlohmann::ordered_json& entity,
               const nlohmann::ordered_json& metadata, const std::string& sid = std::string());
    // Raw bytes to every live connection (or the one with `id`); returns how many got them.
    std::size_t inject(const std::string& bytes, std::optional<std::uint64_t> id);

    nlohmann::ordered_json toJson() const;

    void shutdown();
    bool stopping() const { return m_stopping.load(); }

    TelemetryGenerator& generator() { return m_generator; }
    StreamSettingsStore& settings() { return m_settings; }
    const AccountDirectory& directory() const { return m_directory; }
    std::uint64_t seed() const { return m_seed; }
    HostCache& hosts() { return m_hosts; }
    TaskSettingsStore& taskSettings() { return m_taskSettings; }
    TaskResponseTable& taskResponses() { return m_taskResponses; }

private:
    static constexpr std::size_t kRecentLimit = 50;

    // Spout connections since start, ended ones included (the recent list forgets them).
    struct SpoutTotals
    {
        std::uint64_t connections = 0;
        std::uint64_t recordsWritten = 0;
        std::uint64_t recordsDropped = 0;
        std::map<std::string, std::uint64_t> ends;
    };

    const AccountDirectory& m_directory;
    StreamSettingsStore& m_settings;
    const std::uint64_t m_seed;
    TelemetryGenerator m_generator;
    HostCache m_hosts;
    TaskSettingsStore m_taskSettings;
    TaskResponseTable m_taskResponses;
    TaskResponder m_responder;
    std::atomic<bool> m_stopping{false};

    mutable std::mutex m_mutex;
    std::uint64_t m_nextId = 1;
    std::map<std::uint64_t, std::shared_ptr<Subscription>> m_active;
    std::deque<std::shared_ptr<Subscription>> m_recent;
    SpoutTotals m_ended;
};
