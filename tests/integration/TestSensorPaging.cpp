// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "sensors/SensorListLoader.h"
#include "sensors/SensorStore.h"
#include "sensors/TagEntry.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

// Runs a loader to its end; the error it finished with.
lc::ApiError load(lc::ApiClient& client, lc::SensorStore& store, const lc::SensorListQuery& query,
                  bool withDetails, int timeoutMs = 60'000)
{
    lc::SensorListLoader loader(&client, &store);
    QSignalSpy finished(&loader, &lc::SensorListLoader::finished);
    loader.start(query, withDetails);
    if (!finished.wait(timeoutMs)) {
        loader.cancel();
        return lc::ApiError::make(lc::ApiStatus::Timeout, u"the loader did not finish"_s);
    }
    return finished.at(0).at(0).value<lc::ApiError>();
}

QList<LoggedRequest> pageCalls(const QList<LoggedRequest>& log, const QString& oid)
{
    return LoggedRequest::filtered(log, u"api"_s, "/v1/sensors/" + oid.toLatin1());
}

QString tokenOf(const LoggedRequest& request)
{
    return QUrlQuery(QString::fromLatin1(request.query()))
            .queryItemValue(u"continuation_token"_s, QUrl::FullyDecoded);
}

} // namespace

// Reference §4.2: the sensor list, paged, plain and compressed, whatever the last page says;
// then the online states and tags.
class TestSensorPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLastPageTokenForm_data();
    void everyLastPageTokenForm();
    void compressedAndPlainAgree();
    void retriedPageKeepsItsToken();
    void randomServerErrorsRetrySamePage();
    void loaderFillsOnlineStatesAndTags();
};

void TestSensorPaging::initTestCase()
{
    qRegisterMetaType<lc::ApiError>("lc::ApiError");
}

void TestSensorPaging::everyLastPageTokenForm_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("absent") << u"absent"_s;
    QTest::newRow("null") << u"null"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("repeat") << u"repeat"_s;
}

void TestSensorPaging::everyLastPageTokenForm()
{
    QFETCH(QString, mode);
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"2500"_s, u"--page-size"_s,
                                                 u"1000"_s, u"--last-page-token"_s, mode}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::SensorStore store;

    const lc::ApiError error = load(client, store, {}, false);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(store.size(), 2500);
    QSet<QString> sids;
    for (const lc::SensorRecord& record : store.records())
        sids.insert(record.info.sid);
    QCOMPARE(sids.size(), 2500);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> pages = pageCalls(log, emulator.oid());
    QCOMPARE(pages.size(), 3);
    QVERIFY(tokenOf(pages.at(0)).isEmpty());
    QVERIFY(!tokenOf(pages.at(1)).isEmpty());
    QVERIFY(!tokenOf(pages.at(2)).isEmpty());
    QVERIFY(tokenOf(pages.at(1)) != tokenOf(pages.at(2)));
    for (const LoggedRequest& page : pages)
        QCOMPARE(page.status, 200);
}

void TestSensorPaging::compressedAndPlainAgree()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"2500"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    lc::SensorStore compressed;
    lc::SensorListQuery query;
    query.compressed = true;
    lc::ApiError error = load(client, compressed, query, false);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    LCTEST_REQUEST_LOG(log, emulator);
    for (const LoggedRequest& page : pageCalls(log, emulator.oid()))
        QVERIFY2(page.query().contains("is_compressed=true"), page.target);

    lc::SensorStore plain;
    query.compressed = false;
    error = load(client, plain, query, false);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));

    QCOMPARE(compressed.size(), 2500);
    QCOMPARE(plain.size(), 2500);
    for (const lc::SensorRecord& record : plain.records()) {
        const int row = compressed.indexOf(record.info.sid);
        QVERIFY(row >= 0);
        const lc::SensorInfo& other = compressed.at(row).info;
        QCOMPARE(other.hostname, record.info.hostname);
        QCOMPARE(other.plat, record.info.plat);
        QCOMPARE(other.arch, record.info.arch);
        QCOMPARE(other.intIp, record.info.intIp);
        QCOMPARE(other.shouldIsolate, record.info.shouldIsolate);
        QVERIFY(!record.info.hostname.isEmpty());
    }
}

