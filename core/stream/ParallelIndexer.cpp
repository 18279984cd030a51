// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/ParallelIndexer.h"

#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <mutex>

#include "stream/EventIndexer.h"
#include "stream/IndexedBatch.h"

namespace lc {

namespace {

// A pool of its own: a long job on the global pool (an export, say) must not leave lines
// waiting for a worker.
QThreadPool* indexingPool()
{
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool;
        created->setObjectName(QStringLiteral("lcdesk-indexing"));
        return created;
    }();
    return pool;
}

int maxWorkers()
{
    // The owning thread indexes too whenever it would otherwise wait.
    return std::clamp(QThread::idealThreadCount() - 1, 1, 3);
}

} // namespace

// What the workers and the owning thread share. Workers keep it alive with their own
// reference, so an indexer destroyed with batches in flight leaves them nothing dangling.
struct ParallelIndexer::Shared
{
    std::mutex mutex;
    std::condition_variable finishedOne;
    std::deque<std::pair<quint64, std::unique_ptr<IndexedBatch>>> pending; // oldest first
    std::map<quint64, std::unique_ptr<IndexedBatch>> finished;
    quint64 discardBelow = 0; // results of older batches are thrown away
    int workers = 0;
    ParallelIndexer* owner = nullptr; // null once the owner is gone
    bool deliveryPosted = false;

    static void work(const std::shared_ptr<Shared>& shared);

    // With the mutex held: have the owner deliver what is finished at its next event-loop turn.
    void postDelivery()
    {
        if (owner && !deliveryPosted) {
            deliveryPosted = true;
            QMetaObject::invokeMethod(owner, &ParallelIndexer::deliverFinished,
                                      Qt::QueuedConnection);
        }
    }
};

void ParallelIndexer::Shared::work(const std::shared_ptr<Shared>& shared)
{
    // One parser per worker thread, reused by every batch that thread indexes.
    thread_local EventIndexer indexer;

    std::unique_lock lock(shared->mutex);
    while (!shared->pending.empty()) {
        auto [seq, batch] = std::move(shared->pending.front());
        shared->pending.pop_front();
        lock.unlock();

        batch->index(indexer);

        lock.lock();
        if (seq < shared->discardBelow)
            continue;
        shared->finished.emplace(seq, std::move(batch));
        shared->finishedOne.notify_all();
        shared->postDelivery();
    }
    --shared->workers;
}

struct ParallelIndexer::Private
{
    BatchHandler handler;
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    NdjsonFramer framer;
    EventIndexer indexer; // for the batches this thread indexes itself
    std::unique_ptr<IndexedBatch> open;
    std::vector<std::unique_ptr<IndexedBatch>> spare; // delivered batches, kept for reuse
    quint64 nextSeq = 0;                              // of the next sealed batch
    quint64 nextDeliver = 0;                          // the oldest batch not yet delivered
    quint64 generation = 0;                           // bumped by discard()
    bool sealPosted = false;
};

ParallelIndexer::ParallelIndexer(BatchHandler handler, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->handler = std::move(handler);
    d->shared->owner = this;
}

ParallelIndexer::~ParallelIndexer()
{
    std::lock_guard lock(d->shared->mutex);
    d->shared->owner = nullptr;
    d->shared->pending.clear();
    d->shared->finished.clear();
    d->shared->discardBelow = std::numeric_limits<quint64>::max();
}

void ParallelIndexer::feed(QByteArrayView bytes)
{
    // Batches are only sealed while the framer runs: delivering calls the handler, which may
    // discard() and so reset the framer under its own feet.
    d->framer.feed(bytes, [this](QByteArrayView line) {
        if (!d->open) {
            if (d->spare.empty()) {
                d->open = std::make_unique<IndexedBatch>();
            } else {
                d->open = std::move(d->spare.back());
                d->spare.pop_back();
            }
        }
        d->open->appendLine(line);
        if (d->open->byteSize() >= MaxBatchBytes)
            seal();
    });
    if (d->open && !d->sealPosted) {
        // Reads that come together travel as one batch: fewer hand-overs between threads.
        d->sealPosted = true;
        QMetaObject::invokeMethod(this, &ParallelIndexer::sealPosted, Qt::QueuedConnection);
    }

    if (d->nextSeq - d->nextDeliver > static_cast<quint64>(MaxBatchesInFlight))
        deliverUpTo(d->nextSeq - MaxBatchesInFlight);
}

