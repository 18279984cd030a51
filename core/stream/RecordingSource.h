// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

#include "stream/LiveStream.h"

namespace lc {

// Plays a recording (newline-delimited JSON, plain or .gz) into the same sink as a live
// stream, a slice per event-loop turn so the window stays responsive. Live while reading,
// Stopped at the end; a truncated last line is reported, not counted as a record: it is not
// delivered, and notice() and truncationText() say how many bytes were left over (the state
// still ends as Stopped, since every complete record was played). A file that cannot be
// opened or a broken .gz fails the source. Control (__trace) and "error:" lines are not
// delivered. Whether the file is gzip is told by its first two bytes, not by its name.
class RecordingSource : public LiveStream
{
    Q_OBJECT

public:
    explicit RecordingSource(const QString& fileName, QObject* parent = nullptr);
    ~RecordingSource() override;

    void start() override;
    void stop() override;
    QString stateText() const override;
    qint64 bytesRead() const;
    qint64 totalBytes() const; // compressed size for .gz

    // Set when the file ended inside a record (also sent as notice()).
    QString truncationText() const;

signals:
    // The playback is over: at the end of the file, or failed (state() tells which).
    void finished();

private:
    void readSlice();
    bool inflateSlice(qint64 size);
    void deliver(QByteArrayView bytes);
    void finishPlaying();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
