// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/OrgSession.h"

#include <QJsonObject>

#include <memory>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OrgApi.h"
#include "api/SensorApi.h"
#include "sensors/SensorBatch.h"
#include "sensors/SensorListLoader.h"
#include "sensors/SensorStore.h"

namespace lc {

OrgSession::OrgSession(QObject* parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_store(new SensorStore(this))
{
    connect(m_client, &ApiClient::authenticationFailed, this, [this](const ApiError& error) {
        if (m_state == State::Connected)
            emit authenticationFailed(error);
    });
}

OrgSession::~OrgSession()
{
    // Requests and the loader report to this object; stop them before the members go.
    ++m_generation;
    cancelRequests();
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
    }
}

Endpoints OrgSession::endpointsFor(const Credentials& credentials)
{
    return Endpoints::cloud().overriddenBy(credentials.apiUrl, credentials.jwtUrl,
                                           credentials.streamUrl);
}

QString OrgSession::orgName() const
{
    return m_orgName.isEmpty() ? m_credentials.oid : m_orgName;
}

bool OrgSession::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void OrgSession::open(const Credentials& credentials, const Endpoints& endpoints)
{
    close();
    m_credentials = credentials.withoutKey();
    m_client->setEndpoints(endpoints);
    m_client->setCredentials(credentials.oid, credentials.uid, credentials.apiKey);
    qCInfo(lcAuth) << "opening organisation" << credentials.oid << "at"
                   << endpoints.api.toDisplayString();
    setState(State::Connecting);

    const quint64 generation = m_generation;
    ApiRequest* request = OrgApi(m_client).who();
    m_requests.append(request);
    connect(request, &ApiRequest::finished, this, [this, request, generation] {
        if (generation != m_generation)
            return;
        if (!request->isOk()) {
            fail(request->error());
            return;
        }
        m_who = WhoAmI::fromJson(request->object(), m_credentials.oid);
        m_whoKnown = true;
        qCInfo(lcAuth) << "key" << m_who.ident << "has" << m_who.permissions.size()
                       << "permissions in" << m_credentials.oid;
        emit whoChanged();
        setState(State::Connected);
        requestOrgInfo();
        startLoad();
    });
}

void OrgSession::close()
{
    ++m_generation;
    cancelRequests();
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->deleteLater();
    }
    if (m_loadingStore && m_loadingStore != m_store)
        m_loadingStore->deleteLater();
    m_store->clear();
    m_client->setCredentials({}, {}, {});
    m_who = {};
    m_whoKnown = false;
    m_orgName.clear();
    m_error = {};
    m_pagesLoaded = 0;
    m_sensorsLoaded = 0;
    setState(State::Disconnected);
}

void OrgSession::refresh()
{
    if (m_state != State::Connected)
        return;
    startLoad();
}

void OrgSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OrgSession::fail(const ApiError& error)
{
    qCWarning(lcAuth) << "organisation" << m_credentials.oid
                      << "failed:" << ApiError::statusName(error.status);
    m_error = error;
    setState(State::Failed);
    emit failed(error);
}

void OrgSession::cancelRequests()
{
    const auto requests = std::exchange(m_requests, {});
    for (const auto& request : requests) {
        if (request)
            request->cancel();
    }
}

void OrgSession::requestOrgInfo()
{
    const quint64 generation = m_generation;
    ApiRequest* request = OrgApi(m_client).info();
    m_requests.append(request);
    connect(request, &ApiRequest::finished, this, [this, request, generation] {
        if (generation != m_generation)
            return;
        // A key without org.get still lists sensors; the oid stands in for the name.
        if (!request->isOk()) {
            qCInfo(lcApi) << "organisation name unavailable:"
                          << ApiError::statusName(request->error().status);
            return;
        }
        const QString name = request->object().value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && name != m_orgName) {
            m_orgName = name;
            emit orgNameChanged(name);
        }
    });
}

