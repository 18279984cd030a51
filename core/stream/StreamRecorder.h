// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace lc {

// Writes received lines to a file as newline-delimited JSON, gzip-compressed when the name
// ends in ".gz". Writes are buffered and never block the stream for long; errors (disk full)
// stop the recording and are reported, the stream goes on.
// While recording, the data goes to "<fileName>.part"; close() flushes, syncs and renames it
// to fileName (replacing an older file), so a file under the chosen name is always a
// complete recording. After an error (or a crash) the ".part" file keeps what was written.
// Every error message names the file.
class StreamRecorder
{
public:
    StreamRecorder();
    ~StreamRecorder();

    bool open(const QString& fileName, QString* error);
    void write(QByteArrayView line);
    bool close(QString* error);
    bool isOpen() const;
    QString fileName() const;
    quint64 linesWritten() const;
    QString lastError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