void TestSensorPaging::retriedPageKeepsItsToken()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"2500"_s, u"--page-size"_s, u"1000"_s}));
    // The second page's token, read by the harness; then a script that answers the first
    // request carrying it with a 503.
    const QString jwt = emulator.mintJwt(emulator.apiKey());
    const EmulatorProcess::ControlReply first = emulator.apiCall(
            "GET", "/v1/sensors/" + emulator.oid().toLatin1() + "?is_compressed=false", jwt);
    QVERIFY2(first.isOk(), qPrintable(first.error));
    const QString token =
            QJsonDocument::fromJson(first.body).object().value(u"continuation_token"_s).toString();
    QVERIFY(!token.isEmpty() && !token.contains(u'\''));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile script(dir.filePath(u"page-503.yaml"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("steps:\n  - req: {method: GET, host: api, path: /v1/sensors/"
                 + emulator.oid().toLatin1() + ", form: {continuation_token: '" + token.toLatin1()
                 + "'}}\n    resp: {status: 503, body: '{\"error\":\"scripted outage\"}'}\n");
    script.close();
    const EmulatorProcess::ControlReply loaded =
            emulator.control("POST", u"/_emulator/script"_s,
                             QJsonDocument(QJsonObject{{u"file"_s, script.fileName()}})
                                     .toJson(QJsonDocument::Compact));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error));
    QVERIFY(emulator.clearRequests());

    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::SensorStore store;
    const lc::ApiError error = load(client, store, {}, false);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(store.size(), 2500);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> pages = pageCalls(log, emulator.oid());
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages.at(1).status, 503);
    QCOMPARE(tokenOf(pages.at(1)), token);
    // The retry is the very same request: same token, same parameters.
    QCOMPARE(pages.at(2).target, pages.at(1).target);
    QCOMPARE(pages.at(2).status, 200);
    QCOMPARE(pages.at(3).status, 200);
    QVERIFY(tokenOf(pages.at(3)) != token);
}

void TestSensorPaging::randomServerErrorsRetrySamePage()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"2500"_s, u"--page-size"_s, u"1000"_s,
                                       u"--seed"_s, u"7"_s, u"--error-rate"_s, u"0.4"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::RetryPolicy policy = TestClient::fastPolicy();
    policy.maxServerRetries = 12;
    policy.serverBaseMs = 20;
    policy.serverMaxDelayMs = 50;
    client.setRetryPolicy(policy);

    lc::SensorStore store;
    const lc::ApiError error = load(client, store, {}, false);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(store.size(), 2500);

    LCTEST_REQUEST_LOG(log, emulator);
    const QList<LoggedRequest> pages = pageCalls(log, emulator.oid());
    int failures = 0;
    for (int i = 0; i + 1 < pages.size(); ++i) {
        if (pages.at(i).status < 500)
            continue;
        ++failures;
        QCOMPARE(pages.at(i + 1).target, pages.at(i).target);
    }
    QVERIFY2(failures > 0, "no page failed; the error rate did not apply");
    QCOMPARE(pages.size(), 3 + failures);
    QCOMPARE(pages.last().status, 200);
}

void TestSensorPaging::loaderFillsOnlineStatesAndTags()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"60"_s, u"--seed"_s, u"3"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    const QString jwt = emulator.mintJwt(emulator.apiKey());

    // Names that need escaping in the tag listing's path, on two sensors of known state.
    const EmulatorProcess::ControlReply list = emulator.apiCall(
            "GET", "/v1/sensors/" + emulator.oid().toLatin1() + "?is_compressed=false", jwt);
    const QJsonArray sensors =
            QJsonDocument::fromJson(list.body).object().value(u"sensors"_s).toArray();
    QCOMPARE(sensors.size(), 60);
    const QString first = sensors.at(0).toObject().value(u"sid"_s).toString();
    const QString second = sensors.at(1).toObject().value(u"sid"_s).toString();
    QVERIFY(emulator.setOnline(first, true));
    QVERIFY(emulator.setOnline(second, false));
    lc::SensorApi api(&client);
    LCTEST_VERIFY_OK(RequestWaiter::wait(
            api.addTags(first, {u"team/blue"_s, u"ops lab"_s, u"c++ 50%"_s}, 0)));
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.addTags(second, {u"team/blue"_s}, 0)));

    lc::SensorStore store;
    const lc::ApiError error = load(client, store, {}, true);
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QCOMPARE(store.size(), 60);

    int online = 0;
    int tagged = 0;
    for (const lc::SensorRecord& record : store.records()) {
        const QByteArray sid = record.info.sid.toLatin1();
        const EmulatorProcess::ControlReply info = emulator.apiCall("GET", "/v1/" + sid, jwt);
        QVERIFY2(info.isOk(), qPrintable(info.error));
        const bool isOnline =
                QJsonDocument::fromJson(info.body).object().value(u"is_online"_s).toBool();
        QCOMPARE(record.online, isOnline ? lc::OnlineState::Online : lc::OnlineState::Offline);
        online += isOnline ? 1 : 0;

        const EmulatorProcess::ControlReply tags =
                emulator.apiCall("GET", "/v1/" + sid + "/tags", jwt);
        QVERIFY2(tags.isOk(), qPrintable(tags.error));
        QStringList expected;
        for (const lc::TagEntry& entry : lc::TagEntry::listFromJson(
                     QJsonDocument::fromJson(tags.body).object(), record.info.sid))
            expected.append(entry.tag);
        expected.sort();
        QCOMPARE(record.tags, expected);
        tagged += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(online > 0 && online < 60);
    QVERIFY(tagged >= 2);
    const int firstRow = store.indexOf(first);
    QCOMPARE(store.at(firstRow).online, lc::OnlineState::Online);
    QVERIFY(store.at(firstRow).tags.contains(u"c++ 50%"_s));
    QVERIFY(store.at(firstRow).tags.contains(u"team/blue"_s));
    QCOMPARE(store.at(store.indexOf(second)).online, lc::OnlineState::Offline);
}

QTEST_GUILESS_MAIN(TestSensorPaging)
#include "TestSensorPaging.moc"
