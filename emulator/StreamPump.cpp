// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamPump.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

#include "AccountDirectory.h"
#include "RecordPool.h"
#include "StreamHub.h"
#include "StreamSettingsStore.h"
#include "StreamSocket.h"
#include "Subscription.h"
#include "UtcTime.h"

namespace {

constexpr std::size_t kBatchBytes = 256 * 1024;
constexpr std::int64_t kPoolCheckMs = 1000;
constexpr std::int64_t kMinIntervalMs = 5;
constexpr std::int64_t kMaxWaitMs = 1000;

const std::string kConnected = "{\"__trace\":\"connected\"}\n";
const std::string kKeepalive = "{\"__trace\":\"keepalive\"}\n";

std::string droppedTrace(std::uint64_t count)
{
    return "{\"__trace\":\"dropped\",\"n\":" + std::to_string(count) + "}\n";
}

} // namespace

StreamPump::StreamPump(StreamHub& hub, const Organization& org, Subscription& subscription,
                       StreamSocket& socket, PumpOptions options)
    : m_hub(hub)
    , m_org(org)
    , m_subscription(subscription)
    , m_socket(socket)
    , m_options(std::move(options))
    , m_splitter(Rng::mix(hub.seed(), subscription.id()))
{
    // Connections start at different places in the pool, as two consumers of a live org
    // would not see the same records at the same moment.
    m_index = static_cast<std::size_t>(Rng::mix(hub.seed(), subscription.id() * 7919U) % 1024U);
}

StreamPump::~StreamPump() = default;

std::string StreamPump::endName(End end)
{
    switch (end) {
    case End::PeerClosed:
        return "peer closed";
    case End::Stopped:
        return "stopped";
    case End::Disconnected:
        return "disconnect fault";
    case End::Finished:
        return "finished";
    }
    return "finished";
}

StreamPump::End StreamPump::ended(Write status) const
{
    return status == Write::Stopped ? End::Stopped : End::PeerClosed;
}

std::string StreamPump::syslogHeader(std::int64_t nowMs) const
{
    std::string time = UtcTime::format(nowMs / 1000);
    time[10] = 'T';
    char millis[8];
    std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(nowMs % 1000));
    // PRI 14 = facility user, severity informational; MSGID names the stream type.
    return "<14>1 " + time + millis + " limacharlie lc - "
           + streamTypeName(m_subscription.info().filter.type) + " " + m_options.structuredData
           + " ";
}

void StreamPump::appendGenerated(std::uint64_t count, std::int64_t nowMs)
{
    if (!m_pool || m_pool->empty()) {
        return;
    }
    RecordPool::Stamp& stamp = m_stamp;
    stamp.nowMs = nowMs;
    const std::string header = m_options.syslogHeader ? syslogHeader(nowMs) : std::string();
    for (std::uint64_t i = 0; i < count; ++i) {
        stamp.cycle = m_cycle;
        stamp.sequence = ++m_sequence;
        m_batch.bytes.append(header);
        m_pool->append(m_index, stamp, m_batch.bytes);
        m_batch.recordEnds.push_back(m_batch.bytes.size());
        ++m_batch.records;
        if (++m_index >= m_pool->size()) {
            m_index = 0;
            ++m_cycle;
        }
    }
}

void StreamPump::appendQueued(std::int64_t nowMs, std::uint64_t maxRecords, std::int64_t& nextDue)
{
    if (!m_options.syslogHeader) {
        nextDue = m_subscription.takeDue(nowMs, maxRecords, m_batch);
        return;
    }
    StreamBatch queued;
    nextDue = m_subscription.takeDue(nowMs, maxRecords, queued);
    const std::string header = syslogHeader(nowMs);
    std::size_t start = 0;
    while (start < queued.bytes.size()) {
        std::size_t end = queued.bytes.find('\n', start);
        end = end == std::string::npos ? queued.bytes.size() : end + 1;
        m_batch.bytes.append(header).append(queued.bytes, start, end - start);
        m_batch.recordEnds.push_back(m_batch.bytes.size());
        start = end;
    }
    m_batch.records += queued.records;
}

