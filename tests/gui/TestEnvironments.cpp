// SPDX-License-Identifier: GPL-3.0-or-later
// Where organisations come from: the limacharlie command's credentials file (pointed at the
// emulator through its api_url/jwt_url keys), LC_* variables and the demo, all in the
// switcher; the start-up choice; a broken file; importing without a keychain.
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "EmulatorProcess.h"
#include "GuiTestMain.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/EnvironmentSwitcher.h"
#include "auth/LoginFlow.h"
#include "credentials/CredentialManager.h"
#include "session/EnvironmentCatalog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "widgets/BannerArea.h"

using namespace lc;

namespace {

constexpr int TimeoutMs = 20'000;
const QString KeychainService = QStringLiteral("lcdesk-gui-test");

} // namespace

class TestEnvironments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void switcherListsEverySource();
    void pickingAFileEnvironmentConnects();
    void startupFollowsLcCurrentEnv();
    void environmentVariablesWinOverTheRememberedChoice();
    void brokenFileIsAWarning();
    void importWithoutKeychainSaysSo();

private:
    void writeCredentialsFile(const QByteArray& content);
    int indexOf(EnvironmentSwitcher* switcher, const QString& id) const;

    lctest::EmulatorProcess m_emulator;
    QString m_path;
};

void TestEnvironments::initTestCase()
{
    QVERIFY2(m_emulator.start({QStringLiteral("--sensors"), QStringLiteral("8")}),
             qPrintable(m_emulator.errorString()));
    m_path = qEnvironmentVariable("HOME") + QStringLiteral("/.limacharlie");
}

void TestEnvironments::init()
{
    const QString yaml = QStringLiteral("oid: %1\napi_key: %2\napi_url: %3\njwt_url: %4\n"
                                        "env:\n  lab:\n    oid: %1\n    api_key: %2\n"
                                        "    api_url: %3\n    jwt_url: %4\n")
                                 .arg(m_emulator.oid(), m_emulator.apiKey(),
                                      m_emulator.api().toString(), m_emulator.jwt().toString());
    writeCredentialsFile(yaml.toUtf8());
    qputenv("LC_API_KEY", m_emulator.apiKey().toUtf8());
    qputenv("LC_OID", m_emulator.oid().toUtf8());
    qunsetenv("LC_CURRENT_ENV");
}

void TestEnvironments::writeCredentialsFile(const QByteArray& content)
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    file.write(content);
}

int TestEnvironments::indexOf(EnvironmentSwitcher* switcher, const QString& id) const
{
    for (int i = 0; i < switcher->count(); ++i) {
        if (switcher->itemData(i, Qt::UserRole + 1).toString() == id)
            return i;
    }
    return -1;
}

void TestEnvironments::switcherListsEverySource()
{
    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    EnvironmentSwitcher* switcher = window.environmentSwitcher();

    for (const QString& id : {QStringLiteral("file:lab"), QStringLiteral("file:default"),
                              QStringLiteral("env"), QStringLiteral("demo")})
        QVERIFY2(indexOf(switcher, id) >= 0, qPrintable(id));
    const int lab = indexOf(switcher, QStringLiteral("file:lab"));
    QVERIFY(switcher->itemText(lab).contains(QStringLiteral("lab")));
    QVERIFY(switcher->itemData(lab, Qt::ToolTipRole).toString().contains(m_path));
    // No key in any label or tooltip.
    for (int i = 0; i < switcher->count(); ++i) {
        QVERIFY(!switcher->itemText(i).contains(m_emulator.apiKey()));
        QVERIFY(!switcher->itemData(i, Qt::ToolTipRole).toString().contains(m_emulator.apiKey()));
    }
}

void TestEnvironments::pickingAFileEnvironmentConnects()
{
    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    window.show();
    EnvironmentSwitcher* switcher = window.environmentSwitcher();

    const int lab = indexOf(switcher, QStringLiteral("file:lab"));
    switcher->setCurrentIndex(lab);
    emit switcher->activated(lab);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), OrgSession::State::Connected, TimeoutMs);
    QCOMPARE(window.sessionHost()->currentEntryId(), QStringLiteral("file:lab"));
    QCOMPARE(window.session()->client()->endpoints().api, m_emulator.api());
    QCOMPARE(switcher->currentId(), QStringLiteral("file:lab"));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("(demo)")));
    QVERIFY(window.banners()->banner(QStringLiteral("demo")) == nullptr);
}

void TestEnvironments::startupFollowsLcCurrentEnv()
{
    // Without a remembered choice and without LC_API_KEY, the SDK's rule: $LC_CURRENT_ENV.
    qunsetenv("LC_API_KEY");
    qputenv("LC_CURRENT_ENV", "lab");
    CredentialManager credentials({}, KeychainService);
    QSettings().remove(QStringLiteral("Session/lastEnvironment"));
    MainWindow window(&credentials);
    window.openStartupEnvironment();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, TimeoutMs);
    QCOMPARE(window.sessionHost()->currentEntryId(), QStringLiteral("file:lab"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), OrgSession::State::Connected, TimeoutMs);
}

void TestEnvironments::brokenFileIsAWarning()
{
    writeCredentialsFile("oid: [unclosed\n");
    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    InlineBanner* banner = window.banners()->banner(QStringLiteral("credentials-file"));
    QVERIFY(banner);
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral(".limacharlie")), qPrintable(banner->text()));
    // The other sources still work.
    QVERIFY(window.catalog()->find(QStringLiteral("env")));
    QVERIFY(window.catalog()->find(QStringLiteral("demo")));
}

void TestEnvironments::importWithoutKeychainSaysSo()
{
    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    QSignalSpy finished(window.loginFlow(), &LoginFlow::importFinished);
    window.loginFlow()->importFromCredentialsFile();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(finished.first().at(1).toInt(), 2);

    InlineBanner* banner = window.banners()->banner(QStringLiteral("import"));
    QVERIFY(banner);
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(banner->text()));
    QVERIFY(credentials.environments().isEmpty());
}

void TestEnvironments::environmentVariablesWinOverTheRememberedChoice()
{
    // LC_API_KEY in the environment is the SDK's first source, even after a demo session.
    CredentialManager credentials({}, KeychainService);
    QSettings().setValue(QStringLiteral("Session/lastEnvironment"), QStringLiteral("demo"));
    MainWindow window(&credentials);
    window.openStartupEnvironment();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, TimeoutMs);
    QCOMPARE(window.sessionHost()->currentEntryId(), QStringLiteral("env"));
    QVERIFY(!window.session()->isDemo());
    QSettings().remove(QStringLiteral("Session/lastEnvironment"));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestEnvironments>(argc, argv, "tst_gui_Environments");
}

#include "TestEnvironments.moc"
