// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "TestData.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "sensors/SensorPage.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

// The oid the C05 scripts use in their paths.
const QString caseOid = u"7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b"_s;

// Counts the ticks of a 50 ms timer and the longest pause between two of them: proof that
// the event loop kept running (the window would have kept repainting).
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(50);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestGapMs = qMax(m_longestGapMs, m_sinceLast.restart());
            ++m_ticks;
        });
        m_sinceLast.start();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 longestGapMs() const { return m_longestGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    int m_ticks = 0;
    qint64 m_longestGapMs = 0;
};

QList<LoggedRequest> sensorListCalls(const QList<LoggedRequest>& log)
{
    return LoggedRequest::filtered(log, u"api"_s, "/v1/sensors/" + caseOid.toLatin1());
}

lc::SensorListQuery plainQuery()
{
    lc::SensorListQuery query;
    query.compressed = false;
    return query;
}

} // namespace

// C05: HTTP 429 with and without Retry-After.
class TestRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void recoverHonoursRetryAfter();
    void persistentIsBoundedAndExplained();
};

void TestRateLimit::recoverHonoursRetryAfter()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"5"_s, u"--oid"_s, caseOid, u"--script"_s,
                                       TestData::path(u"cases/C05/exchanges-recover.yaml"_s)}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    QSignalSpy rateLimited(&client, &lc::ApiClient::rateLimited);

    Heartbeat heartbeat;
    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).listPage(plainQuery(), {}), 20'000);
    LCTEST_VERIFY_OK(outcome);
    QCOMPARE(outcome.attempts, 3);

    const lc::SensorPage page = lc::SensorPage::parse(outcome.body);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sensors.size(), 1);
    QCOMPARE(page.sensors.at(0).hostname, u"ws-01"_s);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> calls = sensorListCalls(log);
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).status, 429);
    QCOMPARE(calls.at(1).status, 429);
    QCOMPARE(calls.at(2).status, 200);
    const qint64 firstGap = calls.at(1).timeMs - calls.at(0).timeMs;
    const qint64 secondGap = calls.at(2).timeMs - calls.at(1).timeMs;
    QVERIFY2(firstGap >= 2000, qPrintable(u"second request %1 ms after the first"_s.arg(firstGap)));
    QVERIFY2(secondGap >= 1000,
             qPrintable(u"third request %1 ms after the second"_s.arg(secondGap)));
    QVERIFY2(firstGap < 4000 && secondGap < 3000, "Retry-After was not what set the delay");

    QCOMPARE(rateLimited.size(), 2);
    QCOMPARE(rateLimited.at(0).at(0).toInt(), 2000);
    QCOMPARE(rateLimited.at(0).at(1).toString(), u"50"_s);
    QCOMPARE(rateLimited.at(0).at(2).toString(), u"60"_s);
    QCOMPARE(rateLimited.at(1).at(0).toInt(), 1000);

    // The event loop ran all along: ticks kept coming, never a long pause.
    QVERIFY2(heartbeat.longestGapMs() < 500,
             qPrintable(u"event loop blocked for %1 ms"_s.arg(heartbeat.longestGapMs())));
    QVERIFY(heartbeat.ticks() >= static_cast<int>(outcome.elapsedMs / 50 / 2));
}

void TestRateLimit::persistentIsBoundedAndExplained()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"5"_s, u"--oid"_s, caseOid, u"--script"_s,
                                       TestData::path(u"cases/C05/exchanges-persistent.yaml"_s)}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    // The default policy's delays (10 s growing to 120 s) scaled down to 1 s growing to 2 s.
    const lc::RetryPolicy policy = TestClient::fastPolicy();
    QCOMPARE(policy.rateLimitBaseMs, 1000);
    QSignalSpy rateLimited(&client, &lc::ApiClient::rateLimited);

    Heartbeat heartbeat;
    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).listPage(plainQuery(), {}), 30'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.status, lc::ApiStatus::RateLimited);
    QCOMPARE(outcome.error.httpStatus, 429);
    QVERIFY2(outcome.error.message.contains("quota 50 per 60 s"_L1),
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, policy.maxRateLimitRetries + 1);
    QCOMPARE(rateLimited.size(), policy.maxRateLimitRetries);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> calls = sensorListCalls(log);
    QVERIFY(calls.size() >= 2 && calls.size() <= 8);
    QCOMPARE(calls.size(), outcome.attempts);
    for (int i = 1; i < calls.size(); ++i) {
        const qint64 gap = calls.at(i).timeMs - calls.at(i - 1).timeMs;
        QVERIFY2(gap >= 1000,
                 qPrintable(u"request %1 came %2 ms after the one before"_s.arg(i).arg(gap)));
        QCOMPARE(calls.at(i).status, 429);
    }
    QVERIFY2(heartbeat.longestGapMs() < 500,
             qPrintable(u"event loop blocked for %1 ms"_s.arg(heartbeat.longestGapMs())));

    // Nothing keeps retrying in the background once the error is shown.
    QTest::qWait(policy.rateLimitMaxDelayMs + 500);
    LCTEST_REQUEST_LOG(later, emulator);
    QCOMPARE(sensorListCalls(later).size(), calls.size());
    QCOMPARE(client.requestsInFlight(), 0);
}

QTEST_GUILESS_MAIN(TestRateLimit)
#include "TestRateLimit.moc"
