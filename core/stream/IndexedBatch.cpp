// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/IndexedBatch.h"

#include "stream/EventIndexer.h"

namespace lc {

void IndexedBatch::appendLine(QByteArrayView line)
{
    m_lines.push_back({m_bytes.size(), line.size()});
    m_bytes.append(line);
    m_bytes.append('\n');
}

void IndexedBatch::clear()
{
    m_bytes.resize(0);
    m_lines.clear();
    m_slots.clear();
    m_strings.clear();
    m_indexed = false;
}

qsizetype IndexedBatch::lineCount() const
{
    return static_cast<qsizetype>(m_lines.size());
}

qsizetype IndexedBatch::byteSize() const
{
    return m_bytes.size();
}

IndexedBatch::Span IndexedBatch::keep(std::string_view text)
{
    if (text.empty())
        return {};
    const Span span{static_cast<qsizetype>(m_strings.size()), static_cast<qsizetype>(text.size())};
    m_strings.append(text);
    return span;
}

IndexedBatch::Span IndexedBatch::keep(QByteArrayView text)
{
    return keep(std::string_view(text.data(), static_cast<size_t>(text.size())));
}

std::string_view IndexedBatch::view(Span span) const
{
    if (span.length == 0)
        return {};
    return std::string_view(m_strings.data() + span.offset, static_cast<size_t>(span.length));
}

void IndexedBatch::index(EventIndexer& indexer)
{
    if (m_indexed)
        return;
    m_indexed = true;

    // Zeroed padding past the last line: the parser may read it, and nothing but the lines
    // themselves decides the result.
    const qsizetype used = m_bytes.size();
    m_bytes.append(QByteArray(EventIndexer::ReadAhead, '\0'));
    const char* base = m_bytes.constData();

    m_slots.reserve(m_lines.size());
    for (const Span& where : m_lines) {
        const QByteArrayView text(base + where.offset, where.length);
        const IndexedLine& indexed =
                indexer.index(text, used + EventIndexer::ReadAhead - where.offset - where.length);
        Slot slot;
        slot.raw = where;
        slot.kind = indexed.kind;
        slot.trace = indexed.trace;
        slot.eventKind = indexed.eventKind;
        slot.flags = indexed.flags;
        slot.timeMs = indexed.timeMs;
        slot.droppedCount = indexed.droppedCount;
        slot.hostname = keep(indexed.hostname);
        slot.sensor = keep(indexed.sensor);
        slot.type = keep(indexed.type);
        slot.investigation = keep(indexed.investigation);
        slot.errorText = keep(indexed.errorText);
        m_slots.push_back(slot);
    }
}

IndexedLine IndexedBatch::line(qsizetype i) const
{
    Q_ASSERT(m_indexed);
    const Slot& slot = m_slots[static_cast<size_t>(i)];
    IndexedLine line;
    line.kind = slot.kind;
    line.raw = QByteArrayView(m_bytes.constData() + slot.raw.offset, slot.raw.length);
    line.eventKind = slot.eventKind;
    line.timeMs = slot.timeMs;
    line.hostname = view(slot.hostname);
    line.sensor = view(slot.sensor);
    line.type = view(slot.type);
    line.investigation = view(slot.investigation);
    line.flags = slot.flags;
    line.trace = slot.trace;
    line.droppedCount = slot.droppedCount;
    const std::string_view error = view(slot.errorText);
    line.errorText = QByteArrayView(error.data(), static_cast<qsizetype>(error.size()));
    return line;
}

} // namespace lc
