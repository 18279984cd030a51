// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveExportJob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

#include "LiveEventModel.h"
#include "stream/EventStore.h"

namespace lc {

// What the worker tasks share with the GUI thread. The tasks run one after another (each is
// chained to the one before), so the exporter itself needs no lock.
struct LiveExportJob::Shared
{
    EventExporter exporter;
    std::atomic<qint64> written{0};
    std::atomic<int> queued{0};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failed{false};
    QMutex mutex;
    QString error; // guarded by mutex

    void fail(const QString& message)
    {
        const QMutexLocker lock(&mutex);
        if (error.isEmpty())
            error = message;
        failed = true;
    }
};

namespace {

// A slice stops after this many rows or this long, whichever comes first.
constexpr int SliceRows = 20'000;
constexpr int SliceBudgetMs = 6;
// Copied slices waiting for the writer; more waits, so memory stays bounded.
constexpr int MaxQueuedSlices = 4;
constexpr int ProgressIntervalMs = 100;

} // namespace

LiveExportJob::LiveExportJob(LiveEventModel* model, QVector<qint64> sequences,
                             const QString& fileName, EventExporter::Format format, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_sequences(std::move(sequences))
    , m_fileName(fileName)
    , m_format(format)
    , m_shared(std::make_shared<Shared>())
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &LiveExportJob::copySlice);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { emit progress(written(), total()); });
}

LiveExportJob::~LiveExportJob()
{
    // The worker tasks hold the shared state themselves; they see the flag and stop.
    m_shared->cancelled = true;
}

qint64 LiveExportJob::written() const
{
    return m_shared->written;
}

void LiveExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    const std::shared_ptr<Shared> shared = m_shared;
    const QString fileName = m_fileName;
    const EventExporter::Format format = m_format;
    m_chain = QtConcurrent::run([shared, fileName, format] {
        QString error;
        if (!shared->exporter.open(fileName, format, &error))
            shared->fail(error);
    });
    m_progressTimer.start();
    m_sliceTimer.start();
}

void LiveExportJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_shared->cancelled = true;
    m_sliceTimer.stop();
    finishWriting();
}

void LiveExportJob::copySlice()
{
    if (m_shared->failed || m_cancelled) {
        finishWriting();
        return;
    }
    if (m_shared->queued >= MaxQueuedSlices) {
        m_sliceTimer.start(5);
        return;
    }
    const EventStore* store = m_model ? m_model->store() : nullptr;
    if (!store) {
        m_lost += m_sequences.size() - m_next;
        m_next = m_sequences.size();
        finishWriting();
        return;
    }

    // Copied here, on the GUI thread, because the ring may overwrite a record as soon as the
    // event loop runs again; interned strings are copied once per distinct value.
    QHash<quint32, QByteArray> strings;
    const auto stringOf = [&strings, store](quint32 id) {
        if (id == 0)
            return QByteArray();
        auto it = strings.constFind(id);
        if (it == strings.constEnd()) {
            const std::string_view bytes = store->bytes(id);
            it = strings.insert(id, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
        }
        return *it;
    };
    const bool csv = m_format == EventExporter::Format::Csv;
    const int summaryColumn = static_cast<int>(LiveEventModel::Column::Summary);

    QElapsedTimer clock;
    clock.start();
    QVector<EventExporter::Row> rows;
    rows.reserve(std::min<qsizetype>(SliceRows, m_sequences.size() - m_next));
    while (m_next < m_sequences.size() && rows.size() < SliceRows
           && (rows.size() % 1024 != 0 || clock.elapsed() < SliceBudgetMs)) {
        const qint64 seq = m_sequences.at(m_next++);
        if (!store->contains(seq)) {
            ++m_lost;
            continue;
        }
        const EventRecord& record = store->at(seq);
        EventExporter::Row row;
        row.raw = record.raw.toByteArray();
        if (csv) {
            row.timeMs = record.timeMs;
            row.hostname = stringOf(record.hostname);
            row.sensor = stringOf(record.sensor);
            row.type = stringOf(record.type);
            row.kind = record.kind;
            // The summary the table shows for the row (built on demand by the model).
            const int modelRow = m_model->rowOfSequence(seq);
            if (modelRow >= 0)
                row.summary = m_model->index(modelRow, summaryColumn).data().toString();
        }
        rows.append(std::move(row));
    }

    if (!rows.isEmpty()) {
        ++m_shared->queued;
        const std::shared_ptr<Shared> shared = m_shared;
        m_chain = m_chain.then(QThreadPool::globalInstance(), [shared, batch = std::move(rows)] {
            --shared->queued;
            if (shared->cancelled || shared->failed)
                return;
            QString error;
            if (shared->exporter.write(batch, &error))
                shared->written += batch.size();
            else
                shared->fail(error);
        });
    }
    if (m_next < m_sequences.size())
        m_sliceTimer.start();
    else
        finishWriting();
}

void LiveExportJob::finishWriting()
{
    if (!m_running)
        return;
    m_running = false;
    const std::shared_ptr<Shared> shared = m_shared;
    m_chain = m_chain.then(QThreadPool::globalInstance(), [shared] {
        if (shared->cancelled || shared->failed) {
            shared->exporter.cancel();
            return;
        }
        QString error;
        if (!shared->exporter.commit(&error))
            shared->fail(error);
    });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, &LiveExportJob::onWritten);
    watcher->setFuture(m_chain);
}

void LiveExportJob::onWritten()
{
    m_progressTimer.stop();
    emit progress(written(), total());
    const QString name = QFileInfo(m_fileName).absoluteFilePath();
    if (m_shared->failed) {
        const QMutexLocker lock(&m_shared->mutex);
        emit finished(false, m_shared->error);
        return;
    }
    if (m_cancelled) {
        emit finished(false, tr("Export to %1 cancelled; the file was not written.").arg(name));
        return;
    }
    QString message =
            tr("Exported %n event(s) to %1.", nullptr, static_cast<int>(written())).arg(name);
    if (m_lost > 0)
        message += QLatin1Char(' ')
                   + tr("%n event(s) left the ring buffer before they could be exported.", nullptr,
                        static_cast<int>(m_lost));
    emit finished(true, message);
}

} // namespace lc
