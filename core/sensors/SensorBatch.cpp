// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorBatch.h"

#include <QCoreApplication>

#include <memory>

#include "api/ApiRequest.h"

namespace lc {

SensorBatch::SensorBatch(const QStringList& sids, Operation operation, QObject* parent)
    : QObject(parent)
    , m_operation(std::move(operation))
{
    m_results.reserve(sids.size());
    for (const QString& sid : sids)
        m_results.append({sid, {}, false});
}

int SensorBatch::failed() const
{
    int count = 0;
    for (const Result& result : m_results) {
        if (result.done && !result.error.isOk())
            ++count;
    }
    return count;
}

void SensorBatch::start()
{
    if (m_results.isEmpty()) {
        QMetaObject::invokeMethod(this, &SensorBatch::finished, Qt::QueuedConnection);
        return;
    }
    pump();
}

void SensorBatch::cancel()
{
    m_cancelled = true;
    for (const auto& request : std::as_const(m_requests)) {
        if (request)
            request->cancel();
    }
    // Sensors never started are reported as cancelled so the counts still add up.
    while (m_next < total()) {
        const int index = m_next++;
        ++m_running;
        itemDone(index, ApiError::make(ApiStatus::Cancelled,
                                       QCoreApplication::translate("lc::SensorBatch",
                                                                   "Cancelled before it was "
                                                                   "sent.")));
    }
}

void SensorBatch::pump()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < total()) {
        const int index = m_next++;
        ++m_running;

        const QList<ApiRequest*> requests = m_operation(m_results.at(index).sid);
        if (requests.isEmpty()) {
            itemDone(index, {});
            continue;
        }

        // Shared between the requests of this sensor: the first error wins.
        auto pending = std::make_shared<int>(static_cast<int>(requests.size()));
        auto firstError = std::make_shared<ApiError>();
        for (ApiRequest* request : requests) {
            m_requests.append(request);
            connect(request, &ApiRequest::finished, this,
                    [this, request, index, pending, firstError] {
                        if (!request->isOk() && firstError->isOk())
                            *firstError = request->error();
                        if (--*pending == 0)
                            itemDone(index, *firstError);
                    });
        }
    }
}

void SensorBatch::itemDone(int index, const ApiError& error)
{
    --m_running;
    Result& result = m_results[index];
    result.error = error;
    result.done = true;
    ++m_completed;

    emit itemFinished(result.sid, error);
    emit progress(m_completed, total());
    if (m_completed == total()) {
        m_requests.clear();
        emit finished();
        return;
    }
    pump();
}

} // namespace lc
