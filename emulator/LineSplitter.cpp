// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineSplitter.h"

#include <algorithm>

LineSplitter::LineSplitter(std::uint64_t seed)
    : m_rng(seed)
{}

std::vector<std::size_t> LineSplitter::cuts(std::string_view data,
                                            const std::vector<std::size_t>& ends)
{
    std::vector<std::size_t> positions;
    std::size_t start = 0;
    for (const std::size_t end : ends) {
        if (end <= start || end > data.size()) {
            continue;
        }
        const std::size_t length = end - start;
        if (start > 0 && m_rng.chance(0.5)) {
            positions.push_back(start);
        }
        for (std::size_t i = start; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (byte >= 0xC0U && i + 1 < end) {
                positions.push_back(i + 1);
                break;
            }
        }
        const std::size_t random = length > 1 ? 1 + m_rng.below(2) : 0;
        for (std::size_t i = 0; i < random; ++i) {
            positions.push_back(start + 1 + m_rng.below(length - 1));
        }
        start = end;
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    positions.erase(
            std::remove_if(positions.begin(), positions.end(),
                           [&data](std::size_t at) { return at == 0 || at >= data.size(); }),
            positions.end());
    return positions;
}
