// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/StreamRecorder.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <cstdio>
#include <unistd.h>

namespace lc {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;

} // namespace

struct StreamRecorder::Private
{
    Q_DECLARE_TR_FUNCTIONS(lc::StreamRecorder)

public:
    QString fileName;
    QFile file;
    bool gzip = false;
    bool open = false;
    z_stream zs{};
    QByteArray pending;    // lines not yet compressed or written
    QByteArray compressed; // deflate output buffer
    quint64 lines = 0;
    QString lastError;

    QString partName() const { return fileName + QStringLiteral(".part"); }

    bool fail(const QString& message)
    {
        lastError = message;
        if (gzip)
            deflateEnd(&zs);
        file.close();
        open = false;
        pending.clear();
        return false;
    }

    bool writeOut(const char* data, qint64 size)
    {
        if (file.write(data, size) != size)
            return fail(
                    tr("Cannot write the recording %1: %2").arg(partName(), file.errorString()));
        return true;
    }

    bool deflateAll(int flush)
    {
        zs.next_in = reinterpret_cast<Bytef*>(pending.data());
        zs.avail_in = static_cast<uInt>(pending.size());
        if (compressed.size() < 64 * 1024)
            compressed.resize(64 * 1024);
        int status = Z_OK;
        do {
            zs.next_out = reinterpret_cast<Bytef*>(compressed.data());
            zs.avail_out = static_cast<uInt>(compressed.size());
            status = deflate(&zs, flush);
            if (status == Z_STREAM_ERROR)
                return fail(tr("Cannot compress the recording %1").arg(partName()));
            const qint64 produced = compressed.size() - zs.avail_out;
            if (produced > 0 && !writeOut(compressed.constData(), produced))
                return false;
        } while (zs.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
        pending.clear();
        return true;
    }

    bool flushPending(bool finish)
    {
        if (gzip)
            return deflateAll(finish ? Z_FINISH : Z_NO_FLUSH);
        if (!pending.isEmpty() && !writeOut(pending.constData(), pending.size()))
            return false;
        pending.clear();
        return true;
    }
};

StreamRecorder::StreamRecorder()
    : d(std::make_unique<Private>())
{}

StreamRecorder::~StreamRecorder()
{
    if (d->open)
        close(nullptr);
}

bool StreamRecorder::open(const QString& fileName, QString* error)
{
    if (d->open)
        close(nullptr);
    d->fileName = fileName;
    d->gzip = fileName.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive);
    d->lines = 0;
    d->lastError.clear();
    d->pending.clear();

    d->file.setFileName(d->partName());
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        d->lastError = Private::tr("Cannot create the recording %1: %2")
                               .arg(d->partName(), d->file.errorString());
        if (error)
            *error = d->lastError;
        return false;
    }
    if (d->gzip) {
        d->zs = z_stream();
        // 16 + MAX_WBITS: a gzip header and trailer, so gzip and zcat read the file. Fastest
        // level: the recorder must keep up with the stream.
        if (deflateInit2(&d->zs, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
            != Z_OK) {
            d->file.close();
            d->file.remove();
            d->lastError = Private::tr("Cannot compress the recording %1").arg(d->partName());
            if (error)
                *error = d->lastError;
            return false;
        }
    }
    d->open = true;
    return true;
}

void StreamRecorder::write(QByteArrayView line)
{
    if (!d->open)
        return;
    d->pending.append(line.data(), line.size());
    d->pending.append('\n');
    ++d->lines;
    if (d->pending.size() >= FlushBytes)
        d->flushPending(false);
}

bool StreamRecorder::close(QString* error)
{
    if (!d->open) {
        if (error)
            *error = d->lastError;
        return d->lastError.isEmpty();
    }

    bool ok = d->flushPending(true);
    if (ok && d->gzip)
        deflateEnd(&d->zs);
    if (ok && !d->file.flush())
        ok = d->fail(Private::tr("Cannot write the recording %1: %2")
                             .arg(d->partName(), d->file.errorString()));
    if (ok && ::fsync(d->file.handle()) != 0)
        ok = d->fail(Private::tr("Cannot write the recording %1 to disk").arg(d->partName()));
    if (ok) {
        d->file.close();
        d->open = false;
        // rename() replaces an existing file in one step.
        if (std::rename(QFile::encodeName(d->partName()).constData(),
                        QFile::encodeName(d->fileName).constData())
            != 0) {
            d->lastError = Private::tr("Cannot rename the recording %1 to %2")
                                   .arg(d->partName(), d->fileName);
            ok = false;
        }
    }
    if (error)
        *error = d->lastError;
    return ok;
}

bool StreamRecorder::isOpen() const
{
    return d->open;
}

QString StreamRecorder::fileName() const
{
    return d->fileName;
}

quint64 StreamRecorder::linesWritten() const
{
    return d->lines;
}

QString StreamRecorder::lastError() const
{
    return d->lastError;
}

} // namespace lc
