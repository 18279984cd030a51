// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "investigate/CommandCatalog.h"
#include "investigate/SpotCheck.h"
#include "sensors/SensorListLoader.h"
#include "sensors/SensorStore.h"

using namespace lctest;
using namespace Qt::StringLiterals;
using lc::Indicator;
using lc::SpotCheck;
using SensorState = SpotCheck::SensorState;

namespace {

const QString dropper = uR"(C:\ProgramData\Updater\svcupdate.exe)"_s;
const QString linuxHelper = u"/tmp/.cache/kworker-upd"_s;
const QString runKey = uR"(hklm\software\microsoft\windows\currentversion\run)"_s;

QString casePath(const QString& relative)
{
    return QStringLiteral(LCDESK_CASES_DIR "/") + relative;
}

// The whole sensor list with online states and tags, as the GUI holds it.
bool loadSensors(lc::ApiClient& client, lc::SensorStore& store)
{
    lc::SensorListLoader loader(&client, &store);
    QSignalSpy finished(&loader, &lc::SensorListLoader::finished);
    loader.start();
    return finished.wait(30'000) && loader.error().isOk();
}

QMap<QString, SpotCheck::SensorState> statesByHost(const SpotCheck& check)
{
    QMap<QString, SpotCheck::SensorState> states;
    for (const SpotCheck::SensorEntry& entry : check.sensors())
        states.insert(entry.target.hostname, entry.state);
    return states;
}

} // namespace

// SpotCheck against lcdesk-emulator: a sweep of 1,000 simulated sensors with 20 at a time that
// finds exactly the planted indicators, the filters of field case C22, and stopping a run.
class TestSpotCheck : public QObject
{
    Q_OBJECT

private slots:
    void sweepsAThousandSensors();
    void fleetFiltersOfFieldCaseC22();
    void stopEndsEverySensor();
};

void TestSpotCheck::sweepsAThousandSensors()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, (QStringList{u"--sensors"_s, u"1000"_s, u"--seed"_s, u"4"_s,
                                                 u"--time-scale"_s, u"0.05"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::SensorStore store;
    QVERIFY(loadSensors(client, store));
    QCOMPARE(store.size(), 1000);

    // What a correct report holds, from the emulator's own account of the fleet.
    const QJsonObject implants =
            QJsonDocument::fromJson(emulator.control("GET", u"/_emulator/implants"_s).body)
                    .object();
    QSet<QString> expectedFiles;
    QSet<QString> expectedRunValues;
    for (const QJsonValue& value : implants.value(u"hosts"_s).toArray()) {
        const QJsonObject host = value.toObject();
        if (!host.value(u"online"_s).toBool())
            continue;
        const QString path = host.value(u"path"_s).toString();
        if (path == dropper) {
            expectedFiles.insert(host.value(u"sid"_s).toString());
            expectedRunValues.insert(host.value(u"sid"_s).toString());
        } else if (path == linuxHelper) {
            expectedFiles.insert(host.value(u"sid"_s).toString());
        }
    }
    QVERIFY2(expectedFiles.size() >= 3, "the demo fleet has planted indicators on online hosts");

    int online = 0;
    int endpoints = 0;
    for (const lc::SensorRecord& record : store.records()) {
        // Chrome OS sensors and adapters have no file system to look at.
        const quint8 bit = lc::CommandCatalog::platformBit(record.info.plat);
        if (bit == 0 || bit == lc::CommandSpec::Chrome)
            continue;
        ++endpoints;
        online += record.online == lc::OnlineState::Online;
    }

    lc::SpotCheckOptions options;
    options.indicators = {Indicator::file(dropper), Indicator::file(linuxHelper),
                          Indicator::registryValue(runKey, u"SvcUpdate"_s)};
    options.concurrency = 20;
    options.waitForOffline = false;
    options.sensorTimeoutMs = 20'000;

    SpotCheck check(&client);
    QSignalSpy hitsSeen(&check, &SpotCheck::hitFound);
    QSignalSpy finished(&check, &SpotCheck::finished);
    QVERIFY2(check.start(SpotCheck::targetsFrom(store), options), qPrintable(check.error()));
    QVERIFY(check.isRunning());
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!check.isRunning());

    const SpotCheck::Counts counts = check.counts();
    QCOMPARE(counts.total, 1000);
    QCOMPARE(counts.pending + counts.checking + counts.offline, 0);
    QCOMPARE(counts.failed, 0);
    QCOMPARE(counts.checked, online);
    QCOMPARE(counts.neverOnline, endpoints - online);
    QCOMPARE(counts.filtered, 1000 - endpoints);
    QVERIFY2(check.peakConcurrency() == 20, qPrintable(u"peak %1"_s.arg(check.peakConcurrency())));

    QSet<QString> fileHits;
    QSet<QString> runHits;
    for (const lc::SpotCheckHit& hit : check.hits()) {
        if (hit.kind == Indicator::file(u"x"_s).kindName()) {
            fileHits.insert(hit.sid);
            QCOMPARE(hit.sha256.size(), 64);
            QVERIFY(hit.size > 0);
            QVERIFY(!hit.details.value(u"file_hash"_s).isNull());
        } else {
            runHits.insert(hit.sid);
            QCOMPARE(hit.details.value(u"reg_value"_s).toObject().value(u"NAME"_s).toString(),
                     u"SvcUpdate"_s);
        }
    }
    QCOMPARE(fileHits, expectedFiles);
    QCOMPARE(runHits, expectedRunValues);
    QCOMPARE(hitsSeen.size(), check.hits().size());

    // The report says the same.
    const QJsonObject report = check.toJson();
    QCOMPARE(report.value(u"counts"_s).toObject().value(u"hits"_s).toInt(),
             int(check.hits().size()));
    QCOMPARE(report.value(u"sensors"_s).toArray().size(), endpoints);
    QVERIFY(report.value(u"investigation_id"_s).toString().startsWith(u"spotcheck-"_s));
    QCOMPARE(check.hitsCsv().count('\n'), check.hits().size() + 1);
}

void TestSpotCheck::fleetFiltersOfFieldCaseC22()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(
            emulator,
            (QStringList{u"--fleet"_s, casePath(u"C22/fleet.yaml"_s), u"--task-responses"_s,
                         casePath(u"C22/responses.yaml"_s), u"--time-scale"_s, u"0.1"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::SensorStore store;
    QVERIFY(loadSensors(client, store));
    QCOMPARE(store.size(), 5);

    // Run B: "+vip,-lab" keeps only ws-05 (lin-01 has lab; "Lab2" is not "lab").
    lc::SpotCheckOptions options;
    options.indicators = {Indicator::file(uR"(C:\Users\Public\evil tool.exe)"_s)};
    options.tags = lc::SpotCheckOptions::parseTags(u" +VIP, -lab ,,"_s);
    QCOMPARE(options.tags, QStringList({u"+vip"_s, u"-lab"_s}));
    options.waitForOffline = false;
    SpotCheck tagged(&client);
    QSignalSpy taggedDone(&tagged, &SpotCheck::finished);
    QVERIFY(tagged.start(SpotCheck::targetsFrom(store), options));
    QVERIFY(taggedDone.wait(20'000));
    QMap<QString, SensorState> states = statesByHost(tagged);
    QCOMPARE(states.value(u"ws-05"_s), SensorState::Checked);
    for (const QString& host : {u"ws-01"_s, u"ws-02"_s, u"ws-03"_s, u"lin-01"_s})
        QCOMPARE(states.value(host), SensorState::Filtered);
    QCOMPARE(tagged.hits().size(), 1);
    QCOMPARE(tagged.hits().first().size, 73728);
    QVERIFY(tagged.hits().first().sha256.startsWith(u"9f2c6a0d"_s));

    // Platforms: without Windows only lin-01 is left; registry indicators skip it entirely.
    options.tags.clear();
    options.includeWindows = false;
    SpotCheck linuxOnly(&client);
    QSignalSpy linuxDone(&linuxOnly, &SpotCheck::finished);
    QVERIFY(linuxOnly.start(SpotCheck::targetsFrom(store), options));
    QVERIFY(linuxDone.wait(20'000));
    states = statesByHost(linuxOnly);
    QCOMPARE(states.value(u"lin-01"_s), SensorState::Checked);
    QCOMPARE(states.value(u"ws-05"_s), SensorState::Filtered);

    options.includeWindows = true;
    options.indicators = {Indicator::registryKey(runKey)};
    options.includeWindows = false;
    SpotCheck nothing(&client);
    QSignalSpy nothingDone(&nothing, &SpotCheck::finished);
    QVERIFY(nothing.start(SpotCheck::targetsFrom(store), options));
    QVERIFY(nothingDone.wait(5'000));
    QCOMPARE(statesByHost(nothing).value(u"lin-01"_s), SensorState::NotApplicable);

    // Nothing usable: refused before anything is sent.
    options.indicators = {Indicator::fileHash(u"C:\\"_s, u"*"_s, 1, u"12"_s)};
    SpotCheck refused(&client);
    QVERIFY(!refused.start(SpotCheck::targetsFrom(store), options));
    QVERIFY2(refused.error().contains(u"64 hexadecimal"_s), qPrintable(refused.error()));
}

void TestSpotCheck::stopEndsEverySensor()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator,
                          (QStringList{u"--sensors"_s, u"200"_s, u"--time-scale"_s, u"0.2"_s}));
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::SensorStore store;
    QVERIFY(loadSensors(client, store));

    lc::SpotCheckOptions options;
    options.indicators = {Indicator::file(dropper)};
    options.concurrency = 2;
    options.recheckIntervalMs = 500;
    SpotCheck check(&client);
    QSignalSpy finished(&check, &SpotCheck::finished);
    QVERIFY(check.start(SpotCheck::targetsFrom(store), options));
    QTRY_VERIFY_WITH_TIMEOUT(check.counts().checked + check.counts().offline >= 3, 20'000);

    check.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!check.isRunning());
    const SpotCheck::Counts counts = check.counts();
    QCOMPARE(counts.pending + counts.checking + counts.offline, 0);
    QVERIFY(counts.cancelled > 100);
    // A POST already on the wire may still land; nothing new is sent after that.
    QTest::qWait(200);
    const int tasked = QJsonDocument::fromJson(emulator.control("GET", u"/_emulator/tasks"_s).body)
                               .array()
                               .size();
    QTest::qWait(800);
    QCOMPARE(QJsonDocument::fromJson(emulator.control("GET", u"/_emulator/tasks"_s).body)
                     .array()
                     .size(),
             tasked);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestSpotCheck)
#include "TestSpotCheck.moc"
