// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rng.h"

namespace {

std::uint64_t splitMix(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

} // namespace

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t s = seed;
    for (auto& word : m_state) {
        word = splitMix(s);
    }
}

std::uint64_t Rng::mix(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t s = a ^ (b * 0xD1342543DE82EF95ULL);
    splitMix(s);
    return splitMix(s) ^ b;
}

std::uint64_t Rng::below(std::uint64_t bound)
{
    if (bound == 0) {
        return 0;
    }
    // Rejection sampling keeps the distribution exact; the loop almost never repeats.
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % bound);
    std::uint64_t value = next();
    while (value >= limit) {
        value = next();
    }
    return value % bound;
}

std::int64_t Rng::between(std::int64_t low, std::int64_t high)
{
    if (high <= low) {
        return low;
    }
    const auto span = static_cast<std::uint64_t>(high - low) + 1U;
    return low + static_cast<std::int64_t>(below(span));
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11U) * (1.0 / 9007199254740992.0);
}

bool Rng::chance(double probability)
{
    return unit() < probability;
}

std::string Rng::uuid4()
{
    static const char digits[] = "0123456789abcdef";
    // Version 4 and the RFC 4122 variant are forced into their nibbles (positions 12 and 16).
    const std::uint64_t hi = (next() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    const std::uint64_t lo = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    std::string out(36, '-');
    std::size_t position = 0;
    for (int i = 0; i < 32; ++i) {
        if (position == 8 || position == 13 || position == 18 || position == 23) {
            ++position;
        }
        const std::uint64_t word = i < 16 ? hi : lo;
        const unsigned shift = static_cast<unsigned>((15 - (i % 16)) * 4);
        out[position++] = digits[(word >> shift) & 0xFU];
    }
    return out;
}

std::string Rng::hex(std::size_t digits)
{
    static const char alphabet[] = "0123456789abcdef";
    std::string out;
    out.reserve(digits);
    for (std::size_t i = 0; i < digits; ++i) {
        out.push_back(alphabet[below(16)]);
    }
    return out;
}
