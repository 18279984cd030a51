// SPDX-License-Identifier: GPL-3.0-or-later
// What LC Desk says about itself: `lcdesk --version` and Help > About LC Desk (version, Qt,
// licence, the bundled rules' licence and attribution, About Qt), on the offscreen platform.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include "AboutDialog.h"
#include "Application.h"
#include "GuiTestMain.h"
#include "MainWindow.h"

using namespace lc;
using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void versionText();
    void helpMenuOpensAbout();
    void aboutNamesVersionAndLicences();
    void aboutQtOpensFromTheDialog();
    void builtInIcon();

private:
    AboutDialog* openAbout(MainWindow& window);
};

void TestAboutDialog::versionText()
{
    const QStringList lines = Application::versionText().split(u'\n');
    QCOMPARE(lines.value(0), u"lcdesk (LC Desk) " LCDESK_VERSION ""_s);
    QCOMPARE(lines.value(1), u"Qt %1 (built with Qt %2)"_s.arg(QString::fromLatin1(qVersion()),
                                                               QStringLiteral(QT_VERSION_STR)));
    QVERIFY(lines.value(2).startsWith(u"Licence GPL-3.0-or-later: GNU GPL version 3 or later"_s));
    QVERIFY(Application::versionText().endsWith(u'\n'));
}

AboutDialog* TestAboutDialog::openAbout(MainWindow& window)
{
    auto* about = window.findChild<QAction*>(u"AboutAction"_s);
    if (!about)
        return nullptr;
    about->trigger();
    return window.findChild<AboutDialog*>();
}

void TestAboutDialog::helpMenuOpensAbout()
{
    MainWindow window;
    window.show();

    // Help is the last menu, as desktops expect, and holds both About entries.
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu* help = menus.constLast()->menu();
    QVERIFY(help);
    QCOMPARE(help->title(), u"&Help"_s);
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    for (QAction* action : help->actions()) {
        if (action->objectName() == u"AboutAction"_s)
            about = action;
        else if (action->objectName() == u"AboutQtAction"_s)
            aboutQt = action;
    }
    QVERIFY(about && aboutQt);
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);

    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), u"About LC Desk"_s);

    // A second time brings the same dialog forward.
    QCOMPARE(openAbout(window), dialog);
    QCOMPARE(window.findChildren<AboutDialog*>().size(), 1);

    dialog->close();
    QTRY_COMPARE(window.findChildren<AboutDialog*>().size(), 0);
}

void TestAboutDialog::aboutNamesVersionAndLicences()
{
    MainWindow window;
    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);

    const QString version = dialog->versionLabel()->text();
    QVERIFY2(version.contains(u"LC Desk " LCDESK_VERSION ""_s), qPrintable(version));
    QVERIFY2(version.contains(QString::fromLatin1(qVersion())), qPrintable(version));

    const QString licence = dialog->licenceLabel()->text();
    QVERIFY2(licence.contains(u"GPL-3.0-or-later"_s), qPrintable(licence));
    QVERIFY(licence.contains(u"GNU General Public License"_s));
    QVERIFY(licence.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));

    const QString data = dialog->bundledDataLabel()->text();
    QVERIFY2(data.contains(u"Detection Rule License (DRL) 1.1"_s), qPrintable(data));
    QVERIFY(data.contains(u"https://github.com/refractionPOINT/sigma-limacharlie"_s));
    QVERIFY(data.contains(u"SigmaHQ"_s));
    QVERIFY(data.contains(u"authors"_s));
    QVERIFY(data.contains(u"JSON for Modern C++"_s));
    // The test runs from the build tree, where no licence folder is installed beside it.
    QVERIFY(!data.contains(u"licence texts are in"_s));
    QVERIFY(dialog->bundledDataLabel()->openExternalLinks());
}

void TestAboutDialog::aboutQtOpensFromTheDialog()
{
    MainWindow window;
    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);

    // About Qt is a modal message box: note its title and close it from the event loop.
    QString seenTitle;
    QTimer::singleShot(0, this, [&seenTitle] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        seenTitle = modal->windowTitle();
        modal->close();
    });
    dialog->aboutQtButton()->click();
    QVERIFY2(seenTitle.contains(u"Qt"_s), qPrintable(seenTitle));
}

void TestAboutDialog::builtInIcon()
{
    const QIcon icon = AboutDialog::applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    QVERIFY2(sizes.contains(QSize(256, 256)) || !icon.name().isEmpty(), "no 256 px icon");
    QCOMPARE(icon.pixmap(48, 48).size(), QSize(48, 48));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestAboutDialog>(argc, argv, "tst_packaging_AboutDialog");
}

#include "TestAboutDialog.moc"
