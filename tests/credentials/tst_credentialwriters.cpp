// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that writes: the explicit plaintext export, LC Desk's environments.yaml, the atomic
// owner-only file writer, and the checks made before a key reaches the keychain.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "CredentialsTestSupport.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialsFile.h"
#include "credentials/EnvironmentStore.h"
#include "credentials/KeychainStore.h"
#include "credentials/PlaintextCredentialsWriter.h"

using namespace lc;

namespace {

const QByteArray SampleFile = R"(oid: 0a1b2c3d-0000-4000-8000-00000000a001
api_key: 11111111-2222-4333-8444-555555555555
env:
  staging:
    oid: 0a1b2c3d-0000-4000-8000-00000000a002
    api_key: 66666666-7777-4888-8999-aaaaaaaaaaaa
  userkey-env:
    oid: 0a1b2c3d-0000-4000-8000-00000000a003
    uid: Xy7kq2ExampleUserId000000001
    api_key: bbbbbbbb-cccc-4ddd-8eee-ffffffffffff
  oauth-env:
    oid: 0a1b2c3d-0000-4000-8000-00000000a004
    oauth:
      id_token: example-firebase-id-token
      refresh_token: example-refresh-token
      expires_at: 1718003600
      provider: google
current_env: staging
)";

Credentials makeCredentials(const QString& environment, const QString& oid, const QString& key,
                            const QString& uid = {})
{
    Credentials credentials;
    credentials.environment = environment;
    credentials.oid = oid;
    credentials.apiKey = key;
    credentials.uid = uid;
    return credentials;
}

