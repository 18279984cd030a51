// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/RawArena.h"

#include <algorithm>
#include <cstring>

namespace lc {

RawArena::RawArena(qsizetype chunkBytes)
    : m_chunkBytes(std::max<qsizetype>(chunkBytes, 4096))
{}

QByteArrayView RawArena::add(QByteArrayView bytes, qint64 tag)
{
    if (m_chunks.empty() || m_chunks.back().size - m_chunks.back().used < bytes.size()) {
        Chunk chunk;
        chunk.size = std::max(m_chunkBytes, bytes.size());
        // Not value-initialised: the bytes are written right away, and only what is used
        // is ever touched (so untouched pages cost no memory).
        if (chunk.size == m_chunkBytes && !m_spare.empty()) {
            chunk.data = std::move(m_spare.back());
            m_spare.pop_back();
        } else {
            chunk.data.reset(new char[static_cast<size_t>(chunk.size)]);
        }
        m_allocated += chunk.size;
        m_chunks.push_back(std::move(chunk));
    }
    Chunk& chunk = m_chunks.back();
    char* at = chunk.data.get() + chunk.used;
    if (!bytes.isEmpty())
        std::memcpy(at, bytes.data(), static_cast<size_t>(bytes.size()));
    chunk.used += bytes.size();
    chunk.lastTag = tag;
    return QByteArrayView(at, bytes.size());
}

void RawArena::releaseBefore(qint64 firstKept)
{
    while (m_chunks.size() > 1 && m_chunks.front().lastTag < firstKept) {
        Chunk& oldest = m_chunks.front();
        m_allocated -= oldest.size;
        if (oldest.size == m_chunkBytes && m_spare.size() < MaxSpareChunks)
            m_spare.push_back(std::move(oldest.data));
        m_chunks.pop_front();
    }
}

void RawArena::clear()
{
    m_chunks.clear();
    m_spare.clear();
    m_allocated = 0;
}

qint64 RawArena::allocatedBytes() const
{
    return m_allocated;
}

} // namespace lc
