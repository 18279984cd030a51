// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/JwtSession.h"
#include "api/OrgApi.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

int countOn(const QList<LoggedRequest>& log, const QString& listener, int status = -1)
{
    int count = 0;
    for (const LoggedRequest& request : log) {
        if (request.listener == listener && (status < 0 || request.status == status))
            ++count;
    }
    return count;
}

QString unsignedJwt(const QByteArray& payload)
{
    const auto part = [](const QByteArray& bytes) {
        return QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + u'.' + part(payload) + u'.' + part("x");
}

} // namespace

// Reference §2: API key → JWT, the bearer header, renewal before expiry and after a 401.
class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void tokenObtainedAndSentAsBearer();
    void firstRequestsShareOneExchange();
    void renewsBeforeExpiry();
    void forced401RenewsOnce();
    void forced401AmongTenInFlight();
    void tenRequestsRefusedTogetherShareOneRenewal();
    void revokedKeyFailsFast();
    void jwtOnlyClientFailsClearlyOn401();
    void jwtOnlyExpiredTokenIsNotSent();
};

void TestAuth::tokenObtainedAndSentAsBearer()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    const RequestOutcome who = RequestWaiter::wait(lc::OrgApi(&client).who());
    LCTEST_VERIFY_OK(who);
    QCOMPARE(who.object().value(u"orgs"_s).toArray().first().toString(), emulator.oid());

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(log.size(), 2);
    const LoggedRequest& exchange = log.at(0);
    QCOMPARE(exchange.listener, u"jwt"_s);
    QCOMPARE(exchange.method, u"POST"_s);
    QVERIFY(exchange.header(u"Content-Type"_s).startsWith("application/x-www-form-urlencoded"_L1));
    QVERIFY2(exchange.body.contains(QByteArray("oid=" + emulator.oid().toLatin1())), exchange.body);
    QVERIFY2(exchange.body.contains("secret=<redacted:36>"), exchange.body);
    QVERIFY(!exchange.hasHeader(u"Authorization"_s));

    const LoggedRequest& call = log.at(1);
    QCOMPARE(call.listener, u"api"_s);
    QCOMPARE(call.target, QByteArray("/v1/who"));
    QCOMPARE(call.status, 200);
    // The log keeps the scheme word as sent and masks the token as "<redacted:N>", N its
    // length: the client must write the lowercase "bearer" of the reference SDKs.
    const QRegularExpressionMatch match = QRegularExpression(u"^bearer <redacted:(\\d+)>$"_s)
                                                  .match(call.header(u"Authorization"_s));
    QVERIFY2(match.hasMatch(), qPrintable(call.header(u"Authorization"_s)));
    const QString reference = emulator.mintJwt(emulator.apiKey());
    QVERIFY(!reference.isEmpty());
    QCOMPARE(match.captured(1).toInt(), reference.size());
}

void TestAuth::firstRequestsShareOneExchange()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    QList<lc::ApiRequest*> requests;
    for (int i = 0; i < 10; ++i)
        requests.append(lc::OrgApi(&client).who());
    for (const RequestOutcome& outcome : RequestWaiter::waitAll(requests))
        LCTEST_VERIFY_OK(outcome);

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(countOn(log, u"jwt"_s), 1);
    QCOMPARE(countOn(log, u"api"_s, 200), 10);
    QCOMPARE(client.session()->renewalCount(), 1);
}

void TestAuth::renewsBeforeExpiry()
{
    // Tokens live 123 s; the client renews 120 s before expiry, so a token is used for about
    // three seconds and then replaced before it is sent again, without any 401.
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"5"_s, u"--jwt-lifetime"_s, u"123"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    LCTEST_VERIFY_OK(RequestWaiter::wait(lc::OrgApi(&client).who()));
    const qint64 firstExpiry = client.session()->expiresAt();
    QVERIFY(firstExpiry > QDateTime::currentSecsSinceEpoch() + 100);
    LCTEST_VERIFY_OK(RequestWaiter::wait(lc::OrgApi(&client).who()));
    QCOMPARE(countOn(emulator.requests(), u"jwt"_s), 1);

    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch()
                                     >= firstExpiry - lc::JwtSession::renewalMarginSecs,
                             8000);
    LCTEST_VERIFY_OK(RequestWaiter::wait(lc::OrgApi(&client).who()));

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(countOn(log, u"jwt"_s), 2);
    QCOMPARE(countOn(log, u"api"_s), 3);
    QCOMPARE(countOn(log, u"api"_s, 401), 0);
    // The renewal came before the third call, not after a refusal.
    QCOMPARE(log.at(log.size() - 2).listener, u"jwt"_s);
    QVERIFY(client.session()->expiresAt() > firstExpiry);
}

void TestAuth::forced401RenewsOnce()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"5"_s, u"--fail-401"_s, u"1"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    QSignalSpy authFailed(&client, &lc::ApiClient::authenticationFailed);

    const RequestOutcome who = RequestWaiter::wait(lc::OrgApi(&client).who());
    LCTEST_VERIFY_OK(who);
    QCOMPARE(who.attempts, 2);

    LCTEST_REQUEST_LOG(log, emulator);
    QStringList sequence;
    for (const LoggedRequest& request : log)
        sequence.append(request.listener + u' ' + QString::number(request.status));
    QCOMPARE(sequence, (QStringList{u"jwt 200"_s, u"api 401"_s, u"jwt 200"_s, u"api 200"_s}));
    QCOMPARE(client.session()->renewalCount(), 2);
    QCOMPARE(authFailed.size(), 0);
}

