// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace lc {

// One status for everything a call can end with, so views and the command line
// can react the same way whatever layer produced the failure.
enum class ApiStatus
{
    Ok,
    Cancelled,
    Timeout,
    NetworkError,
    TlsError,
    AuthenticationFailed,
    PermissionDenied,
    NotFound,
    BadRequest,
    HostNotConnected,
    RateLimited,
    ServerError,
    RedirectRefused,
    InvalidResponse,
    InvalidRequest
};

struct ApiError
{
    ApiStatus status = ApiStatus::Ok;
    int httpStatus = 0;
    // Sentence for the user: says what happened and, where possible, what to do.
    QString message;
    // The server's own error text, when it sent one.
    QString serverMessage;

    bool isOk() const { return status == ApiStatus::Ok; }
    QString toString() const;

    static ApiError make(ApiStatus status, const QString& message, int httpStatus = 0,
                         const QString& serverMessage = {});
    static QString statusName(ApiStatus status);
};

} // namespace lc

Q_DECLARE_METATYPE(lc::ApiError)
