// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

#include <string>

namespace lc {

// What a JSON line holds that parsers refuse or that users must be shown: ill-formed UTF-8,
// lone surrogate escapes ("\ud800" without its pair), and invisible characters (C0/C1
// controls other than tab, LF and CR; bidi embeddings, overrides, isolates and marks;
// zero-width characters; U+FEFF), raw or escaped. Shared by the indexer and EventJson.
class JsonText
{
public:
    struct Scan
    {
        bool invalidUtf8 = false;
        bool invisible = false;
        QVarLengthArray<qsizetype, 8> loneSurrogates; // offsets of the escapes
    };

    // One pass: a vector compare per 16 bytes plus a look at each backslash and non-ASCII
    // byte.
    static Scan scan(QByteArrayView json);
    // The line with every lone surrogate escape replaced by "\ufffd" (same length) and every
    // ill-formed UTF-8 byte by U+FFFD.
    static void repair(QByteArrayView json, const Scan& found, std::string& out);
    static bool isInvisible(char32_t cp);
};

} // namespace lc
