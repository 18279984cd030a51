// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordPool.h"

#include <cstdlib>
#include <cstring>
#include <iterator>

#include "UtcTime.h"

namespace {

constexpr std::string_view kMarker = "@@";

} // namespace

void RecordPool::writeDecimal(char* at, std::uint64_t value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

void RecordPool::writeHex(char* at, std::uint64_t value, int width)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = width - 1; i >= 0; --i) {
        at[i] = digits[value & 0xFU];
        value >>= 4U;
    }
}

void RecordPool::add(std::string_view templateLine)
{
    Line line{};
    line.offset = static_cast<std::uint32_t>(m_text.size());
    line.firstPatch = static_cast<std::uint32_t>(m_patches.size());
    std::size_t position = 0;
    while (position < templateLine.size()) {
        const std::size_t start = templateLine.find(kMarker, position);
        const std::size_t end = start == std::string_view::npos
                                        ? start
                                        : templateLine.find(kMarker, start + kMarker.size());
        if (end == std::string_view::npos) {
            m_text.append(templateLine.substr(position));
            break;
        }
        const std::string_view body =
                templateLine.substr(start + kMarker.size(), end - start - kMarker.size());
        const char kind = body.empty() ? '?' : body.front();
        const bool numeric = kind == 'T' || kind == 'S';
        // Numeric markers replace a whole JSON string, quotes included.
        const bool quoted = numeric && start > position && templateLine[start - 1] == '"'
                            && end + kMarker.size() < templateLine.size()
                            && templateLine[end + kMarker.size()] == '"';
        m_text.append(templateLine.substr(position, start - position - (quoted ? 1 : 0)));
        Patch patch{static_cast<std::uint32_t>(m_text.size() - line.offset), Kind::Cycle, 0};
        std::size_t width = 0;
        switch (kind) {
        case 'T':
        case 'S':
            patch.kind = kind == 'T' ? Kind::TimeMs : Kind::TimeSec;
            patch.deltaMs = static_cast<std::int32_t>(
                    std::strtol(std::string(body.substr(1)).c_str(), nullptr, 10));
            width = kind == 'T' ? 13 : 10;
            break;
        case 'C':
            patch.kind = Kind::Cycle;
            width = 8;
            break;
        case 'Q':
            patch.kind = Kind::Sequence;
            width = 12;
            break;
        case 'D':
            patch.kind = Kind::DateTime;
            width = 19;
            break;
        default:
            break;
        }
        if (width == 0) {
            // Not a marker after all: keep the text.
            m_text.append(templateLine.substr(start, kMarker.size()));
            position = start + kMarker.size();
            continue;
        }
        m_text.append(width, '0');
        m_patches.push_back(patch);
        position = end + kMarker.size() + (quoted ? 1 : 0);
    }
    m_text.push_back('\n');
    line.length = static_cast<std::uint32_t>(m_text.size() - line.offset);
    line.patchCount = static_cast<std::uint32_t>(m_patches.size() - line.firstPatch);
    m_lines.push_back(line);
}

std::size_t RecordPool::averageLength() const
{
    return m_lines.empty() ? 0 : m_text.size() / m_lines.size();
}

void RecordPool::append(std::size_t index, Stamp& stamp, std::string& out) const
{
    const Line& line = m_lines[index % m_lines.size()];
    const std::size_t base = out.size();
    out.append(m_text, line.offset, line.length);
    char* data = out.data() + base;
    for (std::uint32_t i = 0; i < line.patchCount; ++i) {
        const Patch& patch = m_patches[line.firstPatch + i];
        char* at = data + patch.offset;
        switch (patch.kind) {
        case Kind::TimeMs: {
            const std::int64_t value = stamp.nowMs + patch.deltaMs;
            // Few distinct offsets occur (0, -1, -40, an hour, a day): they stay cached.
            Stamp::CachedTime* slot = nullptr;
            for (Stamp::CachedTime& candidate : stamp.times) {
                if (candidate.valueMs == value) {
                    slot = &candidate;
                    break;
                }
            }
            if (slot == nullptr) {
                slot = &stamp.times[stamp.nextSlot++ % std::size(stamp.times)];
                slot->valueMs = value;
                writeDecimal(slot->digits, static_cast<std::uint64_t>(value), 13);
            }
            std::memcpy(at, slot->digits, 13);
            break;
        }
        case Kind::TimeSec:
            writeDecimal(at, static_cast<std::uint64_t>((stamp.nowMs + patch.deltaMs) / 1000), 10);
            break;
        case Kind::Cycle:
            writeHex(at, stamp.cycle, 8);
            break;
        case Kind::Sequence:
            writeHex(at, stamp.sequence, 12);
            break;
        case Kind::DateTime:
            if (stamp.dateTimeSec != stamp.nowMs / 1000) {
                stamp.dateTimeSec = stamp.nowMs / 1000;
                stamp.dateTime = UtcTime::format(stamp.dateTimeSec);
            }
            std::memcpy(at, stamp.dateTime.data(), 19);
            break;
        }
    }
}
