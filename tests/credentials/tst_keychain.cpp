// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real gnome-keyring in a private D-Bus session: run through
// `run-with-keyring.sh --mode keyring`, which also gives the test a throw-away HOME.
#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "CredentialsTestSupport.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialsFile.h"
#include "credentials/KeychainStore.h"

using namespace lc;

namespace {

const QString KeyAlpha = QStringLiteral("a1a1a1a1-0000-4000-8000-00000000a1a1");
const QString KeyAlpha2 = QStringLiteral("a2a2a2a2-0000-4000-8000-00000000a2a2");
const QString KeyBeta = QStringLiteral("b1b1b1b1-0000-4000-8000-00000000b1b1");
const QString KeyLab = QStringLiteral("1ab1ab1a-0000-4000-8000-0000001ab1ab");

const QByteArray ImportFixture = R"(oid: 0a1b2c3d-0000-4000-8000-00000000a001
api_key: 11111111-2222-4333-8444-555555555555
env:
  staging:
    oid: 0a1b2c3d-0000-4000-8000-00000000a002
    api_key: 66666666-7777-4888-8999-aaaaaaaaaaaa
    api_url: http://127.0.0.1:8080
  userkey-env:
    oid: 0a1b2c3d-0000-4000-8000-00000000a003
    uid: Xy7kq2ExampleUserId000000001
    api_key: bbbbbbbb-cccc-4ddd-8eee-ffffffffffff
  oauth-env:
    oid: 0a1b2c3d-0000-4000-8000-00000000a004
    oauth:
      refresh_token: example-refresh-token
)";

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // The Secret Service's own view of an entry, through libsecret's command line tool.
    static QString lookupWithSecretTool(const QString& environment)
    {
        QProcess process;
        process.start(QStringLiteral("secret-tool"),
                      {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("lcdesk"),
                       QStringLiteral("user"), environment});
        if (!process.waitForFinished(10000))
            return QStringLiteral("<timeout>");
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    KeychainStore::Result save(KeychainStore& store, const QString& environment, const QString& key)
    {
        bool done = false;
        KeychainStore::Result result;
        store.saveApiKey(environment, key, [&](const KeychainStore::Result& r) {
            done = true;
            result = r;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 20000))
            result.message = QStringLiteral("no answer");
        return result;
    }

    KeychainStore::Result load(KeychainStore& store, const QString& environment)
    {
        bool done = false;
        KeychainStore::Result result;
        store.loadApiKey(environment, [&](const KeychainStore::Result& r) {
            done = true;
            result = r;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 20000))
            result.message = QStringLiteral("no answer");
        return result;
    }

    QString m_home;
    QString m_configDir;
    QStringList m_savedKeys;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("LCDESK_TEST_MODE") != QLatin1String("keyring"))
            QSKIP("Run through tests/credentials/run-with-keyring.sh --mode keyring");
        m_home = QDir::homePath();
        QVERIFY2(m_home.startsWith(QDir::tempPath()), "HOME must be a throw-away directory");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        m_configDir = QDir(m_home).filePath(QStringLiteral("lcdesk-config"));
    }

    void probeFindsTheSecretService()
    {
        KeychainStore store;
        const KeychainStore::Result result = store.probeBlocking(5000);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    void saveReloadOverwriteRemoveTwoEnvironments()
    {
        KeychainStore store;
        QCOMPARE(store.service(), QStringLiteral("lcdesk"));

        KeychainStore::Result result = save(store, QStringLiteral("alpha"), KeyAlpha);
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = save(store, QStringLiteral("beta"), KeyBeta);
        QVERIFY2(result.ok(), qPrintable(result.message));
        m_savedKeys << KeyAlpha << KeyBeta;

        result = load(store, QStringLiteral("alpha"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.apiKey, KeyAlpha);
        result = load(store, QStringLiteral("beta"));
        QCOMPARE(result.apiKey, KeyBeta);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("alpha")), KeyAlpha);

        // A second store object (a restart) sees the same entries.
        KeychainStore restarted;
        result = restarted.loadApiKeyBlocking(QStringLiteral("beta"), 20000);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.apiKey, KeyBeta);

        result = restarted.saveApiKeyBlocking(QStringLiteral("alpha"), KeyAlpha2, 20000);
        QVERIFY2(result.ok(), qPrintable(result.message));
        m_savedKeys << KeyAlpha2;
        QCOMPARE(load(store, QStringLiteral("alpha")).apiKey, KeyAlpha2);
        QCOMPARE(load(store, QStringLiteral("beta")).apiKey, KeyBeta);

        result = store.removeApiKeyBlocking(QStringLiteral("alpha"), 20000);
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = load(store, QStringLiteral("alpha"));
        QCOMPARE(result.status, KeychainStore::Status::NotFound);
        QVERIFY(result.apiKey.isEmpty());
        QVERIFY(result.message.contains(QLatin1String("alpha")));
        QCOMPARE(load(store, QStringLiteral("beta")).apiKey, KeyBeta);

        // Removing what is not there is fine.
        QVERIFY(store.removeApiKeyBlocking(QStringLiteral("alpha"), 20000).ok());
        QVERIFY(store.removeApiKeyBlocking(QStringLiteral("beta"), 20000).ok());
        QCOMPARE(load(store, QStringLiteral("beta")).status, KeychainStore::Status::NotFound);
    }

    void managerSavesAndFindsKeysAfterRestart()
    {
        {
            CredentialManager manager(m_configDir);
            QVERIFY(manager.loadEnvironments());
            Credentials lab;
            lab.environment = QStringLiteral("lab");
            lab.oid = QStringLiteral("0a1b2c3d-0000-4000-8000-0000000001ab");
            lab.apiKey = QStringLiteral("  ") + KeyLab + QStringLiteral("\n");
            bool done = false;
            KeychainStore::Result result;
            manager.saveEnvironment(lab, [&](const KeychainStore::Result& r) {
                done = true;
                result = r;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(manager.keyStatus(QStringLiteral("lab")),
                     CredentialManager::KeyStatus::Stored);
            m_savedKeys << KeyLab;
        }

        CredentialManager restarted(m_configDir);
        QVERIFY(restarted.loadEnvironments());
        QCOMPARE(restarted.environments().size(), 1);
        QCOMPARE(restarted.keyStatus(QStringLiteral("lab")), CredentialManager::KeyStatus::Unknown);
        bool refreshed = false;
        restarted.refreshKeyStatus([&refreshed]() { refreshed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
        QCOMPARE(restarted.keyStatus(QStringLiteral("lab")), CredentialManager::KeyStatus::Stored);

        bool loaded = false;
        Credentials credentials;
        CredentialsError error;
        restarted.loadCredentials(QStringLiteral("lab"),
                                  [&](const Credentials& c, const CredentialsError& e) {
                                      loaded = true;
                                      credentials = c;
                                      error = e;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(credentials.apiKey, KeyLab);
        QCOMPARE(credentials.oid, QStringLiteral("0a1b2c3d-0000-4000-8000-0000000001ab"));
        QCOMPARE(credentials.source, Credentials::Source::Keychain);
        QVERIFY(credentials.isComplete());

        // The entry vanishes behind LC Desk's back: "key missing", never an empty key.
        QVERIFY(restarted.keychain().removeApiKeyBlocking(QStringLiteral("lab"), 20000).ok());
        QSignalSpy statusSpy(&restarted, &CredentialManager::keyStatusChanged);
        refreshed = false;
        restarted.refreshKeyStatus([&refreshed]() { refreshed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
        QCOMPARE(restarted.keyStatus(QStringLiteral("lab")), CredentialManager::KeyStatus::Missing);
        QCOMPARE(statusSpy.count(), 1);

        loaded = false;
        restarted.loadCredentials(QStringLiteral("lab"),
                                  [&](const Credentials& c, const CredentialsError& e) {
                                      loaded = true;
                                      credentials = c;
                                      error = e;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
        QCOMPARE(error.code, CredentialsError::Code::KeyMissing);
        QVERIFY(credentials.apiKey.isEmpty());

        bool removed = false;
        restarted.removeEnvironment(
                QStringLiteral("lab"),
                [&removed](const KeychainStore::Result& r) { removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QVERIFY(restarted.environments().isEmpty());
    }

    void commandLineLogin()
    {
        CredentialManager manager(m_configDir);
        QVERIFY(manager.loadEnvironments());
        Credentials cli;
        cli.environment = QStringLiteral("cli");
        cli.oid = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000c111");
        cli.apiKey = QStringLiteral("c1c1c1c1-0000-4000-8000-00000000c1c1");
        const KeychainStore::Result result = manager.saveEnvironmentBlocking(cli, 20000);
        QVERIFY2(result.ok(), qPrintable(result.message));
        m_savedKeys << cli.apiKey;
        QCOMPARE(lookupWithSecretTool(QStringLiteral("cli")), cli.apiKey);

        QVERIFY(manager.keychain().removeApiKeyBlocking(QStringLiteral("cli"), 20000).ok());
        QVERIFY(manager.environmentStore().remove(QStringLiteral("cli")));
        QVERIFY(manager.environmentStore().save());
    }

    void importFromCredentialsFile()
    {
        const QString path = QDir(m_home).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(path, ImportFixture));
        const CredentialsFile file = CredentialsFile::load(path);
        QVERIFY(file.isValid());

        CredentialManager manager(m_configDir);
        QVERIFY(manager.loadEnvironments());

        // Only the chosen one first, from the default path (~/.limacharlie).
        bool done = false;
        QList<CredentialManager::ImportResult> results;
        manager.importFromCredentialsFile({QStringLiteral("staging")}, QString(),
                                          [&](const QList<CredentialManager::ImportResult>& r) {
                                              done = true;
                                              results = r;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).message));
        QCOMPARE(manager.environments().size(), 1);

        // Then everything.
        done = false;
        manager.importFromCredentialsFile({}, path,
                                          [&](const QList<CredentialManager::ImportResult>& r) {
                                              done = true;
                                              results = r;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).environment, QStringLiteral("staging"));
        QVERIFY(results.at(0).ok());
        QCOMPARE(results.at(1).environment, QStringLiteral("userkey-env"));
        QVERIFY(results.at(1).ok());
        QCOMPARE(results.at(2).environment, QStringLiteral("oauth-env"));
        QVERIFY(!results.at(2).ok());
        QVERIFY(results.at(2).message.contains(QLatin1String("OAuth")));
        QCOMPARE(results.at(3).environment, QStringLiteral("default"));
        QVERIFY(results.at(3).ok());

        KeychainStore store;
        for (const QString& name : {QStringLiteral("staging"), QStringLiteral("userkey-env"),
                                    QStringLiteral("default")}) {
            const KeychainStore::Result result = store.loadApiKeyBlocking(name, 20000);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.apiKey, file.environment(name).apiKey);
            m_savedKeys << result.apiKey;
        }
        QCOMPARE(store.loadApiKeyBlocking(QStringLiteral("oauth-env"), 20000).status,
                 KeychainStore::Status::NotFound);

        CredentialManager restarted(m_configDir);
        QVERIFY(restarted.loadEnvironments());
        const EnvironmentStore& saved = restarted.environmentStore();
        QCOMPARE(saved.environments().size(), 3);
        QCOMPARE(saved.environment(QStringLiteral("userkey-env")).uid,
                 QStringLiteral("Xy7kq2ExampleUserId000000001"));
        QCOMPARE(saved.environment(QStringLiteral("staging")).apiUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(!saved.contains(QStringLiteral("oauth-env")));
    }

    void noPlaintextAnywhere()
    {
        QVERIFY(!m_savedKeys.isEmpty());
        const QString fixture = QDir(m_home).filePath(QStringLiteral(".limacharlie"));
        const QStringList places = {
                m_home, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
        for (const QString& key : std::as_const(m_savedKeys)) {
            const QStringList hits = test::filesContaining(places, key, {fixture});
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
