// SPDX-License-Identifier: GPL-3.0-or-later
// EventIndexer and IndexedBatch: one line gives the same reading whether it is copied first or
// read where it lies with other bytes after it, and whether it is indexed alone or inside a
// batch of lines; the reading only ever points at text that exists.
#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <vector>

#include "FuzzCheck.h"
#include "stream/EventIndexer.h"
#include "stream/IndexedBatch.h"
#include "stream/NdjsonFramer.h"

namespace {

// An IndexedLine with its views copied, so readings from different calls can be compared.
struct Reading
{
    lc::IndexedLine::Kind kind = lc::IndexedLine::Kind::Malformed;
    QByteArray raw;
    lc::EventKind eventKind = lc::EventKind::Other;
    qint64 timeMs = 0;
    std::string hostname;
    std::string sensor;
    std::string type;
    std::string investigation;
    quint8 flags = 0;
    lc::IndexedLine::Trace trace = lc::IndexedLine::Trace::None;
    qint64 droppedCount = 0;
    QByteArray errorText;

    bool operator==(const Reading& other) const
    {
        return kind == other.kind && raw == other.raw && eventKind == other.eventKind
               && timeMs == other.timeMs && hostname == other.hostname && sensor == other.sensor
               && type == other.type && investigation == other.investigation && flags == other.flags
               && trace == other.trace && droppedCount == other.droppedCount
               && errorText == other.errorText;
    }
};

Reading readingOf(const lc::IndexedLine& line)
{
    Reading reading;
    reading.kind = line.kind;
    reading.raw = line.raw.toByteArray();
    reading.eventKind = line.eventKind;
    reading.timeMs = line.timeMs;
    reading.hostname = std::string(line.hostname);
    reading.sensor = std::string(line.sensor);
    reading.type = std::string(line.type);
    reading.investigation = std::string(line.investigation);
    reading.flags = line.flags;
    reading.trace = line.trace;
    reading.droppedCount = line.droppedCount;
    reading.errorText = line.errorText.toByteArray();

    if (line.kind == lc::IndexedLine::Kind::ServerError)
        LCDESK_FUZZ_CHECK(line.raw.contains(line.errorText), "the error text is not in the line");
    if (line.kind != lc::IndexedLine::Kind::Record)
        LCDESK_FUZZ_CHECK(line.hostname.empty() && line.sensor.empty() && line.type.empty(),
                          "a line that is no record has record fields");
    if (line.kind != lc::IndexedLine::Kind::Trace)
        LCDESK_FUZZ_CHECK(line.trace == lc::IndexedLine::Trace::None,
                          "a line that is no trace has a trace");
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static lc::EventIndexer indexer;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // The whole input as one line: copied by the indexer...
    const Reading copied = readingOf(indexer.index(input));
    LCDESK_FUZZ_CHECK(copied.raw == input.toByteArray(), "the raw line is not the line");

    // ...and read in place, followed by bytes that would change the reading if they were read.
    QByteArray inPlace = input.toByteArray();
    inPlace.append(QByteArray(lc::EventIndexer::ReadAhead, '"'));
    const Reading read = readingOf(indexer.index(QByteArrayView(inPlace).first(input.size()),
                                                 lc::EventIndexer::ReadAhead));
    LCDESK_FUZZ_CHECK(read == copied, "reading in place differs from reading a copy");

    // The input as a stream of lines, indexed in one batch and one by one.
    std::vector<QByteArray> lines;
    lc::NdjsonFramer framer;
    lc::IndexedBatch batch;
    const auto keep = [&](QByteArrayView line) {
        lines.push_back(line.toByteArray());
        batch.appendLine(line);
    };
    framer.feed(input, keep);
    const QByteArray rest = framer.finish();
    if (!rest.isEmpty())
        keep(rest);
    batch.index(indexer);
    LCDESK_FUZZ_CHECK(batch.lineCount() == static_cast<qsizetype>(lines.size()),
                      "the batch lost lines");
    for (size_t i = 0; i < lines.size(); ++i) {
        const Reading inBatch = readingOf(batch.line(static_cast<qsizetype>(i)));
        const Reading alone = readingOf(indexer.index(lines[i]));
        LCDESK_FUZZ_CHECK(inBatch == alone, "a line reads differently inside a batch");
    }
    return 0;
}