StreamPump::Write StreamPump::writeBatch(const StreamSettings& settings)
{
    auto convert = [](StreamSocket::Status status) {
        return status == StreamSocket::Status::Ok       ? Write::Ok
               : status == StreamSocket::Status::Closed ? Write::Closed
                                                        : Write::Stopped;
    };
    if (!settings.splitWrites) {
        return convert(m_socket.write(m_batch.bytes));
    }
    std::vector<std::size_t> cuts = m_splitter.cuts(m_batch.bytes, m_batch.recordEnds);
    cuts.push_back(m_batch.bytes.size());
    std::size_t previous = 0;
    for (const std::size_t cut : cuts) {
        const Write status = convert(
                m_socket.write(std::string_view(m_batch.bytes).substr(previous, cut - previous)));
        if (status != Write::Ok) {
            return status;
        }
        previous = cut;
        // A pause lets each piece arrive as its own read on the other side.
        if (settings.splitPauseMs > 0 && cut < m_batch.bytes.size()) {
            const auto waited = m_socket.wait(settings.splitPauseMs, -1);
            if (waited != StreamSocket::Status::Ok) {
                return convert(waited);
            }
        }
    }
    return Write::Ok;
}

StreamPump::End StreamPump::run()
{
    StreamSettingsStore& store = m_hub.settings();
    StreamSettings settings = store.settings();
    std::uint64_t revision = store.revision();
    const StreamType type = m_subscription.info().filter.type;
    m_socket.setNoDelay(true);

    std::int64_t now = UtcTime::nowMs();
    const std::int64_t origin = m_options.originMs > 0 ? m_options.originMs : now;
    const std::int64_t connectedDue =
            !m_options.traces ? now
            : settings.connectedDelaySec < 0.0
                    ? INT64_MAX
                    : origin + settings.scaledMs(settings.connectedDelaySec);
    bool connected = false;
    std::int64_t lastWrite = now;
    std::int64_t rateStart = now;
    std::uint64_t produced = 0;
    std::uint64_t written = 0;
    std::uint64_t pendingDrops = 0;
    std::uint64_t stallRevision = 0;
    std::int64_t stallUntil = 0;
    // Rendering a pool takes a moment; it happens while waiting for the connected trace when
    // there is time, otherwise right after it, so that the trace is never late.
    constexpr std::int64_t kRenderAheadMs = 250;
    if (connectedDue - now > kRenderAheadMs || !m_options.traces) {
        m_pool = m_hub.generator().pool(m_org, m_subscription.info().filter);
    }
    std::uint64_t fleetRevision = m_org.fleet->revision();
    std::int64_t lastPoolCheck = now;
    m_subscription.setState(m_options.traces ? "connecting" : "delivering");

    for (;;) {
        if (m_hub.stopping()) {
            return End::Stopped;
        }
        now = UtcTime::nowMs();
        if (store.revision() != revision) {
            settings = store.settings();
            revision = store.revision();
            rateStart = now;
            produced = 0;
            stallUntil = 0;
        }

        if (!connected) {
            if (now < connectedDue) {
                const auto status = m_socket.wait(
                        static_cast<int>(std::min(connectedDue - now, kMaxWaitMs)), -1);
                if (status != StreamSocket::Status::Ok) {
                    return status == StreamSocket::Status::Closed ? End::PeerClosed : End::Stopped;
                }
                continue;
            }
            // Subscribed before the trace goes out: whatever a client does once it has read the
            // trace (a task, an injection) must reach it. Queued records follow the trace.
            m_subscription.setLive();
            if (m_options.traces) {
                m_batch.clear();
                m_batch.add(kConnected, false);
                const Write status = writeBatch(settings);
                if (status != Write::Ok) {
                    return ended(status);
                }
            }
            connected = true;
            m_subscription.setState("streaming");
            if (!m_pool) {
                m_pool = m_hub.generator().pool(m_org, m_subscription.info().filter);
            }
            now = UtcTime::nowMs();
            lastWrite = now;
            rateStart = now;
            produced = 0;
        }

        if (settings.stallSec != 0.0 && stallRevision != revision
            && written >= settings.stallAfter) {
            stallRevision = revision;
            stallUntil =
                    settings.stallSec < 0.0
                            ? INT64_MAX
                            : now + std::max<std::int64_t>(1, settings.scaledMs(settings.stallSec));
        }
        if (now < stallUntil) {
            // Nothing is written, keep-alives included; records pile up and are dropped.
            m_subscription.setState("stalled");
            const auto status =
                    m_socket.wait(static_cast<int>(std::min(stallUntil - now, kMaxWaitMs / 4)), -1);
            if (status != StreamSocket::Status::Ok) {
                return status == StreamSocket::Status::Closed ? End::PeerClosed : End::Stopped;
            }
            if (UtcTime::nowMs() >= stallUntil) {
                m_subscription.setState("streaming");
            }
            continue;
        }

        if (now - lastPoolCheck >= kPoolCheckMs) {
            lastPoolCheck = now;
            if (m_org.fleet->revision() != fleetRevision) {
                fleetRevision = m_org.fleet->revision();
                m_pool = m_hub.generator().pool(m_org, m_subscription.info().filter);
            }
        }

        if (settings.disconnectEvery > 0 && written >= settings.disconnectEvery) {
            m_socket.finish(settings.disconnectStyle == DisconnectStyle::Clean);
            return End::Disconnected;
        }
        const double rate = settings.rate(type);
        const bool haveRecords = m_pool && !m_pool->empty();
        std::uint64_t maxRecords =
                settings.disconnectEvery > 0 ? settings.disconnectEvery - written : UINT64_MAX;
        // A stall that is due after N records starts after exactly N.
        if (settings.stallSec != 0.0 && stallRevision != revision) {
            maxRecords = std::min(maxRecords, settings.stallAfter - written);
        }
        const std::uint64_t batchRecords =
                haveRecords ? std::max<std::uint64_t>(
                        1, kBatchBytes / std::max<std::size_t>(1, m_pool->averageLength()))
                            : 0;
        std::uint64_t generate = 0;
        std::uint64_t backlogLeft = 0;
        if (haveRecords && rate < 0.0) {
            generate = batchRecords;
        } else if (haveRecords && rate > 0.0) {
            const auto due = static_cast<std::uint64_t>(rate * static_cast<double>(now - rateStart)
                                                        / 1000.0);
            std::uint64_t backlog = due > produced ? due - produced : 0;
            if (backlog > settings.queueRecords) {
                const std::uint64_t overflow = backlog - settings.queueRecords;
                produced += overflow;
                pendingDrops += overflow;
                m_subscription.countDropped(overflow);
                backlog = settings.queueRecords;
            }
            generate = std::min(backlog, batchRecords);
            backlogLeft = backlog - generate;
        }

        m_batch.clear();
        pendingDrops += m_subscription.takeDropReport();
        if (pendingDrops > 0 && m_options.traces) {
            m_batch.add(droppedTrace(pendingDrops), false);
        }
        pendingDrops = 0;
        std::int64_t nextQueued = INT64_MAX;
        appendQueued(now, maxRecords, nextQueued);
        generate = std::min<std::uint64_t>(generate, maxRecords - m_batch.records);
        appendGenerated(generate, now);
        produced += generate;
        if (m_batch.empty() && m_options.traces && settings.keepaliveSec > 0.0
            && now - lastWrite >= settings.scaledMs(settings.keepaliveSec)) {
            m_batch.add(kKeepalive, false);
        }

        if (!m_batch.empty()) {
            const Write status = writeBatch(settings);
            if (status != Write::Ok) {
                return ended(status);
            }
            lastWrite = UtcTime::nowMs();
            written += m_batch.records;
            m_subscription.countWritten(m_batch.records, m_batch.bytes.size());
            if (settings.disconnectEvery > 0 && written >= settings.disconnectEvery) {
                m_socket.finish(settings.disconnectStyle == DisconnectStyle::Clean);
                return End::Disconnected;
            }
            // Behind the rate (one batch holds fewer records than are due): write on without
            // waiting, or a fast rate would be capped at a batch per wait.
            if (haveRecords && (rate < 0.0 || backlogLeft > 0)) {
                continue;
            }
        }

        std::int64_t next = std::min(nextQueued, lastPoolCheck + kPoolCheckMs);
        if (haveRecords && rate > 0.0) {
            const auto nextRecord = rateStart
                                    + static_cast<std::int64_t>(std::ceil(
                                            static_cast<double>(produced + 1) * 1000.0 / rate));
            next = std::min(next, std::max(nextRecord, now + kMinIntervalMs));
        }
        if (m_options.traces && settings.keepaliveSec > 0.0) {
            next = std::min(next, lastWrite + settings.scaledMs(settings.keepaliveSec));
        }
        const std::int64_t timeout =
                std::clamp<std::int64_t>(next - UtcTime::nowMs(), 0, kMaxWaitMs);
        const auto status = m_socket.wait(static_cast<int>(timeout), m_subscription.wakeFd());
        m_subscription.drainWake();
        if (status != StreamSocket::Status::Ok) {
            return status == StreamSocket::Status::Closed ? End::PeerClosed : End::Stopped;
        }
    }
}

