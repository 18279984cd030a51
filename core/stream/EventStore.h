// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <string_view>

#include "stream/EventRecord.h"
#include "stream/StringPool.h"

namespace lc {

struct IndexedLine;

// The ring buffer of the live view. Records are numbered by a sequence that only grows:
// the store holds [firstSeq(), endSeq()), and appending past the capacity evicts the oldest.
// Views keep sequence numbers, never pointers. GUI-thread object.
class EventStore : public QObject
{
    Q_OBJECT

public:
    explicit EventStore(qsizetype capacity = 1'000'000, QObject* parent = nullptr);

    qsizetype capacity() const;
    // Shrinking evicts the oldest records at once.
    void setCapacity(qsizetype capacity);

    qint64 firstSeq() const;
    qint64 endSeq() const;
    qsizetype size() const;
    bool contains(qint64 seq) const { return seq >= firstSeq() && seq < endSeq(); }
    const EventRecord& at(qint64 seq) const;

    const StringPool& strings() const;
    QString text(quint32 id) const; // decoded UTF-8, invalid bytes as U+FFFD
    std::string_view bytes(quint32 id) const;

    // Interns the line's fields and copies its raw bytes. Returns the new sequence number.
    qint64 append(const IndexedLine& line, qint64 arrivalMs);
    // Tells views about everything appended or evicted since the last call. The feed calls
    // it once per event-loop turn.
    void publish();
    void clear();

signals:
    // [from, to) were appended; records before firstSeq were evicted.
    void appended(qint64 from, qint64 to);
    void evicted(qint64 newFirstSeq);
    void cleared();
};

} // namespace lc
