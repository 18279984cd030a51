// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/SensorApi.h"
#include "investigate/Investigation.h"
#include "investigate/SensorRequest.h"
#include "stream/SpoutStream.h"

using namespace lctest;
using namespace Qt::StringLiterals;
using lc::Investigation;
using lc::SensorRequest;
using State = SensorRequest::State;

namespace {

QString casePath(const QString& relative)
{
    return QStringLiteral(LCDESK_CASES_DIR "/") + relative;
}

// Fast stream timings for a test: reconnects within a fraction of a second.
lc::SpoutOptions quickStream()
{
    lc::SpoutOptions options;
    options.reconnectBaseMs = 100;
    options.reconnectMaxMs = 400;
    options.stallTimeoutMs = 5'000;
    return options;
}

QJsonArray tasksOf(EmulatorProcess& emulator)
{
    return QJsonDocument::fromJson(emulator.control("GET", u"/_emulator/tasks"_s).body).array();
}

} // namespace

// Interactive tasking against lcdesk-emulator (reference §7): tracking ids, the connected
// gate of field case C03 b, routing of many concurrent requests, duplicates, late replies,
// offline sensors, timeouts and a reconnect in the middle of a request.
class TestInvestigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void taskWaitsForConnectedTrace();
    void concurrentRequestsToManySensors();
    void duplicateAndLateRepliesAreRecognised();
    void offlineSensorFailsAtOnce();
    void silentSensorTimesOutVisibly();
    void reconnectResendsOnlyHarmlessTasks();
    void failedStreamIsRetriedByTheNextRequest();
    void quietCompletionCollectsEveryReply();
    void idsAreChecked();

private:
    QStringList onlineSids(int count);

    EmulatorProcess* m_emulator = nullptr;
    lc::ApiClient* m_client = nullptr;
    QJsonArray m_sensors;
};

void TestInvestigation::initTestCase()
{
    m_emulator = new EmulatorProcess(this);
    LCTEST_START_EMULATOR(*m_emulator, (QStringList{u"--sensors"_s, u"120"_s, u"--seed"_s, u"9"_s,
                                                    u"--time-scale"_s, u"0.2"_s}));
    m_client = new lc::ApiClient(this);
    TestClient::configure(*m_client, *m_emulator);

    lc::SensorListQuery query;
    query.compressed = false;
    const RequestOutcome list = RequestWaiter::wait(lc::SensorApi(m_client).listPage(query, {}));
    LCTEST_VERIFY_OK(list);
    m_sensors = list.object().value(u"sensors"_s).toArray();
    QCOMPARE(m_sensors.size(), 120);
}

void TestInvestigation::init()
{
    QVERIFY(m_emulator->control("DELETE", u"/_emulator/tasks"_s).isOk());
    m_emulator->control("DELETE", u"/_emulator/task-settings"_s);
    m_emulator->control("DELETE", u"/_emulator/stream-settings"_s);
    m_emulator->control("DELETE", u"/_emulator/stream-timeline"_s);
}

QStringList TestInvestigation::onlineSids(int count)
{
    QStringList sids;
    for (int i = 0; i < count && i < m_sensors.size(); ++i) {
        const QString sid = m_sensors.at(i).toObject().value(u"sid"_s).toString();
        if (!m_emulator->setOnline(sid, true))
            return {};
        sids.append(sid);
    }
    return sids;
}

