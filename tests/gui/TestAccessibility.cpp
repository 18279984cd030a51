// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader use of the main window on the offscreen platform: every widget
// that takes focus on the pages and dialogs has an accessible name; the command palette lists
// the menus' commands with their shortcuts, filters and runs one; a dark palette is not
// painted over with light colours; Copy Diagnostics holds no key. The demo organisation
// (lcdesk-emulator on loopback) fills the pages that need a session.
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "GuiTestMain.h"
#include "LcDesk.h"
#include "MainWindow.h"
#include "auth/LoginDialog.h"
#include "auth/LoginFlow.h"
#include "console/ConsolePage.h"
#include "demo/DemoServer.h"
#include "diagnostics/DiagnosticLog.h"
#include "diagnostics/DiagnosticsMenu.h"
#include "live/LiveEventView.h"
#include "palette/CommandPalette.h"
#include "palette/CommandPaletteModel.h"
#include "sensors/SensorListView.h"
#include "sensors/SensorSelection.h"
#include "sensors/SensorStore.h"
#include "sensors/TagDialog.h"
#include "sensors/TaskDialog.h"
#include "sensors/UntagDialog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "spotcheck/SpotCheckDialog.h"
#include "sync/SyncView.h"
#include "widgets/BannerArea.h"

using namespace lc;
using namespace Qt::StringLiterals;

namespace {

constexpr int LoadTimeoutMs = 60'000;

// Where a widget sits, so a failure can be found in the code: class, object name and the
// texts a person would see, then its parents.
QString describe(const QWidget* widget)
{
    QStringList chain;
    for (const QWidget* at = widget; at != nullptr && chain.size() < 5; at = at->parentWidget()) {
        QString part = QString::fromLatin1(at->metaObject()->className());
        if (!at->objectName().isEmpty())
            part += QLatin1Char('#') + at->objectName();
        chain << part;
    }
    QString hints;
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        hints += QStringLiteral(" placeholder \"%1\"").arg(edit->placeholderText());
    if (!widget->toolTip().isEmpty())
        hints += QStringLiteral(" tooltip \"%1\"").arg(widget->toolTip());
    return chain.join(QStringLiteral(" < ")) + hints;
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

// Visible widgets under root (itself included) that take focus but would be read out as
// nothing: neither an accessible name, nor a text of their own, nor a label naming them.
QStringList unnamedFocusWidgets(QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus
            || widget->focusProxy() != nullptr || widget->window() != root->window())
            continue;
        if (accessibleName(widget).isEmpty())
            problems << describe(widget);
    }
    return problems;
}

// Tab order against reading order in a window: Tab should move right along a row, then down,
// never back up (except into the next pane to the right). The chain is circular, so it is read from
// the widget nearest the top left.
QStringList focusOrderProblems(QWidget* root)
{
    QList<QWidget*> chain;
    QWidget* widget = root;
    for (int guard = 0; guard < 1000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == root)
            break;
        if (!root->isAncestorOf(widget) || !widget->isVisible() || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() != nullptr)
            continue;
        chain << widget;
    }
    if (chain.size() < 2)
        return {};

    const auto rectOf = [root](const QWidget* w) {
        return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
    };
    const auto readingOrder = [&rectOf](const QWidget* a, const QWidget* b) {
        const QRect ra = rectOf(a);
        const QRect rb = rectOf(b);
        return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
    };
    const auto first = std::min_element(chain.begin(), chain.end(), readingOrder);
    std::rotate(chain.begin(), first, chain.end());

    QStringList problems;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect previous = rectOf(chain.at(i - 1));
        const QRect next = rectOf(chain.at(i));
        // Widgets whose vertical extents overlap share a row.
        const bool sameRow = next.top() < previous.bottom() && previous.top() < next.bottom();
        // A pane to the right (side-by-side columns) is read after the one on the left.
        const bool nextColumn = next.left() >= previous.right();
        const bool backwards = sameRow ? next.left() < previous.left()
                                       : !nextColumn && next.top() < previous.top();
        if (backwards)
            problems << QStringLiteral("%1 -> %2")
                                .arg(describe(chain.at(i - 1)), describe(chain.at(i)));
    }
    return problems;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Visible widgets that are mostly light pixels in a dark-themed grab of their window: a
