// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include "api/ApiError.h"

class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace lc {

class BannerArea;
class ConnectionIndicator;
class ConsolePage;
class SpotCheckDialog;
class CredentialManager;
class EnvironmentCatalog;
class EnvironmentSwitcher;
class LiveEventView;
class LoginFlow;
class OrgSession;
class SensorActions;
class SensorDetailPane;
class SensorListView;
class SessionHost;
class SyncView;
class WelcomePanel;

// The console's window. It only puts the parts together: the organisation switcher and
// connection state, the sensor list with its detail pane and actions, the live event view, the
// Rules tab and the sensor consoles (tabs beside the sensor list), the login flow, and inline
// banners for whatever goes wrong.
//
// app/ creates it, then calls openDemo() for --demo or openStartupEnvironment() otherwise,
// and show().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // credentials: LC Desk's environments and keychain; nullptr uses the user's ("lcdesk").
    explicit MainWindow(CredentialManager* credentials = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The environment opened last, else the one the limacharlie SDK would pick (LC_API_KEY,
    // then the credentials file), else LC Desk's first; with none, the welcome panel.
    void openStartupEnvironment();
    // emulatorArguments go to lcdesk-emulator (--sensors N, --seed S, --page-size N).
    void openDemo(const QStringList& emulatorArguments = {});
    void openEntry(const QString& entryId);
    void showLogin();

    SessionHost* sessionHost() const { return m_host; }
    OrgSession* session() const;
    EnvironmentCatalog* catalog() const { return m_catalog; }
    SensorListView* sensorList() const { return m_sensors; }
    SensorDetailPane* detailPane() const { return m_details; }
    SensorActions* sensorActions() const { return m_actions; }
    BannerArea* banners() const { return m_banners; }
    LoginFlow* loginFlow() const { return m_login; }
    WelcomePanel* welcomePanel() const { return m_welcome; }
    EnvironmentSwitcher* environmentSwitcher() const { return m_switcher; }
    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    LiveEventView* liveView() const { return m_live; }
    SyncView* syncView() const { return m_sync; }
    ConsolePage* consolePage() const { return m_console; }
    // The SpotCheck window, opened with Ctrl+Shift+F; null until first opened.
    SpotCheckDialog* spotCheckDialog() const;
    void showSpotCheck();
    QTabWidget* tabs() const { return m_tabs; }
    // Brings the live event view forward (View > Live Events).
    void showLiveEvents();
    void showSensors();
    // Brings the Rules tab forward (View > Rules).
    void showRules();
    // Brings the Console tab forward (View > Console).
    void showConsole();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenusAndToolBars();
    void buildLiveMenus(QMenu* view);
    void buildSyncMenus(QMenu* view);
    void buildConsoleMenus(QMenu* view);
    void onTabChanged();
    void connectParts();
    void onSessionChanged(OrgSession* session);
    void onSessionFailed(const ApiError& error);
    void onOpenFailed(const QString& entryId, const QString& message);
    void offerLogin(const QString& key, const QString& text);
    void updateTitle();
    void restoreLayout();
    void saveLayout();

    CredentialManager* m_credentials;
    EnvironmentCatalog* m_catalog;
    SessionHost* m_host;
    BannerArea* m_banners;
    QStackedWidget* m_pages;
    WelcomePanel* m_welcome;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    SensorListView* m_sensors;
    SensorDetailPane* m_details;
    SensorActions* m_actions;
    LiveEventView* m_live;
    SyncView* m_sync;
    ConsolePage* m_console;
    QPointer<SpotCheckDialog> m_spotCheck;
    QPointer<OrgSession> m_session;
    EnvironmentSwitcher* m_switcher;
    ConnectionIndicator* m_indicator;
    LoginFlow* m_login;
    bool m_liveFinished = false; // the live view has let the window close
};

} // namespace lc
