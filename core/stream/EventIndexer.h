// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

#include "stream/IndexedLine.h"

namespace lc {

// Reads one line with simdjson On-Demand and picks out only what the views need. Invalid
// UTF-8 and lone surrogate escapes do not lose the record: it is indexed from a repaired copy
// and flagged, while the raw line stays as received. Not thread-safe: one per thread.
//
// Classification:
// - a line starting with "error:" (after blanks) is a ServerError;
// - a JSON object with a "__trace" key is a Trace ("connected", "dropped" with "n", anything
//   else a keep-alive);
// - any other JSON object is a Record, whatever its shape (EventKind::Other when unknown);
// - everything else is Malformed, including valid JSON that is not an object (a number, a
//   list, a string): no record shape is a bare value, so it counts as dropped by the client,
//   with EventRecord::NotAnObject set in flags.
// Key order never matters. Times are milliseconds since the epoch: routing.event_time for
// events and deployment events, "ts" then "gen_time" for detections, "time" then "ts" for
// audit entries, record.ts for billing; a value below 1e11 is taken as seconds, a string
// as an ISO-8601 / "YYYY-MM-DD HH:MM:SS" UTC date; absent means 0. A detection's hostname
// and sid come from its own routing, else from detect.routing.
//
class EventIndexer
{
public:
    EventIndexer();
    ~EventIndexer();
    EventIndexer(const EventIndexer&) = delete;
    EventIndexer& operator=(const EventIndexer&) = delete;

    // Bytes the parser may read past a line's end (simdjson's padding).
    static constexpr qsizetype ReadAhead = 64;

    // The result's views stay valid until the next call. When at least ReadAhead bytes after
    // the line are readable (readableAfter), the line is parsed where it lies; otherwise it is
    // copied first.
    const IndexedLine& index(QByteArrayView line, qsizetype readableAfter = 0);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
