// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/VisibleText.h"

#include <QStringDecoder>

#include <algorithm>

#include "stream/JsonText.h"

namespace lc {

namespace {

bool needsMarker(char32_t cp)
{
    return cp < 0x20 || cp == 0xFFFD || (cp >= 0xD800 && cp <= 0xDFFF) || JsonText::isInvisible(cp);
}

void appendMarker(QString& out, char32_t cp)
{
    switch (cp) {
    case 0x00:
        out += QLatin1String("<NUL>");
        return;
    case 0x09:
        out += QLatin1String("<TAB>");
        return;
    case 0x0A:
        out += QLatin1String("<LF>");
        return;
    case 0x0D:
        out += QLatin1String("<CR>");
        return;
    case 0x1B:
        out += QLatin1String("<ESC>");
        return;
    default:
        out += QLatin1String("<U+")
               + QString::number(static_cast<uint>(cp), 16).toUpper().rightJustified(4, u'0')
               + QLatin1Char('>');
    }
}

// Marks text from the start until the output holds maxChars characters (-1: no limit);
// returns true when input was left over.
bool markInto(const QString& text, qsizetype maxChars, QString& out)
{
    const qsizetype n = text.size();
    out.reserve(maxChars < 0 ? n + 16 : std::min(n, maxChars) + 16);
    for (qsizetype i = 0; i < n;) {
        if (maxChars >= 0 && out.size() >= maxChars)
            return true;
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        if (needsMarker(cp))
            appendMarker(out, cp);
        else
            out.append(QStringView(text).sliced(i, width));
        i += width;
    }
    return false;
}

} // namespace

QString VisibleText::mark(const QString& text)
{
    if (!needsMarking(text))
        return text;
    QString out;
    markInto(text, -1, out);
    return out;
}

QString VisibleText::markElided(const QString& text, int maxChars)
{
    if (text.size() <= maxChars && !needsMarking(text))
        return text;
    QString out;
    if (markInto(text, std::max(maxChars - 1, 0), out))
        out += QChar(0x2026);
    return out;
}

bool VisibleText::needsMarking(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit >= 0x20 && unit < 0x7F)
            continue;
        if (QChar::isHighSurrogate(unit) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            // A pair is a character outside the BMP: most are ordinary, tag characters not.
            const char32_t cp = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            ++i;
            if (needsMarker(cp))
                return true;
            continue;
        }
        if (needsMarker(unit))
            return true;
    }
    return false;
}

QString VisibleText::decode(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom
                                                           | QStringConverter::Flag::Stateless);
    return decoder(utf8);
}

} // namespace lc
