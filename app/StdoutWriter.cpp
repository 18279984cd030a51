// SPDX-License-Identifier: GPL-3.0-or-later
#include "StdoutWriter.h"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <unistd.h>

namespace lc {

namespace {

// Lines are handed over in blocks of about this size, so the thread hand-off costs little
// per line.
constexpr qsizetype gatherBytes = 256 * 1024;
constexpr int exitDrainMs = 5000;

} // namespace

// Owned jointly with the thread, so a thread stuck writing to a reader that never reads can
// be left behind safely.
struct StdoutWriter::Shared
{
    int fd = 1;
    qsizetype maxQueuedBytes = 0;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable drained;
    std::deque<QByteArray> queue;
    qsizetype queuedBytes = 0;
    bool writing = false;
    bool broken = false;
    bool quit = false;
    quint64 dropped = 0;

    bool idle() const { return broken || (queue.empty() && !writing); }
    void run();
};

StdoutWriter::StdoutWriter(int fd, qsizetype maxQueuedBytes)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->fd = fd;
    m_shared->maxQueuedBytes = maxQueuedBytes;
    // A reader that closes the pipe (`| head`) must end in EPIPE here, not kill the process
    // before a firehose could delete its output.
    std::signal(SIGPIPE, SIG_IGN);
    m_thread = std::thread([shared = m_shared] { shared->run(); });
}

StdoutWriter::~StdoutWriter()
{
    const bool drained = drain(exitDrainMs);
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->quit = true;
    }
    m_shared->wake.notify_all();
    if (drained)
        m_thread.join();
    else
        m_thread.detach();
}

bool StdoutWriter::writeLine(QByteArrayView line)
{
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->broken
            || m_shared->queuedBytes + m_gathering.size() + line.size() + 1
                       > m_shared->maxQueuedBytes) {
            ++m_shared->dropped;
            return false;
        }
    }
    m_gathering.append(line.data(), line.size());
    m_gathering.append('\n');
    ++m_gatheringLines;
    if (m_gathering.size() >= gatherBytes)
        flush();
    return true;
}

void StdoutWriter::flush()
{
    if (m_gathering.isEmpty())
        return;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (m_shared->broken) {
            m_shared->dropped += static_cast<quint64>(m_gatheringLines);
        } else {
            m_shared->queuedBytes += m_gathering.size();
            m_shared->queue.push_back(std::move(m_gathering));
        }
    }
    m_gathering = QByteArray();
    m_gatheringLines = 0;
    m_shared->wake.notify_one();
}

bool StdoutWriter::drain(int timeoutMs)
{
    flush();
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    return m_shared->drained.wait_for(lock, std::chrono::milliseconds(std::max(0, timeoutMs)),
                                      [this] { return m_shared->idle(); });
}

quint64 StdoutWriter::droppedLines() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->dropped;
}

bool StdoutWriter::isBroken() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->broken;
}

void StdoutWriter::Shared::run()
{
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return quit || !queue.empty(); });
        if (queue.empty())
            return;
        QByteArray block = std::move(queue.front());
        queue.pop_front();
        writing = true;
        lock.unlock();

        const char* data = block.constData();
        qsizetype left = block.size();
        bool failed = false;
        while (left > 0) {
            const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                failed = true;
                break;
            }
            data += written;
            left -= written;
        }

        lock.lock();
        writing = false;
        queuedBytes -= block.size();
        if (failed) {
            broken = true;
            // Nothing queued can be written any more.
            for (const QByteArray& lost : queue)
                dropped += static_cast<quint64>(lost.count('\n'));
            dropped += static_cast<quint64>(QByteArrayView(data, left).count('\n'));
            queue.clear();
            queuedBytes = 0;
        }
        if (idle())
            drained.notify_all();
    }
}

} // namespace lc
