// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace lc {

// Makes text safe to look at: bidirectional controls (U+202A-202E, U+2066-2069, U+200E/F),
// zero-width characters (U+200B-200D, U+2060, U+FEFF), NUL and other C0/C1 controls, and
// U+FFFD are shown as visible markers such as "<U+202E>" or "<NUL>", so a right-to-left
// override cannot disguise a file name and nothing after a NUL is hidden. For display only:
// copy and export use the original.
class VisibleText
{
public:
    static QString mark(const QString& text);
    // Same, cut to maxChars characters with an ellipsis (table cells).
    static QString markElided(const QString& text, int maxChars);
    static bool needsMarking(const QString& text);
    // UTF-8 to text keeping everything: QString::fromUtf8 drops a byte-order mark at the
    // start, which would hide it from the markers. Invalid bytes become U+FFFD.
    static QString decode(QByteArrayView utf8);
};

} // namespace lc
