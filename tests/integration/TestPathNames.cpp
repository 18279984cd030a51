// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
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
#include "api/ApiPath.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "sensors/TagEntry.h"

using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

const QString caseOid = u"7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b"_s;

} // namespace

// C19: names with spaces, slashes, plus signs, '%', '?', '#' and non-ASCII in URL paths
// reach the server byte for byte; a tag holding a comma is removed on its own.
class TestPathNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void namesArriveByteExact_data();
    void namesArriveByteExact();
    void untagKeepsCommaTagApart();

private:
    EmulatorProcess* m_emulator = nullptr;
    lc::ApiClient* m_client = nullptr;
};

void TestPathNames::initTestCase()
{
    m_emulator = new EmulatorProcess(this);
    LCTEST_START_EMULATOR(*m_emulator, (QStringList{u"--sensors"_s, u"20"_s, u"--oid"_s, caseOid}));
    m_client = new lc::ApiClient(this);
    TestClient::configure(*m_client, *m_emulator);
    // Take the token now, so each test sees only its own calls.
    LCTEST_VERIFY_OK(RequestWaiter::wait(m_client->get(lc::ApiPath::v1({u"who"_s}))));
}

void TestPathNames::cleanupTestCase()
{
    delete m_client;
    delete m_emulator;
}

void TestPathNames::init()
{
    QVERIFY(m_emulator->clearRequests());
}

void TestPathNames::namesArriveByteExact_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("requestLine");

    QFile file(TestData::path(u"cases/C19/names.tsv"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() != 3)
            continue;
        const QList<QByteArray> words = fields.at(2).split(' ');
        QTest::addRow("%d %s", i, fields.at(1).constData())
                << QString::fromUtf8(fields.at(0)) << QString::fromUtf8(fields.at(1))
                << words.value(0) + ' ' + words.value(1);
    }
}

void TestPathNames::namesArriveByteExact()
{
    QFETCH(QString, operation);
    QFETCH(QString, name);
    QFETCH(QByteArray, requestLine);

    lc::ApiRequest* request = nullptr;
    if (operation == "hive record (D&R rule) delete"_L1) {
        request = m_client->del(lc::ApiPath::v1({u"hive"_s, u"dr-general"_s, caseOid, name}));
    } else if (operation == "hive record get"_L1) {
        request = m_client->get(
                lc::ApiPath::v1({u"hive"_s, u"dr-general"_s, caseOid, name, u"data"_s}));
    } else if (operation == "sensors with tag"_L1) {
        request = lc::SensorApi(m_client).sensorsWithTag(name);
    }
    QVERIFY2(request, qPrintable(operation));
    const RequestOutcome outcome = RequestWaiter::wait(request, 10'000);
    QVERIFY(outcome.finished);

    LCTEST_REQUEST_LOG(log, *m_emulator);
    const QList<LoggedRequest> api = LoggedRequest::filtered(log, u"api"_s);
    if (name == ".."_L1 && outcome.error.status == lc::ApiStatus::InvalidRequest) {
        // Refused before sending: nothing may reach the server, least of all
        // /v1/hive/dr-general/data.
        QVERIFY2(outcome.error.message.contains(".."_L1), qPrintable(outcome.error.message));
        QCOMPARE(api.size(), 0);
        return;
    }
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.at(0).method.toLatin1() + ' ' + api.at(0).target, requestLine);
    // Hive is not emulated: 404 is fine, the raw target is what counts. The tag listing
    // exists and must answer.
    if (operation == "sensors with tag"_L1)
        LCTEST_VERIFY_OK(outcome);
}

void TestPathNames::untagKeepsCommaTagApart()
{
    const QString jwt = m_emulator->mintJwt(m_emulator->apiKey());
    const EmulatorProcess::ControlReply list = m_emulator->apiCall(
            "GET", "/v1/sensors/" + caseOid.toLatin1() + "?is_compressed=false", jwt);
    QVERIFY2(list.isOk(), qPrintable(list.error));
    const QString sid = QJsonDocument::fromJson(list.body)
                                .object()
                                .value(u"sensors"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"sid"_s)
                                .toString();
    QVERIFY(!sid.isEmpty());
    lc::SensorApi api(m_client);

    const QStringList tags = {u"a,b"_s, u"c"_s, u"d"_s, u"keep"_s};
    LCTEST_VERIFY_OK(RequestWaiter::wait(api.addTags(sid, tags, 0)));
    QVERIFY(m_emulator->clearRequests());

    const QList<lc::ApiRequest*> removals = api.removeTags(sid, {u"a,b"_s, u"c"_s, u"d"_s});
    QCOMPARE(removals.size(), 2);
    for (const RequestOutcome& outcome : RequestWaiter::waitAll(removals))
        LCTEST_VERIFY_OK(outcome);

    LCTEST_REQUEST_LOG(log, *m_emulator);
    const QList<LoggedRequest> deletes = LoggedRequest::filtered(log, u"api"_s);
    QCOMPARE(deletes.size(), 2);
    QList<QByteArray> bodies;
    for (const LoggedRequest& request : deletes) {
        QCOMPARE(request.method, u"DELETE"_s);
        QCOMPARE(request.target, "/v1/" + sid.toLatin1() + "/tags");
        bodies.append(request.body);
    }
    std::sort(bodies.begin(), bodies.end());
    QCOMPARE(bodies, (QList<QByteArray>{"tag=a%2Cb", "tags=c%2Cd"}));

    // And the server agrees: only "keep" is left of them.
    const RequestOutcome after = RequestWaiter::wait(api.tags(sid));
    LCTEST_VERIFY_OK(after);
    QStringList left;
    for (const lc::TagEntry& entry : lc::TagEntry::listFromJson(after.object(), sid))
        left.append(entry.tag);
    QVERIFY2(left.contains(u"keep"_s), qPrintable(left.join(u'|')));
    for (const QString& removed : {u"a,b"_s, u"c"_s, u"d"_s, u"a"_s, u"b"_s})
        QVERIFY2(!left.contains(removed), qPrintable(left.join(u'|')));
}

QTEST_GUILESS_MAIN(TestPathNames)
#include "TestPathNames.moc"
