// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include "api/ApiError.h"
#include "api/ApiPath.h"
#include "api/Endpoints.h"
#include "api/FormData.h"
#include "api/RequestOptions.h"
#include "api/RetryPolicy.h"

class QNetworkAccessManager;

namespace lc {

class ApiRequest;
class JwtSession;

// The LimaCharlie REST client: one network manager, one token session, and a request
// object per call. Everything is asynchronous; nothing here ever blocks the event loop.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setEndpoints(const Endpoints& endpoints);
    const Endpoints& endpoints() const { return m_endpoints; }

    // Organisation and API key (uid only for user-scoped keys). Replaces any token.
    void setCredentials(const QString& oid, const QString& uid, const QString& apiKey);
    // Log in with a JWT alone; it is used until it expires and cannot be renewed.
    void setToken(const QString& oid, const QString& jwt);
    QString oid() const { return m_oid; }
    QString uid() const { return m_uid; }

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setDefaultTimeoutMs(int timeoutMs) { m_defaultTimeoutMs = timeoutMs; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    // Certificates trusted in addition to the system's (a private deployment's CA).
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    const QList<QSslCertificate>& extraCaCertificates() const { return m_extraCas; }

    QNetworkAccessManager* network() const { return m_network; }
    JwtSession* session() const { return m_session; }

    // Calls on the REST API. The returned request reports through its finished() signal
    // and deletes itself afterwards.
    ApiRequest* get(const ApiPath& path, const FormData& query = {},
                    const RequestOptions& options = {});
    ApiRequest* post(const ApiPath& path, const FormData& form = {},
                     const RequestOptions& options = {});
    ApiRequest* del(const ApiPath& path, const FormData& form = {},
                    const RequestOptions& options = {});
    // Any service: the API, the JWT exchange or another base URL.
    ApiRequest* sendTo(HttpMethod method, const QUrl& base, const ApiPath& path,
                       const FormData& query, const FormData& body, const RequestOptions& options);

    // A request that fails with InvalidRequest without sending anything, for input the API
    // would misread (it still reports through finished(), like any other).
    ApiRequest* refuse(const QString& message);

    int requestsInFlight() const { return m_inFlight; }

signals:
    // The key was refused or the token cannot be renewed: the user must act.
    void authenticationFailed(const lc::ApiError& error);
    // The server says the key is over its quota but not yet enforced.
    void quotaWarning(const QString& quota, const QString& period);
    void rateLimited(int retryInMs, const QString& quota, const QString& period);

private:
    friend class ApiRequest;
    void requestStarted() { ++m_inFlight; }
    void requestEnded() { --m_inFlight; }

    QNetworkAccessManager* m_network;
    JwtSession* m_session;
    Endpoints m_endpoints;
    QString m_oid;
    QString m_uid;
    RetryPolicy m_retryPolicy;
    int m_defaultTimeoutMs = 60'000;
    QList<QSslCertificate> m_extraCas;
    int m_inFlight = 0;
};

} // namespace lc
