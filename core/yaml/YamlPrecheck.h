// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace lc {

// Checks YAML text for what the official tools (PyYAML) refuse and yaml-cpp 0.7 either takes
// silently or never returns from, so that every reader in LC Desk can name the line and column
// before yaml-cpp sees the text.
class YamlPrecheck
{
    Q_DECLARE_TR_FUNCTIONS(YamlPrecheck)

public:
    enum class Stray
    {
        None,
        Comma,          // a ',' where a new token starts, outside [ ] and { }
        TextAfterClose, // text after a closing quote or bracket other than ':'
        UnclosedQuote,  // a quote still open at the end of the text
    };

    // The offset of the first byte PyYAML refuses to read (invalid UTF-8, a control character
    // other than tab, LF, CR and NEL), or -1. A leading UTF-8 byte order mark is readable. yaml-cpp
    // loops forever on some of them (a NUL before a comma) and passes others on into values.
    static qsizetype unreadableAt(QByteArrayView text);

    // Finds a ',' that YAML reads as a separator although no [ ] or { } list is open, as in
    // `"a", "b"` or a line starting with `,` under a quoted value, and text after a closing
    // quote or bracket (`"a"b`), after which no reader can tell how yaml-cpp goes on, and a
    // quote never closed (yaml-cpp runs it to the end of the file, swallowing the lines). Such
    // text is never valid YAML, and yaml-cpp loops forever on some of it instead of failing.
    // A comma inside a plain value (`description: a, b`), a quoted value, a comment, a block
    // scalar, a verbatim tag or a flow collection is left alone. Gives the 1-based line and
    // column of the first one found.
    static Stray findStray(QByteArrayView text, int* line, int* column);
    // What is wrong, for an error message.
    static QString message(Stray stray);
};

} // namespace lc
