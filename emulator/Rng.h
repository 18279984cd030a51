// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>

// Deterministic, fast generator (xoshiro256**): the fleet must be identical for a given seed on
// every platform, which std::uniform_*_distribution does not guarantee.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);

    // Mixes several values into one seed so per-sensor streams are independent of each other.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b);

    std::uint64_t next();
    std::uint64_t below(std::uint64_t bound);
    std::int64_t between(std::int64_t low, std::int64_t high);
    double unit();
    bool chance(double probability);
    std::string uuid4();
    std::string hex(std::size_t digits);

private:
    std::array<std::uint64_t, 4> m_state{};
};
