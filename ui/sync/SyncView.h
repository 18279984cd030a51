// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include "sync/OrgState.h"
#include "sync/SyncApi.h"
#include "sync/SyncApplyDialog.h"
#include "sync/SyncConfig.h"
#include "sync/SyncPlan.h"
#include "sync/SyncPusher.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QToolButton;
class QTreeView;

namespace lc {

class BannerArea;
class OrgSession;
class SyncDiagnosticsList;
class SyncEntryPane;
class SyncPlanModel;

// The Rules tab: D&R rules, false-positive rules and outputs kept as code. The user picks a
// config (a file, or a folder of rule files), runs a dry run against the organisation of the
// session, reads the plan (a tree of what would be added, changed, moved and removed, with
// both versions of each entry side by side), applies all of it or the checked or selected
// entries, and can write what the organisation holds to files (fetch). The same flow as
// `lcdesk sync` (app/CliSync.cpp).
//
// Nothing blocks the window: the config is read on a worker thread, the organisation through
// the asynchronous SyncApi, the push through SyncPusher, and files are written on a worker
// thread. A config with errors is shown with its errors and nothing is fetched or sent.
class SyncView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,     // reading the config
        Fetching,    // reading the organisation for a dry run
        Applying,    // pushing
        Downloading, // reading the organisation for a fetch to files
        Writing,     // writing the fetched state to files
    };
    Q_ENUM(State)

    explicit SyncView(QWidget* parent = nullptr);
    ~SyncView() override;

    void setSession(OrgSession* session);
    // The window says whether the tab is in front: the view's shortcuts rest otherwise (F5,
    // Ctrl+F and Ctrl+Return belong to the page in front).
    void setInFront(bool inFront);

    // The config file or folder (remembered for the next start).
    void setConfigPath(const QString& path);
    QString configPath() const;
    SyncOptions options() const;

    // Reads the config, then the organisation, then shows the plan.
    void dryRun();
    // The plan again from the config and organisation already read, with the current options
    // (what toggling Force does); false when a dry run is needed first.
    bool rebuildPlan();
    // Asks, then applies every writing entry (or the checked ones when some are checked), or
    // only the selected and checked ones.
    void apply();
    void applySelected();
    // Fetches the organisation and writes it to path as one file or as a folder of files;
    // asks before writing over a config that is there unless overwriteConfirmed.
    void fetchTo(const QString& path, bool folder, bool overwriteConfirmed = false);
    void cancel();
    void focusFilter();

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    const SyncPlan& plan() const;
    bool hasPlan() const { return m_hasPlan; }
    const SyncConfig& config() const { return m_config; }
    // Where a file named by the config (relative to its folder) lies.
    QString resolveConfigFile(const QString& file) const;

    QAction* openFileAction() const { return m_openFileAction; }
    QAction* openFolderAction() const { return m_openFolderAction; }
    QAction* dryRunAction() const { return m_dryRunAction; }
    QAction* applyAction() const { return m_applyAction; }
    QAction* applySelectedAction() const { return m_applySelectedAction; }
    QAction* fetchFileAction() const { return m_fetchFileAction; }
    QAction* fetchFolderAction() const { return m_fetchFolderAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* rulesAction() const { return m_rulesAction; }
    QAction* falsePositivesAction() const { return m_fpAction; }
    QAction* outputsAction() const { return m_outputsAction; }
    QAction* forceAction() const { return m_forceAction; }
    QAction* showUnchangedAction() const { return m_showUnchangedAction; }
    // The Rules menu, in order (nullptr for a separator).
    QList<QAction*> menuActions() const;

    QLineEdit* pathEdit() const { return m_pathEdit; }
    QLabel* organisationLabel() const { return m_organisation; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* progressLabel() const { return m_progressLabel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    SyncPlanModel* model() const { return m_model; }
    SyncEntryPane* entryPane() const { return m_entryPane; }
    SyncDiagnosticsList* diagnosticsList() const { return m_diagnostics; }
    BannerArea* banners() const { return m_banners; }
    // The summary asked before a push, while it is open.
    SyncApplyDialog* applyDialog() const { return m_applyDialog; }
    // The question asked before a fetch writes over files, while it is open.
    QMessageBox* overwriteQuestion() const { return m_overwriteQuestion; }
    // The action of the state toggle of the tree (show the entries to add, change...).
    QAction* showAction(PlanEntry::Action action) const;
    // Shows the plan of a config already read against a state already fetched, as a dry run
    // would end (the benchmark opens the view on a known plan this way).
    bool showPlanOf(const SyncConfig& config, const OrgState& org);
    // Milliseconds the last plan took to appear (model and tree), for the benchmark and tests.
    qint64 lastShowMs() const { return m_lastShowMs; }

signals:
    // A line for the window's status bar.
    void statusMessage(const QString& text);
    void stateChanged(lc::SyncView::State state);
    // A dry run ended: with a plan shown, or without (errors in the config, a failed read).
    void dryRunFinished(bool planShown);
    void applyFinished(int applied, int failed);
    void fetchFinished(bool ok, const QString& message);

private:
    void buildActions();
    void buildLayout();
    void setState(State state, const QString& text = {});
    void updateActions();
    void updateOrganisation();
    void ensureApi();
    void startDryRun(bool keepResults);
    void onConfigLoaded(const SyncConfig& config, int generation);
    void onFetched(const OrgState& state);
    void onFetchFailed(const QString& message);
    void showPlan(const SyncPlan& plan);
    void clearPlan();
    void updateSummary();
    void onOptionsChanged(bool sectionsChanged);
    void onCurrentChanged();
    void askToApply(const QList<int>& entries, const QString& scope);
    void startApply(const QList<int>& entries);
    void onApplyFinished();
    void writeFetched(const OrgState& state);
    void openDiagnostic(const ConfigDiagnostic& diagnostic);
    void openLocation(const QString& file, int line);
    void chooseConfigFile();
    void chooseConfigFolder();
    void chooseFetchFile();
    void chooseFetchFolder();
    QList<int> selectedEntries() const;
    QString organisationName() const;

    QPointer<OrgSession> m_session;
    QPointer<SyncApi> m_api;
    QPointer<SyncPusher> m_pusher;
    State m_state = State::Idle;
    int m_generation = 0;
    bool m_inFront = true;
    bool m_keepResults = false;

    SyncConfig m_config;
    OrgState m_org;
    SyncOptions m_fetchedOptions; // which sections m_org holds
    bool m_hasConfig = false;
    bool m_hasOrg = false;
    bool m_hasPlan = false;
    QString m_fetchPath;
    bool m_fetchFolder = false;
    qint64 m_lastShowMs = 0;

    QLineEdit* m_pathEdit;
    QLabel* m_organisation;
    QCheckBox* m_rulesBox;
    QCheckBox* m_fpBox;
    QCheckBox* m_outputsBox;
    QCheckBox* m_forceBox;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    BannerArea* m_banners;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    SyncPlanModel* m_model;
    SyncEntryPane* m_entryPane;
    QWidget* m_diagnosticsBox;
    QLabel* m_diagnosticsCaption;
    SyncDiagnosticsList* m_diagnostics;
    QSplitter* m_vertical;
    QSplitter* m_horizontal;
    QPointer<SyncApplyDialog> m_applyDialog;
    QPointer<QMessageBox> m_overwriteQuestion;

    QAction* m_openFileAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_dryRunAction = nullptr;
    QAction* m_applyAction = nullptr;
    QAction* m_applySelectedAction = nullptr;
    QAction* m_fetchFileAction = nullptr;
    QAction* m_fetchFolderAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_rulesAction = nullptr;
    QAction* m_fpAction = nullptr;
    QAction* m_outputsAction = nullptr;
    QAction* m_forceAction = nullptr;
    QAction* m_showUnchangedAction = nullptr;
    QList<QAction*> m_showActions; // by PlanEntry::Action
};

} // namespace lc
