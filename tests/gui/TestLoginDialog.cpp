// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in from the window: input checks, the session-only path when there is no keychain
// (the test runs without a D-Bus session bus), a login against the emulator, and a refused
// key reported as an inline banner that offers to log in again.
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "EmulatorProcess.h"
#include "GuiTestMain.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/ConnectionIndicator.h"
#include "auth/LoginDialog.h"
#include "auth/LoginFlow.h"
#include "credentials/CredentialManager.h"
#include "session/EnvironmentCatalog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "widgets/BannerArea.h"

using namespace lc;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 20'000;

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void noKeychainMeansSessionOnly();
    void sessionLoginConnects();
    void refusedKeyOffersLogin();

private:
    LoginDialog* openDialog(MainWindow& window);
    void fill(LoginDialog* dialog, const QString& name, const QString& key);

    lctest::EmulatorProcess m_emulator;
};

void TestLoginDialog::initTestCase()
{
    QVERIFY2(m_emulator.start({QStringLiteral("--sensors"), QStringLiteral("12")}),
             qPrintable(m_emulator.errorString()));
}

void TestLoginDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("oid");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("error");

    const QString oid = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
    QTest::newRow("complete") << u"prod"_s << oid << u"key"_s << QString() << QString();
    QTest::newRow("no oid") << u"prod"_s << QString() << u"key"_s << QString()
                            << u"Enter the organisation ID."_s;
    QTest::newRow("oid not a uuid") << u"prod"_s << u"1234"_s << u"key"_s << QString()
                                    << u"The organisation ID must be a UUID"_s;
    QTest::newRow("no key") << u"prod"_s << oid << QString() << QString()
                            << u"Enter the API key."_s;
    QTest::newRow("bad url") << u"prod"_s << oid << u"key"_s << u"ftp://x"_s << u"API URL"_s;
    QTest::newRow("good url") << u"prod"_s << oid << u"key"_s << u"https://lc.example.org"_s
                              << QString();
}

void TestLoginDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, oid);
    QFETCH(QString, key);
    QFETCH(QString, apiUrl);
    QFETCH(QString, error);

    LoginDialog dialog;
    dialog.setEnvironmentName(name);
    dialog.setOid(oid);
    dialog.apiKeyEdit()->setText(key);
    if (!apiUrl.isEmpty()) {
        dialog.serverToggle()->setChecked(true);
        dialog.apiUrlEdit()->setText(apiUrl);
    }
    QSignalSpy submitted(&dialog, &LoginDialog::submitted);
    dialog.accept();

    QCOMPARE(submitted.size(), error.isEmpty() ? 1 : 0);
    QVERIFY2(dialog.errorLabel()->text().contains(error), qPrintable(dialog.errorLabel()->text()));
    if (error.isEmpty() && !apiUrl.isEmpty())
        QCOMPARE(dialog.credentials().apiUrl, QUrl(apiUrl));
}

LoginDialog* TestLoginDialog::openDialog(MainWindow& window)
{
    window.showLogin();
    LoginDialog* dialog = window.loginFlow()->dialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestLoginDialog::fill(LoginDialog* dialog, const QString& name, const QString& key)
{
    dialog->environmentEdit()->clear();
    QTest::keyClicks(dialog->environmentEdit(), name);
    QTest::keyClicks(dialog->oidEdit(), m_emulator.oid());
    QTest::keyClicks(dialog->apiKeyEdit(), key);
    dialog->serverToggle()->setChecked(true);
    QTest::keyClicks(dialog->apiUrlEdit(), m_emulator.api().toString());
    QTest::keyClicks(dialog->jwtUrlEdit(), m_emulator.jwt().toString());
    QTest::keyClicks(dialog->streamUrlEdit(), m_emulator.stream().toString());
}

void TestLoginDialog::noKeychainMeansSessionOnly()
{
    CredentialManager credentials({}, QStringLiteral("lcdesk-gui-test"));
    MainWindow window(&credentials);
    LoginDialog* dialog = openDialog(window);
    QVERIFY(dialog);

    // Without a Secret Service the dialog says so and only offers this session.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keychainOption()->isEnabled(), TimeoutMs);
    QVERIFY(dialog->sessionOption()->isChecked());
    QVERIFY(!dialog->saveToKeychain());
    QCOMPARE(dialog->credentials().source, Credentials::Source::Session);
    dialog->reject();
}

void TestLoginDialog::sessionLoginConnects()
{
    CredentialManager credentials({}, QStringLiteral("lcdesk-gui-test"));
    MainWindow window(&credentials);
    window.show();
    LoginDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keychainOption()->isEnabled(), TimeoutMs);
    fill(dialog, QStringLiteral("emulated"), m_emulator.apiKey());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), OrgSession::State::Connected, TimeoutMs);
    QCOMPARE(window.sessionHost()->currentEntryId(), QStringLiteral("lcdesk:emulated"));
    QCOMPARE(window.session()->client()->endpoints().api, m_emulator.api());
    QTRY_VERIFY(window.loginFlow()->dialog() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionIndicator()->stateLabel()->text().startsWith(
                                     QStringLiteral("Connected to")),
                             TimeoutMs);

    const EnvironmentCatalog::Entry* entry =
            window.catalog()->find(QStringLiteral("lcdesk:emulated"));
    QVERIFY(entry);
    QCOMPARE(entry->keyStatus, CredentialManager::KeyStatus::SessionOnly);

    // A session-only key is nowhere on disk.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_emulator.apiKey().toUtf8()),
                 qPrintable(file.fileName()));
    }
}

void TestLoginDialog::refusedKeyOffersLogin()
{
    CredentialManager credentials({}, QStringLiteral("lcdesk-gui-test"));
    MainWindow window(&credentials);
    window.show();
    LoginDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->keychainOption()->isEnabled(), TimeoutMs);
    fill(dialog, QStringLiteral("refused"), QStringLiteral("d3e0dead-0000-4000-8000-00000000ffff"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), OrgSession::State::Failed, TimeoutMs);
    InlineBanner* banner = nullptr;
    QTRY_VERIFY((banner = window.banners()->banner(QStringLiteral("session"))) != nullptr);
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY(banner->actionButton()->isVisible());

    // The banner's action brings the dialog back for the same environment.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(window.loginFlow()->dialog() != nullptr);
    QCOMPARE(window.loginFlow()->dialog()->environmentEdit()->text(), QStringLiteral("refused"));
    QCOMPARE(window.loginFlow()->dialog()->oidEdit()->text(), m_emulator.oid());
    QVERIFY(window.loginFlow()->dialog()->serverToggle()->isChecked());
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestLoginDialog>(argc, argv, "tst_gui_LoginDialog");
}

#include "TestLoginDialog.moc"
