// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <memory>

#include "stream/NdjsonFramer.h"

namespace lc {

class IndexedBatch;

// Frames a byte stream into lines on the calling thread and indexes them on worker threads,
// then hands the indexed lines back to the calling thread in arrival order, one IndexedBatch
// at a time. The costly part of taking in a record (parsing it) so runs beside the thread
// that stores and shows it, and that thread stays free for the user.
// - Each feed() seals what it framed into a batch (several when it framed more than
//   MaxBatchBytes), so lines wait for no later read.
// - Batches are delivered from the event loop, or at once by drain(); never out of order.
// - At most MaxBatchesInFlight batches are fed and not yet delivered: past that, feed()
//   delivers the oldest itself (indexing it here if no worker has started on it), so a
//   stream faster than the workers is slowed at its socket instead of filling memory.
// - The handler may call discard() or feed(); after a discard() nothing fed before it is
//   delivered.
class ParallelIndexer : public QObject
{
    Q_OBJECT

public:
    using BatchHandler = std::function<void(const IndexedBatch& batch)>;

    static constexpr qsizetype MaxBatchBytes = 256 * 1024;
    static constexpr int MaxBatchesInFlight = 16;

    explicit ParallelIndexer(BatchHandler handler, QObject* parent = nullptr);
    ~ParallelIndexer() override;

    void feed(QByteArrayView bytes);
    // Delivers every line fed so far, now.
    void drain();
    // The stream ended: drain(), then the bytes of an unterminated last line (see
    // NdjsonFramer::finish). Ready for a new stream afterwards.
    QByteArray finish();
    // Forgets every line not yet delivered and the partial line; ready for a new stream.
    void discard();

    qsizetype pendingBytes() const; // of the partial line
    void setMaxLineBytes(qsizetype bytes);

private:
    void seal();
    void sealPosted();
    void deliverFinished();
    void deliverUpTo(quint64 endSeq);
    void recycle(std::unique_ptr<IndexedBatch> batch);

    struct Shared;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