ino_t inode(const QString& path)
{
    struct stat info = {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_ino;
}

// Restores the umask at scope exit; umask 0 exposes any file created wider than 0600.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestCredentialWriters : public QObject
{
    Q_OBJECT

private:
    QString freshDir()
    {
        const QString path = m_root.filePath(QString::number(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    QTemporaryDir m_root;
    int m_counter = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home"))));
        qunsetenv("LCDESK_CONFIG_DIR");
    }

    // --- PlaintextCredentialsWriter -------------------------------------------------------

    void plaintextCreatesOwnerOnlyFile()
    {
        const UmaskGuard umask(0);
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        CredentialsError error;
        QVERIFY2(PlaintextCredentialsWriter::writeKeyInPlaintext(
                         path,
                         makeCredentials(QStringLiteral("default"), QStringLiteral("o1"),
                                         QStringLiteral("k1")),
                         &error),
                 qPrintable(error.message));
        QCOMPARE(test::fileMode(path), 0600);

        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY(file.isValid());
        const Credentials back = file.environment(QString(), &error);
        QVERIFY(!error.isError());
        QCOMPARE(back.oid, QStringLiteral("o1"));
        QCOMPARE(back.apiKey, QStringLiteral("k1"));
    }

    void plaintextReplacesAtomicallyAndKeepsOtherEnvironments()
    {
        const UmaskGuard umask(0);
        const QString dir = freshDir();
        const QString path = QDir(dir).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(path, SampleFile));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
        QCOMPARE(test::fileMode(path), 0644);
        const ino_t before = inode(path);
        const CredentialsFile original = CredentialsFile::load(path);

        CredentialsError error;
        Credentials lab = makeCredentials(QStringLiteral("lab"), QStringLiteral("lab-oid"),
                                          QStringLiteral("lab-key"), QStringLiteral("lab-uid"));
        lab.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(PlaintextCredentialsWriter::writeKeyInPlaintext(path, lab, &error),
                 qPrintable(error.message));

        // Replaced by rename (new inode), owner-only, no temporary left behind.
        QVERIFY(inode(path) != before);
        QCOMPARE(test::fileMode(path), 0600);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral(".limacharlie")}));

        const CredentialsFile updated = CredentialsFile::load(path, &error);
        QVERIFY2(updated.isValid(), qPrintable(error.message));
        QCOMPARE(updated.environmentNames(),
                 QStringList({QStringLiteral("staging"), QStringLiteral("userkey-env"),
                              QStringLiteral("oauth-env"), QStringLiteral("lab"),
                              QStringLiteral("default")}));
        for (const QString& name : {QStringLiteral("staging"), QStringLiteral("userkey-env"),
                                    QStringLiteral("default")}) {
            const Credentials a = original.environment(name);
            const Credentials b = updated.environment(name);
            QCOMPARE(b.oid, a.oid);
            QCOMPARE(b.uid, a.uid);
            QCOMPARE(b.apiKey, a.apiKey);
        }
        const Credentials labBack = updated.environment(QStringLiteral("lab"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(labBack.oid, QStringLiteral("lab-oid"));
        QCOMPARE(labBack.uid, QStringLiteral("lab-uid"));
        QCOMPARE(labBack.apiKey, QStringLiteral("lab-key"));
        QCOMPARE(labBack.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));

        const QByteArray text = test::readFile(path);
        QVERIFY(text.contains("refresh_token: example-refresh-token"));
        QVERIFY(text.contains("expires_at: 1718003600"));
        QVERIFY(text.contains("current_env: staging"));
    }

    void plaintextDefaultWritesTopLevel()
    {
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(path, SampleFile));

        CredentialsError error;
        QVERIFY(PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QString(), QStringLiteral("new-oid"), QStringLiteral("new-key"),
                                QStringLiteral("new-uid-000000000000001")),
                &error));
        Credentials back = CredentialsFile::load(path).environment(QString(), &error);
        QCOMPARE(back.oid, QStringLiteral("new-oid"));
        QCOMPARE(back.apiKey, QStringLiteral("new-key"));
        QCOMPARE(back.uid, QStringLiteral("new-uid-000000000000001"));

        // An org key replaces a user key: the stale uid goes, as with `limacharlie login`.
        QVERIFY(PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("default"), QStringLiteral("o3"),
                                QStringLiteral("k3")),
                &error));
        const CredentialsFile file = CredentialsFile::load(path);
        back = file.environment(QString(), &error);
        QCOMPARE(back.apiKey, QStringLiteral("k3"));
        QVERIFY(back.uid.isEmpty());
        QCOMPARE(file.environment(QStringLiteral("staging")).apiKey,
                 QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa"));
    }

    void plaintextQuotesValuesYaml11WouldMisread()
    {
        const QString path = QDir(freshDir()).filePath(QStringLiteral("creds"));
        CredentialsError error;
        QVERIFY(PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("yes"), QStringLiteral("0123"),
                                QStringLiteral("1e3")),
                &error));
        const QByteArray text = test::readFile(path);
        QVERIFY2(text.contains("\"yes\":"), text.constData());
        QVERIFY2(text.contains("oid: \"0123\""), text.constData());
        QVERIFY2(text.contains("api_key: \"1e3\""), text.constData());
        const Credentials back = CredentialsFile::load(path).environment(QStringLiteral("yes"));
        QCOMPARE(back.oid, QStringLiteral("0123"));
        QCOMPARE(back.apiKey, QStringLiteral("1e3"));
    }

    // What the official CLI will read: PyYAML's safe_load, when it is installed.
    void plaintextReadsBackInPython()
    {
        QProcess probe;
        probe.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"), QStringLiteral("import yaml")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0)
            QSKIP("python3 with PyYAML is not installed");

        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(path, SampleFile));
        CredentialsError error;
        QVERIFY(PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("on"), QStringLiteral("1234"),
                                QStringLiteral("5e3a9c1d-8f2b-4d6e-a7c0-b1d2e3f4a5b6"),
                                QStringLiteral("null")),
                &error));

        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json, sys, yaml\n"
                                     "c = yaml.safe_load(open(sys.argv[1], 'rb'))\n"
                                     "print(json.dumps([c['env']['on'], c['env']['staging'], "
                                     "c['api_key'], c['current_env']], sort_keys=True))"),
                      path});
        QVERIFY(python.waitForFinished(10000));
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(python.readAllStandardOutput().trimmed(),
                 QByteArray(R"([{"api_key": "5e3a9c1d-8f2b-4d6e-a7c0-b1d2e3f4a5b6", )"
                            R"("oid": "1234", "uid": "null"}, )"
                            R"({"api_key": "66666666-7777-4888-8999-aaaaaaaaaaaa", )"
                            R"("oid": "0a1b2c3d-0000-4000-8000-00000000a002"}, )"
                            R"("11111111-2222-4333-8444-555555555555", "staging"])"));
    }

    void plaintextLeavesUnparsableFileAlone()
    {
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        const QByteArray broken = "oid: a\nenv:\n  x: [1\n";
        QVERIFY(test::writeFile(path, broken));
        CredentialsError error;
        QVERIFY(!PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), QStringLiteral("k")),
                &error));
        QCOMPARE(error.code, CredentialsError::Code::SyntaxError);
        QVERIFY(error.line > 0);
        QCOMPARE(test::readFile(path), broken);
    }

    void plaintextLeavesFileWithListKeyAlone()
    {
        // yaml-cpp cannot write a list used as a key so that it reads back: nothing is written.
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        const QByteArray odd = "oid: a\napi_key: k\nnotes:\n  ? [x, y]\n  : z\n";
        QVERIFY(test::writeFile(path, odd));
        CredentialsError error;
        QVERIFY(!PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), QStringLiteral("k")),
                &error));
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 4);
        QVERIFY2(error.message.contains(QLatin1String("by hand")), qPrintable(error.message));
        QCOMPARE(test::readFile(path), odd);

        // An alias inside its own anchor: an endless tree.
        const QByteArray endless = "oid: a\napi_key: k\nnotes: &n\n  more: *n\n";
        QVERIFY(test::writeFile(path, endless));
        QVERIFY(!PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), QStringLiteral("k")),
                &error));
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(test::readFile(path), endless);
    }

    void plaintextHandEditedInput()
    {
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(path, "\xEF\xBB\xBFoid: o\r\napi_key: k\r\nenv:\r\n"));
        CredentialsError error;
        QVERIFY2(PlaintextCredentialsWriter::writeKeyInPlaintext(
                         path,
                         makeCredentials(QStringLiteral("lab"), QStringLiteral("lo"),
                                         QStringLiteral("lk")),
                         &error),
                 qPrintable(error.message));
        const CredentialsFile file = CredentialsFile::load(path);
        QCOMPARE(file.environmentNames(),
                 QStringList({QStringLiteral("lab"), QStringLiteral("default")}));
        QCOMPARE(file.environment(QString()).apiKey, QStringLiteral("k"));
        QCOMPARE(file.environment(QStringLiteral("lab")).apiKey, QStringLiteral("lk"));
    }

    void plaintextFollowsSymlink()
    {
        const QString dir = freshDir();
        const QString target = QDir(dir).filePath(QStringLiteral("dotfiles/limacharlie.yaml"));
        const QString link = QDir(dir).filePath(QStringLiteral(".limacharlie"));
        QVERIFY(test::writeFile(target, "oid: o\napi_key: k\n"));
        QVERIFY(QFile::link(target, link));

        CredentialsError error;
        QVERIFY(PlaintextCredentialsWriter::writeKeyInPlaintext(
                link,
                makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), QStringLiteral("k2")),
                &error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(test::fileMode(target), 0600);
        QCOMPARE(CredentialsFile::load(link).environment(QStringLiteral("lab")).apiKey,
                 QStringLiteral("k2"));
    }

    void plaintextRefusesIncompleteCredentials()
    {
        const QString path = QDir(freshDir()).filePath(QStringLiteral(".limacharlie"));
        CredentialsError error;
        QVERIFY(!PlaintextCredentialsWriter::writeKeyInPlaintext(
                path, makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), QString()),
                &error));
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!PlaintextCredentialsWriter::writeKeyInPlaintext(
                path,
                makeCredentials(QStringLiteral(" bad"), QStringLiteral("o"), QStringLiteral("k")),
                &error));
        QCOMPARE(error.code, CredentialsError::Code::InvalidName);
        QVERIFY(!QFile::exists(path));
    }

    // --- EnvironmentStore -------------------------------------------------------------------

    void environmentStoreRoundTripWithoutKeys()
    {
        const UmaskGuard umask(0);
        const QString configDir = QDir(freshDir()).filePath(QStringLiteral("config/lcdesk"));
        const QString secret = QStringLiteral("ENVSTORE-SECRET-4f1c9a7e");

        EnvironmentStore store(configDir);
        QVERIFY(store.load());
        QVERIFY(store.environments().isEmpty());

        Credentials lab = makeCredentials(QStringLiteral("lab"), QStringLiteral("lab-oid"), secret,
                                          QStringLiteral("lab-uid"));
        lab.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
        lab.streamUrl = QUrl(QStringLiteral("wss://127.0.0.1:8081"));
        QVERIFY(store.upsert(lab));
        QVERIFY(store.upsert(
                makeCredentials(QStringLiteral("yes"), QStringLiteral("0123"), secret)));
        CredentialsError error;
        QVERIFY2(store.save(&error), qPrintable(error.message));

        QCOMPARE(store.filePath(), QDir(configDir).filePath(QStringLiteral("environments.yaml")));
        QCOMPARE(test::fileMode(store.filePath()), 0600);
        QCOMPARE(test::fileMode(configDir), 0700);
        QVERIFY(test::filesContaining({m_root.path()}, secret).isEmpty());

        EnvironmentStore reloaded(configDir);
        QVERIFY2(reloaded.load(&error), qPrintable(error.message));
        const QList<Credentials> environments = reloaded.environments();
        QCOMPARE(environments.size(), 2);
        QCOMPARE(environments.at(0).environment, QStringLiteral("lab"));
        QCOMPARE(environments.at(0).oid, QStringLiteral("lab-oid"));
        QCOMPARE(environments.at(0).uid, QStringLiteral("lab-uid"));
        QCOMPARE(environments.at(0).apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(environments.at(0).streamUrl, QUrl(QStringLiteral("wss://127.0.0.1:8081")));
        QVERIFY(environments.at(0).jwtUrl.isEmpty());
        QVERIFY(environments.at(0).apiKey.isEmpty());
        QCOMPARE(environments.at(0).source, Credentials::Source::Keychain);
        QCOMPARE(environments.at(1).environment, QStringLiteral("yes"));
        QCOMPARE(environments.at(1).oid, QStringLiteral("0123"));

        QVERIFY(reloaded.remove(QStringLiteral("lab")));
        QVERIFY(!reloaded.remove(QStringLiteral("lab")));
        QVERIFY(reloaded.save());
        EnvironmentStore afterRemove(configDir);
        QVERIFY(afterRemove.load());
        QCOMPARE(afterRemove.environments().size(), 1);
        QVERIFY(!afterRemove.contains(QStringLiteral("lab")));
    }

    void environmentStoreConfigDirFromVariable()
    {
        const QString configDir = freshDir();
        qputenv("LCDESK_CONFIG_DIR", QFile::encodeName(configDir));
        const EnvironmentStore fromVariable;
        qunsetenv("LCDESK_CONFIG_DIR");
        QCOMPARE(fromVariable.configDir(), configDir);

        const EnvironmentStore standard;
        QCOMPARE(standard.configDir(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        const EnvironmentStore explicitDir(QStringLiteral("/explicit"));
        QCOMPARE(explicitDir.configDir(), QStringLiteral("/explicit"));
    }

    void environmentStoreKeepsBrokenFile()
    {
        const QString configDir = freshDir();
        const QString path = QDir(configDir).filePath(QStringLiteral("environments.yaml"));
        const QByteArray broken = "environments:\n  lab: {oid: x\n";
        QVERIFY(test::writeFile(path, broken));

        EnvironmentStore store(configDir);
        CredentialsError error;
        QVERIFY(!store.load(&error));
        QCOMPARE(error.code, CredentialsError::Code::SyntaxError);
        QVERIFY(error.line > 0);
        QVERIFY(error.message.contains(path));

        QVERIFY(store.upsert(makeCredentials(QStringLiteral("new"), QStringLiteral("o"), {})));
        QVERIFY(!store.save(&error));
        QCOMPARE(error.code, CredentialsError::Code::WriteFailed);
        QCOMPARE(test::readFile(path), broken);
    }

    void environmentStoreIgnoresKeysInItsFile()
    {
        const QString configDir = freshDir();
        QVERIFY(test::writeFile(QDir(configDir).filePath(QStringLiteral("environments.yaml")),
                                "environments:\n  lab:\n    oid: o\n    api_key: leaked\n"));
        EnvironmentStore store(configDir);
        QVERIFY(store.load());
        QCOMPARE(store.environment(QStringLiteral("lab")).oid, QStringLiteral("o"));
        QVERIFY(store.environment(QStringLiteral("lab")).apiKey.isEmpty());
    }

    void environmentNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("lab") << true;
        QTest::newRow("spaces inside") << QStringLiteral("my lab") << true;
        QTest::newRow("unicode") << QStringLiteral("Prüfung") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading space") << QStringLiteral(" lab") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("too long") << QString(101, QLatin1Char('x')) << false;
    }

    void environmentNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        CredentialsError error;
        QCOMPARE(EnvironmentStore::validateName(name, &error), valid);
        QCOMPARE(error.isError(), !valid);
    }

    // --- Checks before the keychain ---------------------------------------------------------

    void secretSizeLimit_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<KeychainStore::Status>("status");
        QTest::newRow("api key") << QStringLiteral("5e3a9c1d-8f2b-4d6e-a7c0-b1d2e3f4a5b6")
                                 << KeychainStore::Status::Ok;
        QTest::newRow("2560 bytes") << QString(2560, QLatin1Char('a')) << KeychainStore::Status::Ok;
        QTest::newRow("2561 bytes")
                << QString(2561, QLatin1Char('a')) << KeychainStore::Status::TooLarge;
        // 1281 characters but 2562 bytes in UTF-8: the limit is on bytes.
        QTest::newRow("2562 bytes of umlauts")
                << QString(1281, QChar(0x00E9)) << KeychainStore::Status::TooLarge;
        // Like C16's all-envs-bundle.json: 40 environments in one entry.
        QTest::newRow("bundle of 5016 bytes")
                << QString(5016, QLatin1Char('{')) << KeychainStore::Status::TooLarge;
        // Like C16's big-user-jwt.txt: refused as a token whatever its size.
        QTest::newRow("jwt") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
                                        + QString(21300, QLatin1Char('e')) + QStringLiteral(".c2ln")
                             << KeychainStore::Status::NotAnApiKey;
        QTest::newRow("empty") << QString() << KeychainStore::Status::NotAnApiKey;
        QTest::newRow("line break")
                << QStringLiteral("abc\ndef") << KeychainStore::Status::NotAnApiKey;
    }

    void secretSizeLimit()
    {
        QFETCH(QString, secret);
        QFETCH(KeychainStore::Status, status);
        const KeychainStore::Result result =
                KeychainStore::checkApiKey(QStringLiteral("lab"), secret);
        QCOMPARE(result.status, status);
        if (status == KeychainStore::Status::TooLarge) {
            QVERIFY2(result.message.contains(QLatin1String("2560")), qPrintable(result.message));
            QVERIFY(result.message.contains(QLatin1String("Windows Credential Manager")));
        }
        if (status != KeychainStore::Status::Ok)
            QVERIFY(!result.message.isEmpty());
    }

    void oversizedSecretNeverReachesTheKeychain()
    {
        KeychainStore store(QStringLiteral("lcdesk-unit-test"));
        bool called = false;
        KeychainStore::Result result;
        store.saveApiKey(QStringLiteral("lab"), QString(2561, QLatin1Char('k')),
                         [&](const KeychainStore::Result& r) {
                             called = true;
                             result = r;
                         });
        QVERIFY(!called); // callbacks never run inside the call
        QTRY_VERIFY_WITH_TIMEOUT(called, 2000);
        QCOMPARE(result.status, KeychainStore::Status::TooLarge);
        QCOMPARE(result.environment, QStringLiteral("lab"));
        QVERIFY(result.message.contains(QLatin1String("2560")));
    }

    void refusedKeyWritesNothing()
    {
        const QString configDir = freshDir();
        CredentialManager manager(configDir, QStringLiteral("lcdesk-unit-test"));
        QVERIFY(manager.loadEnvironments());
        bool called = false;
        KeychainStore::Result result;
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiItIn0.c2ln");
        manager.saveEnvironment(makeCredentials(QStringLiteral("lab"), QStringLiteral("o"), jwt),
                                [&](const KeychainStore::Result& r) {
                                    called = true;
                                    result = r;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(called, 2000);
        QCOMPARE(result.status, KeychainStore::Status::NotAnApiKey);
        QVERIFY(!QFile::exists(QDir(configDir).filePath(QStringLiteral("environments.yaml"))));
        QVERIFY(manager.environments().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialWriters)
#include "tst_credentialwriters.moc"
