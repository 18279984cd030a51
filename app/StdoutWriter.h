// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <thread>

namespace lc {

// Writes to standard output from a thread of its own, so a slow reader at the other end of
// a pipe never stalls the event loop that reads the stream. What waits is bounded: past
// maxQueuedBytes whole lines are dropped and counted instead of growing without limit.
class StdoutWriter
{
public:
    explicit StdoutWriter(int fd = 1, qsizetype maxQueuedBytes = 256LL * 1024 * 1024);
    // Waits a few seconds for what is queued; a reader that never reads is then given up on.
    ~StdoutWriter();
    StdoutWriter(const StdoutWriter&) = delete;
    StdoutWriter& operator=(const StdoutWriter&) = delete;

    // Queues one line (a newline is appended). False when it was dropped.
    bool writeLine(QByteArrayView line);
    // Hands what writeLine() gathered to the writer thread.
    void flush();
    // Waits until everything queued is written, at most timeoutMs; false if it was not.
    bool drain(int timeoutMs);

    quint64 droppedLines() const;
    // The reader went away (EPIPE or another write error): nothing more can be written.
    bool isBroken() const;

private:
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QByteArray m_gathering;
    qsizetype m_gatheringLines = 0;
    std::thread m_thread;
};

} // namespace lc
