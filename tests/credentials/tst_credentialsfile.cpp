// SPDX-License-Identifier: GPL-3.0-or-later
// The official CLI's credentials file, credential resolution and `use`.
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "CredentialsTestSupport.h"
#include "credentials/CredentialResolver.h"
#include "credentials/CredentialsFile.h"

using namespace lc;

namespace {

// The composed sample of the API reference (fake values).
const QByteArray SampleFile = R"(# Top-level keys = the "default" environment. Values are fake.
oid: 0a1b2c3d-0000-4000-8000-00000000a001
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

} // namespace

class TestCredentialsFile : public QObject
{
    Q_OBJECT

private:
    QString fixture(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, content))
            qFatal("cannot write fixture");
        return path;
    }

    QProcessEnvironment environmentWithHome()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_home.path());
        return environment;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_home.isValid());
    }

    void init() { QFile::remove(m_home.filePath(QStringLiteral(".limacharlie"))); }

    void sampleFile()
    {
        const QString path = fixture(QStringLiteral("sample.yaml"), SampleFile);
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY2(file.isValid(), qPrintable(error.message));
        QCOMPARE(file.environmentNames(),
                 QStringList({QStringLiteral("staging"), QStringLiteral("userkey-env"),
                              QStringLiteral("oauth-env"), QStringLiteral("default")}));

        Credentials staging = file.environment(QStringLiteral("staging"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(staging.oid, QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a002"));
        QCOMPARE(staging.apiKey, QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa"));
        QCOMPARE(staging.environment, QStringLiteral("staging"));
        QCOMPARE(staging.source, Credentials::Source::CredentialsFile);
        QCOMPARE(staging.sourcePath, path);
        QVERIFY(staging.uid.isEmpty());
        QVERIFY(staging.isComplete());

        const Credentials user = file.environment(QStringLiteral("userkey-env"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(user.uid, QStringLiteral("Xy7kq2ExampleUserId000000001"));

        const Credentials byDefault = file.environment(QString(), &error);
        QVERIFY(!error.isError());
        QCOMPARE(byDefault.environment, QStringLiteral("default"));
        QCOMPARE(byDefault.apiKey, QStringLiteral("11111111-2222-4333-8444-555555555555"));

        file.environment(QStringLiteral("oauth-env"), &error);
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        QVERIFY2(error.message.contains(QLatin1String("OAuth")), qPrintable(error.message));
        QVERIFY(error.message.contains(path));
    }

    void bomAndCrlf()
    {
        QByteArray content = "\xEF\xBB\xBF"
                             "oid: 0a1b2c3d-0000-4000-8000-00000000a001\r\n"
                             "api_key: 11111111-2222-4333-8444-555555555555\r\n"
                             "env:\r\n"
                             "  lab:\r\n"
                             "    oid: \"lab-oid\"\r\n"
                             "    api_key: lab-key\r\n";
        const QString path = fixture(QStringLiteral("bom-crlf.yaml"), content);
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY2(file.isValid(), qPrintable(error.message));

        const Credentials byDefault = file.environment(QStringLiteral("default"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(byDefault.oid, QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001"));
        QCOMPARE(byDefault.apiKey, QStringLiteral("11111111-2222-4333-8444-555555555555"));

        const Credentials lab = file.environment(QStringLiteral("lab"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(lab.oid, QStringLiteral("lab-oid"));
        QCOMPARE(lab.apiKey, QStringLiteral("lab-key"));
        QCOMPARE(file.environmentNames(),
                 QStringList({QStringLiteral("lab"), QStringLiteral("default")}));
    }

    void emptyEnv_data()
    {
        QTest::addColumn<QByteArray>("envLine");
        QTest::newRow("nothing") << QByteArray("env:\n");
        QTest::newRow("empty map") << QByteArray("env: {}\n");
        QTest::newRow("null") << QByteArray("env: null\n");
        QTest::newRow("tilde") << QByteArray("env: ~\n");
    }

    void emptyEnv()
    {
        QFETCH(QByteArray, envLine);
        const QString path =
                fixture(QStringLiteral("empty-env.yaml"), "oid: o1\napi_key: k1\n" + envLine);
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY2(file.isValid(), qPrintable(error.message));
        QCOMPARE(file.environmentNames(), QStringList({QStringLiteral("default")}));

        const Credentials byDefault = file.environment(QStringLiteral("default"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(byDefault.apiKey, QStringLiteral("k1"));

        file.environment(QStringLiteral("prod"), &error);
        QCOMPARE(error.code, CredentialsError::Code::EnvironmentNotFound);
        QVERIFY(error.message.contains(path));
        QVERIFY(error.message.contains(QLatin1String("\"prod\"")));
        QVERIFY(error.message.contains(QLatin1String("default")));
        QCOMPARE(error.environments, QStringList({QStringLiteral("default")}));
    }

    void emptyEnvAndNoDefault()
    {
        const QString path = fixture(QStringLiteral("nothing.yaml"), "env:\n");
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY(file.isValid());
        QVERIFY(file.environmentNames().isEmpty());

        file.environment(QString(), &error);
        QCOMPARE(error.code, CredentialsError::Code::NoDefaultEnvironment);
        QVERIFY(error.message.contains(path));
        QVERIFY2(error.message.contains(QLatin1String("defines no environments")),
                 qPrintable(error.message));
    }

    void pipeOrDeviceIsNotRead()
    {
        // A named pipe without a writer would block the read for ever.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("creds"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString& path : {fifo, QStringLiteral("/dev/zero")}) {
            CredentialsError error;
            const CredentialsFile file = CredentialsFile::load(path, &error);
            QVERIFY(!file.isValid());
            QCOMPARE(error.code, CredentialsError::Code::FileUnreadable);
            QVERIFY2(error.message.contains(QLatin1String("not a regular file")),
                     qPrintable(error.message));
        }
    }

    void noDefault()
    {
        const QString path = fixture(QStringLiteral("no-default.yaml"),
                                     "env:\n  alpha:\n    oid: a\n    api_key: ka\n"
                                     "  beta:\n    oid: b\n    api_key: kb\n");
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY(file.isValid());
        QVERIFY(!file.hasDefault());
        QCOMPARE(file.environmentNames(),
                 QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));

        file.environment(QStringLiteral("default"), &error);
        QCOMPARE(error.code, CredentialsError::Code::NoDefaultEnvironment);
        QCOMPARE(error.filePath, path);
        QVERIFY(error.message.contains(path));
        QVERIFY2(error.message.contains(QLatin1String("alpha, beta")), qPrintable(error.message));
        QCOMPARE(error.environments,
                 QStringList({QStringLiteral("alpha"), QStringLiteral("beta")}));

        const Credentials beta = file.environment(QStringLiteral("beta"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(beta.apiKey, QStringLiteral("kb"));
    }

    void syntaxError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unclosed flow list")
                << QByteArray("oid: a\nenv:\n  x: [1\n  y: 2\n") << 4 << 4;
        QTest::newRow("unclosed flow map") << QByteArray("oid: a\nenv: {x: 1\n") << 3 << 1;
    }

    void syntaxError()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString path = fixture(QStringLiteral("broken.yaml"), content);
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        QVERIFY(!file.isValid());
        QCOMPARE(error.code, CredentialsError::Code::SyntaxError);
        QCOMPARE(error.filePath, path);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.message.contains(path));
        QVERIFY2(error.message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
                 qPrintable(error.message));
    }

    void invalidStructure()
    {
        CredentialsError error;
        const QString listPath = fixture(QStringLiteral("list.yaml"), "- a\n- b\n");
        QVERIFY(!CredentialsFile::load(listPath, &error).isValid());
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 1);

        const QString envListPath =
                fixture(QStringLiteral("env-list.yaml"), "oid: a\napi_key: b\nenv: [x, y]\n");
        QVERIFY(!CredentialsFile::load(envListPath, &error).isValid());
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 6);
        QVERIFY(error.message.contains(envListPath));

        // One malformed environment leaves the others usable.
        const QString partlyBroken = fixture(QStringLiteral("partly-broken.yaml"),
                                             "oid: [1, 2]\napi_key: k\nenv:\n  bad: 5\n"
                                             "  good:\n    oid: g\n    api_key: kg\n");
        const CredentialsFile file = CredentialsFile::load(partlyBroken, &error);
        QVERIFY2(file.isValid(), qPrintable(error.message));
        file.environment(QStringLiteral("bad"), &error);
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 4);
        QCOMPARE(error.column, 8);
        file.environment(QStringLiteral("default"), &error);
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 1);
        QVERIFY(error.message.contains(QLatin1String("\"oid\"")));
        const Credentials good = file.environment(QStringLiteral("good"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(good.apiKey, QStringLiteral("kg"));
    }

    void emptyAndMissingFiles()
    {
        CredentialsError error;
        const CredentialsFile empty =
                CredentialsFile::load(fixture(QStringLiteral("empty.yaml"), ""), &error);
        QVERIFY(empty.isValid());
        QVERIFY(empty.environmentNames().isEmpty());

        const CredentialsFile comments = CredentialsFile::load(
                fixture(QStringLiteral("comments.yaml"), "# nothing yet\n"), &error);
        QVERIFY(comments.isValid());

        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.yaml"));
        QVERIFY(!CredentialsFile::load(missing, &error).isValid());
        QCOMPARE(error.code, CredentialsError::Code::FileNotFound);
        QVERIFY(error.message.contains(missing));
    }

    void warnsAboutAFileOthersCanRead()
    {
        const QString path = fixture(QStringLiteral("shared.yaml"), "oid: o\napi_key: k\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ReadOther));
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("Credentials file \"%1\" is readable by "
                                                       "other users")
                                                .arg(path)));
        QVERIFY(CredentialsFile::load(path).isValid());
    }

    void incompleteEnvironments()
    {
        const QString path = fixture(QStringLiteral("incomplete.yaml"),
                                     "env:\n  nokey:\n    oid: o\n  noorg:\n    api_key: k\n"
                                     "  empty:\n  userkey:\n    uid: someone\n    api_key: k\n");
        const CredentialsFile file = CredentialsFile::load(path);
        CredentialsError error;
        file.environment(QStringLiteral("nokey"), &error);
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        QVERIFY(error.message.contains(QLatin1String("api_key")));
        file.environment(QStringLiteral("noorg"), &error);
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        file.environment(QStringLiteral("empty"), &error);
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        const Credentials userKey = file.environment(QStringLiteral("userkey"), &error);
        QVERIFY(!error.isError());
        QVERIFY(userKey.isComplete());
    }

    void urlOverridesInFile()
    {
        const QString path = fixture(
                QStringLiteral("urls.yaml"),
                "oid: o\napi_key: k\napi_url: https://127.0.0.1:8443\n"
                "jwt_url: http://localhost:9000/jwt\nstream_url: https://127.0.0.1:8444/\n"
                "env:\n  emu:\n    oid: e\n    api_key: ke\n    api_url: http://[::1]:8080\n"
                "  plain:\n    oid: p\n    api_key: kp\n"
                "  bad:\n    oid: b\n    api_key: kb\n    jwt_url: not a url\n");
        const CredentialsFile file = CredentialsFile::load(path);
        CredentialsError error;

        const Credentials byDefault = file.environment(QString(), &error);
        QVERIFY(!error.isError());
        QCOMPARE(byDefault.apiUrl, QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QCOMPARE(byDefault.jwtUrl, QUrl(QStringLiteral("http://localhost:9000/jwt")));
        QCOMPARE(byDefault.streamUrl, QUrl(QStringLiteral("https://127.0.0.1:8444/")));

        const Credentials emu = file.environment(QStringLiteral("emu"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(emu.apiUrl, QUrl(QStringLiteral("http://[::1]:8080")));
        QVERIFY(emu.jwtUrl.isEmpty());

        const Credentials plain = file.environment(QStringLiteral("plain"), &error);
        QVERIFY(!error.isError());
        QVERIFY(plain.apiUrl.isEmpty());

        file.environment(QStringLiteral("bad"), &error);
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QCOMPARE(error.line, 17);
        QVERIFY(error.message.contains(QLatin1String("jwt_url")));
    }

    void describeNeverShowsTheKey()
    {
        Credentials credentials;
        credentials.environment = QStringLiteral("lab");
        credentials.oid = QStringLiteral("o-1");
        credentials.apiKey = QStringLiteral("very-secret-key-value");
        credentials.apiUrl = QUrl(QStringLiteral("https://user:hunter2@127.0.0.1:8443"));
        credentials.source = Credentials::Source::Keychain;
        const QString text = credentials.describe();
        QVERIFY(text.contains(QLatin1String("lab")));
        QVERIFY(text.contains(QLatin1String("o-1")));
        QVERIFY(!text.contains(QLatin1String("very-secret-key-value")));
        QVERIFY(!text.contains(QLatin1String("hunter2")));
        QVERIFY(credentials.withoutKey().apiKey.isEmpty());
    }

    // --- Resolution -----------------------------------------------------------------------

    void environmentVariablesSkipTheFile()
    {
        // A broken file proves it is not even read.
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), "env: [\n");
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_OID"), QStringLiteral("7d2c1f0e-3b4a-4e5f"));
        environment.insert(QStringLiteral("LC_API_KEY"), QStringLiteral("5e3a9c1d-8f2b"));
        environment.insert(QStringLiteral("LC_UID"), QStringLiteral("user-1"));
        environment.insert(QStringLiteral("LC_CURRENT_ENV"), QStringLiteral("staging"));

        CredentialsError error;
        const Credentials credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(credentials.source, Credentials::Source::EnvironmentVariables);
        QCOMPARE(credentials.oid, QStringLiteral("7d2c1f0e-3b4a-4e5f"));
        QCOMPARE(credentials.uid, QStringLiteral("user-1"));
        QCOMPARE(credentials.apiKey, QStringLiteral("5e3a9c1d-8f2b"));
        QVERIFY(credentials.sourcePath.isEmpty());
    }

    void apiKeyAloneIsIncomplete()
    {
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_API_KEY"), QStringLiteral("k"));
        CredentialsError error;
        CredentialResolver(environment).resolve({}, &error);
        QCOMPARE(error.code, CredentialsError::Code::IncompleteEnvironment);
        QVERIFY(error.message.contains(QLatin1String("LC_OID")));
    }

    void oidWithoutApiKeyIsIgnored()
    {
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), SampleFile);
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_OID"), QStringLiteral("from-variable"));
        environment.insert(QStringLiteral("LC_UID"), QStringLiteral("uid-from-variable"));
        CredentialsError error;
        const Credentials credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(credentials.source, Credentials::Source::CredentialsFile);
        QCOMPARE(credentials.oid, QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001"));
        QVERIFY(credentials.uid.isEmpty());
    }

    void currentEnvironmentVariable_data()
    {
        QTest::addColumn<bool>("set");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedEnvironment");
        QTest::addColumn<QString>("expectedKey");
        QTest::newRow("unset") << false << QString() << QStringLiteral("default")
                               << QStringLiteral("11111111-2222-4333-8444-555555555555");
        QTest::newRow("empty") << true << QString() << QStringLiteral("default")
                               << QStringLiteral("11111111-2222-4333-8444-555555555555");
        QTest::newRow("staging") << true << QStringLiteral("staging") << QStringLiteral("staging")
                                 << QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa");
    }

    void currentEnvironmentVariable()
    {
        QFETCH(bool, set);
        QFETCH(QString, value);
        QFETCH(QString, expectedEnvironment);
        QFETCH(QString, expectedKey);
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), SampleFile);
        QProcessEnvironment environment = environmentWithHome();
        if (set)
            environment.insert(QStringLiteral("LC_CURRENT_ENV"), value);

        CredentialsError error;
        const Credentials credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(credentials.environment, expectedEnvironment);
        QCOMPARE(credentials.apiKey, expectedKey);
        QCOMPARE(credentials.sourcePath, m_home.filePath(QStringLiteral(".limacharlie")));
    }

    void explicitNameWins()
    {
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), SampleFile);
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_CURRENT_ENV"), QStringLiteral("userkey-env"));
        environment.insert(QStringLiteral("LC_OID"), QStringLiteral("variable-oid"));
        environment.insert(QStringLiteral("LC_API_KEY"), QStringLiteral("variable-key"));

        CredentialsError error;
        const CredentialResolver resolver(environment);
        const Credentials credentials = resolver.resolve(QStringLiteral("staging"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(credentials.environment, QStringLiteral("staging"));
        QCOMPARE(credentials.apiKey, QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa"));
        QCOMPARE(resolver.selectedEnvironment(), QStringLiteral("userkey-env"));
    }

    void missingEnvironmentListsTheOthers()
    {
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), SampleFile);
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_CURRENT_ENV"), QStringLiteral("prod"));
        CredentialsError error;
        CredentialResolver(environment).resolve({}, &error);
        QCOMPARE(error.code, CredentialsError::Code::EnvironmentNotFound);
        QVERIFY(error.message.contains(m_home.filePath(QStringLiteral(".limacharlie"))));
        QVERIFY2(error.message.contains(QLatin1String("staging, userkey-env, oauth-env, default")),
                 qPrintable(error.message));
    }

    void credsFileVariable()
    {
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")), SampleFile);
        const QString custom = fixture(QStringLiteral("custom-creds.yaml"),
                                       "oid: custom-oid\napi_key: custom-key\n");
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_CREDS_FILE"), custom);

        CredentialsError error;
        const CredentialResolver resolver(environment);
        QCOMPARE(resolver.credentialsFilePath(), custom);
        const Credentials credentials = resolver.resolve({}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(credentials.apiKey, QStringLiteral("custom-key"));
        QCOMPARE(credentials.sourcePath, custom);

        environment.insert(QStringLiteral("LC_CREDS_FILE"),
                           m_dir.filePath(QStringLiteral("nowhere.yaml")));
        CredentialResolver(environment).resolve({}, &error);
        QCOMPARE(error.code, CredentialsError::Code::FileNotFound);
        QVERIFY(error.message.contains(QLatin1String("LC_CREDS_FILE")));
        QVERIFY(error.message.contains(m_dir.filePath(QStringLiteral("nowhere.yaml"))));
    }

    void noCredentialsAtAll()
    {
        CredentialsError error;
        CredentialResolver(environmentWithHome()).resolve({}, &error);
        QCOMPARE(error.code, CredentialsError::Code::NoCredentials);
        QVERIFY(error.message.contains(m_home.filePath(QStringLiteral(".limacharlie"))));
        QVERIFY(error.message.contains(QLatin1String("LC_API_KEY")));
    }

    void urlVariablesWin()
    {
        test::writeFile(m_home.filePath(QStringLiteral(".limacharlie")),
                        "oid: o\napi_key: k\napi_url: https://file.example:1\n"
                        "jwt_url: https://file.example:2\n");
        QProcessEnvironment environment = environmentWithHome();
        environment.insert(QStringLiteral("LC_API_URL"), QStringLiteral("http://127.0.0.1:8080"));
        environment.insert(QStringLiteral("LC_STREAM_URL"), QStringLiteral("wss://127.0.0.1:9"));

        CredentialsError error;
        Credentials credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(credentials.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(credentials.jwtUrl, QUrl(QStringLiteral("https://file.example:2")));
        QCOMPARE(credentials.streamUrl, QUrl(QStringLiteral("wss://127.0.0.1:9")));

        // They apply to environment-variable credentials too.
        environment.insert(QStringLiteral("LC_OID"), QStringLiteral("o2"));
        environment.insert(QStringLiteral("LC_API_KEY"), QStringLiteral("k2"));
        credentials = CredentialResolver(environment).resolve({}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(credentials.source, Credentials::Source::EnvironmentVariables);
        QCOMPARE(credentials.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(credentials.jwtUrl.isEmpty());

        environment.insert(QStringLiteral("LC_JWT_URL"), QStringLiteral("ftp://x:secret@h/"));
        CredentialResolver(environment).resolve({}, &error);
        QCOMPARE(error.code, CredentialsError::Code::InvalidContent);
        QVERIFY(error.message.contains(QLatin1String("LC_JWT_URL")));
        QVERIFY(!error.message.contains(QLatin1String("secret")));
    }

    void defaultPath()
    {
        QProcessEnvironment environment = environmentWithHome();
        QCOMPARE(CredentialsFile::defaultPath(environment),
                 m_home.filePath(QStringLiteral(".limacharlie")));
        environment.insert(QStringLiteral("LC_CREDS_FILE"), QString());
        QCOMPARE(CredentialsFile::defaultPath(environment),
                 m_home.filePath(QStringLiteral(".limacharlie")));
        environment.insert(QStringLiteral("LC_CREDS_FILE"), QStringLiteral("/elsewhere/creds"));
        QCOMPARE(CredentialsFile::defaultPath(environment), QStringLiteral("/elsewhere/creds"));
    }

    // --- use --------------------------------------------------------------------------------

    void useListing()
    {
        const CredentialsFile file = CredentialsFile::parse(
                "oid: o\napi_key: k\nenv:\n  staging:\n    oid: s\n    api_key: ks\n"
                "  prod:\n    oid: p\n    api_key: kp\n",
                QStringLiteral("/fixture"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LC_CURRENT_ENV"), QStringLiteral("prod"));
        QCOMPARE(file.useListing(environment),
                 QStringLiteral("Current environment: prod\n"
                                "\n"
                                "Available environments:\n"
                                "staging\n"
                                "prod\n"
                                "default\n"
                                "\n"
                                "lcdesk use <environment_name> to change environment\n"));
    }

    void useListingWithoutEnvSection()
    {
        const CredentialsFile file =
                CredentialsFile::parse("oid: o\napi_key: k\n", QStringLiteral("/fixture"));
        QCOMPARE(file.useListing(QProcessEnvironment()),
                 QStringLiteral("Current environment: default\n"
                                "\n"
                                "Available environments:\n"
                                "default\n"
                                "\n"
                                "lcdesk use <environment_name> to change environment\n"));

        // Top-level oid without api_key: not offered as "default".
        const CredentialsFile noKey = CredentialsFile::parse(
                "oid: o\nenv:\n  a:\n    oid: x\n    api_key: y\n", QStringLiteral("/fixture"));
        QProcessEnvironment emptyCurrent;
        emptyCurrent.insert(QStringLiteral("LC_CURRENT_ENV"), QString());
        QCOMPARE(noKey.useListing(emptyCurrent),
                 QStringLiteral("Current environment: default\n"
                                "\n"
                                "Available environments:\n"
                                "a\n"
                                "\n"
                                "lcdesk use <environment_name> to change environment\n"));
    }

    void useExportLine()
    {
        const CredentialsFile withEnv =
                CredentialsFile::parse(SampleFile, QStringLiteral("/fixture"));
        CredentialsError error;
        QCOMPARE(withEnv.useExportLine(QStringLiteral("staging"), &error),
                 QStringLiteral("export LC_CURRENT_ENV=\"staging\""));
        QVERIFY(!error.isError());
        QCOMPARE(withEnv.useExportLine(QString(), &error),
                 QStringLiteral("export LC_CURRENT_ENV=\"default\""));

        QVERIFY(withEnv.useExportLine(QStringLiteral("prod"), &error).isEmpty());
        QCOMPARE(error.code, CredentialsError::Code::EnvironmentNotFound);
        QVERIFY(error.message.contains(QLatin1String("/fixture")));
        QVERIFY(error.message.contains(QLatin1String("staging")));

        // The original CLI crashed here (no env: key).
        const CredentialsFile noEnv =
                CredentialsFile::parse("oid: o\napi_key: k\n", QStringLiteral("/fixture"));
        QCOMPARE(noEnv.useExportLine(QStringLiteral("default"), &error),
                 QStringLiteral("export LC_CURRENT_ENV=\"default\""));
        QVERIFY(!error.isError());

        const CredentialsFile noDefault = CredentialsFile::parse(
                "env:\n  a:\n    oid: x\n    api_key: y\n", QStringLiteral("/fixture"));
        QVERIFY(noDefault.useExportLine(QStringLiteral("default"), &error).isEmpty());
        QCOMPARE(error.code, CredentialsError::Code::EnvironmentNotFound);

        const CredentialsFile hostile =
                CredentialsFile::parse("env:\n  'a\"; rm -rf ~; \"':\n    oid: x\n    api_key: y\n",
                                       QStringLiteral("/fixture"));
        QVERIFY(hostile.useExportLine(QStringLiteral("a\"; rm -rf ~; \""), &error).isEmpty());
        QCOMPARE(error.code, CredentialsError::Code::InvalidName);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsFile)
#include "tst_credentialsfile.moc"
