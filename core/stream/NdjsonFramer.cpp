// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/NdjsonFramer.h"

#include <algorithm>
#include <cstring>

namespace lc {

namespace {

bool isBlank(QByteArrayView line)
{
    // Records start with '{', so the usual line is decided by its first byte.
    return std::all_of(line.begin(), line.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    });
}

const char* findNewline(const char* from, const char* end)
{
    return static_cast<const char*>(std::memchr(from, '\n', static_cast<size_t>(end - from)));
}

} // namespace

void NdjsonFramer::emitLine(QByteArrayView line, const LineHandler& handler) const
{
    // Cut first, as a line assembled across reads is (appendPartial), so a CR at the cut is
    // treated the same however the line arrived.
    if (line.size() > m_maxLineBytes)
        line.truncate(m_maxLineBytes);
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    if (line.isEmpty() || isBlank(line))
        return;
    handler(line);
}

void NdjsonFramer::appendPartial(QByteArrayView data, const LineHandler& handler)
{
    if (m_discarding)
        return;

    // A peer that never sends a newline must not take all memory: past the limit the line is
    // handed out cut off (it will not parse, so it counts as malformed) and the rest of it is
    // dropped up to the next newline.
    const qsizetype room = m_maxLineBytes - m_partial.size();
    if (data.size() <= room) {
        m_partial.append(data.data(), data.size());
        return;
    }
    m_partial.append(data.data(), std::max<qsizetype>(room, 0));
    emitLine(m_partial, handler);
    m_partial.clear();
    m_discarding = true;
}

void NdjsonFramer::feed(QByteArrayView data, const LineHandler& handler)
{
    const char* pos = data.data();
    const char* const end = pos + data.size();
    if (pos == end)
        return;

    // First finish the line a previous read left open.
    if (!m_partial.isEmpty() || m_discarding) {
        const char* newline = findNewline(pos, end);
        if (!newline) {
            appendPartial(QByteArrayView(pos, end - pos), handler);
            return;
        }
        appendPartial(QByteArrayView(pos, newline - pos), handler);
        if (!m_discarding)
            emitLine(m_partial, handler);
        m_partial.clear();
        m_discarding = false;
        pos = newline + 1;
    }

    // Whole lines inside this read: views into the read itself.
    while (pos < end) {
        const char* newline = findNewline(pos, end);
        if (!newline)
            break;
        emitLine(QByteArrayView(pos, newline - pos), handler);
        pos = newline + 1;
    }

    if (pos < end)
        appendPartial(QByteArrayView(pos, end - pos), handler);
}

QByteArray NdjsonFramer::finish()
{
    QByteArray rest;
    if (!m_discarding && !isBlank(m_partial))
        rest = m_partial;
    if (rest.endsWith('\r'))
        rest.chop(1);
    m_partial.clear();
    m_discarding = false;
    return rest;
}

qsizetype NdjsonFramer::pendingBytes() const
{
    return m_partial.size();
}

void NdjsonFramer::setMaxLineBytes(qsizetype bytes)
{
    m_maxLineBytes = std::max<qsizetype>(bytes, 1);
}

} // namespace lc
