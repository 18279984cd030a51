// SPDX-License-Identifier: GPL-3.0-or-later
// C16: no keychain backend. Run through run-with-keyring.sh, either with --mode no-bus (no
// session bus at all) or --mode no-secret-service (a private bus where nothing owns or can
// activate org.freedesktop.secrets or KWallet). Saving must fail at once with a message that
// says what to install, session-only keys must work, and nothing may leak to disk.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include "CredentialsTestSupport.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialResolver.h"
#include "credentials/KeychainStore.h"

using namespace lc;

namespace {

const QString LabKey = QStringLiteral("5e3a9c1d-8f2b-4d6e-a7c0-b1d2e3f4a5b6");
const QString LabOid = QStringLiteral("7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b");
constexpr qint64 FastMs = 5000;

void checkMessage(const QString& message)
{
    QVERIFY2(message.contains(QLatin1String("gnome-keyring")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("KWallet")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("session only")), qPrintable(message));
}

} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    QString m_mode;
    QString m_configDir;

private slots:
    void initTestCase()
    {
        m_mode = qEnvironmentVariable("LCDESK_TEST_MODE");
        if (m_mode != QLatin1String("no-bus") && m_mode != QLatin1String("no-secret-service"))
            QSKIP("Run through tests/credentials/run-with-keyring.sh --mode no-bus or "
                  "--mode no-secret-service");
        QVERIFY2(QDir::homePath().startsWith(QDir::tempPath()),
                 "HOME must be a throw-away directory");
        m_configDir = QDir(QDir::homePath()).filePath(QStringLiteral("lcdesk-config"));

        // Make sure the scenario is the one claimed, so the test cannot pass for the wrong reason.
        QElapsedTimer timer;
        timer.start();
        const bool connected = QDBusConnection::sessionBus().isConnected();
        qInfo() << "Session bus connected:" << connected << "after" << timer.elapsed() << "ms";
        if (m_mode == QLatin1String("no-bus")) {
            QVERIFY(!connected);
        } else {
            QVERIFY(connected);
            QDBusConnectionInterface* bus = QDBusConnection::sessionBus().interface();
            const QStringList activatable = bus->activatableServiceNames().value();
            QVERIFY(!activatable.contains(QStringLiteral("org.freedesktop.secrets")));
            QVERIFY(!bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value());
            QVERIFY(!activatable.contains(QStringLiteral("org.kde.kwalletd5")));
        }
    }

    void saveFailsAtOnce()
    {
        KeychainStore store;
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        KeychainStore::Result result;
        store.saveApiKey(QStringLiteral("lab"), LabKey, [&](const KeychainStore::Result& r) {
            done = true;
            result = r;
        });
        const qint64 returnedAfter = timer.elapsed();
        QVERIFY(!done);
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        const qint64 answeredAfter = timer.elapsed();
        qInfo() << "saveApiKey returned after" << returnedAfter << "ms, answered after"
                << answeredAfter << "ms";

        QVERIFY2(returnedAfter < 1000, "the call itself must not wait for D-Bus");
        QVERIFY2(answeredAfter < FastMs, "no D-Bus timeout may be waited for");
        QCOMPARE(result.status, KeychainStore::Status::NoBackend);
        QCOMPARE(result.environment, QStringLiteral("lab"));
        checkMessage(result.message);
    }

    void blockingHelpersFailAtOnce()
    {
        KeychainStore store;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.probeBlocking().status, KeychainStore::Status::NoBackend);
        QCOMPARE(store.saveApiKeyBlocking(QStringLiteral("lab"), LabKey).status,
                 KeychainStore::Status::NoBackend);
        QCOMPARE(store.loadApiKeyBlocking(QStringLiteral("lab")).status,
                 KeychainStore::Status::NoBackend);
        QCOMPARE(store.removeApiKeyBlocking(QStringLiteral("lab")).status,
                 KeychainStore::Status::NoBackend);

        // `lcdesk login` on such a machine.
        CredentialManager manager(QDir(QDir::homePath()).filePath(QStringLiteral("cli-config")));
        Credentials cli;
        cli.environment = QStringLiteral("cli");
        cli.oid = LabOid;
        cli.apiKey = LabKey;
        const KeychainStore::Result login = manager.saveEnvironmentBlocking(cli);
        QCOMPARE(login.status, KeychainStore::Status::NoBackend);
        checkMessage(login.message);
        QVERIFY2(timer.elapsed() < FastMs, qPrintable(QString::number(timer.elapsed())));
    }

    void sessionOnlyKeyStillWorks()
    {
        CredentialManager manager(m_configDir);
        QVERIFY(manager.loadEnvironments());

        Credentials lab;
        lab.environment = QStringLiteral("lab");
        lab.oid = LabOid;
        lab.apiKey = LabKey;

        QElapsedTimer timer;
        timer.start();
        bool saved = false;
        KeychainStore::Result result;
        manager.saveEnvironment(lab, [&](const KeychainStore::Result& r) {
            saved = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
        QVERIFY(timer.elapsed() < FastMs);
        QCOMPARE(result.status, KeychainStore::Status::NoBackend);
        checkMessage(result.message);
        QCOMPARE(manager.keyStatus(QStringLiteral("lab")),
                 CredentialManager::KeyStatus::KeychainUnavailable);

        // The user picks "use for this session only".
        QVERIFY(manager.useForSession(lab));
        QCOMPARE(manager.keyStatus(QStringLiteral("lab")),
                 CredentialManager::KeyStatus::SessionOnly);
        bool loaded = false;
        Credentials credentials;
        CredentialsError error;
        manager.loadCredentials(QStringLiteral("lab"),
                                [&](const Credentials& c, const CredentialsError& e) {
                                    loaded = true;
                                    credentials = c;
                                    error = e;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 5000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(credentials.apiKey, LabKey);
        QCOMPARE(credentials.oid, LabOid);
        QCOMPARE(credentials.source, Credentials::Source::Session);

        // A session-only environment that was never saved.
        Credentials scratch = lab;
        scratch.environment = QStringLiteral("scratch");
        QVERIFY(manager.useForSession(scratch));
        QCOMPARE(manager.environments().size(), 2);
        QVERIFY(!manager.environmentStore().contains(QStringLiteral("scratch")));
    }

    void restartReportsTheKeyMissing()
    {
        CredentialManager restarted(m_configDir);
        QVERIFY(restarted.loadEnvironments());
        QCOMPARE(restarted.environments().size(), 1);
        QCOMPARE(restarted.environments().at(0).environment, QStringLiteral("lab"));

        bool refreshed = false;
        restarted.refreshKeyStatus([&refreshed]() { refreshed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, FastMs);
        QCOMPARE(restarted.keyStatus(QStringLiteral("lab")),
                 CredentialManager::KeyStatus::KeychainUnavailable);

        bool loaded = false;
        Credentials credentials;
        CredentialsError error;
        restarted.loadCredentials(QStringLiteral("lab"),
                                  [&](const Credentials& c, const CredentialsError& e) {
                                      loaded = true;
                                      credentials = c;
                                      error = e;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, FastMs);
        QCOMPARE(error.code, CredentialsError::Code::KeychainUnavailable);
        checkMessage(error.message);
        QVERIFY(credentials.apiKey.isEmpty());
        QVERIFY(!credentials.isComplete());
    }

    void importFailsAtOnceAndWritesNothing()
    {
        const QString path = QDir(QDir::homePath()).filePath(QStringLiteral("import.yaml"));
        QVERIFY(test::writeFile(path, "oid: o\napi_key: import-key-0001\nenv:\n  a:\n    oid: x\n"
                                      "    api_key: import-key-0002\n"));
        CredentialManager manager(m_configDir);
        QVERIFY(manager.loadEnvironments());
        const QByteArray before = test::readFile(manager.environmentStore().filePath());

        QElapsedTimer timer;
        timer.start();
        bool done = false;
        QList<CredentialManager::ImportResult> results;
        manager.importFromCredentialsFile({}, path,
                                          [&](const QList<CredentialManager::ImportResult>& r) {
                                              done = true;
                                              results = r;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(timer.elapsed() < FastMs);
        QCOMPARE(results.size(), 2);
        for (const CredentialManager::ImportResult& result : std::as_const(results)) {
            QCOMPARE(result.status, KeychainStore::Status::NoBackend);
            checkMessage(result.message);
        }
        QCOMPARE(test::readFile(manager.environmentStore().filePath()), before);
    }

    void environmentVariablesStillWork()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), QDir::homePath());
        environment.insert(QStringLiteral("LC_OID"), LabOid);
        environment.insert(QStringLiteral("LC_API_KEY"), LabKey);
        CredentialsError error;
        const Credentials credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY(!error.isError());
        QVERIFY(credentials.isComplete());
        QCOMPARE(credentials.apiKey, LabKey);
    }

    void noPlaintextAnywhere()
    {
        const QStringList places = {
                QDir::homePath(),
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
        const QString importFixture =
                QDir(QDir::homePath()).filePath(QStringLiteral("import.yaml"));
        for (const QString& key : {LabKey, QStringLiteral("import-key-0002")}) {
            const QStringList hits = test::filesContaining(places, key, {importFixture});
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
        }
        QVERIFY(QFile::exists(QDir(m_configDir).filePath(QStringLiteral("environments.yaml"))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
