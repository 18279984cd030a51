// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "IntegrationChecks.h"

using namespace lctest;
using namespace Qt::StringLiterals;

// `lcdesk login` with a real keychain (gnome-keyring in a private D-Bus session) and without
// any keychain; run through tests/credentials/run-with-keyring.sh, which sets
// LCDESK_TEST_MODE.
class TestCliLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginStoresInKeychainAndIsUsed();
    void loginWithoutKeychainFailsFastAndWritesNothing();
    void plaintextOnlyWhenAsked();

private:
    CliRunner runner() const;
    // Every file under the test's home that holds the key.
    QStringList filesContainingKey() const;

    EmulatorProcess m_emulator;
    QTemporaryDir m_home;
    QString m_mode;
};

void TestCliLogin::initTestCase()
{
    m_mode = qEnvironmentVariable("LCDESK_TEST_MODE");
    if (m_mode.isEmpty())
        QSKIP("run through tests/credentials/run-with-keyring.sh");
    LCTEST_START_EMULATOR(m_emulator, QStringList{u"--sensors"_s, u"12"_s});
}

CliRunner TestCliLogin::runner() const
{
    CliRunner cli(m_home.path());
    cli.useEmulator(m_emulator, false);
    return cli;
}

QStringList TestCliLogin::filesContainingKey() const
{
    QStringList hits;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)
            && file.readAll().contains(m_emulator.apiKey().toLatin1()))
            hits.append(file.fileName());
    }
    return hits;
}

void TestCliLogin::loginStoresInKeychainAndIsUsed()
{
    if (m_mode != u"keyring"_s)
        QSKIP("needs the keyring mode");

    CliRun run = runner().run({u"login"_s, u"--oid"_s, m_emulator.oid(), u"--env"_s, u"lab"_s,
                               u"--api-key-file"_s, u"-"_s},
                              m_emulator.apiKey().toLatin1() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("keychain"));

    run = runner().run({u"sensors"_s, u"--env"_s, u"lab"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 12);

    QVERIFY2(filesContainingKey().isEmpty(), qPrintable(filesContainingKey().join(u' ')));
}

void TestCliLogin::loginWithoutKeychainFailsFastAndWritesNothing()
{
    if (m_mode == u"keyring"_s)
        QSKIP("needs a session without a keychain");

    const CliRun run = runner().run({u"login"_s, u"--oid"_s, m_emulator.oid(), u"--env"_s, u"lab"_s,
                                     u"--api-key-file"_s, u"-"_s},
                                    m_emulator.apiKey().toLatin1() + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.elapsedMs < 5'000, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(run.err.contains("keychain") || run.err.contains("Keychain"), run.err.constData());
    QVERIFY2(run.err.contains("--plaintext-for-official-cli"), run.err.constData());
    QVERIFY2(filesContainingKey().isEmpty(), qPrintable(filesContainingKey().join(u' ')));

    // Nothing half-saved: the environment is not left behind without its key.
    const CliRun later = runner().run({u"sensors"_s, u"--env"_s, u"lab"_s});
    QCOMPARE(later.exitCode, 3);
    QVERIFY2(!later.err.contains("keychain"), later.err.constData());
}

void TestCliLogin::plaintextOnlyWhenAsked()
{
    const CliRun run =
            runner().run({u"login"_s, u"--oid"_s, m_emulator.oid(), u"--env"_s, u"cli"_s,
                          u"--api-key-file"_s, u"-"_s, u"--plaintext-for-official-cli"_s},
                         m_emulator.apiKey().toLatin1() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QString path = m_home.filePath(u".limacharlie"_s);
    QCOMPARE(filesContainingKey(), QStringList{path});
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
