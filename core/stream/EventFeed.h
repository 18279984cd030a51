// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

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
// - Paused: records wait in the feed (counted as waiting); past setMaxWaiting() the newest are
//   dropped by the client. Resuming moves every waiting record into the store at once, in one
//   publish.
// - Malformed lines are counted (malformed, and so droppedByClient) and kept nowhere; the log
//   gets their length at debug level, never their content.
// - The recorder gets exactly the lines that arrived as Record or Malformed, in arrival order,
//   paused or not (a recording replays what the server sent); Trace and ServerError lines are
//   the stream's business and never reach the sink.
// - store->publish() and countersChanged() run at most once per event-loop turn (a queued
//   call), or at once through flush().
// The feed must be the only writer of its store: evicted = records it stored - store size.
class EventFeed : public QObject, public EventSink
{
    Q_OBJECT

public:
    explicit EventFeed(EventStore* store, QObject* parent = nullptr);
    ~EventFeed() override;

    EventStore* store() const;

    void acceptLine(const IndexedLine& line) override;
    void endBatch() override;

    void setPaused(bool paused);
    bool isPaused() const;
    void setMaxWaiting(qsizetype records);      // default 1,000,000
    void setRecorder(StreamRecorder* recorder); // nullptr stops teeing
    void setServerDropped(quint64 total);
    // A new stream starts feeding (a reconnect that keeps the rows): its drop total counts
    // from zero again, on top of what the earlier streams reported.
    void beginStream();
    FeedCounters counters() const;
    // Drops the store's records and the waiting ones and zeroes the counters (the server's
    // drop total is counted again from its current value).
    void clear();
    // Publishes now what the queued call would publish at the end of this turn.
    void flush();

signals:
    // Coalesced: at most once per event-loop turn.
    void countersChanged();

private:
    void schedule();
    qint64 arrivalMs();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
