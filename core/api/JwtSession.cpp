// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JwtSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/FormData.h"

namespace lc {

JwtSession::JwtSession(ApiClient* client)
    : QObject(client)
    , m_client(client)
{}

void JwtSession::configure(const QString& oid, const QString& uid, const QString& apiKey)
{
    clear();
    m_oid = oid;
    m_uid = uid;
    m_apiKey = apiKey;
}

void JwtSession::setStaticToken(const QString& jwt)
{
    clear();
    m_token = jwt;
    m_expiresAt = expiryOf(jwt);
}

void JwtSession::clear()
{
    // A renewal still in flight belongs to the old credentials; its answer is ignored.
    ++m_generation;
    m_renewing = false;
    m_oid.clear();
    m_uid.clear();
    m_apiKey.clear();
    m_token.clear();
    m_expiresAt = 0;

    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    const ApiError error = ApiError::make(
            ApiStatus::Cancelled,
            QCoreApplication::translate("lc::JwtSession", "The credentials were changed."));
    for (auto& waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.callback({}, error);
    }
}

bool JwtSession::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    if (m_expiresAt == 0)
        return true;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A token given directly cannot be renewed, so it is used up to its very end.
    const qint64 margin = canRenew() ? renewalMarginSecs : 0;
    return now < m_expiresAt - margin;
}

void JwtSession::withToken(QObject* context, TokenCallback callback)
{
    if (tokenUsable()) {
        callback(m_token, {});
        return;
    }

    if (!canRenew()) {
        const QString message =
                m_token.isEmpty()
                        ? QCoreApplication::translate("lc::JwtSession",
                                                      "No API key is set for this organisation. "
                                                      "Log in with an API key.")
                        : QCoreApplication::translate("lc::JwtSession",
                                                      "The session token has expired and there "
                                                      "is no API key to renew it. Log in again "
                                                      "with an API key.");
        callback({}, ApiError::make(ApiStatus::AuthenticationFailed, message));
        return;
    }

    m_waiters.push_back({context, context != nullptr, std::move(callback)});
    if (!m_renewing)
        startRenewal();
}

void JwtSession::rejectToken(const QString& token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcAuth) << "token refused by the server; it will be renewed";
        m_token.clear();
        m_expiresAt = 0;
    }
}

void JwtSession::startRenewal()
{
    m_renewing = true;
    const quint64 generation = m_generation;

    FormData form;
    if (!m_oid.isEmpty())
        form.add(QStringLiteral("oid"), m_oid);
    form.add(QStringLiteral("secret"), m_apiKey);
    if (!m_uid.isEmpty())
        form.add(QStringLiteral("uid"), m_uid);

    RequestOptions options;
    options.authenticated = false;
    options.followSameOriginRedirects = false;
    options.idempotent = true;

    qCDebug(lcAuth) << "renewing the session token";
    ApiRequest* request = m_client->sendTo(HttpMethod::Post, m_client->endpoints().jwt, ApiPath(),
                                           {}, form, options);
    connect(request, &ApiRequest::finished, this, [this, request, generation] {
        if (generation != m_generation)
            return;

        if (!request->isOk()) {
            ApiError error = request->error();
            if (error.status == ApiStatus::AuthenticationFailed
                || error.status == ApiStatus::PermissionDenied
                || error.status == ApiStatus::NotFound || error.status == ApiStatus::BadRequest) {
                error.status = ApiStatus::AuthenticationFailed;
                error.message = QCoreApplication::translate(
                                        "lc::JwtSession",
                                        "LimaCharlie refused the API key for organisation %1. "
                                        "It may have been revoked, or belong to another "
                                        "organisation or user; enter a valid key.")
                                        .arg(m_oid.isEmpty() ? QStringLiteral("-") : m_oid);
            }
            finishRenewal({}, error);
            return;
        }

        const QString jwt = request->object().value(QStringLiteral("jwt")).toString();
        if (jwt.isEmpty()) {
            finishRenewal({}, ApiError::make(ApiStatus::InvalidResponse,
                                             QCoreApplication::translate(
                                                     "lc::JwtSession",
                                                     "The token service answered without a "
                                                     "token.")));
            return;
        }
        finishRenewal(jwt, {});
    });
}

void JwtSession::finishRenewal(const QString& token, const ApiError& error)
{
    m_renewing = false;
    if (error.isOk()) {
        m_token = token;
        m_expiresAt = expiryOf(token);
        ++m_renewals;
        qCInfo(lcAuth) << "session token renewed; expires at"
                       << QDateTime::fromSecsSinceEpoch(m_expiresAt, Qt::UTC).toString(Qt::ISODate);
    } else {
        qCWarning(lcAuth) << "token renewal failed:" << ApiError::statusName(error.status);
    }

    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.callback(token, error);
    }

    if (error.isOk())
        emit renewed();
    else
        emit renewalFailed(error);
}

qint64 JwtSession::expiryOf(const QString& jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return 0;
    const QByteArray payload = QByteArray::fromBase64(
            parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    return static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble());
}

} // namespace lc
