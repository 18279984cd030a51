// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace lc {

// Cuts a byte stream into newline-delimited lines. The lines are the same however the bytes
// are split across reads (inside a UTF-8 character, between CR and LF, mid-record). A CR
// right before the LF is not part of the line; blank (and whitespace-only) lines are skipped.
// One framer per connection: each keeps its own partial line. Lines that lie whole inside one
// read are handed out as views into that read, never copied; only a line split across reads
// is assembled in the framer's buffer.
class NdjsonFramer
{
public:
    using LineHandler = std::function<void(QByteArrayView line)>;

    // Calls handler for each complete line in data. The view dies when the handler returns.
    void feed(QByteArrayView data, const LineHandler& handler);
    // The stream ended: returns the bytes of an unterminated last line (a truncated record
    // to report, never to count as good) and resets the framer.
    QByteArray finish();

    qsizetype pendingBytes() const;
    // A line longer than this is cut off and reported as one malformed line (default 64 MB),
    // so a peer that never sends a newline cannot take all memory.
    void setMaxLineBytes(qsizetype bytes);

private:
    void emitLine(QByteArrayView line, const LineHandler& handler) const;
    void appendPartial(QByteArrayView data, const LineHandler& handler);

    QByteArray m_partial;
    qsizetype m_maxLineBytes = 64 * 1024 * 1024;
    bool m_discarding = false; // the rest of a line already cut off at m_maxLineBytes
};

} // namespace lc
