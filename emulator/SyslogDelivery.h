// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "OutputStore.h"

class AccountDirectory;
class StreamHub;
class Subscription;

// Delivers the stream of every syslog output (the Firehose path): one thread per output
// connects to its dest_host (loopback only), over TLS when is_tls is true (verifying the
// certificate only with is_strict_tls, against --syslog-ca), and writes the output's records,
// one JSON object per line, with or without an RFC 5424 header (is_no_header). It reconnects
// with a growing pause when the listener goes away, stops when the output is deleted, and with
// is_delete_on_failure deletes the output after kDeleteAfterFailures failures in a row.
class SyslogDelivery
{
public:
    static constexpr int kDeleteAfterFailures = 3;

    SyslogDelivery(OutputStore& store, StreamHub& hub, const AccountDirectory& directory,
                   std::string caFile);
    ~SyslogDelivery();
    SyslogDelivery(const SyslogDelivery&) = delete;
    SyslogDelivery& operator=(const SyslogDelivery&) = delete;

    // Brings the delivery of one output in line with the store.
    void sync(const std::string& oid, const std::string& name);
    void shutdown();
    // The delivery state of an output, or null when it is not delivered.
    nlohmann::ordered_json status(const std::string& oid, const std::string& name) const;

private:
    struct Worker
    {
        OutputConfig output;
        std::atomic<bool> stop{false};
        std::thread thread;
        mutable std::mutex mutex;
        std::shared_ptr<Subscription> current;
        std::string state = "starting";
        std::string error;
        std::uint64_t connections = 0;
        std::uint64_t failures = 0;
        std::uint64_t recordsWritten = 0;
    };

    void run(const std::shared_ptr<Worker>& worker);
    void setState(Worker& worker, const std::string& state, const std::string& error);
    bool pause(Worker& worker, double seconds) const;
    static void stopWorker(Worker& worker);

    OutputStore& m_store;
    StreamHub& m_hub;
    const AccountDirectory& m_directory;
    const std::string m_caFile;

    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Worker>> m_workers;
    std::vector<std::shared_ptr<Worker>> m_retired;
    bool m_stopped = false;
};
