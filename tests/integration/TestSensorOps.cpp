// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
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
#include "api/SensorApi.h"
#include "sensors/SensorInfo.h"
#include "sensors/TagEntry.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// Reference §4.2: tags with a TTL, tasking online and offline, isolation, hostname search.
class TestSensorOps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void tagWithTtlExpires();
    void taskingOnlineAndOffline();
    void isolateAndRejoin();
    void hostnameSearch();

private:
    QStringList tagsOf(const QString& sid);
    EmulatorProcess* m_emulator = nullptr;
    lc::ApiClient* m_client = nullptr;
    QJsonArray m_sensors;
};

void TestSensorOps::initTestCase()
{
    m_emulator = new EmulatorProcess(this);
    LCTEST_START_EMULATOR(*m_emulator, (QStringList{u"--sensors"_s, u"50"_s, u"--seed"_s, u"5"_s}));
    m_client = new lc::ApiClient(this);
    TestClient::configure(*m_client, *m_emulator);

    lc::SensorListQuery query;
    query.compressed = false;
    const RequestOutcome list = RequestWaiter::wait(lc::SensorApi(m_client).listPage(query, {}));
    LCTEST_VERIFY_OK(list);
    m_sensors = list.object().value(u"sensors"_s).toArray();
    QCOMPARE(m_sensors.size(), 50);
}

void TestSensorOps::cleanupTestCase()
{
    delete m_client;
    delete m_emulator;
}

void TestSensorOps::init()
{
    QVERIFY(m_emulator->clearRequests());
}

QStringList TestSensorOps::tagsOf(const QString& sid)
{
    const RequestOutcome outcome = RequestWaiter::wait(lc::SensorApi(m_client).tags(sid));
    if (!outcome.isOk())
        return {u"<error: "_s + outcome.error.toString() + u'>'};
    QStringList tags;
    for (const lc::TagEntry& entry : lc::TagEntry::listFromJson(outcome.object(), sid))
        tags.append(entry.tag);
    return tags;
}

void TestSensorOps::tagWithTtlExpires()
{
    const QString sid = m_sensors.at(0).toObject().value(u"sid"_s).toString();
    lc::SensorApi api(m_client);

    QElapsedTimer sinceAdd;
    sinceAdd.start();
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.addTags(sid, {u"short lived"_s}, 2)));
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.addTags(sid, {u"permanent"_s}, 0)));
    LCTEST_REQUEST_LOG(log, *m_emulator);
    const QList<LoggedRequest> posts = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).body, QByteArray("tags=short+lived&ttl=2"));
    QCOMPARE(posts.at(1).body, QByteArray("tags=permanent"));

    QStringList tags = tagsOf(sid);
    QVERIFY2(tags.contains(u"short lived"_s), qPrintable(tags.join(u'|')));
    QVERIFY(tags.contains(u"permanent"_s));

    // Poll until the TTL has run out on the server.
    while (tags.contains(u"short lived"_s) && sinceAdd.elapsed() < 8000) {
        QTest::qWait(200);
        tags = tagsOf(sid);
    }
    QVERIFY2(!tags.contains(u"short lived"_s), qPrintable(tags.join(u'|')));
    QVERIFY2(sinceAdd.elapsed() >= 1800,
             qPrintable(u"the tag vanished after %1 ms"_s.arg(sinceAdd.elapsed())));
    QVERIFY(tags.contains(u"permanent"_s));
}

