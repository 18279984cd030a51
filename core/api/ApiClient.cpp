// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include <QNetworkAccessManager>

#include "api/ApiRequest.h"
#include "api/JwtSession.h"

namespace lc {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_session(new JwtSession(this))
    , m_endpoints(Endpoints::fromEnvironment())
{
    // Redirects are judged by each request itself; Qt 6 would otherwise follow them and
    // keep the Authorization header.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_session, &JwtSession::renewalFailed, this, [this](const ApiError& error) {
        if (error.status == ApiStatus::AuthenticationFailed)
            emit authenticationFailed(error);
    });
}

ApiClient::~ApiClient()
{
    // Requests still in flight are children; they tell this client when they end, so they go
    // while it is still whole, not from ~QObject after the ApiClient part is gone.
    const QList<ApiRequest*> open = findChildren<ApiRequest*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(open);
}

void ApiClient::setEndpoints(const Endpoints& endpoints)
{
    m_endpoints = endpoints;
}

void ApiClient::setCredentials(const QString& oid, const QString& uid, const QString& apiKey)
{
    m_oid = oid;
    m_uid = uid;
    m_session->configure(oid, uid, apiKey);
}

void ApiClient::setToken(const QString& oid, const QString& jwt)
{
    m_oid = oid;
    m_uid.clear();
    m_session->setStaticToken(jwt);
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
}

ApiRequest* ApiClient::get(const ApiPath& path, const FormData& query,
                           const RequestOptions& options)
{
    return sendTo(HttpMethod::Get, m_endpoints.api, path, query, {}, options);
}

ApiRequest* ApiClient::post(const ApiPath& path, const FormData& form,
                            const RequestOptions& options)
{
    return sendTo(HttpMethod::Post, m_endpoints.api, path, {}, form, options);
}

ApiRequest* ApiClient::del(const ApiPath& path, const FormData& form, const RequestOptions& options)
{
    return sendTo(HttpMethod::Delete, m_endpoints.api, path, {}, form, options);
}

ApiRequest* ApiClient::sendTo(HttpMethod method, const QUrl& base, const ApiPath& path,
                              const FormData& query, const FormData& body,
                              const RequestOptions& options)
{
    // The URL is assembled from already-encoded bytes and parsed strictly, so QUrl keeps
    // every %2F, %2B and %25 as it is instead of decoding or re-encoding them.
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!path.encoded().isEmpty()) {
        while (encoded.endsWith('/'))
            encoded.chop(1);
        encoded += path.encoded();
    }
    if (!query.isEmpty())
        encoded += '?' + query.toUrlEncoded();
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);

    QString invalid = path.error();
    if (invalid.isEmpty() && !url.isValid())
        invalid = url.errorString();
    if (!invalid.isEmpty())
        return refuse(invalid);
    auto* request = new ApiRequest(this, method, url, body.toUrlEncoded(), options);

    // Started from the event loop so callers can connect to finished() first.
    QMetaObject::invokeMethod(request, &ApiRequest::start, Qt::QueuedConnection);
    return request;
}

ApiRequest* ApiClient::refuse(const QString& message)
{
    auto* request = new ApiRequest(this, HttpMethod::Get, m_endpoints.api, {}, {});
    QMetaObject::invokeMethod(
            request,
            [request, message] {
                request->finish(ApiError::make(ApiStatus::InvalidRequest, message));
            },
            Qt::QueuedConnection);
    return request;
}

} // namespace lc
