// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/UserOrgDirectory.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// C16 related_server_limit: a user's organisations are listed with a token minted for no
// organisation (oid "-"), which stays small however many organisations the user has.
class TestUserOrgs : public QObject
{
    Q_OBJECT

private slots:
    void listsOrganisationsWithMinimalToken();
    void wrongUidIsRefusedClearly();
};

void TestUserOrgs::listsOrganisationsWithMinimalToken()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    const QString userKey = emulator.keys().value(u"user"_s).toString();
    const QString uid = emulator.info().value(u"uid"_s).toString();
    QVERIFY(!userKey.isEmpty() && !uid.isEmpty());

    lc::UserOrgDirectory directory(&client);
    QSignalSpy finished(&directory, &lc::UserOrgDirectory::finished);
    directory.fetch(uid, userKey);
    QVERIFY(finished.wait(10'000));
    const auto error = finished.at(0).at(0).value<lc::ApiError>();
    QVERIFY2(error.isOk(), qPrintable(error.toString()));
    QVERIFY(directory.orgs().size() >= 2);
    bool demoListed = false;
    for (const auto& org : directory.orgs())
        demoListed = demoListed || org.oid == emulator.oid();
    QVERIFY(demoListed);

    // On the wire: the token exchange asked for oid "-", and the listing carried that token.
    const QList<LoggedRequest> log = emulator.requests();
    bool minimalExchange = false;
    bool listed = false;
    for (const LoggedRequest& request : log) {
        if (request.listener == u"jwt"_s)
            minimalExchange = minimalExchange || request.body.contains("oid=-&");
        if (request.target == "/v1/user/orgs")
            listed = request.header(u"Authorization"_s).startsWith(u"bearer "_s);
    }
    QVERIFY(minimalExchange);
    QVERIFY(listed);
}

void TestUserOrgs::wrongUidIsRefusedClearly()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, QStringList{u"--sensors"_s, u"5"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    lc::UserOrgDirectory directory(&client);
    QSignalSpy finished(&directory, &lc::UserOrgDirectory::finished);
    directory.fetch(u"not-the-right-user-id-000000"_s, emulator.keys().value(u"user"_s).toString());
    QVERIFY(finished.wait(10'000));
    const auto error = finished.at(0).at(0).value<lc::ApiError>();
    QCOMPARE(lc::ApiError::statusName(error.status),
             lc::ApiError::statusName(lc::ApiStatus::AuthenticationFailed));
    QVERIFY(directory.orgs().isEmpty());
}

QTEST_GUILESS_MAIN(TestUserOrgs)
#include "TestUserOrgs.moc"
