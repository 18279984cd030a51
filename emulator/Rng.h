// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5U, 7U) * 9U;
        const std::uint64_t t = m_state[1] << 17U;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45U);
        return result;
    }
    std::uint64_t below(std::uint64_t bound);
    std::int64_t between(std::int64_t low, std::int64_t high);
    double unit();
    bool chance(double probability);
    std::string uuid4();
    std::string hex(std::size_t digits);

private:
    static std::uint64_t rotl(std::uint64_t x, unsigned k) { return (x << k) | (x >> (64U - k)); }

    // A plain array: this is the hot loop of fleet generation, also in unoptimized builds.
    std::uint64_t m_state[4] = {};
};
