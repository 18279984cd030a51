// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/JsonText.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lc {

namespace {

// Characters that hide or disguise text: C0/C1 controls other than tab, LF and CR, the bidi
// embeddings, overrides, isolates and marks, the zero-width characters and other invisibles.
bool invisibleCp(char32_t cp)
{
    if (cp < 0x20)
        return cp != 0x09 && cp != 0x0A && cp != 0x0D;
    if (cp < 0x7F)
        return false;
    if (cp <= 0x9F)
        return true;
    // Format characters and others that render as nothing or hide what follows: soft hyphen,
    // grapheme joiner, Hangul fillers, Khmer and Mongolian invisibles, line and paragraph
    // separators, deprecated format controls, interlinear annotations, tag characters.
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
           || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
           || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E)
           || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) || cp == 0x3164
           || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF9 && cp <= 0xFFFB)
           || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE007F);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a "\uXXXX" escape whose hex digits start at s, or -1.
int hex4(const char* s)
{
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(s[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Length of the well-formed UTF-8 sequence at s (Unicode table 3-7), 0 when ill-formed.
int utf8Sequence(const unsigned char* s, qsizetype available, char32_t* cp)
{
    const unsigned char lead = s[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        *cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        *cp = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        *cp = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const unsigned char c = s[i];
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
            return 0;
        *cp = (*cp << 6) | (c & 0x3F);
    }
    return length;
}

// Looks at one byte the vector scan stopped at; returns where scanning goes on.
qsizetype examine(const char* s, qsizetype n, qsizetype p, JsonText::Scan& result)
{
    const auto c = static_cast<unsigned char>(s[p]);
    if (c == '\\') {
        if (p + 1 >= n)
            return n;
        if (s[p + 1] != 'u' || p + 6 > n)
            return p + 2;
        const int unit = hex4(s + p + 2);
        if (unit < 0)
            return p + 2;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (p + 12 <= n && s[p + 6] == '\\' && s[p + 7] == 'u') {
                const int next = hex4(s + p + 8);
                if (next >= 0xDC00 && next <= 0xDFFF)
                    return p + 12;
            }
            result.loneSurrogates.append(p);
            return p + 6;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            result.loneSurrogates.append(p);
            return p + 6;
        }
        if (invisibleCp(static_cast<char32_t>(unit)))
            result.invisible = true;
        return p + 6;
    }
    if (c < 0x80) {
        if (invisibleCp(c))
            result.invisible = true;
        return p + 1;
    }
    char32_t cp = 0;
    const int length = utf8Sequence(reinterpret_cast<const unsigned char*>(s + p), n - p, &cp);
    if (length == 0) {
        result.invalidUtf8 = true;
        return p + 1;
    }
    if (invisibleCp(cp))
        result.invisible = true;
    return p + length;
}

// One pass over the line for what simdjson would refuse or what the user must see: escapes,
// control bytes and non-ASCII bytes. Plain ASCII lines cost one vector compare per 16 bytes
// plus a look at each backslash.
void scanBytes(const char* s, qsizetype n, JsonText::Scan& result)
{
    qsizetype i = 0;
    qsizetype next = 0;
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        // Signed compare: bytes >= 0x80 are negative, so "< 0x20" catches them with controls.
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, backslash), _mm_cmplt_epi8(bytes, space))));
        while (mask) {
            const qsizetype p = i + __builtin_ctz(mask);
            mask &= mask - 1;
            if (p >= next)
                next = examine(s, n, p, result);
        }
    }
#endif
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (i >= next && (c == '\\' || c < 0x20 || c >= 0x80))
            next = examine(s, n, i, result);
    }
}

// The line with every lone surrogate escape replaced by "\ufffd" (same length) and every
// ill-formed UTF-8 byte by U+FFFD, for simdjson to read.
void repairBytes(QByteArrayView line, const JsonText::Scan& found, std::string& out)
{
    out.clear();
    out.reserve(static_cast<size_t>(line.size()) + 16);
    const char* s = line.data();
    const qsizetype n = line.size();
    qsizetype nextLone = 0;
    qsizetype p = 0;
    while (p < n) {
        if (nextLone < found.loneSurrogates.size() && found.loneSurrogates[nextLone] == p) {
            out.append("\\ufffd");
            p += 6;
            ++nextLone;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) {
            out.push_back(s[p]);
            ++p;
            continue;
        }
        char32_t cp = 0;
        const int length = utf8Sequence(reinterpret_cast<const unsigned char*>(s + p), n - p, &cp);
        if (length == 0) {
            out.append("\xEF\xBF\xBD");
            ++p;
        } else {
            out.append(s + p, static_cast<size_t>(length));
            p += length;
        }
    }
}

// True when the line is printable ASCII with no "\u" escape: then it holds nothing the full
// scan looks for. Most telemetry is like that, and backslashes are frequent in it (Windows
// paths), so this saves the full scan's look at each of them.
bool plainAscii(const char* s, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i letterU = _mm_set1_epi8('u');
    __m128i odd = _mm_setzero_si128();
    for (; i + 17 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));
        // Signed compare: bytes >= 0x80 are negative, so "< 0x20" catches them with controls.
        odd = _mm_or_si128(odd, _mm_cmplt_epi8(bytes, space));
        odd = _mm_or_si128(odd, _mm_and_si128(_mm_cmpeq_epi8(bytes, backslash),
                                              _mm_cmpeq_epi8(next, letterU)));
    }
    if (_mm_movemask_epi8(odd) != 0)
        return false;
#endif
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x80 || (c == '\\' && i + 1 < n && s[i + 1] == 'u'))
            return false;
    }
    return true;
}

} // namespace

JsonText::Scan JsonText::scan(QByteArrayView json)
{
    Scan found;
    if (!plainAscii(json.data(), json.size()))
        scanBytes(json.data(), json.size(), found);
    return found;
}

void JsonText::repair(QByteArrayView json, const Scan& found, std::string& out)
{
    repairBytes(json, found, out);
}

bool JsonText::isInvisible(char32_t cp)
{
    return invisibleCp(cp);
}

} // namespace lc
