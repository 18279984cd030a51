// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "AboutDialog.h"
#include "LcDesk.h"
#include "UiSettings.h"
#include "api/ApiClient.h"
#include "auth/ConnectionIndicator.h"
#include "auth/EnvironmentSwitcher.h"
#include "auth/LoginFlow.h"
#include "auth/WelcomePanel.h"
#include "console/ConsolePage.h"
#include "console/ConsoleTab.h"
#include "credentials/CredentialManager.h"
#include "diagnostics/DiagnosticsMenu.h"
#include "live/LiveEventView.h"
#include "palette/CommandPalette.h"
#include "sensors/SensorActions.h"
#include "sensors/SensorDetailPane.h"
#include "sensors/SensorListView.h"
#include "session/EnvironmentCatalog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "spotcheck/SpotCheckDialog.h"
#include "sync/SyncView.h"
#include "widgets/BannerArea.h"

namespace lc {

namespace {

const QString SessionBanner = QStringLiteral("session");
const QString DemoBanner = QStringLiteral("demo");
const QString FileBanner = QStringLiteral("credentials-file");
const QString RateLimitBanner = QStringLiteral("rate-limit");

} // namespace

MainWindow::MainWindow(CredentialManager* credentials, QWidget* parent)
    : QMainWindow(parent)
    , m_credentials(credentials ? credentials : new CredentialManager({}, {}, this))
    , m_catalog(
              new EnvironmentCatalog(m_credentials, QProcessEnvironment::systemEnvironment(), this))
    , m_host(new SessionHost(m_catalog, this))
    , m_banners(new BannerArea(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sensors(new SensorListView(this))
    , m_details(new SensorDetailPane(this))
    , m_actions(new SensorActions(m_sensors, this))
    , m_live(new LiveEventView(this))
    , m_sync(new SyncView(this))
    , m_console(new ConsolePage(this))
    , m_switcher(new EnvironmentSwitcher(m_catalog, this))
    , m_indicator(new ConnectionIndicator(this))
    , m_login(new LoginFlow(m_host, m_banners, this))
{
    m_splitter->addWidget(m_sensors);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({900, 380});
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Sensors"));
    m_tabs->addTab(m_live, tr("Live Events"));
    m_tabs->addTab(m_sync, tr("Rules"));
    m_tabs->addTab(m_console, tr("Console"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banners);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_indicator, 1);

    buildMenusAndToolBars();
    connectParts();
    m_catalog->reload();
    if (!m_catalog->fileProblem().isEmpty())
        m_banners->showBanner(FileBanner, InlineBanner::Kind::Warning, m_catalog->fileProblem());
    m_welcome->setImportAvailable(QFileInfo::exists(m_catalog->credentialsFilePath()));
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

OrgSession* MainWindow::session() const
{
    return m_host->session();
}

void MainWindow::buildMenusAndToolBars()
{
    auto* login = new QAction(tr("&Log In…"), this);
    connect(login, &QAction::triggered, this, &MainWindow::showLogin);
    auto* demo = new QAction(tr("Open &Demo Organisation"), this);
    connect(demo, &QAction::triggered, this, [this] { openDemo(); });
    auto* import = new QAction(tr("&Import Keys from ~/.limacharlie"), this);
    connect(import, &QAction::triggered, m_login, &LoginFlow::importFromCredentialsFile);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* connection = menuBar()->addMenu(tr("&Connection"));
    connection->addActions({login, demo, import});
    connection->addSeparator();
    connection->addAction(quit);

    QMenu* sensors = menuBar()->addMenu(tr("&Sensors"));
    sensors->addAction(m_actions->findAction());
    sensors->addAction(m_actions->refreshAction());
    sensors->addSeparator();
    for (QAction* action : m_actions->sensorActions()) {
        if (action)
            sensors->addAction(action);
        else
            sensors->addSeparator();
    }
    sensors->addSeparator();
    QAction* spotCheck = sensors->addAction(tr("Spot&Check the Fleet…"));
    spotCheck->setObjectName(QStringLiteral("SpotCheckAction"));
    spotCheck->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    spotCheck->setStatusTip(tr("Look for files, hashes, registry keys or YARA matches on every "
                               "sensor (Ctrl+Shift+F)"));
    connect(spotCheck, &QAction::triggered, this, &MainWindow::showSpotCheck);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showDetails = view->addAction(tr("Sensor &Details"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    connect(showDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    buildLiveMenus(view);
    buildSyncMenus(view);
    buildConsoleMenus(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // Every command in one list, found from the menus and pages (Ctrl+Shift+P).
    auto* palette = new CommandPalette(this, m_tabs);
    view->addSeparator();
    view->addAction(palette->openAction());
    help->addAction(palette->openAction());
    auto* diagnostics = new DiagnosticsMenu(this);
    diagnostics->addTo(help);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About LC Desk"));
    about->setObjectName(QStringLiteral("AboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* dialog = findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly);
        if (!dialog) {
            dialog = new AboutDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("AboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar* organisation = addToolBar(tr("Organisation"));
    organisation->setObjectName(QStringLiteral("OrganisationToolBar"));
    organisation->addWidget(m_switcher);
    organisation->addAction(login);

    QToolBar* actions = addToolBar(tr("Sensor Actions"));
    actions->setObjectName(QStringLiteral("SensorToolBar"));
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action :
         {m_actions->consoleAction(), m_actions->tagAction(), m_actions->untagAction(),
          m_actions->taskAction(), m_actions->isolateAction(), m_actions->rejoinAction()})
        actions->addAction(action);
}

void MainWindow::buildLiveMenus(QMenu* view)
{
    view->addSeparator();
    QAction* sensors = view->addAction(tr("&Sensors"));
    sensors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(sensors, &QAction::triggered, this, &MainWindow::showSensors);
    QAction* live = view->addAction(tr("&Live Events"));
    live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(live, &QAction::triggered, this, &MainWindow::showLiveEvents);

    // File > Open Recording works from anywhere, even before an organisation is open. The
    // entries of these menus act on the live view, so they bring it forward.
    auto* file = new QMenu(tr("&File"), this);
    menuBar()->insertMenu(menuBar()->actions().constFirst(), file);
    for (QAction* action :
         QList<QAction*>{m_live->openRecordingAction(), m_live->recordAction(), nullptr,
                         m_live->exportShownAction(), m_live->exportSelectionAction()}) {
        if (action)
            file->addAction(action);
        else
            file->addSeparator();
    }
    QMenu* stream = menuBar()->addMenu(tr("&Live"));
    for (QAction* action :
         QList<QAction*>{m_live->startAction(), m_live->reconnectAction(), m_live->pauseAction(),
                         m_live->followAction(), nullptr, m_live->clearAction()}) {
        if (action)
            stream->addAction(action);
        else
            stream->addSeparator();
    }
    for (QMenu* menu : {file, stream}) {
        for (QAction* action : menu->actions())
            connect(action, &QAction::triggered, this, &MainWindow::showLiveEvents);
    }

    auto* watch = new QAction(tr("&Watch Live Events"), this);
    watch->setToolTip(tr("Stream the events of the current sensor in the live view"));
    connect(watch, &QAction::triggered, this, [this] {
        const QString sid = m_sensors->currentSid();
        if (sid.isEmpty())
            return;
        showLiveEvents();
        m_live->watchSensor(sid);
    });
    QList<QAction*> rowActions = m_actions->sensorActions();
    rowActions << nullptr << watch;
    m_sensors->setRowActions(rowActions);

    // The live stream's state stays in sight on every page, next to the connection.
    auto* liveState = new QLabel(this);
    liveState->setAccessibleName(tr("Live stream state"));
    liveState->setTextFormat(Qt::PlainText);
    liveState->hide();
    statusBar()->addPermanentWidget(liveState);
    connect(m_live, &LiveEventView::stateTextChanged, liveState, [this, liveState] {
        const bool running = m_live->stream() != nullptr;
        liveState->setText(tr("Live events: %1").arg(m_live->stateLabel()->text()));
        liveState->setVisible(running);
    });

    // Shortcuts act on the page in front: Ctrl+F filters whichever list is shown, and the
    // sensor actions rest while the live view is up.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
}

void MainWindow::buildSyncMenus(QMenu* view)
{
    QAction* rules = view->addAction(tr("&Rules"));
    rules->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(rules, &QAction::triggered, this, &MainWindow::showRules);

    QMenu* menu = menuBar()->addMenu(tr("&Rules"));
    for (QAction* action : m_sync->menuActions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    // What the Rules tab just did (copied a location, applied, fetched), for a while. The
    // connection indicator fills the status bar's message area, so it has a label of its own.
    auto* syncStatus = new QLabel(this);
    syncStatus->setObjectName(QStringLiteral("SyncStatus"));
    syncStatus->setAccessibleName(tr("Rules tab status"));
    syncStatus->setTextFormat(Qt::PlainText);
    syncStatus->hide();
    statusBar()->addPermanentWidget(syncStatus);
    auto* syncStatusTimer = new QTimer(syncStatus);
    syncStatusTimer->setSingleShot(true);
    syncStatusTimer->setInterval(15'000);
    connect(syncStatusTimer, &QTimer::timeout, syncStatus, &QLabel::hide);
    connect(m_sync, &SyncView::statusMessage, syncStatus,
            [syncStatus, syncStatusTimer](const QString& text) {
                syncStatus->setText(text);
                syncStatus->setToolTip(text);
                syncStatus->show();
                syncStatusTimer->start();
            });
    onTabChanged();
}

void MainWindow::buildConsoleMenus(QMenu* view)
{
    QAction* console = view->addAction(tr("&Console"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(console, &QAction::triggered, this, &MainWindow::showConsole);

    QMenu* menu = menuBar()->addMenu(tr("C&onsole"));
    menu->addAction(m_actions->consoleAction());
    menu->addSeparator();
    for (QAction* action : m_console->menuActions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    connect(m_actions, &SensorActions::taskInConsoleRequested, this,
            [this](const QStringList& sids, const QString& command, const QString& id) {
                if (!m_console->openSensors(sids))
                    return;
                showConsole();
                ConsoleTab* tab = m_console->currentTab();
                if (tab == nullptr || (!id.isEmpty() && !tab->setInvestigationId(id)))
                    return;
                tab->submit(command);
            });
    connect(m_actions, &SensorActions::consoleRequested, this, [this](const QStringList& sids) {
        if (m_console->openSensors(sids))
            showConsole();
    });

    // What a console just did (exported, saved a file), for a while.
    auto* consoleStatus = new QLabel(this);
    consoleStatus->setObjectName(QStringLiteral("ConsoleStatus"));
    consoleStatus->setAccessibleName(tr("Console status"));
    consoleStatus->setTextFormat(Qt::PlainText);
    consoleStatus->hide();
    statusBar()->addPermanentWidget(consoleStatus);
    auto* consoleStatusTimer = new QTimer(consoleStatus);
    consoleStatusTimer->setSingleShot(true);
    consoleStatusTimer->setInterval(15'000);
    connect(consoleStatusTimer, &QTimer::timeout, consoleStatus, &QLabel::hide);
    connect(m_console, &ConsolePage::statusMessage, consoleStatus,
            [consoleStatus, consoleStatusTimer](const QString& text) {
                if (text.isEmpty()) {
                    consoleStatus->hide();
                    return;
                }
                consoleStatus->setText(text);
                consoleStatus->setToolTip(text);
                consoleStatus->show();
                consoleStatusTimer->start();
            });
    onTabChanged();
}

void MainWindow::onTabChanged()
{
    // Shortcuts belong to the page in front: F5, Ctrl+F and Ctrl+Return mean one thing on the
    // sensors and another on the rules, and Ctrl+O opens a config there instead of a recording.
    QWidget* front = m_tabs->currentWidget();
    m_actions->setInFront(front == m_splitter);
    m_sync->setInFront(front == m_sync);
    m_console->setInFront(front == m_console);
    m_live->openRecordingAction()->setShortcut(front == m_sync ? QKeySequence()
                                                               : QKeySequence(QKeySequence::Open));
}

void MainWindow::showRules()
{
    m_pages->setCurrentWidget(m_tabs);
    if (m_tabs->currentWidget() != m_sync) {
        m_tabs->setCurrentWidget(m_sync);
        m_sync->tree()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showConsole()
{
    m_pages->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_console);
    if (ConsoleTab* tab = m_console->currentTab())
        tab->focusCommandLine();
}

void MainWindow::showLiveEvents()
{
    m_pages->setCurrentWidget(m_tabs);
    if (m_tabs->currentWidget() != m_live) {
        m_tabs->setCurrentWidget(m_live);
        m_live->table()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showSensors()
{
    m_pages->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_splitter);
    m_sensors->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::connectParts()
{
    connect(m_host, &SessionHost::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_host, &SessionHost::opening, this,
            [this](const QString&, const QString& message) { m_indicator->setPending(message); });
    connect(m_host, &SessionHost::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_switcher, &EnvironmentSwitcher::environmentChosen, this, &MainWindow::openEntry);
    connect(m_sensors, &SensorListView::currentSensorChanged, m_details,
            &SensorDetailPane::showSensor);
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] { openDemo(); });
    connect(m_welcome, &WelcomePanel::loginRequested, this, &MainWindow::showLogin);
    connect(m_welcome, &WelcomePanel::importRequested, m_login,
            &LoginFlow::importFromCredentialsFile);
}

void MainWindow::openStartupEnvironment()
{
    // Credentials in this process's environment are an explicit choice for this run, first in
    // the SDK's order; otherwise the last environment used, then the SDK's file rules.
    QString entryId;
    if (m_catalog->find(QStringLiteral("env")) != nullptr)
        entryId = QStringLiteral("env");
    if (entryId.isEmpty())
        entryId = UiSettings::lastEnvironment();
    if (entryId.isEmpty() || !m_catalog->find(entryId))
        entryId = m_catalog->sdkDefaultId();
    if (entryId.isEmpty()) {
        for (const EnvironmentCatalog::Entry& entry : m_catalog->entries()) {
            if (entry.kind == EnvironmentCatalog::Kind::LcDesk) {
                entryId = entry.id();
                break;
            }
        }
    }
    if (entryId.isEmpty()) {
        qCInfo(lcUi) << "no credentials found; showing the welcome panel";
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    openEntry(entryId);
}

void MainWindow::openDemo(const QStringList& emulatorArguments)
{
    m_host->openDemo(emulatorArguments);
}

void MainWindow::openEntry(const QString& entryId)
{
    // Picking the organisation already open must not drop its list and start again.
    const OrgSession* current = session();
    if (current && current->state() == OrgSession::State::Connected
        && entryId == m_host->currentEntryId())
        return;
    m_banners->dismiss(SessionBanner);
    m_host->openEntry(entryId);
}

void MainWindow::showLogin()
{
    m_login->showLogin();
}

SpotCheckDialog* MainWindow::spotCheckDialog() const
{
    return m_spotCheck;
}

void MainWindow::showSpotCheck()
{
    if (m_session == nullptr || m_session->state() != OrgSession::State::Connected) {
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Information,
                              tr("Connect to an organisation first: a SpotCheck looks at its "
                                 "sensors."));
        return;
    }
    if (m_spotCheck == nullptr) {
        // Kept when closed, so the last run is still there when it is opened again.
        m_spotCheck = new SpotCheckDialog(m_session, this);
    }
    m_spotCheck->show();
    m_spotCheck->raise();
    m_spotCheck->activateWindow();
}

void MainWindow::onSessionChanged(OrgSession* session)
{
    // A check belongs to the organisation it started on.
    if (m_spotCheck != nullptr && session != m_session) {
        m_spotCheck->stop();
        m_spotCheck->deleteLater();
    }
    m_session = session;

    m_sensors->setSession(session);
    m_details->setSession(session);
    m_live->setSession(session);
    m_sync->setSession(session);
    m_console->setSession(session);
    m_actions->setSession(session);
    m_indicator->setSession(session);
    m_switcher->setCurrentId(m_host->currentEntryId());
    m_banners->dismiss(SessionBanner);
    m_banners->dismiss(DemoBanner);

    if (session) {
        m_pages->setCurrentWidget(m_tabs);
        UiSettings::setLastEnvironment(m_host->currentEntryId());
        connect(session, &OrgSession::failed, this, &MainWindow::onSessionFailed);
        // C05: a wait for the server's quota is shown, not hidden behind "Loading…".
        connect(session->client(), &ApiClient::rateLimited, this,
                [this](int retryInMs, const QString& quota, const QString& period) {
                    const int seconds = (retryInMs + 999) / 1000;
                    const QString text =
                            quota.isEmpty() ? tr("Rate limited by LimaCharlie; retrying in %n s.",
                                                 nullptr, seconds)
                                            : tr("Rate limited by LimaCharlie (quota %1 per %2 s); "
                                                 "retrying in %n s.",
                                                 nullptr, seconds)
                                                      .arg(quota, period);
                    InlineBanner* banner = m_banners->showBanner(RateLimitBanner,
                                                                 InlineBanner::Kind::Warning, text);
                    // Gone once the wait is over, unless a newer 429 replaced the text.
                    const int generation = banner->property("lcGeneration").toInt() + 1;
                    banner->setProperty("lcGeneration", generation);
                    QTimer::singleShot(retryInMs + 1500, banner, [this, banner, generation] {
                        if (banner->property("lcGeneration").toInt() == generation)
                            m_banners->dismiss(RateLimitBanner);
                    });
                });
        connect(session, &OrgSession::authenticationFailed, this,
                [this](const ApiError& error) { offerLogin(SessionBanner, error.message); });
        connect(session, &OrgSession::orgNameChanged, this, &MainWindow::updateTitle);
        if (session->isDemo()) {
            m_banners->showBanner(DemoBanner, InlineBanner::Kind::Information,
                                  tr("This is the demo organisation: simulated sensors served on "
                                     "this computer by lcdesk-emulator. Nothing you do here "
                                     "reaches LimaCharlie."));
        }
    }
    updateTitle();
}

void MainWindow::onSessionFailed(const ApiError& error)
{
    const bool keyProblem = error.status == ApiStatus::AuthenticationFailed
                            || error.status == ApiStatus::PermissionDenied;
    if (keyProblem) {
        offerLogin(SessionBanner, error.message);
        return;
    }
    const QString entryId = m_host->currentEntryId();
    m_banners->showBanner(SessionBanner, InlineBanner::Kind::Error,
                          tr("Could not connect: %1").arg(error.message), tr("Retry"),
                          [this, entryId] { openEntry(entryId); });
}

void MainWindow::onOpenFailed(const QString& entryId, const QString& message)
{
    // The switcher goes back to what is really open.
    m_switcher->setCurrentId(m_host->currentEntryId());
    m_indicator->setSession(session());
    if (entryId == EnvironmentCatalog::demoId()) {
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Error, message, tr("Retry"),
                              [this] { openDemo(); });
        return;
    }
    offerLogin(SessionBanner, message);
}

void MainWindow::offerLogin(const QString& key, const QString& text)
{
    const EnvironmentCatalog::Entry* entry = m_catalog->find(m_host->currentEntryId());
    const QString environment =
            entry && entry->kind == EnvironmentCatalog::Kind::LcDesk ? entry->name : QString();
    m_banners->showBanner(key, InlineBanner::Kind::Error, text, tr("Log In…"),
                          [this, environment, text] { m_login->showLogin(environment, text); });
}

void MainWindow::updateTitle()
{
    const OrgSession* current = session();
    if (!current) {
        setWindowTitle(tr("LC Desk"));
        return;
    }
    setWindowTitle(current->isDemo() ? tr("%1 (demo) — LC Desk").arg(current->orgName())
                                     : tr("%1 — LC Desk").arg(current->orgName()));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(1280, 800);
    restoreState(UiSettings::windowState());
    m_splitter->restoreState(UiSettings::splitterState());
    m_sensors->restoreHeaderState(UiSettings::sensorHeaderState());
}

void MainWindow::saveLayout()
{
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    UiSettings::setSplitterState(m_splitter->saveState());
    UiSettings::setSensorHeaderState(m_sensors->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_liveFinished && m_live->finishBeforeClose([this] {
            m_liveFinished = true;
            close();
        })) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace lc
