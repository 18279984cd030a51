// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Serialized records, rendered once and sent many times. Only the fields that must differ
// between sends are rewritten, in place and at fixed width: times, the sequence part of ids
// and the cycle part of atoms. That keeps a generated stream near memcpy speed.
//
// Templates are JSON lines carrying markers that `add` turns into fixed-width fields:
//   "@@T<delta>@@"  (a whole JSON string)  -> 13-digit number: now in ms + delta
//   "@@S<delta>@@"  (a whole JSON string)  -> 10-digit number: now in seconds + delta / 1000
//   @@C@@ inside a string                  -> 8 hex digits: the pass over the pool
//   @@Q@@ inside a string                  -> 12 hex digits: the record's sequence number
//   @@D@@ inside a string                  -> "YYYY-MM-DD HH:MM:SS" (UTC, now)
class RecordPool
{
public:
    // What the markers become for one record. The rendered times are cached in the stamp, so
    // a batch stamped with one `nowMs` formats each distinct time once.
    struct Stamp
    {
        std::int64_t nowMs = 0;
        std::uint32_t cycle = 0;
        std::uint64_t sequence = 0;

        struct CachedTime
        {
            std::int64_t valueMs = -1;
            char digits[13];
        };
        CachedTime times[8];
        std::size_t nextSlot = 0;
        std::string dateTime; // for nowMs / 1000
        std::int64_t dateTimeSec = -1;
    };

    // A template must be one line without a newline; the newline is added.
    void add(std::string_view templateLine);
    bool empty() const { return m_lines.empty(); }
    std::size_t size() const { return m_lines.size(); }
    std::size_t averageLength() const;

    // Appends record `index` (with its newline) to `out`.
    void append(std::size_t index, Stamp& stamp, std::string& out) const;

    static void writeDecimal(char* at, std::uint64_t value, int width);
    static void writeHex(char* at, std::uint64_t value, int width);

private:
    enum class Kind : std::uint8_t
    {
        TimeMs,
        TimeSec,
        Cycle,
        Sequence,
        DateTime,
    };
    struct Patch
    {
        std::uint32_t offset; // within the line
        Kind kind;
        std::int32_t deltaMs;
    };
    struct Line
    {
        std::uint32_t offset;
        std::uint32_t length; // newline included
        std::uint32_t firstPatch;
        std::uint32_t patchCount;
    };

    std::string m_text;
    std::vector<Line> m_lines;
    std::vector<Patch> m_patches;
};
