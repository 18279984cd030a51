// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

namespace lc {

QString ApiError::toString() const
{
    if (isOk())
        return {};
    if (serverMessage.isEmpty() || message.contains(serverMessage))
        return message;
    return message + QStringLiteral(" (") + serverMessage + QLatin1Char(')');
}

ApiError ApiError::make(ApiStatus status, const QString& message, int httpStatus,
                        const QString& serverMessage)
{
    ApiError error;
    error.status = status;
    error.message = message;
    error.httpStatus = httpStatus;
    error.serverMessage = serverMessage;
    return error;
}

QString ApiError::statusName(ApiStatus status)
{
    switch (status) {
    case ApiStatus::Ok:
        return QStringLiteral("ok");
    case ApiStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ApiStatus::Timeout:
        return QStringLiteral("timeout");
    case ApiStatus::NetworkError:
        return QStringLiteral("network-error");
    case ApiStatus::TlsError:
        return QStringLiteral("tls-error");
    case ApiStatus::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ApiStatus::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ApiStatus::NotFound:
        return QStringLiteral("not-found");
    case ApiStatus::BadRequest:
        return QStringLiteral("bad-request");
    case ApiStatus::HostNotConnected:
        return QStringLiteral("host-not-connected");
    case ApiStatus::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiStatus::ServerError:
        return QStringLiteral("server-error");
    case ApiStatus::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case ApiStatus::InvalidResponse:
        return QStringLiteral("invalid-response");
    case ApiStatus::InvalidRequest:
        return QStringLiteral("invalid-request");
    }
    return QStringLiteral("unknown");
}

} // namespace lc
