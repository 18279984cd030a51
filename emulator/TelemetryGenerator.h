// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "RecordPool.h"
#include "Sensor.h"
#include "StreamFilter.h"

struct Organization;

// Makes the generated records of every stream type for an organisation: process trees with
// their DNS, network, file, module and registry activity from online sensors, detections from
// a few made-up rules, audit entries, deployment events and billing records. Records are
// rendered into a RecordPool per (org, filter) and rebuilt when the fleet changes; the pool
// already honours the filter, so connections only rotate through it.
class TelemetryGenerator
{
public:
    explicit TelemetryGenerator(std::uint64_t seed);

    // Never null; empty when nothing in the org matches the filter.
    std::shared_ptr<const RecordPool> pool(const Organization& org, const StreamFilter& filter);

    // The tags a sensor carries now, as records list them.
    static std::vector<std::string> liveTags(const Sensor& sensor, std::int64_t nowMs);

private:
    struct Entry
    {
        std::uint64_t revision = 0;
        std::shared_ptr<const RecordPool> pool;
    };

    std::shared_ptr<const RecordPool> build(const Organization& org, const StreamFilter& filter,
                                            std::uint64_t revision) const;

    std::uint64_t m_seed;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_cache;
};
