// SPDX-License-Identifier: GPL-3.0-or-later
#include "Subscription.h"

#include <algorithm>
#include <climits>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

std::string kindName(SubscriptionKind kind)
{
    return kind == SubscriptionKind::Spout ? "spout" : "syslog";
}

std::string modeName(SubscriptionMode mode)
{
    switch (mode) {
    case SubscriptionMode::Generated:
        return "generated";
    case SubscriptionMode::Timeline:
        return "timeline";
    case SubscriptionMode::Refused:
        return "refused";
    }
    return "generated";
}

} // namespace

Subscription::Subscription(std::uint64_t id, SubscriptionInfo info, std::int64_t startedMs)
    : m_id(id)
    , m_info(std::move(info))
    , m_startedMs(startedMs)
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{}

Subscription::~Subscription()
{
    if (m_wakeFd >= 0) {
        ::close(m_wakeFd);
    }
}

void Subscription::wake()
{
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
}

void Subscription::drainWake()
{
    std::uint64_t value = 0;
    [[maybe_unused]] const ssize_t count = ::read(m_wakeFd, &value, sizeof value);
}

bool Subscription::isLive() const
{
    std::lock_guard lock(m_mutex);
    return m_live;
}

void Subscription::setLive()
{
    std::lock_guard lock(m_mutex);
    m_live = true;
}

void Subscription::offer(std::shared_ptr<const std::string> line, std::uint64_t records,
                         std::int64_t dueMs, std::size_t capacity)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_queuedRecords + records > capacity) {
            m_dropReport += records;
            m_dropped += records;
            return;
        }
        m_queue.push_back(Item{dueMs, std::move(line), records});
        m_queuedRecords += records;
    }
    wake();
}

std::int64_t Subscription::takeDue(std::int64_t nowMs, std::uint64_t maxRecords, StreamBatch& batch)
{
    std::lock_guard lock(m_mutex);
    std::int64_t next = INT64_MAX;
    std::uint64_t taken = 0;
    // Items are few and mostly in order; delayed replies may sit behind later ones.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (it->dueMs <= nowMs && taken + it->records <= maxRecords) {
            batch.bytes.append(*it->line);
            batch.recordEnds.push_back(batch.bytes.size());
            batch.records += it->records;
            taken += it->records;
            m_queuedRecords -= it->records;
            it = m_queue.erase(it);
        } else {
            next = std::min(next, it->dueMs <= nowMs ? nowMs : it->dueMs);
            ++it;
        }
    }
    return next;
}

std::size_t Subscription::queued() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(m_queuedRecords);
}

std::uint64_t Subscription::takeDropReport()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_dropReport, 0);
}

void Subscription::noteTask(const std::string& investigationId, std::int64_t atMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.emplace_back(investigationId, atMs);
    }
    wake();
}

std::vector<std::pair<std::string, std::int64_t>> Subscription::takeTasks()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_tasks, {});
}

void Subscription::countWritten(std::uint64_t records, std::size_t bytes)
{
    std::lock_guard lock(m_mutex);
    m_written += records;
    m_bytes += bytes;
}

void Subscription::countDropped(std::uint64_t records)
{
    std::lock_guard lock(m_mutex);
    m_dropped += records;
}

void Subscription::setState(const std::string& state)
{
    std::lock_guard lock(m_mutex);
    m_state = state;
}

void Subscription::finish(const std::string& reason, std::int64_t endedMs)
{
    std::lock_guard lock(m_mutex);
    m_state = "closed";
    m_end = reason;
    m_endedMs = endedMs;
    m_live = false;
    m_queue.clear();
    m_queuedRecords = 0;
}

std::uint64_t Subscription::recordsWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

std::uint64_t Subscription::recordsDropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

nlohmann::ordered_json Subscription::toJson() const
{
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json out = {{"id", m_id},
                                  {"kind", kindName(m_info.kind)},
                                  {"mode", modeName(m_info.mode)},
                                  {"oid", m_info.oid},
                                  {"type", streamTypeName(m_info.filter.type)},
                                  {"filters", m_info.filter.toJson()},
                                  {"started_ms", m_startedMs},
                                  {"state", m_state},
                                  {"connected", m_live},
                                  {"records_written", m_written},
                                  {"bytes_written", m_bytes},
                                  {"records_dropped", m_dropped},
                                  {"queued", m_queuedRecords}};
    if (m_info.kind == SubscriptionKind::Spout) {
        out["peer"] = m_info.peer;
    } else {
        out["output"] = m_info.output;
        out["dest"] = m_info.dest;
    }
    if (m_endedMs != 0) {
        out["ended_ms"] = m_endedMs;
        out["end"] = m_end;
    }
    return out;
}
