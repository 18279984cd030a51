// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OrgApi.h"
#include "api/SensorApi.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// 5xx answers: retried within the policy for idempotent calls, never for tasking.
class TestServerErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void getRetriesAreBounded();
    void taskingPostIsNotRetried();
    void idempotentPostIsRetried();

private:
    QList<LoggedRequest> apiCalls();
    EmulatorProcess* m_emulator = nullptr;
    QString m_sid;
};

void TestServerErrors::init()
{
    m_emulator = new EmulatorProcess(this);
    LCTEST_START_EMULATOR(*m_emulator, QStringList{u"--sensors"_s, u"5"_s});
    // A sensor id read by the harness itself, before any fault is on.
    const QString jwt = m_emulator->mintJwt(m_emulator->apiKey());
    const EmulatorProcess::ControlReply list = m_emulator->apiCall(
            "GET", "/v1/sensors/" + m_emulator->oid().toLatin1() + "?is_compressed=false", jwt);
    QVERIFY2(list.isOk(), qPrintable(list.error));
    m_sid = QJsonDocument::fromJson(list.body)
                    .object()
                    .value(u"sensors"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"sid"_s)
                    .toString();
    QVERIFY(!m_sid.isEmpty());
    QVERIFY(m_emulator->setOnline(m_sid, true));
    QVERIFY(m_emulator->setFaults({{u"error_rate"_s, 1.0}}));
    QVERIFY(m_emulator->clearRequests());
}

void TestServerErrors::cleanup()
{
    delete m_emulator;
    m_emulator = nullptr;
}

QList<LoggedRequest> TestServerErrors::apiCalls()
{
    bool ok = false;
    const QList<LoggedRequest> log = m_emulator->requests(&ok);
    if (!ok)
        qWarning() << "request log unreadable:" << m_emulator->errorString();
    return LoggedRequest::filtered(log, u"api"_s);
}

void TestServerErrors::getRetriesAreBounded()
{
    lc::ApiClient client;
    TestClient::configure(client, *m_emulator);
    const int maxRetries = client.retryPolicy().maxServerRetries;

    const RequestOutcome outcome = RequestWaiter::wait(lc::OrgApi(&client).who(), 20'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.status, lc::ApiStatus::ServerError);
    QVERIFY(outcome.error.httpStatus >= 500 && outcome.error.httpStatus <= 504);
    QCOMPARE(outcome.attempts, maxRetries + 1);

    const QList<LoggedRequest> calls = apiCalls();
    QCOMPARE(calls.size(), maxRetries + 1);
    for (const LoggedRequest& call : calls) {
        QCOMPARE(call.method, u"GET"_s);
        QCOMPARE(call.target, QByteArray("/v1/who"));
        QVERIFY(call.status >= 500);
    }
    QVERIFY2(outcome.error.message.contains(QString::number(outcome.error.httpStatus)),
             qPrintable(outcome.error.message));
}

void TestServerErrors::taskingPostIsNotRetried()
{
    lc::ApiClient client;
    TestClient::configure(client, *m_emulator);

    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).task(m_sid, {u"os_version"_s}), 20'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.status, lc::ApiStatus::ServerError);
    QCOMPARE(outcome.attempts, 1);

    // Wait past the longest retry delay: no second POST may follow.
    QTest::qWait(client.retryPolicy().serverMaxDelayMs * 2);
    const QList<LoggedRequest> calls = apiCalls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).method, u"POST"_s);
    QCOMPARE(calls.at(0).target, "/v1/" + m_sid.toLatin1());
    QVERIFY(calls.at(0).body.contains("tasks=os_version"));
}

void TestServerErrors::idempotentPostIsRetried()
{
    // The online-state query is a POST marked idempotent: it may be retried.
    lc::ApiClient client;
    TestClient::configure(client, *m_emulator);
    const int maxRetries = client.retryPolicy().maxServerRetries;

    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).onlineStates({m_sid}), 20'000);
    QCOMPARE(outcome.error.status, lc::ApiStatus::ServerError);
    QCOMPARE(outcome.attempts, maxRetries + 1);
    QCOMPARE(apiCalls().size(), maxRetries + 1);
}

QTEST_GUILESS_MAIN(TestServerErrors)
#include "TestServerErrors.moc"
