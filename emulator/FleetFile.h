// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "Sensor.h"

// A fleet in the format of the field cases' fleet.yaml: `sensors:` with sid, hostname, plat
// (by name or number), tags and online_schedule (booleans, one consumed per online check, the
// last repeating). The fields the file leaves out (iid, ips, enroll time, arch) are filled in
// from the sid, so the same file always gives the same sensors.
class FleetFile
{
public:
    struct Entry
    {
        Sensor sensor;
        std::vector<bool> schedule;
    };

    static std::optional<std::vector<Entry>> load(const std::string& file, const std::string& iid,
                                                  std::int64_t nowSec, std::string& error);
};
