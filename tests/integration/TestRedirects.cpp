// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "TestData.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OrgApi.h"
#include "api/SensorApi.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

const QString caseOid = u"7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b"_s;

QString firstSid(EmulatorProcess& emulator)
{
    const QString jwt = emulator.mintJwt(emulator.apiKey());
    const EmulatorProcess::ControlReply list = emulator.apiCall(
            "GET", "/v1/sensors/" + emulator.oid().toLatin1() + "?is_compressed=false", jwt);
    return QJsonDocument::fromJson(list.body)
            .object()
            .value(u"sensors"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"sid"_s)
            .toString();
}

} // namespace

// C17: redirects that would carry credentials to another host or to plain http.
class TestRedirects : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void sameHost303OnAChangeIsRefused();
};

void TestRedirects::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The listener that must never see a request, and what the message must name.
    QTest::addColumn<QString>("guarded");
    QTest::addColumn<QString>("mentioned");
    QTest::addColumn<int>("status");

    const QString script = TestData::path(u"cases/C17/exchanges.yaml"_s);
    QTest::newRow("C17 c: https to http 301")
            << QStringList{u"--tls"_s, u"--script"_s, script, u"--script-group"_s, u"c"_s}
            << u"plain_api"_s << u"http"_s << 301;
    QTest::newRow("C17 d: 302 to another https host")
            << QStringList{u"--tls"_s, u"--foreign-port"_s, u"0"_s, u"--script"_s,
                           script,     u"--script-group"_s, u"d"_s}
            << u"foreign"_s << u"127.0.0.2"_s << 302;
    QTest::newRow("fault https-to-http")
            << QStringList{u"--tls"_s, u"--redirect"_s, u"https-to-http"_s} << u"plain_api"_s
            << u"http"_s << 301;
    QTest::newRow("fault cross-host-302 over https")
            << QStringList{u"--tls"_s, u"--foreign-port"_s, u"0"_s, u"--redirect"_s,
                           u"cross-host-302"_s}
            << u"foreign"_s << u"127.0.0.2"_s << 302;
    QTest::newRow("fault cross-host-307 over http")
            << QStringList{u"--foreign-port"_s, u"0"_s, u"--redirect"_s, u"cross-host-307"_s}
            << u"foreign"_s << u"127.0.0.2"_s << 307;
}

void TestRedirects::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, guarded);
    QFETCH(QString, mentioned);
    QFETCH(int, status);

    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          QStringList{u"--sensors"_s, u"5"_s, u"--oid"_s, caseOid} + arguments);
    // The guarded listener exists, so "no request reached it" means something.
    QVERIFY2(!emulator.info().value(guarded).toString().isEmpty(), qPrintable(guarded));
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    lc::SensorListQuery query;
    query.compressed = false;
    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).listPage(query, {}), 15'000);
    QVERIFY(outcome.finished);
    QCOMPARE(lc::ApiError::statusName(outcome.error.status),
             lc::ApiError::statusName(lc::ApiStatus::RedirectRefused));
    QCOMPARE(outcome.error.httpStatus, status);
    QVERIFY2(outcome.error.message.contains(mentioned), qPrintable(outcome.error.message));
    QCOMPARE(outcome.attempts, 1);

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(LoggedRequest::filtered(log, guarded).size(), 0);
    const QList<LoggedRequest> api = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.at(0).status, status);
    QVERIFY(api.at(0).path() == "/v1/sensors/" + caseOid.toLatin1());
    // Every request the client made went to the API and JWT listeners only.
    for (const LoggedRequest& request : log)
        QVERIFY2(request.listener == "api"_L1 || request.listener == "jwt"_L1,
                 qPrintable(request.listener));
}

void TestRedirects::sameHost303OnAChangeIsRefused()
{
    // C17 b: a same-host 303 after a POST is refused: following it with a GET would read
    // something back and report a tag that was never added. Nothing goes to another host.
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"5"_s, u"--foreign-port"_s, u"0"_s}));
    const QString sid = firstSid(emulator);
    QVERIFY(!sid.isEmpty());
    QVERIFY(emulator.setFaults({{u"redirect"_s, u"same-host-303"_s}}));
    QVERIFY(emulator.clearRequests());

    lc::ApiClient client;
    TestClient::configure(client, emulator);
    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(&client).addTags(sid, {u"c17-b"_s}, 0), 15'000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.status, lc::ApiStatus::RedirectRefused);
    QVERIFY2(outcome.error.message.contains("nothing was changed"_L1),
             qPrintable(outcome.error.message));

    LCTEST_REQUEST_LOG(log, emulator);
    QCOMPARE(LoggedRequest::filtered(log, u"foreign"_s).size(), 0);
    const QList<LoggedRequest> api = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.at(0).method, u"POST"_s);
    QCOMPARE(api.at(0).status, 303);
    QCOMPARE(api.at(0).body, QByteArray("tags=c17-b"));
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "TestRedirects.moc"