void TestAuth::forced401AmongTenInFlight()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    LCTEST_VERIFY_OK(RequestWaiter::wait(lc::OrgApi(&client).who()));

    // The third of ten requests held together by the server is refused once.
    QVERIFY(emulator.setFaults({{u"fail_401"_s, 3}, {u"latency_ms"_s, 300}}));
    QList<lc::ApiRequest*> requests;
    for (int i = 0; i < 10; ++i)
        requests.append(lc::OrgApi(&client).who());
    for (const RequestOutcome& outcome : RequestWaiter::waitAll(requests))
        LCTEST_VERIFY_OK(outcome);

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(countOn(log, u"api"_s, 401), 1);
    QCOMPARE(countOn(log, u"api"_s, 200), 11);
    QCOMPARE(countOn(log, u"jwt"_s), 2);
    QCOMPARE(client.session()->renewalCount(), 2);
}

void TestAuth::tenRequestsRefusedTogetherShareOneRenewal()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    // Tokens that expire in 3 s and answers that take 4.5 s: every request in flight is
    // refused with 401 at about the same moment.
    QVERIFY2(emulator.setFaults({{u"jwt_lifetime"_s, 3}, {u"latency_ms"_s, 4500}}),
             qPrintable(emulator.errorString()));
    QList<lc::ApiRequest*> requests;
    for (int i = 0; i < 10; ++i)
        requests.append(lc::OrgApi(&client).who());

    // Once they are held by the server, make the next token and answers normal again.
    QTRY_VERIFY_WITH_TIMEOUT(countOn(emulator.requests(), u"api"_s) >= 6, 4000);
    QVERIFY2(emulator.setFaults({{u"jwt_lifetime"_s, 3600}, {u"latency_ms"_s, 0}}),
             qPrintable(emulator.errorString()));

    const QList<RequestOutcome> outcomes = RequestWaiter::waitAll(requests, 30'000);
    for (const RequestOutcome& outcome : outcomes) {
        LCTEST_VERIFY_OK(outcome);
        QVERIFY(outcome.attempts <= 2);
    }

    LCTEST_REQUEST_LOG(log, emulator);
    QVERIFY2(countOn(log, u"api"_s, 401) >= 6, "the requests were not refused together");
    QCOMPARE(countOn(log, u"api"_s, 200), 10);
    // One exchange at the start and ONE renewal for all the refused requests.
    QCOMPARE(countOn(log, u"jwt"_s), 2);
    QCOMPARE(client.session()->renewalCount(), 2);
}

void TestAuth::revokedKeyFailsFast()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    QVERIFY(!emulator.keys().value(u"revoked"_s).toString().isEmpty());
    lc::ApiClient client;
    TestClient::configure(client, emulator, u"revoked"_s);
    QSignalSpy authFailed(&client, &lc::ApiClient::authenticationFailed);

    const RequestOutcome first = RequestWaiter::wait(lc::OrgApi(&client).who(), 10'000);
    QVERIFY(first.finished);
    QCOMPARE(first.error.status, lc::ApiStatus::AuthenticationFailed);
    QVERIFY2(first.error.message.contains("API key"_L1), qPrintable(first.error.message));
    QVERIFY(first.elapsedMs < 3000);
    QCOMPARE(authFailed.size(), 1);

    // A second call tries once more, and that is all.
    const RequestOutcome second = RequestWaiter::wait(lc::OrgApi(&client).who(), 10'000);
    QCOMPARE(second.error.status, lc::ApiStatus::AuthenticationFailed);

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(countOn(log, u"jwt"_s), 2);
    QCOMPARE(countOn(log, u"jwt"_s, 401), 2);
    QCOMPARE(countOn(log, u"api"_s), 0);
    QCOMPARE(client.requestsInFlight(), 0);
}

void TestAuth::jwtOnlyClientFailsClearlyOn401()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"5"_s, u"--fail-401"_s, u"2"_s}));
    const QString jwt = emulator.mintJwt(emulator.apiKey());
    QVERIFY2(!jwt.isEmpty(), qPrintable(emulator.errorString()));

    lc::ApiClient client;
    TestClient::configure(client, emulator);
    client.setToken(emulator.oid(), jwt);
    QVERIFY(!client.session()->canRenew());
    QSignalSpy authFailed(&client, &lc::ApiClient::authenticationFailed);

    LCTEST_VERIFY_OK(RequestWaiter::wait(lc::OrgApi(&client).who()));
    const RequestOutcome refused = RequestWaiter::wait(lc::OrgApi(&client).who());
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.status, lc::ApiStatus::AuthenticationFailed);
    QCOMPARE(refused.error.httpStatus, 401);
    QVERIFY2(refused.error.message.contains("no API key"_L1), qPrintable(refused.error.message));
    QCOMPARE(refused.attempts, 1);
    QCOMPARE(authFailed.size(), 1);

    LCTEST_REQUEST_LOG(log, emulator);
    // Only the harness's own exchange; the client never asked for a token.
    QCOMPARE(countOn(log, u"jwt"_s), 1);
    QCOMPARE(countOn(log, u"api"_s), 2);
}

void TestAuth::jwtOnlyExpiredTokenIsNotSent()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    client.setToken(emulator.oid(), unsignedJwt(R"({"exp":)" + QByteArray::number(past) + "}"));

    const RequestOutcome outcome = RequestWaiter::wait(lc::OrgApi(&client).who(), 5000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.status, lc::ApiStatus::AuthenticationFailed);
    QVERIFY2(outcome.error.message.contains("expired"_L1), qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, 0);
    LCTEST_REQUEST_LOG(log, emulator);
    QVERIFY(log.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
