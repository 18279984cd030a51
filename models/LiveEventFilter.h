// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// The live view's filter, parsed from one line of text:
//   type:NEW_PROCESS  host:über  sid:aaaa…  routing/event_type = DNS_REQUEST  any words
// - type: matches the event type, detection category or audit etype (case-insensitive,
//   substring; repeat for "any of")
// - host: folded substring of the hostname (SearchText::fold: "über" matches "U\u0308ber")
// - sid: prefix of the sensor id
// - "path = value" (or path=value): the JSON value at a '/'- or '.'-separated path equals
//   value (strings compared as text, numbers as numbers); parsed per record only for rows
//   that pass the cheaper terms
// - detections: only detections
// - other words: each must occur in the raw line (ASCII case-insensitive)
// Double quotes keep spaces inside one value ("host:\"my pc\"", "\"two words\""); a quoted
// "detections" is a word. A form with nothing after the colon is ignored, as in the sensor
// list, so rows do not vanish while it is typed. Errors: an unterminated quote, a second
// path term, a path term without a path.
struct LiveEventFilter
{
    QStringList types;
    QString host;
    QString sid;
    QString path;
    QString pathValue;
    bool detectionsOnly = false;
    QStringList words;

    bool isEmpty() const;
    // An error names the term and position ("unterminated quote at 14").
    static LiveEventFilter parse(const QString& text, QString* error = nullptr);
};

} // namespace lc