void TestInvestigation::taskWaitsForConnectedTrace()
{
    // C03 b: the stream says "connected" 1.2 s (x 0.2) after the request; a task clicked at
    // once waits for it, then its receipt marks it delivered and its reply is attached.
    const auto loaded = m_emulator->control(
            "POST", u"/_emulator/stream-timeline"_s,
            QJsonDocument(
                    QJsonObject{{u"file"_s, casePath(u"C03/b-connected-gate/timeline.yaml"_s)}})
                    .toJson());
    QVERIFY2(loaded.isOk(), loaded.body.constData());
    const QString sid = u"aaaaaaaa-1111-4111-8111-000000000001"_s;

    Investigation investigation(m_client, u"ui-task"_s);
    qint64 connectedAt = 0;
    connect(&investigation, &Investigation::streamStateChanged, this, [&](auto state) {
        if (state == lc::LiveStream::State::Live && connectedAt == 0)
            connectedAt = QDateTime::currentMSecsSinceEpoch();
    });
    SensorRequest* request = investigation.request(sid, u"os_version"_s);
    QCOMPARE(request->state(), State::Queued);
    QVERIFY(request->trackingId().startsWith(u"ui-task/"_s));
    QCOMPARE(investigation.streamState(), lc::LiveStream::State::Connecting);

    QTest::qWait(100);
    QCOMPARE(tasksOf(*m_emulator).size(), 0);
    QCOMPARE(request->state(), State::Queued);

    QTRY_COMPARE_WITH_TIMEOUT(request->state(), State::Completed, 10'000);
    const QJsonArray tasks = tasksOf(*m_emulator);
    QCOMPARE(tasks.size(), 1);
    const QJsonObject task = tasks.at(0).toObject();
    QCOMPARE(task.value(u"investigation_id"_s).toString(), request->trackingId());
    QCOMPARE(task.value(u"tasks"_s).toArray(), QJsonArray{u"os_version"_s});
    QVERIFY(connectedAt > 0);
    QVERIFY2(task.value(u"time_ms"_s).toInteger() >= connectedAt - 5,
             "the task was posted before the stream was connected");

    QVERIFY(request->wasDelivered());
    QCOMPARE(request->responses().size(), 1);
    QCOMPARE(request->responses().first().eventType, u"OS_VERSION_REP"_s);
    QCOMPARE(request->responses().first().event.value(u"VERSION_BUILD"_s).toInt(), 22631);
    // The unrelated NEW_PROCESS of another investigation reached nobody's request.
    QCOMPARE(investigation.unmatchedRecords(), quint64(1));
    QCOMPARE(investigation.stream()->serverDropped(), quint64(37));
}

void TestInvestigation::concurrentRequestsToManySensors()
{
    const QStringList sids = onlineSids(60);
    QCOMPARE(sids.size(), 60);

    Investigation investigation(m_client);
    QList<SensorRequest*> requests;
    for (int round = 0; round < 2; ++round) {
        for (const QString& sid : sids)
            requests.append(
                    investigation.request(sid, round == 0 ? u"os_version"_s : u"os_processes"_s));
    }
    QCOMPARE(investigation.pendingCount(), 120);

    QTRY_COMPARE_WITH_TIMEOUT(investigation.pendingCount(), 0, 30'000);
    QSet<QString> trackingIds;
    for (SensorRequest* request : std::as_const(requests)) {
        QVERIFY2(request->state() == State::Completed, qPrintable(request->statusText()));
        QVERIFY(request->wasDelivered());
        QCOMPARE(request->responses().size(), 1);
        const lc::SensorResponse& reply = request->responses().first();
        // Each reply came back to the request that asked, from the sensor that was asked.
        QCOMPARE(reply.routing.value(u"sid"_s).toString(), request->sid());
        QCOMPARE(reply.routing.value(u"investigation_id"_s).toString(), request->trackingId());
        QCOMPARE(reply.eventType,
                 request->task() == u"os_version"_s ? u"OS_VERSION_REP"_s : u"OS_PROCESSES_REP"_s);
        trackingIds.insert(request->trackingId());
    }
    QCOMPARE(trackingIds.size(), 120);
    QCOMPARE(tasksOf(*m_emulator).size(), 120);
}

void TestInvestigation::duplicateAndLateRepliesAreRecognised()
{
    const QString sid = onlineSids(1).value(0);
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/task-settings"_s,
                              R"({"duplicate_replies":true})")
                    .isOk());

    Investigation investigation(m_client);
    SensorRequest* request = investigation.request(sid, u"os_version"_s);
    QTRY_COMPARE_WITH_TIMEOUT(request->state(), State::Completed, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(request->duplicatesIgnored() >= 1, 5'000);
    QCOMPARE(request->responses().size(), 1);

    // A reply that turns up after the request finished is kept, marked late.
    QSignalSpy arrived(request, &SensorRequest::responseArrived);
    const QJsonObject routing{{u"sid"_s, sid},
                              {u"event_type"_s, u"OS_VERSION_REP"_s},
                              {u"event_id"_s, u"late-1"_s},
                              {u"investigation_id"_s, request->trackingId()}};
    const QByteArray late = QJsonDocument(QJsonObject{{u"routing"_s, routing},
                                                      {u"event"_s, QJsonObject{{u"ERROR"_s, 0}}}})
                                    .toJson(QJsonDocument::Compact)
                            + '\n';
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/streams/inject"_s,
                              QJsonDocument(QJsonObject{{u"data"_s, QString::fromUtf8(late)}})
                                      .toJson())
                    .isOk());
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5'000);
    QCOMPARE(request->responses().size(), 2);
    QVERIFY(request->responses().last().late);
    QCOMPARE(request->state(), State::Completed);
}

