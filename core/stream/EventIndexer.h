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
// Known shortcoming: with the sample events (about 830 bytes each) the whole in-memory path
// (framer, indexer, store, filtered model) reaches about 1.6 million events/s on a 2-core
// machine, short of the 2 million aimed at; simdjson alone parses about 2.5 million of them a
// second there. lcdesk-bench prints the current figures.
class EventIndexer
{
public:
    EventIndexer();
    ~EventIndexer();
    EventIndexer(const EventIndexer&) = delete;
    EventIndexer& operator=(const EventIndexer&) = delete;

    // The result's views stay valid until the next call.
    const IndexedLine& index(QByteArrayView line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