void ParallelIndexer::seal()
{
    if (!d->open)
        return;

    Shared& shared = *d->shared;
    std::lock_guard lock(shared.mutex);
    shared.pending.emplace_back(d->nextSeq++, std::move(d->open));
    if (shared.workers < maxWorkers()) {
        ++shared.workers;
        indexingPool()->start([keep = d->shared] { Shared::work(keep); });
    }
}

void ParallelIndexer::sealPosted()
{
    d->sealPosted = false;
    seal();
}

void ParallelIndexer::drain()
{
    seal();
    deliverUpTo(d->nextSeq);
}

QByteArray ParallelIndexer::finish()
{
    drain();
    return d->framer.finish();
}

void ParallelIndexer::discard()
{
    d->open.reset();
    d->framer.finish();
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->pending.clear();
        d->shared->finished.clear();
        d->shared->discardBelow = d->nextSeq;
    }
    d->nextDeliver = d->nextSeq;
    ++d->generation;
}

qsizetype ParallelIndexer::pendingBytes() const
{
    return d->framer.pendingBytes();
}

void ParallelIndexer::setMaxLineBytes(qsizetype bytes)
{
    d->framer.setMaxLineBytes(bytes);
}

void ParallelIndexer::deliverFinished()
{
    Shared& shared = *d->shared;
    {
        std::lock_guard lock(shared.mutex);
        shared.deliveryPosted = false;
    }

    const quint64 generation = d->generation;
    while (generation == d->generation) {
        std::unique_ptr<IndexedBatch> batch;
        {
            std::lock_guard lock(shared.mutex);
            const auto done = shared.finished.find(d->nextDeliver);
            if (done == shared.finished.end())
                return;
            batch = std::move(done->second);
            shared.finished.erase(done);
        }
        ++d->nextDeliver;
        d->handler(*batch);
        recycle(std::move(batch));
    }
}

void ParallelIndexer::deliverUpTo(quint64 endSeq)
{
    Shared& shared = *d->shared;
    const quint64 generation = d->generation;
    while (d->nextDeliver < endSeq && generation == d->generation) {
        const quint64 seq = d->nextDeliver;
        quint64 taken = 0;
        std::unique_ptr<IndexedBatch> batch;
        {
            std::unique_lock lock(shared.mutex);
            if (const auto done = shared.finished.find(seq); done != shared.finished.end()) {
                taken = seq;
                batch = std::move(done->second);
                shared.finished.erase(done);
            } else if (!shared.pending.empty()) {
                // Rather than sleep until a worker is done with the oldest batch, index the
                // next one nobody has started on.
                taken = shared.pending.front().first;
                batch = std::move(shared.pending.front().second);
                shared.pending.pop_front();
            } else {
                shared.finishedOne.wait(lock, [&] { return shared.finished.count(seq) > 0; });
                const auto ready = shared.finished.find(seq);
                taken = seq;
                batch = std::move(ready->second);
                shared.finished.erase(ready);
            }
        }

        batch->index(d->indexer);
        if (taken != seq) {
            std::lock_guard lock(shared.mutex);
            shared.finished.emplace(taken, std::move(batch));
            shared.postDelivery();
            continue;
        }
        ++d->nextDeliver;
        d->handler(*batch);
        recycle(std::move(batch));
    }
}

void ParallelIndexer::recycle(std::unique_ptr<IndexedBatch> batch)
{
    // Enough for every batch that may be in flight; a burst's extra ones are freed.
    if (static_cast<int>(d->spare.size()) >= MaxBatchesInFlight + 2)
        return;
    batch->clear();
    d->spare.push_back(std::move(batch));
}

} // namespace lc
