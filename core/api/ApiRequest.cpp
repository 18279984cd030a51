// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiRequest.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/JwtSession.h"

namespace lc {

namespace {

QByteArray methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return "GET";
    case HttpMethod::Post:
        return "POST";
    case HttpMethod::Delete:
        return "DELETE";
    case HttpMethod::Put:
        return "PUT";
    }
    return "GET";
}

QString serverMessageOf(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue error = doc.object().value(QStringLiteral("error"));
        if (error.isString())
            return error.toString();
        if (!error.isUndefined())
            return QString::fromUtf8(QJsonDocument(doc.object()).toJson(QJsonDocument::Compact));
    }
    QString text = QString::fromUtf8(body).trimmed();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                      == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

ApiRequest::ApiRequest(ApiClient* client, HttpMethod method, const QUrl& url,
                       const QByteArray& body, const RequestOptions& options)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_originalUrl(url)
    , m_requestBody(body)
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, i.e. before the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::start);
    m_client->requestStarted();
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_finished)
        m_client->requestEnded();
}

QString ApiRequest::description() const
{
    QString path = m_originalUrl.path(QUrl::FullyEncoded);
    if (path.isEmpty() || path == QLatin1String("/"))
        path = m_originalUrl.host() + QLatin1Char('/');
    return QString::fromLatin1(methodName(m_method)) + QLatin1Char(' ') + path;
}

QJsonDocument ApiRequest::json() const
{
    if (!m_jsonParsed) {
        m_json = QJsonDocument::fromJson(m_body);
        m_jsonParsed = true;
    }
    return m_json;
}

bool ApiRequest::isIdempotent() const
{
    if (m_options.idempotent.has_value())
        return *m_options.idempotent;
    return m_method != HttpMethod::Post;
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::make(ApiStatus::Cancelled, tr("The request was cancelled.")));
}

void ApiRequest::start()
{
    if (m_finished || m_cancelled)
        return;

    if (!m_options.authenticated) {
        sendAttempt({});
        return;
    }
    if (!m_options.bearerToken.isEmpty()) {
        sendAttempt(m_options.bearerToken);
        return;
    }

    m_client->session()->withToken(this, [this](const QString& token, const ApiError& error) {
        if (m_finished || m_cancelled)
            return;
        if (!error.isOk()) {
            finish(error);
            return;
        }
        sendAttempt(token);
    });
}

