// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>

#include "api/RetryPolicy.h"

using lc::RetryPolicy;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

RetryPolicy withoutJitter()
{
    RetryPolicy policy;
    policy.jitter = 0.0;
    return policy;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void rateLimitHonoursRetryAfter_data();
    void rateLimitHonoursRetryAfter();
    void rateLimitOwnBackoff();
    void serverBackoff();
    void jitterRange_data();
    void jitterRange();
    void hugeRetryNumbers();
    void defaultsAreBounded();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("expectedMs");

    const QDateTime now = utc(2015, 10, 21, 7, 27, 0);
    QTest::newRow("seconds") << QByteArray("2") << now << 2000;
    QTest::newRow("one second") << QByteArray("1") << now << 1000;
    QTest::newRow("zero") << QByteArray("0") << now << 0;
    QTest::newRow("padded") << QByteArray(" 5 ") << now << 5000;
    QTest::newRow("negative") << QByteArray("-1") << now << -1;
    QTest::newRow("empty") << QByteArray() << now << -1;
    QTest::newRow("garbage") << QByteArray("soon") << now << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << now << -1;
    QTest::newRow("capped at a day") << QByteArray("999999999") << now << 86'400'000;
    QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now << 60'000;
    QTest::newRow("http date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << now << 0;
    QTest::newRow("http date next day")
            << QByteArray("Thu, 22 Oct 2015 07:27:00 GMT") << now << 86'400'000;
    // 02:30 on that day does not exist in Central European local time; the header is UTC.
    QTest::newRow("http date in a local DST gap")
            << QByteArray("Sun, 29 Mar 2015 02:30:00 GMT") << utc(2015, 3, 29, 2, 29, 0) << 60'000;
    QTest::newRow("http date not GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00 PST") << now << -1;
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(int, expectedMs);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(value, now), expectedMs);
}

void TestRetryPolicy::rateLimitHonoursRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("2 s") << QByteArray("2") << 2000;
    QTest::newRow("1 s") << QByteArray("1") << 1000;
    // Never hammer: even "Retry-After: 0" waits a second.
    QTest::newRow("0 s floors at 1 s") << QByteArray("0") << 1000;
    QTest::newRow("capped") << QByteArray("3600") << 120'000;
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:27:30 GMT") << 30'000;
}

void TestRetryPolicy::rateLimitHonoursRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedMs);
    const QDateTime now = utc(2015, 10, 21, 7, 27, 0);
    // The server's delay is used as given: no jitter, whatever the retry number.
    RetryPolicy policy;
    for (int retry = 1; retry <= 4; ++retry)
        QCOMPARE(policy.rateLimitDelayMs(retry, retryAfter, now), expectedMs);
}

void TestRetryPolicy::rateLimitOwnBackoff()
{
    RetryPolicy policy = withoutJitter();
    const QList<int> expected = {10'000, 20'000, 40'000, 80'000, 120'000, 120'000};
    for (int retry = 1; retry <= expected.size(); ++retry)
        QCOMPARE(policy.rateLimitDelayMs(retry, {}), expected.at(retry - 1));

    // An invalid Retry-After counts as absent.
    QCOMPARE(policy.rateLimitDelayMs(2, "whenever"), 20'000);

    policy.rateLimitBaseMs = 1000;
    policy.rateLimitMaxDelayMs = 3000;
    QCOMPARE(policy.rateLimitDelayMs(1, {}), 1000);
    QCOMPARE(policy.rateLimitDelayMs(2, {}), 2000);
    QCOMPARE(policy.rateLimitDelayMs(3, {}), 3000);
    QCOMPARE(policy.rateLimitDelayMs(4, {}), 3000);
}

void TestRetryPolicy::serverBackoff()
{
    const RetryPolicy policy = withoutJitter();
    const QList<int> expected = {1000, 2000, 4000, 8000, 16'000, 16'000, 16'000};
    for (int retry = 1; retry <= expected.size(); ++retry)
        QCOMPARE(policy.serverDelayMs(retry), expected.at(retry - 1));
}

void TestRetryPolicy::jitterRange_data()
{
    QTest::addColumn<bool>("rateLimit");
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("baseMs");
    QTest::newRow("429 first") << true << 1 << 10'000;
    QTest::newRow("429 third") << true << 3 << 40'000;
    QTest::newRow("429 capped") << true << 9 << 120'000;
    QTest::newRow("5xx first") << false << 1 << 1000;
    QTest::newRow("5xx capped") << false << 8 << 16'000;
}

void TestRetryPolicy::jitterRange()
{
    QFETCH(bool, rateLimit);
    QFETCH(int, retry);
    QFETCH(int, baseMs);

    RetryPolicy policy;
    QCOMPARE(policy.jitter, 0.1);
    QSet<int> seen;
    for (int i = 0; i < 500; ++i) {
        const int delay =
                rateLimit ? policy.rateLimitDelayMs(retry, {}) : policy.serverDelayMs(retry);
        QVERIFY2(delay >= baseMs && delay <= baseMs + baseMs / 10,
                 qPrintable(u"%1 outside [%2, %3]"_s.arg(delay).arg(baseMs).arg(baseMs * 11 / 10)));
        seen.insert(delay);
    }
    // Jitter exists: 500 draws over a 10 % window are not all the same.
    QVERIFY(seen.size() > 10);
}

void TestRetryPolicy::hugeRetryNumbers()
{
    const RetryPolicy policy = withoutJitter();
    QCOMPARE(policy.serverDelayMs(1000), 16'000);
    QCOMPARE(policy.rateLimitDelayMs(1000, {}), 120'000);
    QCOMPARE(policy.serverDelayMs(std::numeric_limits<int>::max()), 16'000);
}

void TestRetryPolicy::defaultsAreBounded()
{
    const RetryPolicy policy;
    QVERIFY(policy.maxRateLimitRetries > 0 && policy.maxRateLimitRetries <= 8);
    QVERIFY(policy.maxServerRetries > 0 && policy.maxServerRetries <= 5);
    QVERIFY(policy.retryAfterCapMs <= 600'000);
    // C05: the first own delay is at least a second.
    QVERIFY(policy.rateLimitDelayMs(1, {}) >= 1000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
