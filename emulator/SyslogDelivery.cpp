// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogDelivery.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "AccountDirectory.h"
#include "OutboundConnection.h"
#include "StreamHub.h"
#include "StreamPump.h"
#include "StreamSettingsStore.h"
#include "StreamSocket.h"
#include "Subscription.h"

namespace {

constexpr int kConnectTimeoutMs = 2000;
constexpr double kFirstPauseSec = 0.5;
constexpr double kLongestPauseSec = 10.0;

std::string keyOf(const std::string& oid, const std::string& name)
{
    return oid + '\n' + name;
}

bool sameOutput(const OutputConfig& a, const OutputConfig& b)
{
    return a.module == b.module && a.type == b.type && a.params == b.params;
}

} // namespace

SyslogDelivery::SyslogDelivery(OutputStore& store, StreamHub& hub,
                               const AccountDirectory& directory, std::string caFile)
    : m_store(store)
    , m_hub(hub)
    , m_directory(directory)
    , m_caFile(std::move(caFile))
{}

SyslogDelivery::~SyslogDelivery()
{
    shutdown();
}

void SyslogDelivery::stopWorker(Worker& worker)
{
    worker.stop = true;
    std::lock_guard lock(worker.mutex);
    if (worker.current) {
        worker.current->wake();
    }
}

void SyslogDelivery::sync(const std::string& oid, const std::string& name)
{
    const auto output = m_store.find(oid, name);
    std::vector<std::shared_ptr<Worker>> toJoin;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped) {
            return;
        }
        const std::string key = keyOf(oid, name);
        const auto it = m_workers.find(key);
        if (it != m_workers.end()) {
            if (output && sameOutput(it->second->output, *output)) {
                return;
            }
            stopWorker(*it->second);
            // A worker that deletes its own output is still running this call.
            if (it->second->thread.get_id() == std::this_thread::get_id()) {
                m_retired.push_back(it->second);
            } else {
                toJoin.push_back(it->second);
            }
            m_workers.erase(it);
        }
        for (auto retired = m_retired.begin(); retired != m_retired.end();) {
            if ((*retired)->thread.get_id() != std::this_thread::get_id()) {
                toJoin.push_back(*retired);
                retired = m_retired.erase(retired);
            } else {
                ++retired;
            }
        }
        if (output && output->module == "syslog") {
            auto worker = std::make_shared<Worker>();
            worker->output = *output;
            m_workers.emplace(key, worker);
            worker->thread = std::thread([this, worker] { run(worker); });
        }
    }
    for (const auto& worker : toJoin) {
        if (worker->thread.joinable()) {
            worker->thread.join();
        }
    }
}

void SyslogDelivery::shutdown()
{
    std::vector<std::shared_ptr<Worker>> toJoin;
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        for (auto& [key, worker] : m_workers) {
            stopWorker(*worker);
            toJoin.push_back(worker);
        }
        m_workers.clear();
        toJoin.insert(toJoin.end(), m_retired.begin(), m_retired.end());
        m_retired.clear();
    }
    for (const auto& worker : toJoin) {
        if (worker->thread.joinable()) {
            worker->thread.join();
        }
    }
}

nlohmann::ordered_json SyslogDelivery::status(const std::string& oid, const std::string& name) const
{
    std::shared_ptr<Worker> worker;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_workers.find(keyOf(oid, name));
        if (it == m_workers.end()) {
            return nullptr;
        }
        worker = it->second;
    }
    std::lock_guard lock(worker->mutex);
    return {{"state", worker->state},       {"dest", worker->output.param("dest_host")},
            {"error", worker->error},       {"connections", worker->connections},
            {"failures", worker->failures}, {"records_written", worker->recordsWritten}};
}

void SyslogDelivery::setState(Worker& worker, const std::string& state, const std::string& error)
{
    std::lock_guard lock(worker.mutex);
    worker.state = state;
    worker.error = error;
}

