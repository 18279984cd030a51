// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

#include "api/ApiError.h"

namespace lc {

class ApiClient;

// Holds the JWT for one organisation and renews it from the API key. Requests ask for a
// token through withToken(); while a renewal is running every caller waits on that same
// renewal, so a burst of 401s or a token about to expire costs one exchange, not many.
class JwtSession : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const QString& token, const ApiError& error)>;

    explicit JwtSession(ApiClient* client);

    void configure(const QString& oid, const QString& uid, const QString& apiKey);
    // A JWT given directly (no API key): used until it expires, never renewed.
    void setStaticToken(const QString& jwt);
    void clear();

    bool canRenew() const { return !m_apiKey.isEmpty(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    qint64 expiresAt() const { return m_expiresAt; }
    int renewalCount() const { return m_renewals; }

    // Calls back (possibly at once) with a token valid for at least the renewal margin.
    // Nothing is called if `context` is destroyed first.
    void withToken(QObject* context, TokenCallback callback);
    // A request got 401 with `token`: forget it unless a newer one already replaced it.
    void rejectToken(const QString& token);

    // Seconds before expiry at which a token is renewed instead of used.
    static constexpr qint64 renewalMarginSecs = 120;
    // The `exp` claim of a JWT, 0 when it has none.
    static qint64 expiryOf(const QString& jwt);

signals:
    void renewed();
    void renewalFailed(const lc::ApiError& error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        TokenCallback callback;
    };

    bool tokenUsable() const;
    void startRenewal();
    void finishRenewal(const QString& token, const ApiError& error);

    ApiClient* m_client;
    QString m_oid;
    QString m_uid;
    QString m_apiKey;
    QString m_token;
    qint64 m_expiresAt = 0;
    bool m_renewing = false;
    quint64 m_generation = 0;
    int m_renewals = 0;
    std::vector<Waiter> m_waiters;
};

} // namespace lc