void TestSensorOps::taskingOnlineAndOffline()
{
    const QString onlineSid = m_sensors.at(1).toObject().value(u"sid"_s).toString();
    const QString offlineSid = m_sensors.at(2).toObject().value(u"sid"_s).toString();
    QVERIFY(m_emulator->setOnline(onlineSid, true));
    QVERIFY(m_emulator->setOnline(offlineSid, false));
    QVERIFY(m_emulator->control("DELETE", u"/_emulator/tasks"_s).isOk());
    lc::SensorApi api(m_client);

    const RequestOutcome ok = RequestWaiter::wait(
            api.task(onlineSid, {u"os_version"_s, u"dir_list \"c:\\\\\" *"_s}, u"inv-42"_s));
    LCTEST_VERIFY_OK(ok);

    const RequestOutcome offline = RequestWaiter::wait(api.task(offlineSid, {u"os_version"_s}));
    QVERIFY(offline.finished);
    QCOMPARE(lc::ApiError::statusName(offline.error.status),
             lc::ApiError::statusName(lc::ApiStatus::HostNotConnected));
    QVERIFY2(offline.error.toString().contains("not connected"_L1),
             qPrintable(offline.error.toString()));
    QCOMPARE(offline.attempts, 1);

    const EmulatorProcess::ControlReply tasks = m_emulator->control("GET", u"/_emulator/tasks"_s);
    QVERIFY2(tasks.isOk(), qPrintable(tasks.error));
    const QJsonArray delivered = QJsonDocument::fromJson(tasks.body).array();
    QCOMPARE(delivered.size(), 1);
    const QJsonObject task = delivered.at(0).toObject();
    QCOMPARE(task.value(u"sid"_s).toString(), onlineSid);
    QCOMPARE(task.value(u"investigation_id"_s).toString(), u"inv-42"_s);
    QCOMPARE(task.value(u"tasks"_s).toArray(),
             (QJsonArray{u"os_version"_s, u"dir_list \"c:\\\\\" *"_s}));
}

void TestSensorOps::isolateAndRejoin()
{
    const QString sid = m_sensors.at(3).toObject().value(u"sid"_s).toString();
    lc::SensorApi api(m_client);
    const auto shouldIsolate = [&] {
        const RequestOutcome info = RequestWaiter::wait(api.info(sid));
        return lc::SensorInfo::fromJson(info.object().value(u"info"_s).toObject()).shouldIsolate;
    };

    QVERIFY(!shouldIsolate());
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.isolate(sid)));
    QVERIFY(shouldIsolate());
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.rejoin(sid)));
    QVERIFY(!shouldIsolate());

    LCTEST_REQUEST_LOG(log, *m_emulator);
    QStringList calls;
    for (const LoggedRequest& request : LoggedRequest::filtered(log, u"api"_s))
        calls.append(request.method + u' ' + QString::fromLatin1(request.target));
    const QString path = u"/v1/"_s + sid;
    QCOMPARE(calls,
             (QStringList{u"GET "_s + path, u"POST "_s + path + u"/isolation"_s, u"GET "_s + path,
                          u"DELETE "_s + path + u"/isolation"_s, u"GET "_s + path}));
}

void TestSensorOps::hostnameSearch()
{
    const QString hostname = m_sensors.at(4).toObject().value(u"hostname"_s).toString();
    QVERIFY(hostname.size() >= 3);
    const QString prefix = hostname.left(3);
    QSet<QString> expected;
    for (const QJsonValue& value : std::as_const(m_sensors)) {
        const QJsonObject sensor = value.toObject();
        if (sensor.value(u"hostname"_s).toString().startsWith(prefix, Qt::CaseInsensitive))
            expected.insert(sensor.value(u"sid"_s).toString());
    }

    const RequestOutcome outcome =
            RequestWaiter::wait(lc::SensorApi(m_client).searchHostname(prefix.toUpper()));
    LCTEST_VERIFY_OK(outcome);
    QSet<QString> found;
    for (const auto& [sid, name] : lc::SensorApi::parseHostnames(outcome.object())) {
        QVERIFY2(name.startsWith(prefix, Qt::CaseInsensitive), qPrintable(name));
        found.insert(sid);
    }
    QCOMPARE(found, expected);

    LCTEST_REQUEST_LOG(log, *m_emulator);
    const QList<LoggedRequest> calls = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).target, "/v1/hostnames/" + m_emulator->oid().toLatin1() + "?hostname="
                                         + QUrl::toPercentEncoding(prefix.toUpper()));
}

QTEST_GUILESS_MAIN(TestSensorOps)
#include "TestSensorOps.moc"
