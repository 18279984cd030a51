// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "StreamBatch.h"
#include "StreamFilter.h"

enum class SubscriptionKind
{
    Spout,
    Syslog,
};

enum class SubscriptionMode
{
    Generated, // generated telemetry plus published records
    Timeline,  // a loaded stream timeline instead
    Refused,   // only the `error: ...` line
};

struct SubscriptionInfo
{
    SubscriptionKind kind = SubscriptionKind::Spout;
    SubscriptionMode mode = SubscriptionMode::Generated;
    std::string oid;
    StreamFilter filter;
    std::string peer;   // spout: the client's address
    std::string output; // syslog: the output's name
    std::string dest;   // syslog: where it delivers
};

// One consumer of a stream (a Spout connection or a syslog output connection): its filter, its
// bounded queue of published records, and its counters. The hub fills the queue, the thread
// writing the connection drains it; a full queue drops records and remembers how many.
class Subscription
{
public:
    Subscription(std::uint64_t id, SubscriptionInfo info, std::int64_t startedMs);
    ~Subscription();
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;

    std::uint64_t id() const { return m_id; }
    const SubscriptionInfo& info() const { return m_info; }
    // Readable when something was queued or the emulator stops: wait on it with poll().
    int wakeFd() const { return m_wakeFd; }
    void wake();
    void drainWake();

    // Records are delivered only once the subscription is live (after the connected trace).
    bool isLive() const;
    void setLive();

    // Queues `line` (one or more complete records) for writing at `dueMs`, or drops it when
    // `capacity` records are already waiting.
    void offer(std::shared_ptr<const std::string> line, std::uint64_t records, std::int64_t dueMs,
               std::size_t capacity);
    // Appends what is due at `nowMs`, at most `maxRecords` records; returns when the next
    // queued item is due (INT64_MAX when none).
    std::int64_t takeDue(std::int64_t nowMs, std::uint64_t maxRecords, StreamBatch& batch);
    std::size_t queued() const;
    // Records dropped since the last call (for the `dropped` trace).
    std::uint64_t takeDropReport();

    // Task POSTs seen while this connection plays a timeline: investigation id and time.
    void noteTask(const std::string& investigationId, std::int64_t atMs);
    std::vector<std::pair<std::string, std::int64_t>> takeTasks();

    void countWritten(std::uint64_t records, std::size_t bytes);
    void countDropped(std::uint64_t records);
    void setState(const std::string& state);
    void finish(const std::string& reason, std::int64_t endedMs);
    std::uint64_t recordsWritten() const;
    std::uint64_t recordsDropped() const;
    nlohmann::ordered_json toJson() const;

private:
    struct Item
    {
        std::int64_t dueMs;
        std::shared_ptr<const std::string> line;
        std::uint64_t records;
    };

    const std::uint64_t m_id;
    const SubscriptionInfo m_info;
    const std::int64_t m_startedMs;
    int m_wakeFd = -1;

    mutable std::mutex m_mutex;
    bool m_live = false;
    std::deque<Item> m_queue;
    std::uint64_t m_queuedRecords = 0;
    std::uint64_t m_dropReport = 0;
    std::vector<std::pair<std::string, std::int64_t>> m_tasks;
    std::uint64_t m_written = 0;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_dropped = 0;
    std::string m_state = "starting";
    std::string m_end;
    std::int64_t m_endedMs = 0;
};