// colour written into the code instead of taken from the palette. Only the innermost such
// widget is named.
QStringList lightOnDark(QWidget* window)
{
    const QImage image = window->grab().toImage();
    QList<QWidget*> light;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window || widget->width() < 16
            || widget->height() < 8)
            continue;
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const qreal scale = image.width() / qreal(window->width());
        const QRect pixels(QPoint(qRound(area.left() * scale), qRound(area.top() * scale)),
                           QPoint(qRound(area.right() * scale), qRound(area.bottom() * scale)));
        const QRect inside = pixels.intersected(image.rect());
        if (inside.isEmpty())
            continue;
        qint64 total = 0;
        qint64 bright = 0;
        for (int y = inside.top(); y <= inside.bottom(); y += 2) {
            for (int x = inside.left(); x <= inside.right(); x += 2) {
                ++total;
                if (QColor(image.pixel(x, y)).lightness() > 190)
                    ++bright;
            }
        }
        if (total > 0 && bright * 2 > total)
            light << widget;
    }
    QStringList problems;
    for (QWidget* widget : std::as_const(light)) {
        const bool hasLightChild = std::any_of(light.begin(), light.end(), [widget](QWidget* w) {
            return w != widget && widget->isAncestorOf(w);
        });
        if (!hasLightChild)
            problems << describe(widget);
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesWithoutServerHaveNames();
    void dialogsWithoutServerHaveNames();
    void menusHaveDistinctMnemonics();
    void paletteListsMenuCommandsWithShortcuts();
    void paletteFiltersAndRuns();
    void paletteExplainsDisabledCommands();
    void paletteSaysWhyOnThePageInFront();
    void darkPaletteIsRespected();
    void demoPagesHaveNames();
    void copyDiagnosticsHoldsNoKey();

private:
    void openDemo();
    CommandPalette* palette() const;

    std::unique_ptr<MainWindow> m_window;
    QStringList m_problems;
};

void TestAccessibility::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The log the application writes, in this test's throw-away home.
    DiagnosticLog::install({});
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

CommandPalette* TestAccessibility::palette() const
{
    return m_window->findChild<CommandPalette*>();
}

void TestAccessibility::pagesWithoutServerHaveNames()
{
    QStringList problems = unnamedFocusWidgets(m_window.get());
    for (const auto show : {&MainWindow::showSensors, &MainWindow::showLiveEvents,
                            &MainWindow::showRules, &MainWindow::showConsole}) {
        (m_window.get()->*show)();
        problems += unnamedFocusWidgets(m_window.get());
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("focusable widgets without an accessible name:\n  ")
                        + problems.join(QStringLiteral("\n  "))));
}

void TestAccessibility::dialogsWithoutServerHaveNames()
{
    QStringList problems;
    m_window->showLogin();
    LoginDialog* login = m_window->loginFlow()->dialog();
    QVERIFY(login != nullptr);
    QTRY_VERIFY(login->isVisible());
    problems += unnamedFocusWidgets(login);
    QStringList order = focusOrderProblems(login);
    login->reject();

    CommandPalette* commands = palette();
    QVERIFY(commands != nullptr);
    commands->openAction()->trigger();
    QTRY_VERIFY(commands->isVisible());
    problems += unnamedFocusWidgets(commands);
    order += focusOrderProblems(commands);
    commands->reject();

    // Whatever the Help menu opens as a window of its own (About and the like).
    for (QAction* action : m_window->menuBar()->actions()) {
        if (action->menu() == nullptr || !action->objectName().isEmpty())
            continue;
        for (QAction* entry : action->menu()->actions()) {
            if (!entry->objectName().startsWith(QLatin1String("About"))
                || entry->objectName() == QLatin1String("AboutQtAction"))
                continue;
            entry->trigger();
            QApplication::processEvents();
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top != m_window.get()
                    && top->parentWidget() == m_window.get()) {
                    problems += unnamedFocusWidgets(top);
                    order += focusOrderProblems(top);
                    top->close();
                }
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("focusable widgets without an accessible name:\n  ")
                        + problems.join(QStringLiteral("\n  "))));
    QVERIFY2(order.isEmpty(), qPrintable(QStringLiteral("Tab goes against reading order:\n  ")
                                         + order.join(QStringLiteral("\n  "))));
}

void TestAccessibility::menusHaveDistinctMnemonics()
{
    // Alt and a letter opens each menu: every title has its own letter.
    QMap<QChar, QString> letters;
    for (QAction* action : m_window->menuBar()->actions()) {
        const QString title = action->text();
        const int amp = title.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
        const QChar letter = title.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter),
                 qPrintable(QStringLiteral("%1 and %2 share Alt+%3")
                                    .arg(letters.value(letter), title, letter)));
        letters.insert(letter, title);
    }
}

