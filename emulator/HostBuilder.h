// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "ImplantPlan.h"
#include "Sensor.h"
#include "SimulatedHost.h"

// Builds the simulated host of a sensor. Everything but process start times follows from the
// sid and the seed, so the same sensor always has the same files, hashes and registry.
class HostBuilder
{
public:
    static std::unique_ptr<SimulatedHost> build(const Sensor& sensor, std::uint64_t seed,
                                                const std::vector<ImplantPlan::Kind>& implants,
                                                std::int64_t nowMs);

    // The deterministic IP address a domain resolves to on every simulated host.
    static std::string addressOf(const std::string& domain);
};
