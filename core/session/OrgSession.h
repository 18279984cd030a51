// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

#include "api/ApiError.h"
#include "api/Endpoints.h"
#include "api/WhoAmI.h"
#include "credentials/Credentials.h"

namespace lc {

class ApiClient;
class ApiRequest;
class SensorBatch;
class SensorListLoader;
class SensorStore;

// One connected organisation: its REST client, its sensors and the operations on them.
//
// open() checks the key with `who`, reads the organisation's name and then loads the sensor
// list in the background. The first load fills store() as pages arrive; refresh() loads into
// a second store and swaps it in when the pages are complete, so the list stays usable (and
// sensors deleted meanwhile disappear) instead of emptying on every refresh.
//
// The operations run a SensorBatch a few sensors at a time and update the store for each
// sensor that succeeded. A batch starts on the next event-loop turn, so callers connect to it
// first; it deletes itself after finished().
class OrgSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    explicit OrgSession(QObject* parent = nullptr);
    ~OrgSession() override;

    void open(const Credentials& credentials, const Endpoints& endpoints);
    void close();
    // Loads the sensor list again; ignored unless connected.
    void refresh();

    State state() const { return m_state; }
    // Why the session failed, or the last loading error.
    const ApiError& error() const { return m_error; }
    // The credentials in use, without their key.
    const Credentials& credentials() const { return m_credentials; }
    bool isDemo() const { return m_credentials.source == Credentials::Source::Demo; }
    QString oid() const { return m_credentials.oid; }
    // The organisation's name once known, else its oid.
    QString orgName() const;
    // What the key may do here; empty until `who` answered.
    const WhoAmI& who() const { return m_who; }
    bool whoKnown() const { return m_whoKnown; }

    ApiClient* client() const { return m_client; }
    SensorStore* store() const { return m_store; }
    bool isLoading() const;
    int pagesLoaded() const { return m_pagesLoaded; }
    int sensorsLoaded() const { return m_sensorsLoaded; }

    SensorBatch* tag(const QStringList& sids, const QStringList& tags, int ttlSecs);
    SensorBatch* untag(const QStringList& sids, const QStringList& tags);
    SensorBatch* task(const QStringList& sids, const QString& command,
                      const QString& investigationId = {});
    SensorBatch* isolate(const QStringList& sids);
    SensorBatch* rejoin(const QStringList& sids);

    // The cloud, with the base URLs the credentials override.
    static Endpoints endpointsFor(const Credentials& credentials);

signals:
    void stateChanged(lc::OrgSession::State state);
    void failed(const lc::ApiError& error);
    void orgNameChanged(const QString& name);
    void whoChanged();
    // The key was refused after the session opened (revoked, expired): the user must log in.
    void authenticationFailed(const lc::ApiError& error);
    // The store was replaced by a refreshed one; the old one is deleted later.
    void storeReplaced(lc::SensorStore* store);
    void loadStarted();
    void loadProgress(int sensorsLoaded, int pagesLoaded);
    // error is set when the list did not load (the previous list stays) or loaded with
    // missing details (online state, tags).
    void loadFinished(const lc::ApiError& error);

private:
    SensorBatch* setIsolation(const QStringList& sids, bool isolate);
    void setState(State state);
    void fail(const ApiError& error);
    void requestOrgInfo();
    void startLoad();
    void onLoadFinished(SensorListLoader* loader, SensorStore* target, const ApiError& error);
    SensorBatch* startBatch(const QStringList& sids, const std::function<void(SensorBatch*)>& setup,
                            const std::function<QList<ApiRequest*>(const QString&)>& operation);
    void cancelRequests();

    ApiClient* m_client;
    SensorStore* m_store;
    QPointer<SensorListLoader> m_loader;
    QPointer<SensorStore> m_loadingStore;
    QList<QPointer<ApiRequest>> m_requests;
    Credentials m_credentials;
    State m_state = State::Disconnected;
    ApiError m_error;
    WhoAmI m_who;
    bool m_whoKnown = false;
    QString m_orgName;
    bool m_pagesComplete = false;
    int m_pagesLoaded = 0;
    int m_sensorsLoaded = 0;
    quint64 m_generation = 0;
};

} // namespace lc
