// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCache.h"

#include "HostBuilder.h"
#include "UtcTime.h"

HostCache::HostCache(std::uint64_t seed)
    : m_seed(seed)
{}

void HostCache::setImplants(const std::string& oid, ImplantPlan plan)
{
    std::lock_guard lock(m_mutex);
    m_implants[oid] = std::move(plan);
}

ImplantPlan HostCache::implants(const std::string& oid) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_implants.find(oid);
    return it == m_implants.end() ? ImplantPlan() : it->second;
}

void HostCache::resetOrg(const std::string& oid)
{
    std::lock_guard lock(m_mutex);
    const std::string prefix = oid + "/";
    for (auto it = m_hosts.begin(); it != m_hosts.end();) {
        if (it->first.compare(0, prefix.size(), prefix) == 0) {
            m_recent.erase(it->second.position);
            it = m_hosts.erase(it);
        } else {
            ++it;
        }
    }
}

void HostCache::withHost(const std::string& oid, const Sensor& sensor,
                         const std::function<void(SimulatedHost&)>& work)
{
    std::lock_guard lock(m_mutex);
    const std::string key = oid + "/" + sensor.sid;
    auto it = m_hosts.find(key);
    if (it == m_hosts.end()) {
        const auto plan = m_implants.find(oid);
        const auto implants = plan == m_implants.end() ? std::vector<ImplantPlan::Kind>()
                                                       : plan->second.implantsOf(sensor.sid);
        m_recent.push_front(key);
        it = m_hosts.emplace(key,
                             Entry{HostBuilder::build(sensor, m_seed, implants, UtcTime::nowMs()),
                                   m_recent.begin()})
                     .first;
        while (m_hosts.size() > kLimit) {
            m_hosts.erase(m_recent.back());
            m_recent.pop_back();
        }
    } else {
        m_recent.splice(m_recent.begin(), m_recent, it->second.position);
    }
    work(*it->second.host);
}

std::size_t HostCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_hosts.size();
}
