// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/StringPool.h"

#include <cstring>
#include <vector>

namespace lc {

namespace {

constexpr size_t ChunkBytes = 64 * 1024;

// Short keys (sids, hostnames, event types): eight bytes at a time, then a final mix.
quint64 hashOf(std::string_view text)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ text.size();
    const char* p = text.data();
    size_t left = text.size();
    while (left >= 8) {
        quint64 word = 0;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        left -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, left);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h;
}

} // namespace

struct StringPool::Private
{
    std::vector<std::string_view> values; // by id
    std::vector<quint32> hashes;          // by id, for growing the table
    std::vector<quint32> slots;           // id, 0 = empty; size a power of two
    std::vector<std::unique_ptr<char[]>> chunks;
    size_t chunkUsed = ChunkBytes;
    size_t chunkSize = ChunkBytes;

    Private() { reset(); }

    void reset()
    {
        values.assign(1, std::string_view());
        hashes.assign(1, 0);
        slots.assign(1024, 0);
        chunks.clear();
        chunkUsed = chunkSize = ChunkBytes;
    }

    std::string_view store(std::string_view text)
    {
        if (text.empty())
            return {};
        if (chunkSize - chunkUsed < text.size()) {
            chunkSize = std::max(ChunkBytes, text.size());
            chunks.push_back(std::make_unique<char[]>(chunkSize));
            chunkUsed = 0;
        }
        char* at = chunks.back().get() + chunkUsed;
        std::memcpy(at, text.data(), text.size());
        chunkUsed += text.size();
        return std::string_view(at, text.size());
    }

    void grow()
    {
        std::vector<quint32> bigger(slots.size() * 2, 0);
        const size_t mask = bigger.size() - 1;
        for (quint32 id = 1; id < values.size(); ++id) {
            size_t slot = hashes[id] & mask;
            while (bigger[slot])
                slot = (slot + 1) & mask;
            bigger[slot] = id;
        }
        slots.swap(bigger);
    }
};

StringPool::StringPool()
    : d(std::make_unique<Private>())
{}

StringPool::~StringPool() = default;

quint32 StringPool::intern(std::string_view value)
{
    if (value.empty())
        return 0;

    const auto hash = static_cast<quint32>(hashOf(value));
    size_t mask = d->slots.size() - 1;
    size_t slot = hash & mask;
    while (const quint32 id = d->slots[slot]) {
        if (d->hashes[id] == hash && d->values[id] == value)
            return id;
        slot = (slot + 1) & mask;
    }

    const auto id = static_cast<quint32>(d->values.size());
    d->values.push_back(d->store(value));
    d->hashes.push_back(hash);
    d->slots[slot] = id;
    // Linear probing stays short below half full.
    if (d->values.size() * 2 > d->slots.size())
        d->grow();
    return id;
}

std::string_view StringPool::value(quint32 id) const
{
    return id < d->values.size() ? d->values[id] : std::string_view();
}

quint32 StringPool::size() const
{
    return static_cast<quint32>(d->values.size());
}

void StringPool::clear()
{
    d->reset();
}

} // namespace lc
