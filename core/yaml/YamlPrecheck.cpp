// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/YamlPrecheck.h"

#include <QString>

namespace lc {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// A YAML indicator such as "- " or ": " counts only when a blank or the line's end follows.
bool endsToken(QByteArrayView line, qsizetype at)
{
    return at + 1 >= line.size() || isBlank(line.at(at + 1));
}

bool isDocumentMarker(QByteArrayView line)
{
    return (line.startsWith("---") || line.startsWith("...")) && endsToken(line, 2);
}

// Reads the text line by line with just enough of YAML's grammar to know where a token
// starts: a comma there, outside flow collections, is the stray one.
class Scanner
{
public:
    YamlPrecheck::Stray found() const { return m_found; }

    bool scan(QByteArrayView text, int* line, int* column)
    {
        if (text.startsWith("\xEF\xBB\xBF"))
            text = text.sliced(3);

        int number = 0;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            QByteArrayView row = text.sliced(start, end - start);
            if (row.endsWith('\r'))
                row.chop(1);
            ++number;
            m_lineNumber = number;

            const int at = scanLine(row);
            if (at >= 0) {
                *line = number;
                *column = at + 1;
                return true;
            }
            start = end + 1;
        }

        // yaml-cpp takes a quote still open at the end as running to the end, swallowing the
        // lines after it; PyYAML refuses the file.
        if (m_quote != 0) {
            m_found = YamlPrecheck::Stray::UnclosedQuote;
            *line = m_quoteLine;
            *column = m_quoteColumn + 1;
            return true;
        }
        return false;
    }

private:
    // Returns the 0-based column of a stray comma, or -1.
    int scanLine(QByteArrayView row)
    {
        qsizetype indent = 0;
        while (indent < row.size() && row.at(indent) == ' ')
            ++indent;
        const bool blank = indent == row.size() || row.at(indent) == '\t';

        if (m_blockScalarParent >= -1) {
            if (blank || indent > m_blockScalarParent)
                return -1;
            m_blockScalarParent = NoBlockScalar;
        }

        qsizetype i = 0;
        if (m_quote == 0 && m_flowDepth == 0) {
            if (blank)
                return -1;
            if (row.at(indent) == '#') {
                m_plainOpen = false;
                return -1;
            }
            m_inPlain = m_plainOpen && indent > m_plainParent;
            m_tokenStart = !m_inPlain;
            m_parent = NoParent;
            i = indent;
            if (indent == 0 && isDocumentMarker(row)) {
                i = 3;
                m_inPlain = false;
                m_tokenStart = true;
                m_pendingParent = NoParent;
            } else if (indent == 0 && row.at(0) == '%') {
                return -1; // a directive
            }
        }

        for (; i < row.size(); ++i) {
            const char c = row.at(i);

            if (m_quote != 0) {
                if (m_quote == '"' && c == '\\') {
                    ++i;
                } else if (c == m_quote) {
                    if (m_quote == '\'' && i + 1 < row.size() && row.at(i + 1) == '\'') {
                        ++i;
                    } else {
                        m_quote = 0;
                        m_tokenStart = false;
                        m_flowTokenStart = false;
                        m_closeColumn = i + 1;
                    }
                }
                continue;
            }

            const bool commentMark = c == '#' && (i == 0 || isBlank(row.at(i - 1)));
            if (commentMark)
                break;

            if (m_flowDepth > 0) {
                if ((c == '"' || c == '\'') && m_flowTokenStart) {
                    openQuote(c, i);
                    continue;
                }
                scanFlow(c);
                if (m_flowDepth == 0)
                    m_closeColumn = i + 1;
                continue;
            }

            if (isBlank(c))
                continue;

            if (m_inPlain) {
                if (c == ':' && endsToken(row, i)) {
                    m_inPlain = false;
                    m_tokenStart = true;
                    m_parent = m_tokenColumn;
                }
                continue;
            }

            if (c == ',') {
                m_found = YamlPrecheck::Stray::Comma;
                return static_cast<int>(i);
            }

            if (!m_tokenStart) {
                // After a quoted value or a closed flow collection only ':' may follow, right
                // after it or before a blank. Anything else is not YAML, and where yaml-cpp
                // goes on from there (it may loop forever on a comma later) is not knowable.
                if (c == ':' && (endsToken(row, i) || i == m_closeColumn)) {
                    m_tokenStart = true;
                    m_parent = m_tokenColumn;
                    continue;
                }
                m_found = YamlPrecheck::Stray::TextAfterClose;
                return static_cast<int>(i);
            }

            if ((c == '-' || c == '?' || c == ':') && endsToken(row, i)) {
                m_parent = static_cast<int>(i);
                continue;
            }
            if (c == '|' || c == '>') {
                m_blockScalarParent = static_cast<int>(indent);
                m_inPlain = false;
                m_plainOpen = false;
                return -1;
            }
            if (c == '!' && i + 1 < row.size() && row.at(i + 1) == '<') {
                // A verbatim tag, !<tag:yaml.org,2002:str>, may hold commas.
                const qsizetype close = row.indexOf('>', i);
                if (m_parent == NoParent)
                    m_parent = static_cast<int>(i);
                i = close < 0 ? row.size() : close;
                continue;
            }
            if (c == '&' || c == '!' || c == '*') {
                // An anchor or tag is followed by its node; an alias is a whole node. Their
                // names end at a blank or a flow indicator. yaml-cpp reads a value after them
                // as held by them: it goes on only on lines indented past them.
                if (m_parent == NoParent)
                    m_parent = static_cast<int>(i);
                while (i + 1 < row.size() && !isBlank(row.at(i + 1))
                       && !QByteArrayView(",[]{}").contains(row.at(i + 1)))
                    ++i;
                m_tokenStart = c != '*';
                continue;
            }

            m_tokenColumn = static_cast<int>(i);
            m_tokenStart = false;
            if (c == '"' || c == '\'') {
                openQuote(c, i);
            } else if (c == '[' || c == '{') {
                m_flowDepth = 1;
                m_flowTokenStart = true;
            } else {
                m_inPlain = true;
                m_plainParent = plainParent(static_cast<int>(i));
            }
        }

        const bool plain = m_quote == 0 && m_flowDepth == 0;
        m_plainOpen = m_inPlain && plain;
        // A line ending in "key:" or "-" leaves its node to the next line.
        m_pendingParent = plain && m_tokenStart && m_parent > NoParent ? m_parent : NoParent;
        return -1;
    }

