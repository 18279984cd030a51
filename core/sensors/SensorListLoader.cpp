// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorListLoader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiPath.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "sensors/SensorPage.h"
#include "sensors/SensorStore.h"

namespace lc {

SensorListLoader::SensorListLoader(ApiClient* client, SensorStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

void SensorListLoader::start(const SensorListQuery& query, bool withDetails)
{
    cancel();
    ++m_run;
    m_query = query;
    m_withDetails = withDetails;
    m_phase = Phase::Pages;
    m_pages = 0;
    m_sensors = 0;
    m_error = {};
    m_seenTokens.clear();
    m_requested = 0;
    m_applied = 0;
    m_lastRequested = false;
    m_parsed.clear();
    m_online.clear();
    m_tagsBySid.clear();
    m_detailErrors.clear();
    requestPage({});
}

void SensorListLoader::cancel()
{
    if (!isRunning())
        return;
    ++m_run;
    if (m_pageRequest)
        m_pageRequest->cancel();
    m_detailJobs.clear();
    for (const auto& request : std::as_const(m_detailRequests)) {
        if (request)
            request->cancel();
    }
    m_detailRequests.clear();
    m_detailsRunning = 0;
    finish(ApiError::make(ApiStatus::Cancelled, tr("Loading the sensor list was cancelled.")));
}

void SensorListLoader::requestPage(const QString& token)
{
    const quint64 run = m_run;
    const int sequence = m_requested++;
    ApiRequest* request = SensorApi(m_client).listPage(m_query, token);
    m_pageRequest = request;

    connect(request, &ApiRequest::finished, this, [this, request, run, sequence] {
        if (run != m_run)
            return;
        if (!request->isOk()) {
            finish(request->error());
            return;
        }

        // The next page is asked for at once, so its download overlaps the parsing of this
        // one; only the token is read here.
        bool isObject = false;
        const QString next = SensorPage::peekToken(request->body(), &isObject);
        if (!isObject) {
            finish(ApiError::make(ApiStatus::InvalidResponse,
                                  tr("The sensor list from LimaCharlie could not be read: it is "
                                     "not a JSON object.")));
            return;
        }
        if (next.isEmpty()) {
            m_lastRequested = true;
        } else if (m_seenTokens.contains(next)) {
            // A server that hands out a token it already gave would page forever.
            qCWarning(lcSensors) << "sensor list repeated a continuation token; stopping";
            m_lastRequested = true;
        } else {
            m_seenTokens.insert(next);
            requestPage(next);
        }

        auto* watcher = new QFutureWatcher<SensorPage>(this);
        connect(watcher, &QFutureWatcher<SensorPage>::finished, this,
                [this, watcher, run, sequence] {
                    watcher->deleteLater();
                    if (run != m_run)
                        return;
                    m_parsed.insert(sequence, watcher->result());
                    applyParsedPages();
                });
        watcher->setFuture(QtConcurrent::run(&SensorPage::parseRecords, request->body()));
    });
}

void SensorListLoader::applyParsedPages()
{
    // Pages may finish parsing out of order; they reach the store in server order.
    while (m_parsed.contains(m_applied)) {
        SensorPage page = m_parsed.take(m_applied);
        ++m_applied;
        if (!page.error.isEmpty()) {
            if (m_pageRequest)
                m_pageRequest->cancel();
            finish(ApiError::make(
                    ApiStatus::InvalidResponse,
                    tr("The sensor list from LimaCharlie could not be read: %1.").arg(page.error)));
            return;
        }

        ++m_pages;
        m_sensors += static_cast<int>(page.records.size());
        m_store->upsert(std::move(page.records));
        emit progress(m_sensors, m_pages);
    }

    if (m_lastRequested && m_applied == m_requested) {
        emit pagesFinished(m_store->size());
        startDetails();
    }
}

void SensorListLoader::startDetails()
{
    if (!m_withDetails || m_store->size() == 0) {
        finish({});
        return;
    }
    m_phase = Phase::Details;
    SensorApi api(m_client);

    QStringList sids;
    sids.reserve(m_store->size());
    for (const SensorRecord& record : m_store->records())
        sids.append(record.info.sid);
    for (int i = 0; i < sids.size(); i += onlineBatchSize) {
        const QStringList batch = sids.mid(i, onlineBatchSize);
        m_detailJobs.append([this, batch]() {
            ApiRequest* request = SensorApi(m_client).onlineStates(batch);
            connect(request, &ApiRequest::finished, this, [this, request] {
                if (request->isOk())
                    m_online.insert(SensorApi::parseOnlineStates(request->object()));
                detailDone(request->error());
            });
            return request;
        });
    }

    // Tags: the organisation's tag list, then the members of each tag. This costs one
    // request per tag instead of one per sensor.
    m_detailJobs.append([this]() {
        ApiRequest* request = SensorApi(m_client).orgTags();
        connect(request, &ApiRequest::finished, this, [this, request] {
            if (request->isOk()) {
                for (const QString& tag : SensorApi::parseTagList(request->object())) {
                    // A tag made elsewhere can be a name no path can carry ("..");
                    // skipping it costs that tag's column, not the whole list.
                    if (!ApiPath::v1({tag}).isValid()) {
                        qCWarning(lcSensors) << "a tag cannot be listed by name; skipped";
                        continue;
                    }
                    m_detailJobs.append([this, tag]() {
                        ApiRequest* members = SensorApi(m_client).sensorsWithTag(tag);
                        connect(members, &ApiRequest::finished, this, [this, members, tag] {
                            if (members->isOk()) {
                                for (const QString& sid :
                                     SensorApi::parseSidKeys(members->object()))
                                    m_tagsBySid[sid].append(tag);
                            }
                            detailDone(members->error());
                        });
                        return members;
                    });
                }
            }
            detailDone(request->error());
        });
        return request;
    });

    pumpDetails();
}

void SensorListLoader::pumpDetails()
{
    if (m_phase != Phase::Details)
        return;

    while (m_detailsRunning < maxParallelDetails && !m_detailJobs.isEmpty()) {
        ++m_detailsRunning;
        m_detailRequests.append(m_detailJobs.takeFirst()());
    }

    if (m_detailsRunning == 0 && m_detailJobs.isEmpty()) {
        m_detailRequests.clear();
        m_store->setOnlineStates(m_online);
        m_store->setAllTags(m_tagsBySid);
        if (m_detailErrors.isEmpty()) {
            finish({});
        } else {
            // The list itself loaded; say which details are missing rather than fail it.
            finish(ApiError::make(ApiStatus::ServerError,
                                  tr("The sensors loaded, but some details did not: %1")
                                          .arg(m_detailErrors.first())));
        }
    }
}

void SensorListLoader::detailDone(const ApiError& error)
{
    --m_detailsRunning;
    if (!error.isOk() && error.status != ApiStatus::Cancelled)
        m_detailErrors.append(error.toString());
    if (m_phase == Phase::Details)
        QMetaObject::invokeMethod(this, &SensorListLoader::pumpDetails, Qt::QueuedConnection);
}

void SensorListLoader::finish(const ApiError& error)
{
    m_phase = Phase::Done;
    m_error = error;
    qCInfo(lcSensors) << "sensor list loaded:" << m_store->size() << "sensors," << m_pages
                      << "pages," << ApiError::statusName(error.status);
    emit finished(error);
}

} // namespace lc
