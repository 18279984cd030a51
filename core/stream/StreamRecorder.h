// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace lc {

// Writes received lines to a file as newline-delimited JSON, gzip-compressed when the name
// ends in ".gz". Writes are buffered and never block the stream for long; errors (disk full)
// stop the recording and are reported, the stream goes on.
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
