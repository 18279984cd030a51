// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace lc {

// What a stream record is, from its shape: {routing, event} telemetry, a detection (has
// "cat" and "detect"), an audit entry ("etype"), a deployment event, a billing record.
enum class EventKind : quint8
{
    Event,
    Detection,
    Audit,
    Deployment,
    Billing,
    Other,
};

// One received record: the raw line exactly as it arrived (no newline) and the few fields
// the views need, indexed on arrival. In an EventStore, raw points into the store's own
// arena (large chunks freed as the ring moves on); it stays valid while the record is held
// (EventStore::contains) and must be copied (toByteArray) to outlive it. EventStore::rawAt
// gives the same view by sequence number. String fields are ids in the EventStore's StringPool
// (0 = absent), so a million records cost little beyond their raw bytes. The full JSON is
// parsed only when someone opens the record.
struct EventRecord
{
    enum Flag : quint8
    {
        InvalidUtf8 = 0x01,     // the line holds bytes that are not UTF-8 (kept as received)
        LoneSurrogate = 0x02,   // a \uD800-style escape without its pair
        NotAnObject = 0x04,     // valid JSON but not an object, or JSON that failed to parse
        HasControlChars = 0x08, // NUL, bidi overrides, zero-width or other invisible characters
    };

    QByteArrayView raw;
    qint64 timeMs = 0;         // routing.event_time / ts / time; arrival time when absent
    quint32 hostname = 0;      // routing.hostname
    quint32 sensor = 0;        // routing.sid
    quint32 type = 0;          // event_type, detection cat, audit etype
    quint32 investigation = 0; // routing.investigation_id (whole value)
    EventKind kind = EventKind::Other;
    quint8 flags = 0;
};

} // namespace lc

Q_DECLARE_TYPEINFO(lc::EventRecord, Q_RELOCATABLE_TYPE);
