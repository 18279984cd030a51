// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "ImplantPlan.h"
#include "Sensor.h"
#include "SimulatedHost.h"

// The simulated hosts of the sensors that were tasked, built on a sensor's first task (so
// start-up stays fast with 100,000 sensors) and kept in a bounded least-recently-used cache.
// A host that falls out of the cache is built afresh when tasked again, so changes made to it
// (killed processes, deleted files) are forgotten after 1,000 other hosts were tasked.
class HostCache
{
public:
    static constexpr std::size_t kLimit = 1000;

    explicit HostCache(std::uint64_t seed);

    // Which hosts of an org carry the planted indicators.
    void setImplants(const std::string& oid, ImplantPlan plan);
    ImplantPlan implants(const std::string& oid) const;
    // Forgets an org's hosts (its fleet was replaced).
    void resetOrg(const std::string& oid);

    // Runs `work` on the sensor's host, one task at a time.
    void withHost(const std::string& oid, const Sensor& sensor,
                  const std::function<void(SimulatedHost&)>& work);
    std::size_t size() const;

private:
    struct Entry
    {
        std::unique_ptr<SimulatedHost> host;
        std::list<std::string>::iterator position;
    };

    std::uint64_t m_seed;
    mutable std::mutex m_mutex;
    std::map<std::string, ImplantPlan> m_implants;
    std::unordered_map<std::string, Entry> m_hosts; // oid + "/" + sid
    std::list<std::string> m_recent;                // most recently used first
};
