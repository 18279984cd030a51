// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliStream.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

#include "CliContext.h"
#include "SignalWatcher.h"
#include "StdoutWriter.h"
#include "stream/EventSink.h"
#include "stream/IndexedLine.h"
#include "stream/LiveStream.h"

namespace lc {

namespace {

// Prints each record as the raw line received; counts what it does not print.
class PrintingSink : public EventSink
{
public:
    PrintingSink(StdoutWriter& writer, qint64 limit)
        : m_writer(writer)
        , m_limit(limit)
    {}

    std::function<void()> onLimit;
    std::function<void()> onBroken;

    void acceptLine(const IndexedLine& line) override
    {
        if (line.kind != IndexedLine::Kind::Record) {
            ++m_malformed;
            return;
        }
        if (m_limit > 0 && m_printed >= m_limit)
            return;
        m_writer.writeLine(line.raw);
        ++m_printed;
        if (m_limit > 0 && m_printed == m_limit && onLimit)
            onLimit();
    }

    void endBatch() override
    {
        m_writer.flush();
        if (m_writer.isBroken() && onBroken)
            onBroken();
    }

    qint64 printed() const { return m_printed; }
    quint64 malformed() const { return m_malformed; }

private:
    StdoutWriter& m_writer;
    qint64 m_limit = 0;
    qint64 m_printed = 0;
    quint64 m_malformed = 0;
};

} // namespace

void CliStream::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("count"), tr("Stop after <n> records."), tr("n")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("Stop after <seconds>; with --count, not reaching it in time is a "
                         "failure."),
                      tr("seconds")});
}

bool CliStream::readLimits(const QCommandLineParser& parser, Limits* limits, QString* error)
{
    bool ok = true;
    if (parser.isSet(QStringLiteral("count"))) {
        limits->count = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || limits->count <= 0) {
            *error = tr("--count takes a positive number of records.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        limits->timeoutSecs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        // A timer counts milliseconds in an int: about 24 days at most.
        constexpr int maxTimeoutSecs = std::numeric_limits<int>::max() / 1000;
        if (!ok || limits->timeoutSecs <= 0 || limits->timeoutSecs > maxTimeoutSecs) {
            *error = tr("--timeout takes a number of seconds from 1 to %1.").arg(maxTimeoutSecs);
            return false;
        }
    }
    return true;
}

int CliStream::run(CliContext& context, LiveStream& stream, const QString& label,
                   const Limits& limits, const Stopper& stopper,
                   const std::function<bool()>& isAuthFailure)
{
    QTextStream& err = context.err();
    const auto say = [&err, &label](const QString& message) {
        err << "lcdesk: " << label << ": " << message << Qt::endl;
    };

    StdoutWriter writer;
    PrintingSink sink(writer, limits.count);
    QEventLoop loop;
    QObject guard;
    int exitCode = -1;
    bool stopping = false;

    const auto finish = [&](int code) {
        if (exitCode < 0)
            exitCode = code;
        loop.quit();
    };
    const auto requestStop = [&](int code, const QString& why) {
        if (stopping || exitCode >= 0)
            return;
        stopping = true;
        if (!why.isEmpty())
            say(why);
        stopper(stream, [&finish, code](int stopCode) { finish(std::max(code, stopCode)); });
    };

    QObject::connect(&stream, &LiveStream::stateChanged, &guard, [&](LiveStream::State state) {
        say(stream.stateText());
        if (state == LiveStream::State::Failed && !stopping)
            finish(isAuthFailure() ? CliContext::AuthError : CliContext::Failure);
        // Stopped by someone else (the command's own handlers).
        if (state == LiveStream::State::Stopped && !stopping)
            finish(CliContext::Success);
    });
    QObject::connect(&stream, &LiveStream::notice, &guard, say);
    QObject::connect(&stream, &LiveStream::errorOccurred, &guard, [&](const QString& message) {
        // A failed stream is reported through its state; this is for errors while stopping.
        if (stopping)
            say(message);
    });
    QObject::connect(&stream, &LiveStream::serverDroppedChanged, &guard, [&](quint64 total) {
        say(tr("the server dropped %n record(s) so far (the reader was too slow)", nullptr,
               static_cast<int>(std::min<quint64>(total, std::numeric_limits<int>::max()))));
    });

    sink.onLimit = [&] {
        // Not from inside the stream's read: stop once it has returned.
        QTimer::singleShot(0, &guard, [&] { requestStop(CliContext::Success, {}); });
    };
    sink.onBroken = [&] {
        QTimer::singleShot(0, &guard, [&] {
            requestStop(CliContext::Success, tr("standard output was closed; stopping."));
        });
    };

    QTimer timeout;
    timeout.setSingleShot(true);
    if (limits.timeoutSecs > 0) {
        QObject::connect(&timeout, &QTimer::timeout, &guard, [&] {
            if (limits.count > 0) {
                requestStop(CliContext::Failure, tr("timed out after %n s with %1 of %2 records.",
                                                    nullptr, limits.timeoutSecs)
                                                         .arg(sink.printed())
                                                         .arg(limits.count));
            } else {
                requestStop(CliContext::Success, {});
            }
        });
        timeout.start(limits.timeoutSecs * 1000);
    }

    int interrupts = 0;
    SignalWatcher watcher([&] {
        if (++interrupts == 1) {
            requestStop(CliContext::Success, tr("interrupted; stopping."));
            return;
        }
        // A second interrupt does not wait for the stop (a firehose output may remain).
        say(tr("interrupted again; exiting without waiting."));
        finish(130);
    });

    stream.setSink(&sink);
    stream.start();
    if (exitCode < 0)
        loop.exec();
    stream.setSink(nullptr);

    if (!writer.drain(10'000))
        say(tr("standard output is not being read; records still queued are lost."));
    QStringList summary;
    // "printed" is said outright: the count below of records not printed is part of the
    // received ones, not of these.
    summary << tr(
            "%n record(s) printed", nullptr,
            static_cast<int>(std::min<qint64>(sink.printed(), std::numeric_limits<int>::max())));
    if (stream.serverDropped() > 0)
        summary << tr("%1 dropped by the server").arg(stream.serverDropped());
    if (sink.malformed() > 0)
        summary << tr("%1 malformed or truncated lines skipped").arg(sink.malformed());
    if (writer.droppedLines() > 0)
        summary << tr("%1 not printed (standard output too slow or closed)")
                           .arg(writer.droppedLines());
    say(summary.join(QStringLiteral(", ")));
    return exitCode < 0 ? CliContext::Success : exitCode;
}

} // namespace lc
