// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "stream/EventSink.h"

namespace lc {

class EventStore;
class StreamRecorder;

// Counters of one live session. They always add up:
//   received = stored + evicted + waiting + droppedByClient
// serverDropped is reported by the server and was never received.
struct FeedCounters
{
    quint64 received = 0;        // Record and Malformed lines handed to the feed
    quint64 stored = 0;          // in the ring now
    quint64 evicted = 0;         // pushed out of the ring by newer records
    quint64 waiting = 0;         // held while paused
    quint64 droppedByClient = 0; // malformed lines + overflow of the pause queue
    quint64 malformed = 0;       // part of droppedByClient
    quint64 serverDropped = 0;
};

// The sink of the live view: interns and stores records in the EventStore, holds them while
// paused (the socket keeps being read), tees raw lines to a recorder, and tells the model once
// per event-loop turn that records arrived.
class EventFeed : public QObject, public EventSink
{
    Q_OBJECT

public:
    explicit EventFeed(EventStore* store, QObject* parent = nullptr);

    void acceptLine(const IndexedLine& line) override;
    void endBatch() override;

    void setPaused(bool paused);
    bool isPaused() const;
    void setMaxWaiting(qsizetype records);      // default 1,000,000
    void setRecorder(StreamRecorder* recorder); // nullptr stops teeing
    void setServerDropped(quint64 total);
    FeedCounters counters() const;
    void clear();

signals:
    // Coalesced: at most once per event-loop turn.
    void countersChanged();
};

} // namespace lc
