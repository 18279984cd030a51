// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/RecordingSource.h"

#include <QFile>
#include <QTimer>

#include <zlib.h>

#include "LcDesk.h"
#include "stream/EventIndexer.h"
#include "stream/EventSink.h"
#include "stream/IndexedBatch.h"
#include "stream/IndexedLine.h"
#include "stream/ParallelIndexer.h"

namespace lc {

namespace {

constexpr qint64 SliceBytes = 512 * 1024;

} // namespace

struct RecordingSource::Private
{
    QString fileName;
    QFile file;
    bool gzip = false;
    bool inflating = false;
    bool memberEnded = false; // the gzip stream is complete at the bytes read so far
    z_stream zs{};
    QByteArray input;
    QByteArray output;
    std::unique_ptr<ParallelIndexer> lines;
    EventIndexer indexer; // for a last line without its newline
    qint64 bytesRead = 0;
    qint64 total = 0;
    bool running = false;
    QString truncatedText;

    void endInflate()
    {
        if (inflating)
            inflateEnd(&zs);
        inflating = false;
    }
};

RecordingSource::RecordingSource(const QString& fileName, QObject* parent)
    : LiveStream(parent)
    , d(std::make_unique<Private>())
{
    d->fileName = fileName;
    d->lines = std::make_unique<ParallelIndexer>([this](const IndexedBatch& batch) {
        EventSink* target = sink();
        if (!target)
            return;
        for (qsizetype i = 0; i < batch.lineCount(); ++i) {
            const IndexedLine indexed = batch.line(i);
            if (indexed.kind == IndexedLine::Kind::Record
                || indexed.kind == IndexedLine::Kind::Malformed)
                target->acceptLine(indexed);
        }
        target->endBatch();
    });
}

RecordingSource::~RecordingSource()
{
    d->endInflate();
}

void RecordingSource::start()
{
    if (d->running)
        return;
    d->endInflate();
    d->file.close();
    d->lines->discard();
    d->bytesRead = 0;
    d->memberEnded = false;
    d->truncatedText.clear();
    setState(State::Connecting);

    d->file.setFileName(d->fileName);
    if (!d->file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open the recording %1: %2").arg(d->fileName, d->file.errorString()));
        emit finished();
        return;
    }
    d->total = d->file.size();
    char magic[2] = {};
    d->gzip = d->file.peek(magic, 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1F
              && static_cast<unsigned char>(magic[1]) == 0x8B;
    if (d->gzip) {
        d->zs = z_stream();
        if (inflateInit2(&d->zs, 16 + MAX_WBITS) != Z_OK) {
            fail(tr("Cannot read the compressed recording %1").arg(d->fileName));
            emit finished();
            return;
        }
        d->inflating = true;
    }
    d->running = true;
    setState(State::Live);
    QTimer::singleShot(0, this, [this] { readSlice(); });
}

void RecordingSource::stop()
{
    if (!d->running && state() != State::Live)
        return;
    d->running = false;
    d->endInflate();
    d->file.close();
    d->lines->discard();
    setState(State::Stopped);
}

QString RecordingSource::stateText() const
{
    switch (state()) {
    case State::Live:
        return d->total > 0
                       ? tr("Playing %1 (%2%)").arg(d->fileName).arg(d->bytesRead * 100 / d->total)
                       : tr("Playing %1").arg(d->fileName);
    case State::Stopped:
        if (!d->truncatedText.isEmpty())
            return d->truncatedText;
        return LiveStream::stateText();
    default:
        return LiveStream::stateText();
    }
}

QString RecordingSource::truncationText() const
{
    return d->truncatedText;
}

qint64 RecordingSource::bytesRead() const
{
    return d->bytesRead;
}

qint64 RecordingSource::totalBytes() const
{
    return d->total;
}

void RecordingSource::deliver(QByteArrayView bytes)
{
    d->lines->feed(bytes);
}

void RecordingSource::readSlice()
{
    if (!d->running)
        return;

    d->input.resize(SliceBytes);
    const qint64 got = d->file.read(d->input.data(), SliceBytes);
    if (got < 0) {
        d->running = false;
        d->endInflate();
        fail(tr("Cannot read the recording %1: %2").arg(d->fileName, d->file.errorString()));
        emit finished();
        return;
    }
    d->bytesRead += got;

    if (!d->gzip) {
        deliver(QByteArrayView(d->input.constData(), got));
    } else if (got > 0 && !inflateSlice(got)) {
        return;
    }

    if (got > 0 && d->running) {
        QTimer::singleShot(0, this, [this] { readSlice(); });
        return;
    }
    if (d->running)
        finishPlaying();
}

bool RecordingSource::inflateSlice(qint64 size)
{
    d->zs.next_in = reinterpret_cast<Bytef*>(d->input.data());
    d->zs.avail_in = static_cast<uInt>(size);
    if (d->output.size() < 4 * SliceBytes)
        d->output.resize(4 * SliceBytes);
    while (d->zs.avail_in > 0) {
        d->zs.next_out = reinterpret_cast<Bytef*>(d->output.data());
        d->zs.avail_out = static_cast<uInt>(d->output.size());
        const int status = inflate(&d->zs, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            d->running = false;
            d->endInflate();
            fail(tr("The compressed recording %1 is damaged").arg(d->fileName));
            emit finished();
            return false;
        }
        deliver(QByteArrayView(d->output.constData(), d->output.size() - d->zs.avail_out));
        if (!d->running)
            return false;
        d->memberEnded = status == Z_STREAM_END;
        // Concatenated gzip members (an appended recording) read on as one stream.
        if (status == Z_STREAM_END && inflateReset(&d->zs) != Z_OK)
            return false;
        if (status == Z_BUF_ERROR)
            break;
    }
    return true;
}

void RecordingSource::finishPlaying()
{
    d->running = false;
    if (d->gzip && !d->memberEnded) {
        // Every complete record read so far was delivered; the rest is lost.
        d->endInflate();
        d->file.close();
        d->lines->finish();
        fail(tr("The compressed recording %1 is incomplete or damaged").arg(d->fileName));
        emit finished();
        return;
    }
    const QByteArray rest = d->lines->finish();
    d->endInflate();
    d->file.close();
    // A file is complete when it ends: a last line without its newline (a file written with
    // "\n".join) is a record if it reads as one. Only a live stream's cut-off tail is suspect.
    if (!rest.trimmed().isEmpty()) {
        const IndexedLine& indexed = d->indexer.index(rest);
        if (indexed.kind == IndexedLine::Kind::Record) {
            if (EventSink* target = sink()) {
                target->acceptLine(indexed);
                target->endBatch();
            }
            setState(State::Stopped);
            emit finished();
            return;
        }
    }
    if (!rest.isEmpty()) {
        d->truncatedText = tr("The recording %1 ends with an incomplete record (%n byte(s)); "
                              "it was not counted.",
                              nullptr, static_cast<int>(rest.size()))
                                   .arg(d->fileName);
        qCInfo(lcStream) << "recording ends with an incomplete line of" << rest.size() << "bytes";
        emit notice(d->truncatedText);
    }
    setState(State::Stopped);
    emit finished();
}

} // namespace lc
