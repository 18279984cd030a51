// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <vector>

#include "stream/IndexedLine.h"

namespace lc {

class EventIndexer;

// A run of framed lines that owns its bytes and, once index() has run, the indexer's reading
// of each line. It is filled on one thread, indexed on another and read on the first, so that
// nothing in it points into a parser that has moved on: the strings the indexer unescaped are
// copied into the batch. The lines lie back to back in one buffer with simdjson's padding
// after the last, so the indexer reads them in place instead of copying each one.
class IndexedBatch
{
public:
    void appendLine(QByteArrayView line);
    // Empties the batch for reuse, keeping its buffers: a stream reuses a few batches rather
    // than allocating a new quarter-megabyte for every read.
    void clear();
    qsizetype lineCount() const;
    qsizetype byteSize() const;

    // Indexes every line; call once, after the last appendLine().
    void index(EventIndexer& indexer);

    // The reading of line i; its views live as long as the batch.
    IndexedLine line(qsizetype i) const;

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct Slot
    {
        Span raw;
        Span hostname;
        Span sensor;
        Span type;
        Span investigation;
        Span errorText;
        qint64 timeMs = 0;
        qint64 droppedCount = 0;
        IndexedLine::Kind kind = IndexedLine::Kind::Malformed;
        IndexedLine::Trace trace = IndexedLine::Trace::None;
        EventKind eventKind = EventKind::Other;
        quint8 flags = 0;
    };

    Span keep(std::string_view text);
    Span keep(QByteArrayView text);
    std::string_view view(Span span) const;

    QByteArray m_bytes;        // the lines, each followed by a newline
    std::vector<Span> m_lines; // where each line lies in m_bytes
    std::vector<Slot> m_slots; // filled by index()
    std::string m_strings;     // unescaped strings the slots refer to
    bool m_indexed = false;
};

} // namespace lc
