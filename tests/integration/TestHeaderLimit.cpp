// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OrgApi.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

// A token of about `size` bytes that the client accepts as valid (its exp is far away); the
// server cannot verify it, which is beside the point here.
QString bulkyToken(int size)
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    const QByteArray payload = R"({"exp":)" + QByteArray::number(exp) + R"(,"orgs":")"
                               + QByteArray(size * 3 / 4, 'o') + R"("})";
    const auto part = [](const QByteArray& bytes) {
        return QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"HS256"})") + u'.' + part(payload) + u'.' + part("sig");
}

} // namespace

// C16 related_server_limit: the emulator, like the cloud, answers 413 when the request
// header block passes 8 KB (a user JWT covering many orgs); the client must say so plainly.
class TestHeaderLimit : public QObject
{
    Q_OBJECT

private slots:
    void oversizedHeaderGivesClearError();
    void headerUnderTheLimitIsServed();
};

void TestHeaderLimit::oversizedHeaderGivesClearError()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    const QString token = bulkyToken(9 * 1024);
    QVERIFY(token.size() > 9000);
    client.setToken(emulator.oid(), token);

    const RequestOutcome outcome = RequestWaiter::wait(lc::OrgApi(&client).who(), 10'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.httpStatus, 413);
    QCOMPARE(lc::ApiError::statusName(outcome.error.status),
             lc::ApiError::statusName(lc::ApiStatus::BadRequest));
    QVERIFY2(outcome.error.message.contains("too large"_L1), qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, 1);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> api = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.at(0).status, 413);
}

void TestHeaderLimit::headerUnderTheLimitIsServed()
{
    // 6 KB of token: past the header check, then refused only because it is not signed.
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    client.setToken(emulator.oid(), bulkyToken(6 * 1024));

    const RequestOutcome outcome = RequestWaiter::wait(lc::OrgApi(&client).who(), 10'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.httpStatus, 401);
    QCOMPARE(outcome.error.status, lc::ApiStatus::AuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestHeaderLimit)
#include "TestHeaderLimit.moc"
