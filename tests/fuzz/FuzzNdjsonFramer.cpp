// SPDX-License-Identifier: GPL-3.0-or-later
// NdjsonFramer: the lines are the same however the bytes are split across reads, and, for lines
// under the length limit, they are exactly the stream's non-blank lines without their CR.
//
// Input: byte 0 picks the line limit (bit 7 set: 1..64 bytes, else the default), byte 1 seeds
// where the reads are cut; the rest is the stream.
#include <QByteArray>
#include <QByteArrayView>

#include <vector>

#include "FuzzCheck.h"
#include "stream/NdjsonFramer.h"

namespace {

struct Framed
{
    std::vector<QByteArray> lines;
    QByteArray rest;

    bool operator==(const Framed& other) const
    {
        return lines == other.lines && rest == other.rest;
    }
};

constexpr qsizetype DefaultMaxLine = 64 * 1024 * 1024;

Framed frame(QByteArrayView stream, const std::vector<qsizetype>& cuts, qsizetype maxLine)
{
    lc::NdjsonFramer framer;
    framer.setMaxLineBytes(maxLine);

    Framed framed;
    const auto handler = [&framed, maxLine](QByteArrayView line) {
        LCDESK_FUZZ_CHECK(!line.isEmpty(), "an empty line was handed out");
        LCDESK_FUZZ_CHECK(!line.contains('\n'), "a line holds a newline");
        LCDESK_FUZZ_CHECK(line.size() <= maxLine, "a line is longer than the limit");
        framed.lines.push_back(line.toByteArray());
    };

    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        framer.feed(stream.sliced(from, cut - from), handler);
        LCDESK_FUZZ_CHECK(framer.pendingBytes() <= maxLine, "the partial line outgrew the limit");
        from = cut;
    }
    framer.feed(stream.sliced(from), handler);
    framed.rest = framer.finish();
    LCDESK_FUZZ_CHECK(framer.pendingBytes() == 0, "finish() left bytes behind");
    return framed;
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

// The stream read the plain way, all at once: what a framer without a limit must produce.
Framed reference(QByteArrayView stream)
{
    Framed framed;
    qsizetype from = 0;
    while (from <= stream.size()) {
        const qsizetype newline = stream.indexOf('\n', from);
        QByteArrayView line = stream.sliced(from, (newline < 0 ? stream.size() : newline) - from);
        if (line.endsWith('\r'))
            line.chop(1);
        if (newline < 0) {
            if (!isBlank(line))
                framed.rest = line.toByteArray();
            break;
        }
        if (!isBlank(line))
            framed.lines.push_back(line.toByteArray());
        from = newline + 1;
    }
    return framed;
}

// Cut points in [1, size), ascending, from a small deterministic generator.
std::vector<qsizetype> cutsFrom(unsigned seed, qsizetype size)
{
    std::vector<qsizetype> cuts;
    qsizetype at = 0;
    unsigned state = seed * 2654435761u + 1;
    while (true) {
        state = state * 1103515245u + 12345u;
        at += 1 + static_cast<qsizetype>((state >> 16) % 24);
        if (at >= size)
            break;
        cuts.push_back(at);
    }
    return cuts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype maxLine = (data[0] & 0x80) ? 1 + (data[0] & 0x3F) : DefaultMaxLine;
    const unsigned seed = data[1];
    const QByteArrayView stream(reinterpret_cast<const char*>(data) + 2,
                                static_cast<qsizetype>(size) - 2);

    const Framed whole = frame(stream, {}, maxLine);
    if (maxLine == DefaultMaxLine)
        LCDESK_FUZZ_CHECK(whole == reference(stream), "the lines differ from the plain reading");

    std::vector<qsizetype> everyByte;
    for (qsizetype i = 1; i < stream.size(); ++i)
        everyByte.push_back(i);
    LCDESK_FUZZ_CHECK(frame(stream, everyByte, maxLine) == whole,
                      "reads of one byte give other lines");
    LCDESK_FUZZ_CHECK(frame(stream, cutsFrom(seed, stream.size()), maxLine) == whole,
                      "reads cut elsewhere give other lines");
    return 0;
}
