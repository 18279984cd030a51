// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamHub.h"

#include <algorithm>

#include "AccountDirectory.h"
#include "StreamSettingsStore.h"
#include "UtcTime.h"

namespace {

std::uint64_t lineCount(const std::string& bytes)
{
    const auto count = static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    return count == 0 ? 1 : count;
}

} // namespace

StreamHub::StreamHub(const AccountDirectory& directory, StreamSettingsStore& settings,
                     std::uint64_t seed)
    : m_directory(directory)
    , m_settings(settings)
    , m_seed(seed)
    , m_generator(seed)
    , m_hosts(seed)
    , m_responder(m_hosts, m_taskSettings, m_taskResponses, seed)
{}

std::shared_ptr<Subscription> StreamHub::open(SubscriptionInfo info)
{
    std::lock_guard lock(m_mutex);
    if (info.kind == SubscriptionKind::Spout) {
        const auto spouts = std::count_if(m_active.begin(), m_active.end(), [](const auto& item) {
            return item.second->info().kind == SubscriptionKind::Spout;
        });
        if (static_cast<std::size_t>(spouts) >= kMaxSpouts) {
            return nullptr;
        }
    }
    auto subscription =
            std::make_shared<Subscription>(m_nextId++, std::move(info), UtcTime::nowMs());
    m_active.emplace(subscription->id(), subscription);
    return subscription;
}

void StreamHub::close(const std::shared_ptr<Subscription>& subscription, const std::string& reason)
{
    subscription->finish(reason, UtcTime::nowMs());
    std::lock_guard lock(m_mutex);
    m_active.erase(subscription->id());
    if (subscription->info().kind == SubscriptionKind::Spout) {
        ++m_ended.connections;
        m_ended.recordsWritten += subscription->recordsWritten();
        m_ended.recordsDropped += subscription->recordsDropped();
        ++m_ended.ends[reason];
    }
    m_recent.push_back(subscription);
    while (m_recent.size() > kRecentLimit) {
        m_recent.pop_front();
    }
}

void StreamHub::publish(const StreamRecord& record, std::int64_t delayMs, bool scaled)
{
    const StreamSettings settings = m_settings.settings();
    const std::int64_t dueMs =
            UtcTime::nowMs()
            + (scaled ? settings.scaledMs(static_cast<double>(delayMs) / 1000.0) : delayMs);
    std::vector<std::shared_ptr<Subscription>> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, subscription] : m_active) {
            if (subscription->info().mode == SubscriptionMode::Generated
                && subscription->info().filter.accepts(record)) {
                targets.push_back(subscription);
            }
        }
    }
    for (const auto& subscription : targets) {
        // Before the connected trace nothing is subscribed yet: the record is simply missed.
        if (subscription->isLive()) {
            subscription->offer(record.line, 1, dueMs, settings.queueRecords);
        }
    }
}

void StreamHub::taskAccepted(const Organization& org, const std::string& sid,
                             const std::vector<std::string>& tasks,
                             const std::string& investigationId, const std::string& ident)
{
    const std::int64_t nowMs = UtcTime::nowMs();
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, subscription] : m_active) {
            if (subscription->info().mode == SubscriptionMode::Timeline) {
                subscription->noteTask(investigationId, nowMs);
            }
        }
    }
    const auto sensor = org.fleet->sensor(sid);
    if (!sensor) {
        return;
    }
    const std::vector<std::string> tags = TelemetryGenerator::liveTags(*sensor, nowMs);
    const double timeScale = m_settings.settings().timeScale;
    for (const std::string& task : tasks) {
        const std::vector<TaskResponder::Reply> replies = m_responder.respond(
                org.oid, *sensor, tags, task, investigationId, nowMs, timeScale);
        for (const TaskResponder::Reply& reply : replies) {
            publish(reply.record, reply.delayMs, reply.scaled);
        }
        audit(org.oid, "send_task", "task sent to sensor", ident, {{"sid", sid}},
              {{"task", task}, {"investigation_id", investigationId}}, sid);
    }
}

void StreamHub::audit(const std::string& oid, const std::string& etype, const std::string& message,
                      const std::string& ident, const nlohmann::ordered_json& entity,
                      const nlohmann::ordered_json& metadata, const std::string& sid)
{
    const std::int64_t nowMs = UtcTime::nowMs();
    const nlohmann::ordered_json entry = {{"oid", oid},     {"ts", UtcTime::format(nowMs / 1000)},
                                          {"time", nowMs},  {"etype", etype},
                                          {"msg", message}, {"origin", "api"},
                                          {"ident", ident}, {"entity", entity},
                                          {"mtd", metadata}};
    StreamRecord record;
    record.type = StreamType::Audit;
    record.line = std::make_shared<const std::string>(
            entry.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    record.sid = sid;
    if (!sid.empty()) {
        if (const Organization* org = m_directory.org(oid)) {
            if (const auto sensor = org->fleet->sensor(sid)) {
                record.tags = TelemetryGenerator::liveTags(*sensor, nowMs);
            }
        }
    }
    publish(record);
}

std::size_t StreamHub::inject(const std::string& bytes, std::optional<std::uint64_t> id)
{
    const auto line = std::make_shared<const std::string>(bytes);
    const StreamSettings settings = m_settings.settings();
    std::vector<std::shared_ptr<Subscription>> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, subscription] : m_active) {
            if ((!id || *id == key) && subscription->info().mode == SubscriptionMode::Generated) {
                targets.push_back(subscription);
            }
        }
    }
    std::size_t reached = 0;
    for (const auto& subscription : targets) {
        if (subscription->isLive()) {
            subscription->offer(line, lineCount(bytes), UtcTime::nowMs(), settings.queueRecords);
            ++reached;
        }
    }
    return reached;
}

nlohmann::ordered_json StreamHub::toJson() const
{
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json active = nlohmann::ordered_json::array();
    for (const auto& [id, subscription] : m_active) {
        active.push_back(subscription->toJson());
    }
    nlohmann::ordered_json recent = nlohmann::ordered_json::array();
    for (const auto& subscription : m_recent) {
        recent.push_back(subscription->toJson());
    }

    SpoutTotals totals = m_ended;
    for (const auto& [id, subscription] : m_active) {
        if (subscription->info().kind == SubscriptionKind::Spout) {
            ++totals.connections;
            totals.recordsWritten += subscription->recordsWritten();
            totals.recordsDropped += subscription->recordsDropped();
        }
    }
    nlohmann::ordered_json ends = nlohmann::ordered_json::object();
    for (const auto& [reason, count] : totals.ends) {
        ends[reason] = count;
    }
    const nlohmann::ordered_json spout = {{"connections", totals.connections},
                                          {"open", totals.connections - m_ended.connections},
                                          {"records_written", totals.recordsWritten},
                                          {"records_dropped", totals.recordsDropped},
                                          {"ends", ends}};
    return {{"connections", active}, {"recent", recent}, {"totals", {{"spout", spout}}}};
}

void StreamHub::shutdown()
{
    m_stopping = true;
    std::lock_guard lock(m_mutex);
    for (const auto& [id, subscription] : m_active) {
        subscription->wake();
    }
}
