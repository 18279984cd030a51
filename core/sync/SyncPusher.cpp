// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPusher.h"

#include "LcDesk.h"
#include "api/ApiRequest.h"
#include "sync/SyncApi.h"

namespace lc {

namespace {

// The user-facing sentence, with the server's own reason when it gave one: "invalid data: a
// D&R rule needs a detect object" says what to fix.
QString reasonOf(const ApiError& error)
{
    if (error.serverMessage.isEmpty() || error.message.contains(error.serverMessage))
        return error.message;
    return SyncPusher::tr("%1 (the server said: %2)").arg(error.message, error.serverMessage);
}

} // namespace

SyncPusher::SyncPusher(SyncApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

bool SyncPusher::isRunning() const
{
    return m_running;
}

const QList<SyncPusher::Result>& SyncPusher::results() const
{
    return m_results;
}

int SyncPusher::failures() const
{
    return static_cast<int>(std::count_if(m_results.begin(), m_results.end(),
                                          [](const Result& result) { return !result.ok; }));
}

void SyncPusher::apply(const SyncPlan& plan, const QList<int>& indexes, int concurrency)
{
    m_entries = plan.entries;
    m_queue.clear();
    m_results.clear();
    m_cancelled = false;
    m_concurrency = std::max(1, concurrency);

    if (indexes.isEmpty()) {
        for (int i = 0; i < m_entries.size(); ++i)
            m_queue.append(i);
    } else {
        m_queue = indexes;
    }
    m_queue.removeIf(
            [this](int i) { return i < 0 || i >= m_entries.size() || !m_entries.at(i).writes(); });
    m_total = static_cast<int>(m_queue.size());
    m_running = true;
    qCInfo(lcSync) << "applying" << m_total << "changes," << m_concurrency << "at a time";

    emit progress(0, m_total);
    if (m_total == 0) {
        m_running = false;
        emit finished();
        return;
    }
    startNext();
}

void SyncPusher::cancel()
{
    // Requests in flight finish (a write cannot be taken back half-way); nothing new starts.
    m_cancelled = true;
    for (int entry : std::as_const(m_queue))
        m_results.append({entry, false, tr("not applied: cancelled")});
    m_queue.clear();
}

void SyncPusher::startNext()
{
    while (!m_cancelled && m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        const PlanEntry& entry = m_entries.at(index);
        ++m_inFlight;

        ApiRequest* request = entry.action == PlanEntry::Action::Remove
                                      ? m_api->remove(entry.remote)
                                      : m_api->write(entry.local, entry.remote.metadata);
        connect(request, &ApiRequest::finished, this, [this, request, index] {
            const PlanEntry& current = m_entries.at(index);
            if (!request->isOk()) {
                done(index, false, reasonOf(request->error()));
                return;
            }
            if (current.action != PlanEntry::Action::Move) {
                done(index, true, QString());
                return;
            }

            // Written in its new namespace: only now is the old copy removed.
            ApiRequest* removal = m_api->remove(current.remote);
            connect(removal, &ApiRequest::finished, this, [this, removal, index] {
                const PlanEntry& moved = m_entries.at(index);
                if (removal->isOk()) {
                    done(index, true, QString());
                } else {
                    done(index, false,
                         tr("written in %1, but the copy in %2 was not removed: %3")
                                 .arg(moved.ns, moved.fromNs, reasonOf(removal->error())));
                }
            });
        });
    }
}

void SyncPusher::done(int entry, bool ok, const QString& message)
{
    --m_inFlight;
    const Result result{entry, ok, message};
    m_results.append(result);
    if (!ok)
        qCInfo(lcSync) << "change failed:" << m_entries.at(entry).label();
    emit entryFinished(result);
    emit progress(static_cast<int>(m_results.size()), m_total);

    if (m_inFlight == 0 && (m_queue.isEmpty() || m_cancelled)) {
        m_running = false;
        emit finished();
        return;
    }
    startNext();
}

} // namespace lc