StreamPump::End StreamPump::runTimeline(const StreamTimeline::Script& script)
{
    struct Due
    {
        std::int64_t atMs;
        std::size_t order;
        std::string bytes;
        bool close;
    };
    StreamSettings settings = m_hub.settings().settings();
    m_socket.setNoDelay(true);
    const std::int64_t origin = m_options.originMs > 0 ? m_options.originMs : UtcTime::nowMs();
    std::vector<Due> pending;
    std::size_t order = 0;
    for (const StreamTimeline::Step& step : script.steps) {
        if (step.anchor == StreamTimeline::Anchor::Request) {
            pending.push_back(
                    Due{origin + settings.scaledMs(step.seconds), order++, step.bytes, step.close});
        }
    }
    m_subscription.setLive();
    m_subscription.setState("timeline");
    for (;;) {
        if (m_hub.stopping()) {
            return End::Stopped;
        }
        for (const auto& [investigationId, atMs] : m_subscription.takeTasks()) {
            settings = m_hub.settings().settings();
            for (const StreamTimeline::Step& step : script.steps) {
                if (step.anchor == StreamTimeline::Anchor::TaskPost) {
                    pending.push_back(
                            Due{atMs + settings.scaledMs(step.seconds), order++,
                                StreamTimeline::withInvestigation(step.bytes, investigationId),
                                step.close});
                }
            }
        }
        std::sort(pending.begin(), pending.end(), [](const Due& a, const Due& b) {
            return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order;
        });
        const std::int64_t now = UtcTime::nowMs();
        while (!pending.empty() && pending.front().atMs <= now) {
            const Due step = pending.front();
            pending.erase(pending.begin());
            if (!step.bytes.empty()) {
                const auto status = m_socket.write(step.bytes);
                if (status != StreamSocket::Status::Ok) {
                    return status == StreamSocket::Status::Closed ? End::PeerClosed : End::Stopped;
                }
                const auto records = static_cast<std::uint64_t>(
                        std::count(step.bytes.begin(), step.bytes.end(), '\n'));
                m_subscription.countWritten(records, step.bytes.size());
            }
            if (step.close) {
                m_socket.finish(true);
                return End::Finished;
            }
        }
        if (pending.empty() && script.closeAtEnd) {
            m_socket.finish(true);
            return End::Finished;
        }
        const std::int64_t next = pending.empty() ? now + kMaxWaitMs : pending.front().atMs;
        const auto status =
                m_socket.wait(static_cast<int>(std::clamp<std::int64_t>(next - now, 0, kMaxWaitMs)),
                              m_subscription.wakeFd());
        m_subscription.drainWake();
        if (status != StreamSocket::Status::Ok) {
            return status == StreamSocket::Status::Closed ? End::PeerClosed : End::Stopped;
        }
    }
}
