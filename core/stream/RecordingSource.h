// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

#include "stream/LiveStream.h"

namespace lc {

// Plays a recording (newline-delimited JSON, plain or .gz) into the same sink as a live
// stream, a slice per event-loop turn so the window stays responsive. Live while reading,
// Stopped at the end; a truncated last line is reported, not counted as a record.
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

signals:
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
