// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Sensor.h"

struct FleetSpec
{
    std::string oid;
    std::size_t count = 0;
    std::uint64_t seed = 1;
    // Installation keys: workstations, servers, adapters.
    std::vector<std::string> iids;
    std::int64_t nowSec = 0;
    // Only the demo organisation carries the hand-picked non-ASCII hostnames.
    bool specialHostnames = false;
};

// Builds a realistic fleet. Each sensor comes from its own generator stream seeded by (seed,
// index), so the same seed yields the same fleet and sensor i never depends on sensor count.
class FleetGenerator
{
public:
    static std::vector<Sensor> generate(const FleetSpec& spec);

private:
    static Sensor makeSensor(const FleetSpec& spec, std::size_t index);
};