bool SyslogDelivery::pause(Worker& worker, double seconds) const
{
    const auto until = std::chrono::steady_clock::now()
                       + std::chrono::milliseconds(m_hub.settings().settings().scaledMs(seconds));
    while (std::chrono::steady_clock::now() < until) {
        if (worker.stop || m_hub.stopping()) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return !worker.stop && !m_hub.stopping();
}

void SyslogDelivery::run(const std::shared_ptr<Worker>& worker)
{
    const OutputConfig& output = worker->output;
    const std::string dest = output.param("dest_host");
    std::string error;
    const auto address = LoopbackAddress::parse(dest, error);
    if (!address) {
        std::fprintf(stderr, "lcdesk-emulator: output %s: not delivering to %s: %s\n",
                     output.name.c_str(), dest.c_str(), error.c_str());
        setState(*worker, "refused", error);
        return;
    }
    const auto type = streamTypeFromName(output.type);
    const Organization* org = m_directory.org(output.oid);
    if (!type || org == nullptr) {
        setState(*worker, "idle", "the emulator has no data for type " + output.type);
        return;
    }
    OutboundTls tls;
    tls.enabled = output.flag("is_tls");
    tls.verify = output.flag("is_strict_tls");
    tls.caFile = m_caFile;
    PumpOptions options;
    options.traces = false;
    options.syslogHeader = !output.flag("is_no_header");
    const std::string structuredData = output.param("structured_data");
    options.structuredData = structuredData.empty() ? std::string("-") : structuredData;
    SubscriptionInfo info;
    info.kind = SubscriptionKind::Syslog;
    info.oid = output.oid;
    info.filter.type = *type;
    info.filter.sid = output.param("sid");
    info.filter.tag = output.param("tag");
    info.filter.cat = output.param("cat");
    info.filter.invId = output.param("inv_id");
    info.output = output.name;
    info.dest = address->text();
    const auto stopping = [this, worker] {
        return worker->stop || m_hub.stopping();
    };

    int failures = 0;
    double backoff = kFirstPauseSec;
    while (!stopping()) {
        setState(*worker, "connecting", std::string());
        auto connection =
                OutboundConnection::open(*address, tls, kConnectTimeoutMs, stopping, error);
        bool failed = !connection;
        if (connection) {
            connection->setNoDelay(true);
            auto subscription = m_hub.open(info);
            {
                std::lock_guard lock(worker->mutex);
                worker->current = subscription;
                ++worker->connections;
                worker->state = "connected";
                worker->error.clear();
            }
            StreamSocket socket(connection->fd(), connection->ssl(), false, stopping);
            StreamPump pump(m_hub, *org, *subscription, socket, options);
            const StreamPump::End end = pump.run();
            m_hub.close(subscription, StreamPump::endName(end));
            const std::uint64_t written = subscription->recordsWritten();
            {
                std::lock_guard lock(worker->mutex);
                worker->current.reset();
                worker->recordsWritten += written;
            }
            const bool abort =
                    end == StreamPump::End::Disconnected
                    && m_hub.settings().settings().disconnectStyle == DisconnectStyle::Abort;
            if (!abort && end != StreamPump::End::PeerClosed) {
                connection->closeNotify();
            }
            if (end == StreamPump::End::Stopped) {
                break;
            }
            if (end == StreamPump::End::PeerClosed) {
                error = "the listener closed the connection";
                failed = written == 0;
            }
            if (written > 0) {
                failures = 0;
                backoff = kFirstPauseSec;
            }
        }
        if (failed) {
            ++failures;
            {
                std::lock_guard lock(worker->mutex);
                ++worker->failures;
            }
            if (output.flag("is_delete_on_failure") && failures >= kDeleteAfterFailures) {
                std::fprintf(stderr,
                             "lcdesk-emulator: output %s deleted after %d failed deliveries: %s\n",
                             output.name.c_str(), failures, error.c_str());
                setState(*worker, "deleted", error);
                m_hub.audit(output.oid, "output_del",
                            "output deleted after repeated delivery failures", "system",
                            {{"name", output.name}}, {{"error", error}});
                m_store.remove(output.oid, output.name);
                return;
            }
        }
        setState(*worker, "backoff", failed ? error : std::string());
        if (!pause(*worker, backoff)) {
            break;
        }
        if (failed) {
            backoff = std::min(backoff * 2.0, kLongestPauseSec);
        }
    }
    setState(*worker, "stopped", std::string());
}
