// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "Rng.h"

// Where the split-writes fault cuts a batch of records into separate writes: at random byte
// positions inside records, always inside the first multi-byte UTF-8 character of a record
// that has one, and at some record boundaries, so that a reader sees every way a line can
// arrive in pieces.
class LineSplitter
{
public:
    explicit LineSplitter(std::uint64_t seed);

    // Cut positions (ascending, each strictly between 0 and data.size()).
    std::vector<std::size_t> cuts(std::string_view data, const std::vector<std::size_t>& ends);

private:
    Rng m_rng;
};
