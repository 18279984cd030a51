// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestData.h"
#include "api/WhoAmI.h"

using lc::WhoAmI;
using namespace Qt::StringLiterals;

namespace {

const QString sampleOid = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
const QString otherOid = u"ffffffff-0000-4000-8000-00000000ffff"_s;

QJsonObject sample(const QString& name)
{
    return QJsonDocument::fromJson(lctest::TestData::read(u"samples/"_s + name)).object();
}

} // namespace

class TestWhoAmI : public QObject
{
    Q_OBJECT

private slots:
    void orgKey();
    void orgKeyOtherOrg();
    void userKey();
    void userKeyOtherOrg();
    void userKeyWinsOverOrgFields();
    void emptyAnswer();
};

void TestWhoAmI::orgKey()
{
    const WhoAmI who = WhoAmI::fromJson(sample(u"who_org_key.json"_s), sampleOid);
    QCOMPARE(who.ident, u"api-key-name"_s);
    QVERIFY(!who.userKey);
    QCOMPARE(who.permissions.size(), 14);
    QVERIFY(who.can(u"sensor.task"_s));
    QVERIFY(who.can(u"audit.get"_s));
    QVERIFY(!who.can(u"ikey.set"_s));
}

void TestWhoAmI::orgKeyOtherOrg()
{
    const WhoAmI who = WhoAmI::fromJson(sample(u"who_org_key.json"_s), otherOid);
    QVERIFY(!who.userKey);
    QVERIFY(who.permissions.isEmpty());
    QVERIFY(!who.can(u"sensor.list"_s));
}

void TestWhoAmI::userKey()
{
    const WhoAmI who = WhoAmI::fromJson(sample(u"who_user_key.json"_s), sampleOid);
    QCOMPARE(who.ident, u"analyst@example.com"_s);
    QVERIFY(who.userKey);
    QCOMPARE(who.permissions,
             (QStringList{u"org.get"_s, u"sensor.list"_s, u"sensor.get"_s, u"sensor.task"_s}));
    QVERIFY(!who.can(u"dr.set"_s));
}

void TestWhoAmI::userKeyOtherOrg()
{
    const WhoAmI who = WhoAmI::fromJson(sample(u"who_user_key.json"_s), otherOid);
    QVERIFY(who.userKey);
    QVERIFY(who.permissions.isEmpty());
}

void TestWhoAmI::userKeyWinsOverOrgFields()
{
    // §2.4: user_perms[oid] when present, whatever orgs/perms say.
    QJsonObject body = sample(u"who_user_key.json"_s);
    body.insert(u"orgs"_s, QJsonArray{sampleOid});
    body.insert(u"perms"_s, QJsonArray{u"dr.set"_s});
    const WhoAmI who = WhoAmI::fromJson(body, sampleOid);
    QVERIFY(who.userKey);
    QVERIFY(!who.can(u"dr.set"_s));
    QVERIFY(who.can(u"sensor.task"_s));
}

void TestWhoAmI::emptyAnswer()
{
    const WhoAmI who = WhoAmI::fromJson({}, sampleOid);
    QVERIFY(who.ident.isEmpty());
    QVERIFY(!who.userKey);
    QVERIFY(who.permissions.isEmpty());
}

QTEST_GUILESS_MAIN(TestWhoAmI)
#include "TestWhoAmI.moc"
