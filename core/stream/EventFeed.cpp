// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventFeed.h"

#include <QDateTime>

#include <vector>

#include "LcDesk.h"
#include "stream/EventStore.h"
#include "stream/IndexedLine.h"
#include "stream/RawArena.h"
#include "stream/StreamRecorder.h"

namespace lc {

struct EventFeed::Private
{
    EventStore* store = nullptr;
    StreamRecorder* recorder = nullptr;
    bool paused = false;
    qsizetype maxWaiting = 1'000'000;
    std::vector<EventRecord> waiting;
    RawArena waitingBytes;
    quint64 received = 0;
    quint64 storedTotal = 0; // records this feed put into the store
    quint64 droppedByClient = 0;
    quint64 malformed = 0;
    quint64 serverDroppedTotal = 0;
    quint64 serverDroppedBase = 0;
    // Reported by the streams before the current one (since the last clear).
    quint64 serverDroppedEarlier = 0;
    qint64 arrivalMs = -1; // one clock read per batch
    bool scheduled = false;
};

EventFeed::EventFeed(EventStore* store, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
}

EventFeed::~EventFeed() = default;

EventStore* EventFeed::store() const
{
    return d->store;
}

qint64 EventFeed::arrivalMs()
{
    if (d->arrivalMs < 0)
        d->arrivalMs = QDateTime::currentMSecsSinceEpoch();
    return d->arrivalMs;
}

void EventFeed::acceptLine(const IndexedLine& line)
{
    if (line.kind != IndexedLine::Kind::Record && line.kind != IndexedLine::Kind::Malformed)
        return;

    ++d->received;
    if (d->recorder && d->recorder->isOpen())
        d->recorder->write(line.raw);

    if (line.kind == IndexedLine::Kind::Malformed) {
        ++d->malformed;
        ++d->droppedByClient;
        qCDebug(lcStream) << "dropped a malformed line of" << line.raw.size() << "bytes";
    } else if (!d->paused) {
        d->store->append(line, line.timeMs ? 0 : arrivalMs());
        ++d->storedTotal;
    } else if (static_cast<qsizetype>(d->waiting.size()) >= d->maxWaiting) {
        ++d->droppedByClient;
    } else {
        // Interned now: the line's views die when this returns.
        EventRecord record;
        record.raw = d->waitingBytes.add(line.raw, static_cast<qint64>(d->waiting.size()));
        record.timeMs = line.timeMs ? line.timeMs : arrivalMs();
        record.hostname = d->store->intern(line.hostname);
        record.sensor = d->store->intern(line.sensor);
        record.type = d->store->intern(line.type);
        record.investigation = d->store->intern(line.investigation);
        record.kind = line.eventKind;
        record.flags = line.flags;
        d->waiting.push_back(record);
    }
    schedule();
}

void EventFeed::endBatch()
{
    d->arrivalMs = -1;
}

void EventFeed::setPaused(bool paused)
{
    if (paused == d->paused)
        return;
    d->paused = paused;
    if (paused) {
        schedule();
        return;
    }

    for (const EventRecord& record : d->waiting)
        d->store->append(record);
    d->storedTotal += d->waiting.size();
    d->waiting.clear();
    d->waiting.shrink_to_fit();
    d->waitingBytes.clear();
    flush();
}

bool EventFeed::isPaused() const
{
    return d->paused;
}

void EventFeed::setMaxWaiting(qsizetype records)
{
    d->maxWaiting = std::max<qsizetype>(records, 0);
    if (static_cast<qsizetype>(d->waiting.size()) > d->maxWaiting) {
        d->droppedByClient += d->waiting.size() - static_cast<size_t>(d->maxWaiting);
        d->waiting.resize(static_cast<size_t>(d->maxWaiting));
        schedule();
    }
}

void EventFeed::setRecorder(StreamRecorder* recorder)
{
    d->recorder = recorder;
}

void EventFeed::setServerDropped(quint64 total)
{
    if (total == d->serverDroppedTotal)
        return;
    d->serverDroppedTotal = total;
    d->serverDroppedBase = std::min(d->serverDroppedBase, total);
    schedule();
}

void EventFeed::beginStream()
{
    d->serverDroppedEarlier += d->serverDroppedTotal - d->serverDroppedBase;
    d->serverDroppedTotal = 0;
    d->serverDroppedBase = 0;
    schedule();
}

FeedCounters EventFeed::counters() const
{
    FeedCounters counters;
    counters.received = d->received;
    counters.stored = static_cast<quint64>(d->store->size());
    counters.evicted = d->storedTotal - std::min(d->storedTotal, counters.stored);
    counters.waiting = d->waiting.size();
    counters.droppedByClient = d->droppedByClient;
    counters.malformed = d->malformed;
    counters.serverDropped = d->serverDroppedEarlier + d->serverDroppedTotal - d->serverDroppedBase;
    return counters;
}

void EventFeed::clear()
{
    d->waiting.clear();
    d->waiting.shrink_to_fit();
    d->waitingBytes.clear();
    d->received = 0;
    d->storedTotal = 0;
    d->droppedByClient = 0;
    d->malformed = 0;
    d->serverDroppedBase = d->serverDroppedTotal;
    d->serverDroppedEarlier = 0;
    d->store->clear();
    schedule();
}

void EventFeed::schedule()
{
    if (d->scheduled)
        return;
    d->scheduled = true;
    QMetaObject::invokeMethod(this, &EventFeed::flush, Qt::QueuedConnection);
}

void EventFeed::flush()
{
    d->scheduled = false;
    d->arrivalMs = -1;
    d->store->publish();
    emit countersChanged();
}

} // namespace lc
