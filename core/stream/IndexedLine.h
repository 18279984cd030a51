// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <string_view>

#include "stream/EventRecord.h"

namespace lc {

// The EventIndexer's reading of one framed line. Views point into the line or into the
// indexer's own buffer and stay valid only until the indexer's next call.
struct IndexedLine
{
    enum class Kind : quint8
    {
        Record,      // a record for the views
        Trace,       // a {"__trace": ...} control line: never a row
        ServerError, // a plain-text "error: ..." line sent after the 200
        Malformed,   // not JSON and not an error line; counted as dropped by the client
    };
    enum class Trace : quint8
    {
        None,
        Connected,
        Dropped,   // droppedCount records were dropped by the server
        KeepAlive, // any other __trace value
    };

    Kind kind = Kind::Malformed;
    QByteArrayView raw; // the whole line, without the newline

    // Kind::Record
    EventKind eventKind = EventKind::Other;
    qint64 timeMs = 0; // 0 when the record has no time
    std::string_view hostname;
    std::string_view sensor;
    std::string_view type;
    std::string_view investigation;
    quint8 flags = 0; // EventRecord::Flag

    // Kind::Trace
    Trace trace = Trace::None;
    qint64 droppedCount = 0;

    // Kind::ServerError: the text after "error:", trimmed
    QByteArrayView errorText;
};

} // namespace lc
