// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

#include "stream/IndexedLine.h"

namespace lc {

// Reads one line with simdjson On-Demand and picks out only what the views need. Invalid
// UTF-8 and lone surrogate escapes do not lose the record: it is indexed from a repaired copy
// and flagged, while the raw line stays as received. Not thread-safe: one per thread.
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
