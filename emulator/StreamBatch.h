// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Bytes about to be written to a stream, with where each record ends (so that faults can cut
// between and inside records) and how many data records they hold.
struct StreamBatch
{
    std::string bytes;
    std::vector<std::size_t> recordEnds;
    std::uint64_t records = 0;

    void clear()
    {
        bytes.clear();
        recordEnds.clear();
        records = 0;
    }
    bool empty() const { return bytes.empty(); }
    // `line` must end with a newline; control lines (traces) do not count as records.
    void add(const std::string& line, bool isRecord)
    {
        bytes.append(line);
        recordEnds.push_back(bytes.size());
        if (isRecord) {
            ++records;
        }
    }
};
