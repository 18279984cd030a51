// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventStore.h"

#include <algorithm>
#include <vector>

#include "stream/IndexedLine.h"
#include "stream/RawArena.h"
#include "stream/VisibleText.h"

namespace lc {

namespace {

// Consecutive records mostly share their host, sensor and type: one compare instead of a
// hash lookup.
struct LastString
{
    std::string_view value;
    quint32 id = 0;
};

} // namespace

struct EventStore::Private
{
    qsizetype capacity = 0;
    std::vector<EventRecord> ring; // grows up to capacity, then wraps
    qsizetype head = 0;            // slot of firstSeq
    qsizetype count = 0;
    qint64 firstSeq = 0;
    RawArena arena;
    StringPool pool;
    qint64 publishedFirst = 0;
    qint64 publishedEnd = 0;
    LastString lastHost;
    LastString lastSensor;
    LastString lastType;

    qsizetype slotOf(qint64 seq) const
    {
        qsizetype slot = head + static_cast<qsizetype>(seq - firstSeq);
        const auto ringSize = static_cast<qsizetype>(ring.size());
        if (slot >= ringSize)
            slot -= ringSize;
        return slot;
    }

    quint32 intern(std::string_view value, LastString& last)
    {
        if (value.empty())
            return 0;
        if (last.id && last.value == value)
            return last.id;
        last.id = pool.intern(value);
        last.value = pool.value(last.id);
        return last.id;
    }

    void forgetLastStrings() { lastHost = lastSensor = lastType = LastString(); }

    // Keeps the newest `keep` records in a ring of at most slotCount slots, oldest at slot 0.
    void relayout(qsizetype keep, qsizetype slotCount)
    {
        keep = std::min(keep, count);
        const qint64 newFirst = firstSeq + (count - keep);
        std::vector<EventRecord> fresh;
        fresh.reserve(static_cast<size_t>(std::max(slotCount, keep)));
        for (qint64 seq = newFirst; seq < firstSeq + count; ++seq)
            fresh.push_back(ring[static_cast<size_t>(slotOf(seq))]);
        ring.swap(fresh);
        head = 0;
        count = keep;
        firstSeq = newFirst;
        arena.releaseBefore(firstSeq);
    }
};

EventStore::EventStore(qsizetype capacity, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->capacity = std::max<qsizetype>(capacity, 0);
}

EventStore::~EventStore() = default;

qsizetype EventStore::capacity() const
{
    return d->capacity;
}

void EventStore::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(capacity, 0);
    if (capacity == d->capacity)
        return;
    d->capacity = capacity;
    const auto slotCount = static_cast<qsizetype>(d->ring.size());
    if (d->count > capacity || slotCount > capacity || d->head != 0)
        d->relayout(capacity, std::min(capacity, slotCount));
    publish();
}

qint64 EventStore::firstSeq() const
{
    return d->firstSeq;
}

qint64 EventStore::endSeq() const
{
    return d->firstSeq + d->count;
}

qsizetype EventStore::size() const
{
    return d->count;
}

const EventRecord& EventStore::at(qint64 seq) const
{
    Q_ASSERT(contains(seq));
    return d->ring[static_cast<size_t>(d->slotOf(seq))];
}

const StringPool& EventStore::strings() const
{
    return d->pool;
}

QString EventStore::text(quint32 id) const
{
    const std::string_view value = d->pool.value(id);
    return VisibleText::decode(QByteArrayView(value.data(), static_cast<qsizetype>(value.size())));
}

std::string_view EventStore::bytes(quint32 id) const
{
    return d->pool.value(id);
}

quint32 EventStore::intern(std::string_view value)
{
    return d->pool.intern(value);
}

qint64 EventStore::append(const IndexedLine& line, qint64 arrivalMs)
{
    EventRecord record;
    record.raw = line.raw;
    record.timeMs = line.timeMs ? line.timeMs : arrivalMs;
    record.hostname = d->intern(line.hostname, d->lastHost);
    record.sensor = d->intern(line.sensor, d->lastSensor);
    record.type = d->intern(line.type, d->lastType);
    record.investigation = line.investigation.empty() ? 0 : d->pool.intern(line.investigation);
    record.kind = line.eventKind;
    record.flags = line.flags;
    return push(record);
}

qint64 EventStore::append(const EventRecord& record)
{
    return push(record);
}

qint64 EventStore::push(const EventRecord& record)
{
    const qint64 seq = endSeq();
    if (d->capacity == 0) {
        // Nothing is kept: the record is evicted as it arrives.
        d->firstSeq = seq + 1;
        return seq;
    }

    if (d->count == d->capacity) {
        ++d->head;
        if (d->head == static_cast<qsizetype>(d->ring.size()))
            d->head = 0;
        ++d->firstSeq;
        --d->count;
        d->arena.releaseBefore(d->firstSeq);
    }

    EventRecord stored = record;
    stored.raw = d->arena.add(record.raw, seq);
    const auto slotCount = static_cast<qsizetype>(d->ring.size());
    if (d->count < slotCount) {
        d->ring[static_cast<size_t>(d->slotOf(seq))] = stored;
    } else {
        // Room runs out only before the ring first wraps: grow, doubling up to capacity.
        if (d->head != 0)
            d->relayout(d->count, slotCount);
        if (d->ring.size() == d->ring.capacity()) {
            const auto wanted =
                    std::min<qsizetype>(d->capacity, std::max<qsizetype>(1024, slotCount * 2));
            d->ring.reserve(static_cast<size_t>(wanted));
        }
        d->ring.push_back(stored);
    }
    ++d->count;
    return seq;
}

void EventStore::publish()
{
    if (d->firstSeq != d->publishedFirst) {
        d->publishedFirst = d->firstSeq;
        emit evicted(d->firstSeq);
    }
    const qint64 end = endSeq();
    if (end != d->publishedEnd) {
        const qint64 from = std::max(d->publishedEnd, d->firstSeq);
        d->publishedEnd = end;
        if (from < end)
            emit appended(from, end);
    }
}

void EventStore::clear()
{
    const qint64 end = endSeq();
    d->ring.clear();
    d->ring.shrink_to_fit();
    d->head = 0;
    d->count = 0;
    d->firstSeq = end;
    d->publishedFirst = end;
    d->publishedEnd = end;
    d->arena.clear();
    d->pool.clear();
    d->forgetLastStrings();
    emit cleared();
}

qint64 EventStore::allocatedBytes() const
{
    return d->arena.allocatedBytes()
           + static_cast<qint64>(d->ring.capacity() * sizeof(EventRecord));
}

} // namespace lc
