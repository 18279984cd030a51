// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "api/ApiError.h"
#include "api/RequestOptions.h"

class QNetworkReply;

namespace lc {

class ApiClient;

// One REST call: owns its network reply, has a timeout and a cancel, renews the token
// once on a 401, waits out 429s and retries transient failures within the client's
// retry policy, and refuses redirects that would carry credentials somewhere else.
// It emits finished() exactly once and deletes itself afterwards.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ~ApiRequest() override;

    void cancel();
    bool isFinished() const { return m_finished; }

    bool isOk() const { return m_error.isOk(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray& body() const { return m_body; }
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    // Attempts sent on the wire, retries included.
    int attempts() const { return m_attempts; }
    // "GET /v1/sensors/<oid>" — no query, no body, safe for logs.
    QString description() const;

signals:
    void finished();
    void retrying(int attempt, int delayMs, const QString& reason);

private:
    friend class ApiClient;
    ApiRequest(ApiClient* client, HttpMethod method, const QUrl& url, const QByteArray& body,
               const RequestOptions& options);

    void start();
    void sendAttempt(const QString& token);
    void onReplyFinished();
    bool handleRedirect(QNetworkReply* reply, int status);
    void retryAfter(int delayMs, const QString& reason);
    void finish(const ApiError& error);
    ApiError errorFromStatus(int status, const QByteArray& body) const;
    bool isIdempotent() const;

    ApiClient* m_client;
    HttpMethod m_method;
    QUrl m_url;
    QUrl m_originalUrl;
    QByteArray m_requestBody;
    RequestOptions m_options;

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QString m_usedToken;
    bool m_renewedAfter401 = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    int m_serverRetries = 0;
    int m_redirects = 0;

    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    mutable QJsonDocument m_json;
    mutable bool m_jsonParsed = false;
    QString m_quota;
    QString m_period;
};

} // namespace lc