    // The column a continuation line of a plain value starting at `column` must pass: that of
    // the node holding it. A document that is one plain value may in YAML go on at the left
    // margin, but yaml-cpp reads that differently depending on what came before (it loops
    // forever after a tag or a quoted value): a line starting with a comma is refused there.
    int plainParent(int column) const
    {
        if (m_parent > NoParent)
            return m_parent;
        if (m_pendingParent > NoParent)
            return m_pendingParent;
        return column;
    }

    void openQuote(char quote, qsizetype column)
    {
        m_quote = quote;
        m_quoteLine = m_lineNumber;
        m_quoteColumn = static_cast<int>(column);
    }

    void scanFlow(char c)
    {
        if (isBlank(c))
            return;
        if (c == '[' || c == '{') {
            ++m_flowDepth;
            m_flowTokenStart = true;
        } else if (c == ']' || c == '}') {
            --m_flowDepth;
            m_flowTokenStart = false;
            if (m_flowDepth == 0) {
                m_tokenStart = false;
                m_inPlain = false;
            }
        } else {
            m_flowTokenStart = c == ',' || c == ':' || c == '?';
        }
    }

    static constexpr int NoBlockScalar = -100;
    static constexpr int NoParent = -2;

    YamlPrecheck::Stray m_found = YamlPrecheck::Stray::None;
    int m_flowDepth = 0;
    int m_lineNumber = 0;
    int m_quoteLine = 0; // where the open quote started
    int m_quoteColumn = 0;
    qsizetype m_closeColumn = -1; // just after the last closing quote or bracket
    char m_quote = 0;
    bool m_flowTokenStart = false;
    int m_blockScalarParent = NoBlockScalar;

    bool m_tokenStart = true;
    bool m_inPlain = false;
    bool m_plainOpen = false;
    // Columns: where the node that holds the current value starts on this line and on the
    // line before, where the current token started, and what a continuation line of a plain
    // value must pass.
    int m_parent = NoParent;
    int m_pendingParent = NoParent;
    int m_tokenColumn = 0;
    int m_plainParent = -1;
};

} // namespace

qsizetype YamlPrecheck::unreadableAt(QByteArrayView text)
{
    // A leading byte order mark is allowed (editors on Windows write one); QString drops it,
    // so it is skipped here before the bytes are compared.
    if (text.startsWith("\xEF\xBB\xBF")) {
        const qsizetype at = unreadableAt(text.sliced(3));
        return at < 0 ? -1 : at + 3;
    }
    const QByteArray clean = QString::fromUtf8(text).toUtf8();
    qsizetype at = 0;
    while (at < clean.size() && at < text.size() && clean.at(at) == text.at(at)) {
        const auto c = static_cast<unsigned char>(text.at(at));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return at;
        if (c == 0xC2 && at + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text.at(at + 1));
            if (next >= 0x80 && next <= 0x9F && next != 0x85)
                return at;
        }
        ++at;
    }
    return at < text.size() || at < clean.size() ? at : -1;
}

YamlPrecheck::Stray YamlPrecheck::findStray(QByteArrayView text, int* line, int* column)
{
    Scanner scanner;
    return scanner.scan(text, line, column) ? scanner.found() : Stray::None;
}

QString YamlPrecheck::message(Stray stray)
{
    switch (stray) {
    case Stray::Comma:
        return tr("a comma outside [ ] or { }; quote the value that holds it");
    case Stray::TextAfterClose:
        return tr("text after a closing quote or bracket; quote the whole value");
    case Stray::UnclosedQuote:
        return tr("this quote is never closed");
    case Stray::None:
        break;
    }
    return {};
}

} // namespace lc
