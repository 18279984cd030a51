// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lc {

struct IndexedLine;

// Where a LiveStream puts what it reads. Implemented by EventFeed (pause, record, store)
// and by the command line (print each record).
class EventSink
{
public:
    virtual ~EventSink() = default;

    // A Record or Malformed line. The line's views die when this returns.
    virtual void acceptLine(const IndexedLine& line) = 0;
    // Called after each read that delivered lines, so a sink can flush or coalesce.
    virtual void endBatch() {}
};

} // namespace lc
