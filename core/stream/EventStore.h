// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <string_view>

#include "stream/EventRecord.h"
#include "stream/StringPool.h"

namespace lc {

struct IndexedLine;

// The ring buffer of the live view. Records are numbered by a sequence that only grows:
// the store holds [firstSeq(), endSeq()), and appending past the capacity evicts the oldest.
// Views keep sequence numbers, never pointers. GUI-thread object.
//
// Memory: a record costs its raw bytes, packed into 2 MB chunks that are freed as the ring
// moves past them, plus sizeof(EventRecord) (48 bytes) in the ring; strings are interned.
// Records appended between two publish() calls are already in the store (and may already
// have evicted older ones): a view must check contains(seq) before reading a row it has not
// yet been told is gone.
class EventStore : public QObject
{
    Q_OBJECT

public:
    explicit EventStore(qsizetype capacity = 1'000'000, QObject* parent = nullptr);
    ~EventStore() override;

    qsizetype capacity() const;
    // Shrinking evicts the oldest records at once.
    void setCapacity(qsizetype capacity);

    qint64 firstSeq() const;
    qint64 endSeq() const;
    qsizetype size() const;
    bool contains(qint64 seq) const { return seq >= firstSeq() && seq < endSeq(); }
    const EventRecord& at(qint64 seq) const;
    // The line as received; valid while contains(seq).
    QByteArrayView rawAt(qint64 seq) const { return at(seq).raw; }

    const StringPool& strings() const;
    QString text(quint32 id) const; // decoded UTF-8, invalid bytes as U+FFFD
    std::string_view bytes(quint32 id) const;

    // Interns the line's fields and copies its raw bytes. Returns the new sequence number.
    // A line without a time (timeMs 0) gets arrivalMs.
    qint64 append(const IndexedLine& line, qint64 arrivalMs);
    // The same for a record prepared earlier (a paused feed): string ids must come from
    // intern() of this store; record.raw is copied.
    qint64 append(const EventRecord& record);
    quint32 intern(std::string_view value);
    // Tells views about everything appended or evicted since the last call: evicted() first
    // (when firstSeq moved), then appended() for the new records still held. The feed calls
    // it once per event-loop turn.
    void publish();
    // Drops every record and string; sequence numbers go on from endSeq().
    void clear();
    // Bytes of raw-record chunks and ring slots currently allocated (for measurements).
    qint64 allocatedBytes() const;

signals:
    // [from, to) were appended; records before firstSeq were evicted.
    void appended(qint64 from, qint64 to);
    void evicted(qint64 newFirstSeq);
    void cleared();

private:
    qint64 push(const EventRecord& record);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