void ApiRequest::sendAttempt(const QString& token)
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("lcdesk/" LCDESK_VERSION));
    request.setRawHeader("Accept", "application/json");
    const int timeout =
            m_options.timeoutMs > 0 ? m_options.timeoutMs : m_client->defaultTimeoutMs();
    request.setTransferTimeout(timeout);
    if (!m_client->extraCaCertificates().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_client->extraCaCertificates());
        request.setSslConfiguration(tls);
    }

    m_usedToken = token;
    if (m_options.authenticated)
        request.setRawHeader("Authorization", "bearer " + token.toLatin1());

    QNetworkAccessManager* network = m_client->network();
    const bool hasBody = m_method != HttpMethod::Get && !m_requestBody.isEmpty();
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    }

    ++m_attempts;
    switch (m_method) {
    case HttpMethod::Get:
        m_reply = network->get(request);
        break;
    case HttpMethod::Post:
        m_reply = network->post(request, m_requestBody);
        break;
    case HttpMethod::Put:
        m_reply = network->put(request, m_requestBody);
        break;
    case HttpMethod::Delete:
        // QNetworkAccessManager::deleteResource() cannot carry the form body the API
        // expects on DELETE.
        m_reply = hasBody ? network->sendCustomRequest(request, "DELETE", m_requestBody)
                          : network->deleteResource(request);
        break;
    }

    qCDebug(lcApi) << "send" << description() << "attempt" << m_attempts;
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (timeout, cancel) is closed and has nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    m_httpStatus = status;

    if (m_cancelled) {
        finish(ApiError::make(ApiStatus::Cancelled, tr("The request was cancelled.")));
        return;
    }

    // No HTTP answer at all: timeout, refused connection, TLS failure.
    if (status == 0) {
        if (netError == QNetworkReply::OperationCanceledError
            || netError == QNetworkReply::TimeoutError) {
            const ApiError error =
                    ApiError::make(ApiStatus::Timeout,
                                   tr("%1 did not answer in time. Check the network and try again.")
                                           .arg(m_url.host()));
            if (isIdempotent() && m_serverRetries < m_client->retryPolicy().maxServerRetries) {
                ++m_serverRetries;
                retryAfter(m_client->retryPolicy().serverDelayMs(m_serverRetries),
                           tr("no answer in time"));
                return;
            }
            finish(error);
            return;
        }
        if (netError == QNetworkReply::SslHandshakeFailedError) {
            finish(ApiError::make(ApiStatus::TlsError,
                                  tr("The TLS certificate of %1 is not trusted: %2")
                                          .arg(m_url.host(), reply->errorString())));
            return;
        }
        const bool transient = netError == QNetworkReply::RemoteHostClosedError
                               || netError == QNetworkReply::TemporaryNetworkFailureError
                               || netError == QNetworkReply::NetworkSessionFailedError
                               || netError == QNetworkReply::UnknownNetworkError
                               || netError == QNetworkReply::ProxyConnectionClosedError;
        if (transient && isIdempotent()
            && m_serverRetries < m_client->retryPolicy().maxServerRetries) {
            ++m_serverRetries;
            retryAfter(m_client->retryPolicy().serverDelayMs(m_serverRetries),
                       reply->errorString());
            return;
        }
        finish(ApiError::make(
                ApiStatus::NetworkError,
                tr("Could not reach %1: %2").arg(m_url.host(), reply->errorString())));
        return;
    }

    if (status >= 300 && status < 400) {
        if (handleRedirect(reply, status))
            return;
        return;
    }

    if (status == 401 && m_options.authenticated) {
        if (!m_renewedAfter401 && m_client->session()->canRenew()
            && m_options.bearerToken.isEmpty()) {
            m_renewedAfter401 = true;
            m_client->session()->rejectToken(m_usedToken);
            start();
            return;
        }
        const ApiError error = ApiError::make(
                ApiStatus::AuthenticationFailed,
                m_client->session()->canRenew()
                        ? tr("LimaCharlie refused the session even after renewing it. The API "
                             "key may lack access to this organisation; log in again.")
                        : tr("LimaCharlie refused the session token and there is no API key to "
                             "renew it. Log in again with an API key."),
                status, serverMessageOf(body));
        emit m_client->authenticationFailed(error);
        finish(error);
        return;
    }

    if (status == 429) {
        m_quota = QString::fromLatin1(reply->rawHeader("X-RateLimit-Quota"));
        m_period = QString::fromLatin1(reply->rawHeader("X-RateLimit-Period"));
        const RetryPolicy& policy = m_client->retryPolicy();
        const int asked = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"),
                                                         QDateTime::currentDateTimeUtc());
        if (asked > policy.retryAfterCapMs) {
            // Waiting that long in silence helps nobody: say so now.
            finish(ApiError::make(ApiStatus::RateLimited,
                                  tr("Rate limited by LimaCharlie, which asks to wait %n s before "
                                     "the next request; try again later.",
                                     nullptr, (asked + 999) / 1000),
                                  status, serverMessageOf(body)));
            return;
        }
        if (m_rateLimitRetries < policy.maxRateLimitRetries) {
            ++m_rateLimitRetries;
            const int delay =
                    policy.rateLimitDelayMs(m_rateLimitRetries, reply->rawHeader("Retry-After"));
            emit m_client->rateLimited(delay, m_quota, m_period);
            retryAfter(delay, tr("rate limited"));
            return;
        }
        finish(errorFromStatus(status, body));
        return;
    }

    if (status >= 500) {
        if (isIdempotent() && m_serverRetries < m_client->retryPolicy().maxServerRetries) {
            ++m_serverRetries;
            retryAfter(m_client->retryPolicy().serverDelayMs(m_serverRetries),
                       tr("server error %1").arg(status));
            return;
        }
        finish(errorFromStatus(status, body));
        return;
    }

    if (status != 200) {
        finish(errorFromStatus(status, body));
        return;
    }

    const QByteArray quota = reply->rawHeader("X-RateLimit-Quota");
    if (!quota.isEmpty()) {
        emit m_client->quotaWarning(QString::fromLatin1(quota),
                                    QString::fromLatin1(reply->rawHeader("X-RateLimit-Period")));
    }

    m_body = body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body;
    if (!m_options.validateJson) {
        finish({});
        return;
    }
    QJsonParseError parseError{};
    m_json = QJsonDocument::fromJson(m_body, &parseError);
    m_jsonParsed = true;
    if (parseError.error != QJsonParseError::NoError) {
        finish(ApiError::make(ApiStatus::InvalidResponse,
                              tr("The answer from %1 is not valid JSON (%2 at byte %3).")
                                      .arg(m_url.host(), parseError.errorString())
                                      .arg(parseError.offset),
                              status));
        return;
    }
    finish({});
}