void OrgSession::startLoad()
{
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->deleteLater();
    }
    if (m_loadingStore && m_loadingStore != m_store)
        m_loadingStore->deleteLater();

    // The first load shows sensors as pages arrive; later ones load beside the current list.
    SensorStore* target = m_store->size() == 0 ? m_store : new SensorStore(this);
    auto* loader = new SensorListLoader(m_client, target, this);
    m_loader = loader;
    m_loadingStore = target;
    m_pagesComplete = false;
    m_pagesLoaded = 0;
    m_sensorsLoaded = 0;

    connect(loader, &SensorListLoader::progress, this, [this](int sensors, int pages) {
        m_sensorsLoaded = sensors;
        m_pagesLoaded = pages;
        emit loadProgress(sensors, pages);
    });
    connect(loader, &SensorListLoader::pagesFinished, this, [this] { m_pagesComplete = true; });
    connect(loader, &SensorListLoader::finished, this,
            [this, loader, target](const ApiError& error) {
                onLoadFinished(loader, target, error);
            });
    emit loadStarted();
    loader->start();
}

void OrgSession::onLoadFinished(SensorListLoader* loader, SensorStore* target,
                                const ApiError& error)
{
    loader->deleteLater();
    m_loadingStore = nullptr;

    if (target != m_store) {
        if (m_pagesComplete) {
            SensorStore* old = m_store;
            m_store = target;
            emit storeReplaced(m_store);
            old->deleteLater();
        } else {
            target->deleteLater();
        }
    }
    m_error = error;
    emit loadFinished(error);
}

SensorBatch*
OrgSession::startBatch(const QStringList& sids, const std::function<void(SensorBatch*)>& setup,
                       const std::function<QList<ApiRequest*>(const QString&)>& operation)
{
    auto* batch = new SensorBatch(sids, operation, this);
    setup(batch);
    connect(batch, &SensorBatch::finished, batch, &QObject::deleteLater);
    QMetaObject::invokeMethod(batch, &SensorBatch::start, Qt::QueuedConnection);
    return batch;
}

SensorBatch* OrgSession::tag(const QStringList& sids, const QStringList& tags, int ttlSecs)
{
    ApiClient* client = m_client;
    return startBatch(
            sids,
            [this, tags](SensorBatch* batch) {
                connect(batch, &SensorBatch::itemFinished, this,
                        [this, tags](const QString& sid, const ApiError& error) {
                            if (error.isOk())
                                m_store->addTags(sid, tags);
                        });
            },
            [client, tags, ttlSecs](const QString& sid) {
                return QList<ApiRequest*>{SensorApi(client).addTags(sid, tags, ttlSecs)};
            });
}

SensorBatch* OrgSession::untag(const QStringList& sids, const QStringList& tags)
{
    ApiClient* client = m_client;
    return startBatch(
            sids,
            [this, tags](SensorBatch* batch) {
                connect(batch, &SensorBatch::itemFinished, this,
                        [this, tags](const QString& sid, const ApiError& error) {
                            if (error.isOk())
                                m_store->removeTags(sid, tags);
                        });
            },
            [client, tags](const QString& sid) { return SensorApi(client).removeTags(sid, tags); });
}

SensorBatch* OrgSession::task(const QStringList& sids, const QString& command,
                              const QString& investigationId)
{
    ApiClient* client = m_client;
    return startBatch(
            sids, [](SensorBatch*) {},
            [client, command, investigationId](const QString& sid) {
                return QList<ApiRequest*>{SensorApi(client).task(sid, {command}, investigationId)};
            });
}

SensorBatch* OrgSession::isolate(const QStringList& sids)
{
    return setIsolation(sids, true);
}

SensorBatch* OrgSession::rejoin(const QStringList& sids)
{
    return setIsolation(sids, false);
}

SensorBatch* OrgSession::setIsolation(const QStringList& sids, bool isolate)
{
    ApiClient* client = m_client;
    return startBatch(
            sids,
            [this, isolate](SensorBatch* batch) {
                connect(batch, &SensorBatch::itemFinished, this,
                        [this, isolate](const QString& sid, const ApiError& error) {
                            if (error.isOk())
                                m_store->setIsolation(sid, isolate);
                        });
            },
            [client, isolate](const QString& sid) {
                return QList<ApiRequest*>{isolate ? SensorApi(client).isolate(sid)
                                                  : SensorApi(client).rejoin(sid)};
            });
}

} // namespace lc
