// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

#include "StreamType.h"

enum class DisconnectStyle
{
    Clean, // the stream ends properly (last chunk, TLS close_notify), then the socket closes
    Abort, // the socket is shut down mid-stream: no last chunk, no close_notify
};

// How the stream side behaves: record rates, the time scale, and the stream faults. Applies
// to Spout connections and to syslog output delivery; changes reach live connections.
struct StreamSettings
{
    // A rate below zero means "as fast as the socket takes".
    static constexpr double kMaxRate = -1.0;

    // Records per second per connection, indexed by StreamType.
    std::array<double, kStreamTypeCount> rates = {200.0, 2.0, 0.5, 0.1, 0.2};
    // Multiplies every protocol duration (connected delay, keep-alive, timelines, stalls,
    // reconnect backoff); 0.05 turns the 60 s keep-alive into 3 s. Rates are not scaled.
    double timeScale = 1.0;
    double connectedDelaySec = 1.0; // < 0: the connected trace is never sent
    double keepaliveSec = 60.0;     // <= 0: no keep-alives
    std::size_t queueRecords = 4096;
    std::uint64_t disconnectEvery = 0; // 0: never
    DisconnectStyle disconnectStyle = DisconnectStyle::Clean;
    bool splitWrites = false;
    int splitPauseMs = 2;
    std::uint64_t stallAfter = 0; // records written before the stall starts
    double stallSec = 0.0;        // 0: no stall; < 0: stall forever with the socket open

    double rate(StreamType type) const { return rates[streamTypeIndex(type)]; }
    // A protocol duration in milliseconds after the time scale.
    std::int64_t scaledMs(double seconds) const
    {
        return static_cast<std::int64_t>(seconds * timeScale * 1000.0 + 0.5);
    }
};
