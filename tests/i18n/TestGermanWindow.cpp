// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded translations at run time: a German locale gets the German main window (tabs,
// menus, plural forms) with one shortcut letter per entry in each menu; English and a
// language LC Desk does not ship keep the English text and its plural forms.
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include "GuiTestMain.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "credentials/CredentialManager.h"

using namespace lc;

namespace {

const QString KeychainService = QStringLiteral("lcdesk-i18n-test");

void removeTranslations()
{
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString sensors(int count)
{
    return QCoreApplication::translate("lc::CliCommands", "%n sensor(s)", nullptr, count);
}

QStringList tabTexts(const MainWindow& window)
{
    QStringList texts;
    for (int i = 0; i < window.tabs()->count(); ++i)
        texts << window.tabs()->tabText(i);
    return texts;
}

// The entries of a menu (or the menu bar) that share a shortcut letter, as "A: x, y".
QStringList clashes(const QList<QAction*>& actions)
{
    QMultiMap<QString, QString> byLetter;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString letter = QKeySequence::mnemonic(action->text()).toString();
        if (!letter.isEmpty())
            byLetter.insert(letter, action->text());
    }
    QStringList found;
    for (const QString& letter : byLetter.uniqueKeys()) {
        if (byLetter.count(letter) > 1)
            found << letter + QStringLiteral(": ") + byLetter.values(letter).join(u", ");
    }
    return found;
}

} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void shipsGermanAndEnglish();
    void englishKeepsItsPluralForms();
    void unshippedLanguageFallsBackToEnglish();
    void germanLocaleGetsGermanWindow();
    void germanMenusHaveUniqueShortcuts();
};

void TestGermanWindow::cleanup()
{
    removeTranslations();
}

void TestGermanWindow::shipsGermanAndEnglish()
{
    const QStringList languages = TranslationLoader::shippedLanguages();
    QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u' ')));
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u' ')));
}

void TestGermanWindow::englishKeepsItsPluralForms()
{
    const QStringList installed =
            TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(installed, QStringList{QStringLiteral("en")});

    QCOMPARE(sensors(1), QStringLiteral("1 sensor"));
    QCOMPARE(sensors(3), QStringLiteral("3 sensors"));
    CredentialManager credentials({}, KeychainService);
    const MainWindow window(&credentials);
    QCOMPARE(tabTexts(window).value(0), QStringLiteral("Sensors"));
}

void TestGermanWindow::unshippedLanguageFallsBackToEnglish()
{
    const QStringList installed =
            TranslationLoader::install(*qApp, QLocale(QLocale::French, QLocale::France));
    QCOMPARE(installed, QStringList{QStringLiteral("en")});
    QCOMPARE(sensors(2), QStringLiteral("2 sensors"));
}

void TestGermanWindow::germanLocaleGetsGermanWindow()
{
    const QStringList installed =
            TranslationLoader::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(installed.mid(0, 2) == (QStringList{QStringLiteral("en"), QStringLiteral("de")}),
             qPrintable(installed.join(u' ')));

    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    window.show();
    QCOMPARE(tabTexts(window),
             (QStringList{QStringLiteral("Sensoren"), QStringLiteral("Live-Ereignisse"),
                          QStringLiteral("Regeln"), QStringLiteral("Konsole")}));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Verbindung")), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u' ')));

    // Both German plural forms, and English only where no German text exists.
    QCOMPARE(sensors(1), QStringLiteral("1 Sensor"));
    QCOMPARE(sensors(5), QStringLiteral("5 Sensoren"));
    QCOMPARE(QCoreApplication::translate("lc::MainWindow", "no such text"),
             QStringLiteral("no such text"));
}

void TestGermanWindow::germanMenusHaveUniqueShortcuts()
{
    TranslationLoader::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
    CredentialManager credentials({}, KeychainService);
    MainWindow window(&credentials);
    window.show();

    QStringList found = clashes(window.menuBar()->actions());
    int menus = 0;
    for (QAction* action : window.menuBar()->actions()) {
        if (QMenu* menu = action->menu()) {
            ++menus;
            for (const QString& clash : clashes(menu->actions()))
                found << menu->title() + QStringLiteral(" › ") + clash;
        }
    }
    QVERIFY2(menus >= 5, qPrintable(QString::number(menus)));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestGermanWindow>(argc, argv, "i18n-test");
}

#include "TestGermanWindow.moc"