void TestAccessibility::paletteListsMenuCommandsWithShortcuts()
{
    CommandPalette* commands = palette();
    QVERIFY(commands != nullptr);
    QCOMPARE(commands->openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(commands->isVisible());
    QTRY_VERIFY(commands->filterEdit()->hasFocus());
    CommandPaletteModel* model = commands->model();

    // Every entry of every menu is there, with its shortcut.
    int checked = 0;
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu()) {
                walk(action->menu());
                continue;
            }
            if (action->isSeparator() || !action->isVisible() || action->text().isEmpty()
                || action == commands->openAction())
                continue;
            const int row = model->rowOf(action);
            QVERIFY2(row >= 0, qPrintable(action->text()));
            QStringList shortcuts;
            for (const QKeySequence& sequence : action->shortcuts())
                shortcuts << sequence.toString(QKeySequence::NativeText);
            QCOMPARE(model->shortcutText(row), shortcuts.join(QStringLiteral(", ")));
            ++checked;
        }
    };
    for (QAction* top : m_window->menuBar()->actions())
        walk(top->menu());
    QVERIFY(checked > 30);

    const int live = model->rowOf(m_window->liveView()->startAction());
    QVERIFY(live >= 0);
    QCOMPARE(model->shortcutText(live), QStringLiteral("F9"));
    const QString liveText = model->data(model->index(live, 0), Qt::DisplayRole).toString();
    QVERIFY2(liveText.startsWith(QStringLiteral("Live \u25B8 ")), qPrintable(liveText));
    QTest::keyClick(commands->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!commands->isVisible());
}

void TestAccessibility::paletteFiltersAndRuns()
{
    m_window->showSensors();
    CommandPalette* commands = palette();
    commands->openAction()->trigger();
    QTRY_VERIFY(commands->isVisible());
    CommandPaletteModel* model = commands->model();
    const int all = model->rowCount();

    QTest::keyClicks(commands->filterEdit(), QStringLiteral("view rules"));
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->data(model->index(row, 0), Qt::DisplayRole).toString();
        QVERIFY2(text.contains(QLatin1String("View"), Qt::CaseInsensitive)
                         && text.contains(QLatin1String("Rules"), Qt::CaseInsensitive),
                 qPrintable(text));
    }
    QCOMPARE(model->title(0), QStringLiteral("Rules"));
    QCOMPARE(model->shortcutText(0),
             QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText));
    QTest::keyClick(commands->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!commands->isVisible());
    QTRY_COMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget*>(m_window->syncView()));

    // The Rules tab's own commands now come first.
    commands->openAction()->trigger();
    QTRY_VERIFY(commands->isVisible());
    QVERIFY(commands->filterEdit()->text().isEmpty());
    QVERIFY(model->isInFront(0));
    QVERIFY(model->rowOf(m_window->syncView()->menuActions().constFirst()) < 10);
    QTest::keyClicks(commands->filterEdit(), QStringLiteral("no such command at all"));
    QCOMPARE(model->rowCount(), 0);
    commands->reject();
}

void TestAccessibility::paletteExplainsDisabledCommands()
{
    // The console's commands rest while another page is in front, and say so.
    m_window->showSensors();
    CommandPalette* commands = palette();
    commands->openAction()->trigger();
    QTRY_VERIFY(commands->isVisible());
    CommandPaletteModel* model = commands->model();
    int disabled = -1;
    for (QAction* action : m_window->consolePage()->menuActions()) {
        if (action && !action->isEnabled()) {
            disabled = model->rowOf(action);
            break;
        }
    }
    QVERIFY(disabled >= 0);
    QVERIFY(!model->isEnabled(disabled));
    QVERIFY2(model->reason(disabled).contains(QLatin1String("Console")),
             qPrintable(model->reason(disabled)));
    QVERIFY(model->data(model->index(disabled, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(model->reason(disabled)));
    QVERIFY(!commands->run(disabled));
    QVERIFY(commands->isVisible());
    commands->reject();
}

void TestAccessibility::paletteSaysWhyOnThePageInFront()
{
    // On the page in front a disabled command says what to do, not which tab it lives on.
    const auto reasonOf = [this](const QString& title) {
        CommandPaletteModel* model = palette()->model();
        model->reload();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->title(row) == title)
                return model->isEnabled(row) ? u"(enabled)"_s : model->reason(row);
        }
        return u"(missing)"_s;
    };

    m_window->showSensors();
    QCOMPARE(reasonOf(u"Tag…"_s), u"Not connected to an organisation."_s);
    m_window->showRules();
    QCOMPARE(reasonOf(u"Dry Run"_s), u"Open a config file or folder first."_s);
    QCOMPARE(reasonOf(u"Apply…"_s), u"Not connected to an organisation."_s);
    m_window->showSensors();
    QVERIFY2(reasonOf(u"Dry Run"_s).contains(u"Rules"_s), qPrintable(reasonOf(u"Dry Run"_s)));
}

