// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lc {

// The command line a sensor parses (reference §11): words separated by spaces; a word in
// double quotes may hold spaces, and inside the quotes `\\` is one backslash and `\"` a quote.
// Outside quotes every character is literal, so a typed `C:\Temp\a.exe` stays as typed.
class TaskLine
{
public:
    struct Token
    {
        QString text;  // unescaped
        int start = 0; // position in the line, quotes included
        int end = 0;   // one past the last character
        bool quoted = false;
        bool unterminated = false; // an opening quote without its closing one
    };

    // Quotes and escapes one argument: `C:\a b\"x"` becomes `"C:\\a b\\\"x\""`. The result
    // is always quoted, as the SDKs send paths and registry keys.
    static QString quote(const QString& argument);
    // quote() only when the argument needs it (empty, spaces, quotes, backslashes).
    static QString quoteIfNeeded(const QString& argument);
    // The command followed by each argument, quoted where needed.
    static QString join(const QString& command, const QStringList& arguments);
    static QList<Token> tokenize(const QString& line);
    // The command word, lower case; empty for a blank line.
    static QString commandOf(const QString& line);
    // Control characters a sensor's parser would take as line ends or garbage.
    static bool hasControlCharacters(const QString& text);
};

} // namespace lc
