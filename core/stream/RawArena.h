// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <deque>
#include <memory>

namespace lc {

// Raw record bytes packed into large chunks instead of one allocation per record. Each copy
// is tagged with a growing number (the record's sequence); when the oldest records go, whole
// chunks whose last tag is older are freed. Copies never move.
class RawArena
{
public:
    static constexpr int MaxSpareChunks = 4;

    explicit RawArena(qsizetype chunkBytes = 2 * 1024 * 1024);

    QByteArrayView add(QByteArrayView bytes, qint64 tag);
    // Frees every chunk (but the one being filled) that holds only tags below firstKept.
    void releaseBefore(qint64 firstKept);
    void clear();
    qint64 allocatedBytes() const;

private:
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        qsizetype size = 0;
        qsizetype used = 0;
        qint64 lastTag = 0;
    };

    std::deque<Chunk> m_chunks;
    // Freed chunks kept for the next ones: a full ring frees and takes a chunk every few
    // thousand records, and handing the memory back to the system each time costs a page
    // fault per 4 KB when it is taken again.
    std::deque<std::unique_ptr<char[]>> m_spare;
    qsizetype m_chunkBytes;
    qint64 m_allocated = 0;
};

} // namespace lc