void TestAccessibility::darkPaletteIsRespected()
{
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    m_window->banners()->showBanner(QStringLiteral("a11y-info"), InlineBanner::Kind::Information,
                                    QStringLiteral("An information banner"));
    m_window->banners()->showBanner(QStringLiteral("a11y-warn"), InlineBanner::Kind::Warning,
                                    QStringLiteral("A warning banner"));
    m_window->banners()->showBanner(QStringLiteral("a11y-error"), InlineBanner::Kind::Error,
                                    QStringLiteral("An error banner"), QStringLiteral("Retry"),
                                    [] {});
    QStringList problems = lightOnDark(m_window.get());
    for (const auto show : {&MainWindow::showSensors, &MainWindow::showLiveEvents,
                            &MainWindow::showRules, &MainWindow::showConsole}) {
        (m_window.get()->*show)();
        QApplication::processEvents();
        problems += lightOnDark(m_window.get());
    }
    m_window->showLogin();
    LoginDialog* login = m_window->loginFlow()->dialog();
    QTRY_VERIFY(login->isVisible());
    problems += lightOnDark(login);
    login->reject();
    palette()->openAction()->trigger();
    QTRY_VERIFY(palette()->isVisible());
    problems += lightOnDark(palette());
    palette()->reject();

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("light areas on a dark palette:\n  ")
                                            + problems.join(QStringLiteral("\n  "))));
}

void TestAccessibility::openDemo()
{
    if (qEnvironmentVariableIsEmpty("LCDESK_EMULATOR"))
        QSKIP("LCDESK_EMULATOR is not set (the build has no lcdesk-emulator)");
    m_window->openDemo({QStringLiteral("--sensors"), QStringLiteral("20")});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr
                                     && m_window->session()->state() == OrgSession::State::Connected
                                     && !m_window->session()->isLoading()
                                     && m_window->session()->store()->size() == 20,
                             LoadTimeoutMs);
}

void TestAccessibility::demoPagesHaveNames()
{
    openDemo();
    QStringList problems;
    m_window->showSensors();
    m_window->sensorList()->table()->selectRow(0);
    QApplication::processEvents();
    problems += unnamedFocusWidgets(m_window.get());

    const QString sid = m_window->sensorList()->currentSid();
    QVERIFY(!sid.isEmpty());
    QVERIFY(m_window->consolePage()->openSensors({sid}) != nullptr);
    m_window->showConsole();
    QApplication::processEvents();
    problems += unnamedFocusWidgets(m_window.get());

    m_window->showSpotCheck();
    QTRY_VERIFY(m_window->spotCheckDialog() != nullptr && m_window->spotCheckDialog()->isVisible());
    problems += unnamedFocusWidgets(m_window->spotCheckDialog());
    QStringList order = focusOrderProblems(m_window->spotCheckDialog());
    m_window->spotCheckDialog()->close();

    // The sensor dialogs, for the selected sensor.
    const SensorSelection selection = SensorSelection::from({sid}, m_window->session()->store());
    const std::vector<std::unique_ptr<QDialog>> dialogs = [&] {
        std::vector<std::unique_ptr<QDialog>> list;
        list.push_back(std::make_unique<TagDialog>(selection, m_window.get()));
        list.push_back(std::make_unique<UntagDialog>(selection, m_window.get()));
        list.push_back(std::make_unique<TaskDialog>(selection, m_window.get()));
        return list;
    }();
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        problems += unnamedFocusWidgets(dialog.get());
        order += focusOrderProblems(dialog.get());
        dialog->close();
    }

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("focusable widgets without an accessible name:\n  ")
                        + problems.join(QStringLiteral("\n  "))));
    QVERIFY2(order.isEmpty(), qPrintable(QStringLiteral("Tab goes against reading order:\n  ")
                                         + order.join(QStringLiteral("\n  "))));
}

void TestAccessibility::copyDiagnosticsHoldsNoKey()
{
    openDemo();
    OrgSession* session = m_window->session();
    const QString key = m_window->sessionHost()->demoServer()->apiKey();
    QVERIFY(key.size() > 8);
    // Even a key that reached the log by mistake stays out of the diagnostics.
    qCInfo(lcAuth).noquote() << QStringLiteral("careless line %1 with %2").arg(key, key);

    auto* diagnostics = m_window->findChild<DiagnosticsMenu*>();
    QVERIFY(diagnostics != nullptr);
    QSignalSpy copied(diagnostics, &DiagnosticsMenu::copied);
    // From the palette, as a keyboard user would.
    CommandPalette* commands = palette();
    commands->openAction()->trigger();
    QTRY_VERIFY(commands->isVisible());
    QTest::keyClicks(commands->filterEdit(), QStringLiteral("copy diagnostics"));
    QCOMPARE(commands->model()->action(0), diagnostics->copyAction());
    QTest::keyClick(commands->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(copied.size(), 1);

    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral(LCDESK_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(session->oid()));
    QVERIFY(text.contains(QLatin1String("offscreen")));
    QVERIFY(text.contains(QLatin1String("careless line")));
    QVERIFY(text.contains(DiagnosticLog::filePath()));
    QVERIFY2(!text.contains(key), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("eyJ")), qPrintable(text));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestAccessibility>(argc, argv, "a11y");
}

#include "TestAccessibility.moc"
