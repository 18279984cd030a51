// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>

struct TagEntry
{
    std::string by;
    std::string added;
    std::int64_t expiresMs = 0; // 0 = permanent

    bool isLive(std::int64_t nowMs) const { return expiresMs == 0 || expiresMs > nowMs; }
};

struct Sensor
{
    std::string sid;
    std::string iid;
    std::string did; // empty: the key is left out, as for sensors without a device id
    std::string hostname;
    std::string intIp;
    std::string extIp;
    std::string enroll;
    std::string alive;
    std::uint32_t plat = 0;
    std::uint32_t arch = 0;
    bool kernel = false;
    bool online = false;
    bool isolated = false;
    bool shouldIsolate = false;
    bool sealed = false;
    bool shouldSeal = false;
    // Older sensor versions report no sealing fields at all; clients must cope with both.
    bool reportsSeal = true;
    std::int64_t connectedAt = 0;
    std::map<std::string, TagEntry> tags;

    bool hasLiveTag(const std::string& tag, std::int64_t nowMs) const
    {
        const auto it = tags.find(tag);
        return it != tags.end() && it->second.isLive(nowMs);
    }
};