bool ApiRequest::handleRedirect(QNetworkReply* reply, int status)
{
    const QUrl target =
            m_url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());

    if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        qCWarning(lcApi) << "refused redirect from https to" << target.scheme();
        finish(ApiError::make(ApiStatus::RedirectRefused,
                              tr("Refused a redirect from https to %1 (%2). Nothing was sent "
                                 "there.")
                                      .arg(target.scheme(), target.host()),
                              status));
        return true;
    }
    if (!sameOrigin(m_url, target)) {
        qCWarning(lcApi) << "refused redirect to another host";
        finish(ApiError::make(ApiStatus::RedirectRefused,
                              tr("Refused an unexpected redirect to %1. Credentials were not "
                                 "sent there.")
                                      .arg(target.host()),
                              status));
        return true;
    }
    if (m_method != HttpMethod::Get) {
        // A redirected change was not made where it was sent; following it with a GET
        // would read back something and report success for a change that never happened.
        finish(ApiError::make(ApiStatus::RedirectRefused,
                              tr("The server redirected %1 to %2 instead of doing it; nothing "
                                 "was changed. Check the API URL.")
                                      .arg(description(), target.toDisplayString()),
                              status));
        return true;
    }
    if (!m_options.followSameOriginRedirects || m_redirects >= 5) {
        finish(ApiError::make(ApiStatus::RedirectRefused,
                              tr("Refused a redirect to %1.").arg(target.toDisplayString()),
                              status));
        return true;
    }

    ++m_redirects;
    m_url = target;
    sendAttempt(m_usedToken);
    return true;
}

void ApiRequest::retryAfter(int delayMs, const QString& reason)
{
    qCInfo(lcApi) << "retrying" << description() << "in" << delayMs << "ms:" << reason;
    emit retrying(m_attempts + 1, delayMs, reason);
    m_retryTimer.start(delayMs);
}

ApiError ApiRequest::errorFromStatus(int status, const QByteArray& body) const
{
    const QString server = serverMessageOf(body);
    const QString what = description();

    if (server.contains(QLatin1String("host not connected"), Qt::CaseInsensitive)) {
        return ApiError::make(ApiStatus::HostNotConnected,
                              tr("The sensor is not connected, so it cannot receive this."), status,
                              server);
    }

    switch (status) {
    case 400:
    case 422:
        return ApiError::make(ApiStatus::BadRequest,
                              tr("LimaCharlie refused the request %1.").arg(what), status, server);
    case 403:
        return ApiError::make(ApiStatus::PermissionDenied,
                              tr("The API key is not allowed to do this (%1). Use a key with the "
                                 "needed permission.")
                                      .arg(what),
                              status, server);
    case 404:
        return ApiError::make(ApiStatus::NotFound, tr("Not found: %1.").arg(what), status, server);
    case 413:
        return ApiError::make(ApiStatus::BadRequest,
                              tr("The request %1 was too large for the server.").arg(what), status,
                              server);
    case 429: {
        const int tries = m_attempts;
        const QString message =
                m_quota.isEmpty()
                        ? tr("Rate limited by LimaCharlie; retrying stopped after %n tries.",
                             nullptr, tries)
                        : tr("Rate limited by LimaCharlie (quota %1 per %2 s); retrying "
                             "stopped after %n tries.",
                             nullptr, tries)
                                  .arg(m_quota,
                                       m_period.isEmpty() ? QStringLiteral("?") : m_period);
        return ApiError::make(ApiStatus::RateLimited, message, status, server);
    }
    default:
        break;
    }

    if (status >= 500) {
        return ApiError::make(ApiStatus::ServerError,
                              tr("LimaCharlie answered %1 with a server "
                                 "error (HTTP %2) after %n tries; try "
                                 "again later.",
                                 nullptr, m_attempts)
                                      .arg(what)
                                      .arg(status),
                              status, server);
    }
    return ApiError::make(ApiStatus::BadRequest,
                          tr("Unexpected answer to %1 (HTTP %2).").arg(what).arg(status), status,
                          server);
}

void ApiRequest::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_error = error;
    m_client->requestEnded();
    if (!error.isOk()) {
        qCInfo(lcApi) << "failed" << description() << ApiError::statusName(error.status) << "http"
                      << error.httpStatus;
    }
    emit finished();
    deleteLater();
}

} // namespace lc
