// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <memory>

#include "stream/EventExporter.h"

namespace lc {

class LiveEventModel;

// One export of live rows to a file. The rows are copied out of the ring a slice per
// event-loop turn (the ring may move on meanwhile: rows it evicted first are counted as
// lost), and written, formatted and committed on a worker thread, so the window never
// freezes however many rows there are.
class LiveExportJob : public QObject
{
    Q_OBJECT

public:
    LiveExportJob(LiveEventModel* model, QVector<qint64> sequences, const QString& fileName,
                  EventExporter::Format format, QObject* parent = nullptr);
    ~LiveExportJob() override;

    void start();
    void cancel();

    QString fileName() const { return m_fileName; }
    EventExporter::Format format() const { return m_format; }
    qint64 total() const { return m_sequences.size(); }
    qint64 written() const;
    qint64 lost() const { return m_lost; }
    bool isRunning() const { return m_running; }

signals:
    void progress(qint64 written, qint64 total);
    // ok: the file is complete. message: what happened, naming the file.
    void finished(bool ok, const QString& message);

private:
    struct Shared;

    void copySlice();
    void finishWriting();
    void onWritten();

    QPointer<LiveEventModel> m_model;
    QVector<qint64> m_sequences;
    QString m_fileName;
    EventExporter::Format m_format;
    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_chain;
    QTimer m_sliceTimer;
    QTimer m_progressTimer;
    qsizetype m_next = 0;
    qint64 m_lost = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lc