void TestInvestigation::offlineSensorFailsAtOnce()
{
    const QString sid = m_sensors.at(100).toObject().value(u"sid"_s).toString();
    QVERIFY(m_emulator->setOnline(sid, false));

    Investigation investigation(m_client);
    SensorRequest* request = investigation.request(sid, u"os_version"_s);
    QTRY_COMPARE_WITH_TIMEOUT(request->state(), State::Failed, 10'000);
    QVERIFY(request->failedOffline());
    QVERIFY2(request->statusText().contains(u"offline"_s), qPrintable(request->statusText()));
}

void TestInvestigation::silentSensorTimesOutVisibly()
{
    const QString sid = onlineSids(2).value(1);
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/task-settings"_s,
                              R"({"drop_replies":true,"drop_receipts":true})")
                    .isOk());

    Investigation investigation(m_client);
    SensorRequest* request = investigation.request(sid, u"os_version"_s, 1500);
    QCOMPARE(request->timeoutMs(), 1500);
    QTRY_VERIFY_WITH_TIMEOUT(request->state() == State::Sent, 5'000);
    QVERIFY(request->remainingMs() > 0 && request->remainingMs() <= 1500);
    QVERIFY2(request->statusText().contains(u"s left"_s), qPrintable(request->statusText()));

    QTRY_COMPARE_WITH_TIMEOUT(request->state(), State::TimedOut, 5'000);
    QVERIFY2(request->statusText().contains(u"No reply within 2 s"_s)
                     && request->statusText().contains(u"no receipt"_s),
             qPrintable(request->statusText()));
    QCOMPARE(request->remainingMs(), 0);
}

void TestInvestigation::reconnectResendsOnlyHarmlessTasks()
{
    const QStringList sids = onlineSids(4);

    // The sensors stay silent while the stream is cut; then they answer again.
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/task-settings"_s,
                              R"({"drop_replies":true,"drop_receipts":true})")
                    .isOk());
    Investigation investigation(m_client);
    investigation.setStreamOptions(quickStream());
    SensorRequest* harmless = investigation.request(sids.at(2), u"os_version"_s, 15'000);
    SensorRequest* harmful = investigation.request(sids.at(3), u"os_kill_process -p 4"_s, 4'000);
    QTRY_VERIFY_WITH_TIMEOUT(harmless->state() == State::Sent && harmful->state() == State::Sent,
                             10'000);
    QCOMPARE(tasksOf(*m_emulator).size(), 2);

    QSignalSpy connected(investigation.stream(), &lc::SpoutStream::connected);
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/stream-settings"_s, R"({"disconnect_every":1})")
                    .isOk());
    const QJsonObject unrelated{
            {u"data"_s, u"{\"routing\":{\"event_type\":\"X\"},\"event\":{}}\n"_s}};
    QVERIFY(m_emulator
                    ->control("POST", u"/_emulator/streams/inject"_s,
                              QJsonDocument(unrelated).toJson())
                    .isOk());
    QTRY_VERIFY_WITH_TIMEOUT(investigation.streamState() != lc::LiveStream::State::Live, 5'000);
    QVERIFY(m_emulator->control("DELETE", u"/_emulator/stream-settings"_s).isOk());
    QVERIFY(m_emulator->control("DELETE", u"/_emulator/task-settings"_s).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 1, 10'000);

    // The harmless task went out again with the same tracking id and completed.
    QTRY_COMPARE_WITH_TIMEOUT(harmless->state(), State::Completed, 10'000);
    QVERIFY(harmless->wasInterrupted());
    int posts = 0;
    for (const QJsonValue& task : tasksOf(*m_emulator)) {
        if (task.toObject().value(u"investigation_id"_s).toString() == harmless->trackingId())
            ++posts;
    }
    QCOMPARE(posts, 2);

    // The kill was not sent twice: it ends as timed out, saying why it may have been missed.
    QTRY_COMPARE_WITH_TIMEOUT(harmful->state(), State::TimedOut, 10'000);
    QVERIFY2(harmful->statusText().contains(u"reconnected"_s), qPrintable(harmful->statusText()));
    int kills = 0;
    for (const QJsonValue& task : tasksOf(*m_emulator))
        kills += task.toObject()
                         .value(u"tasks"_s)
                         .toArray()
                         .first()
                         .toString()
                         .startsWith(u"os_kill_process"_s);
    QCOMPARE(kills, 1);
}

void TestInvestigation::failedStreamIsRetriedByTheNextRequest()
{
    // A refused key fails the reply stream; requests waiting for it fail with the reason, and
    // the next request tries the stream again instead of waiting for a dead one.
    lc::ApiClient refused;
    TestClient::configure(refused, *m_emulator, u"revoked"_s);
    Investigation investigation(&refused);
    SensorRequest* first = investigation.request(onlineSids(1).value(0), u"os_version"_s);
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), State::Failed, 10'000);
    QVERIFY2(first->statusText().contains(u"reply stream failed"_s),
             qPrintable(first->statusText()));
    QCOMPARE(investigation.streamState(), lc::LiveStream::State::Failed);

    QSignalSpy states(&investigation, &Investigation::streamStateChanged);
    SensorRequest* second = investigation.request(onlineSids(1).value(0), u"os_version"_s);
    QVERIFY(investigation.streamState() != lc::LiveStream::State::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), State::Failed, 10'000);
    QVERIFY(states.size() >= 2);
    QCOMPARE(tasksOf(*m_emulator).size(), 0);
}

void TestInvestigation::quietCompletionCollectsEveryReply()
{
    // history_dump answers with the cached events and a HISTORY_DUMP_REP, with no "done": the
    // request collects until the sensor has been quiet for a moment, and nothing is late.
    const QString sid = onlineSids(3).value(2);
    Investigation investigation(m_client);
    investigation.setQuietMs(600);
    SensorRequest* request = investigation.request(sid, u"history_dump"_s);
    QTRY_COMPARE_WITH_TIMEOUT(request->state(), State::Completed, 15'000);
    QVERIFY2(request->responses().size() > 2, qPrintable(request->statusText()));
    QStringList types;
    for (const lc::SensorResponse& response : request->responses()) {
        QVERIFY(!response.late);
        types.append(response.eventType);
    }
    QVERIFY2(types.contains(u"HISTORY_DUMP_REP"_s), qPrintable(types.join(u',')));
    QTest::qWait(300);
    QCOMPARE(investigation.unmatchedRecords(), quint64(0));
}

void TestInvestigation::idsAreChecked()
{
    QVERIFY(Investigation::checkId(u"case-42"_s).isEmpty());
    QVERIFY(!Investigation::checkId(u"a/b"_s).isEmpty());
    QVERIFY(!Investigation::checkId(u"a b"_s).isEmpty());
    QVERIFY(!Investigation::checkId(u"__hidden"_s).isEmpty());
    QVERIFY(!Investigation::checkId(QString()).isEmpty());

    Investigation investigation(m_client, u"bad/id"_s);
    QVERIFY(investigation.id().startsWith(u"lcdesk-"_s));
    QVERIFY(!investigation.setId(u"x y"_s));
    QVERIFY(investigation.setId(u"case-7"_s));
    QCOMPARE(
            investigation
                    .request(m_sensors.at(0).toObject().value(u"sid"_s).toString(), u"os_version"_s)
                    ->trackingId()
                    .section(u'/', 0, 0),
            u"case-7"_s);
}

QTEST_GUILESS_MAIN(TestInvestigation)
#include "TestInvestigation.moc"
