// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "LineSplitter.h"
#include "RecordPool.h"
#include "StreamBatch.h"
#include "StreamSettings.h"
#include "StreamTimeline.h"

class StreamHub;
class StreamSocket;
class Subscription;
struct Organization;

struct PumpOptions
{
    // Spout connections get the `__trace` lines (connected, keepalive, dropped); outputs not.
    bool traces = true;
    // Syslog outputs without is_no_header: an RFC 5424 header before each record.
    bool syslogHeader = false;
    std::string structuredData = "-";
    // When the request arrived: the connected delay and timeline times count from here.
    std::int64_t originMs = 0;
};

// Writes one stream connection until the peer leaves, the emulator stops or a fault ends it:
// generated records at the configured rate (or as fast as the socket takes), published records
// as they become due, the trace lines, and the stream faults (disconnect every N records, split
// writes, stall). A reader that cannot keep up does not slow anyone else down: what does not fit
// its bounded queue is dropped and reported with a `dropped` trace once it reads again.
class StreamPump
{
public:
    enum class End
    {
        PeerClosed,
        Stopped,
        Disconnected, // the disconnect fault
        Finished,     // a timeline that ends with `then: close`
    };

    StreamPump(StreamHub& hub, const Organization& org, Subscription& subscription,
               StreamSocket& socket, PumpOptions options);
    ~StreamPump();

    End run();
    End runTimeline(const StreamTimeline::Script& script);

    static std::string endName(End end);

private:
    enum class Write
    {
        Ok,
        Closed,
        Stopped,
    };

    Write writeBatch(const StreamSettings& settings);
    void appendGenerated(std::uint64_t count, std::int64_t nowMs);
    void appendQueued(std::int64_t nowMs, std::uint64_t maxRecords, std::int64_t& nextDue);
    std::string syslogHeader(std::int64_t nowMs) const;
    End ended(Write status) const;

    StreamHub& m_hub;
    const Organization& m_org;
    Subscription& m_subscription;
    StreamSocket& m_socket;
    PumpOptions m_options;
    LineSplitter m_splitter;
    StreamBatch m_batch;
    std::shared_ptr<const RecordPool> m_pool;
    std::size_t m_index = 0;
    std::uint32_t m_cycle = 1;
    std::uint64_t m_sequence = 0;
    RecordPool::Stamp m_stamp;
};
