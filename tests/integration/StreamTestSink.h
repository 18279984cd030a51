// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include "stream/EventSink.h"
#include "stream/IndexedLine.h"
#include "stream/LiveStream.h"

namespace lctest {

// Keeps what a LiveStream hands to its sink, and the stream's states and notices with the
// time they happened, for the stream tests.
class StreamTestSink : public lc::EventSink
{
public:
    void acceptLine(const lc::IndexedLine& line) override
    {
        const QByteArray raw(line.raw.data(), line.raw.size());
        if (line.kind == lc::IndexedLine::Kind::Record)
            records.append(raw);
        else
            malformed.append(raw);
        kinds.append(line.kind);
        ++pendingBatch;
    }
    void endBatch() override
    {
        if (pendingBatch > 0)
            ++batches;
        pendingBatch = 0;
    }

    QList<QByteArray> records;
    QList<QByteArray> malformed;
    QList<lc::IndexedLine::Kind> kinds;
    int batches = 0;
    int pendingBatch = 0;
};

// States and notices of a stream, with the milliseconds since watching began.
class StreamWatch
{
public:
    explicit StreamWatch(lc::LiveStream* stream)
    {
        clock.start();
        QObject::connect(stream, &lc::LiveStream::stateChanged, stream,
                         [this, stream](lc::LiveStream::State state) {
                             states.append(state);
                             stateTimes.append(clock.elapsed());
                             stateTexts.append(stream->stateText());
                         });
        QObject::connect(stream, &lc::LiveStream::notice, stream,
                         [this](const QString& message) { notices.append(message); });
        QObject::connect(stream, &lc::LiveStream::errorOccurred, stream,
                         [this](const QString& message) { errors.append(message); });
    }

    int count(lc::LiveStream::State state) const { return static_cast<int>(states.count(state)); }
    // When the stream first entered `state` (-1: never).
    qint64 firstTime(lc::LiveStream::State state) const
    {
        const qsizetype index = states.indexOf(state);
        return index < 0 ? -1 : stateTimes.at(index);
    }

    QElapsedTimer clock;
    QList<lc::LiveStream::State> states;
    QList<qint64> stateTimes;
    QStringList stateTexts;
    QStringList notices;
    QStringList errors;
};

} // namespace lctest
