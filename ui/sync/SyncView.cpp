// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

#include "LcDesk.h"
#include "UiSettings.h"
#include "session/OrgSession.h"
#include "sync/ConfigLoader.h"
#include "sync/ConfigWriter.h"
#include "sync/SyncApi.h"
#include "sync/SyncApplyDialog.h"
#include "sync/SyncDiagnosticsList.h"
#include "sync/SyncEntryPane.h"
#include "sync/SyncPalette.h"
#include "sync/SyncPlanModel.h"
#include "widgets/ActionReason.h"
#include "widgets/BannerArea.h"

namespace lc {

namespace {

const QString ConfigBanner = QStringLiteral("config");
const QString SessionBanner = QStringLiteral("session");
const QString FetchBanner = QStringLiteral("fetch");
const QString NotesBanner = QStringLiteral("notes");
const QString PushBanner = QStringLiteral("push");

constexpr int PushConcurrency = 8;
constexpr int FailuresNamed = 5;

struct WriteOutcome
{
    bool ok = false;
    QString error;
    int files = 0;
};

QAction* makeAction(QObject* parent, const QString& text, const QList<QKeySequence>& shortcuts,
                    const QString& toolTip)
{
    auto* action = new QAction(text, parent);
    action->setShortcuts(shortcuts);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    const QString tip = toolTip.isEmpty() ? plain : toolTip;
    action->setToolTip(shortcuts.isEmpty()
                               ? tip
                               : QStringLiteral("%1 (%2)").arg(
                                       tip, shortcuts.first().toString(QKeySequence::NativeText)));
    return action;
}

QToolButton* buttonFor(QAction* action, QWidget* parent, const QString& accessibleName)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(accessibleName);
    return button;
}

// The check box mirrors the action both ways, so the menu and the bar always agree.
void bind(QCheckBox* box, QAction* action)
{
    box->setChecked(action->isChecked());
    box->setToolTip(action->toolTip());
    QObject::connect(box, &QCheckBox::toggled, action, &QAction::setChecked);
    QObject::connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
}

} // namespace

SyncView::SyncView(QWidget* parent)
    : QWidget(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_organisation(new QLabel(this))
    , m_rulesBox(new QCheckBox(tr("&Rules"), this))
    , m_fpBox(new QCheckBox(tr("False &positives"), this))
    , m_outputsBox(new QCheckBox(tr("O&utputs"), this))
    , m_forceBox(new QCheckBox(tr("For&ce (also remove)"), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_banners(new BannerArea(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new SyncPlanModel(this))
    , m_entryPane(new SyncEntryPane(this))
    , m_diagnosticsBox(new QWidget(this))
    , m_diagnosticsCaption(new QLabel(this))
    , m_diagnostics(new SyncDiagnosticsList(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setAccessibleName(tr("Rules as code"));
    buildActions();
    buildLayout();
    m_model->setPalette(palette());

    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] {
        setConfigPath(m_pathEdit->text());
        dryRun();
    });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &SyncView::updateActions);
    connect(m_filter, &QLineEdit::textChanged, m_model, &SyncPlanModel::setFilterText);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->expandAll();
    });
    connect(m_model, &SyncPlanModel::checkedEntriesChanged, this, &SyncView::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SyncView::onCurrentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncView::updateActions);
    connect(m_entryPane, &SyncEntryPane::openLocation, this, &SyncView::openLocation);
    connect(m_diagnostics, &SyncDiagnosticsList::openRequested, this, &SyncView::openDiagnostic);

    setConfigPath(UiSettings::syncConfigPath());
    updateOrganisation();
    setState(State::Idle);
}

SyncView::~SyncView()
{
    // Known shortcoming: closing the window during a push does not ask first. What was not
    // sent yet is dropped and requests in flight may or may not land; every write is a
    // create-or-replace, so the next dry run shows where the organisation stands and a push
    // finishes the job.
    ++m_generation;
    if (m_pusher)
        m_pusher->cancel();
    if (m_api)
        m_api->cancel();
}

void SyncView::buildActions()
{
    m_openFileAction = makeAction(this, tr("&Open Config File…"), {QKeySequence::Open},
                                  tr("Choose a config file (lc_conf.yaml and its includes)"));
    connect(m_openFileAction, &QAction::triggered, this, &SyncView::chooseConfigFile);
    m_openFolderAction = makeAction(this, tr("Open Config &Folder…"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                                    tr("Choose a folder of rule files, one rule per file"));
    connect(m_openFolderAction, &QAction::triggered, this, &SyncView::chooseConfigFolder);

    m_dryRunAction = makeAction(this, tr("&Dry Run"), {QKeySequence(Qt::Key_F5)},
                                tr("Read the config and the organisation and show what a push "
                                   "would change; nothing is sent"));
    connect(m_dryRunAction, &QAction::triggered, this, &SyncView::dryRun);
    m_applyAction = makeAction(
            this, tr("&Apply…"),
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
            tr("Apply the plan: the checked entries, or every change when none is checked"));
    connect(m_applyAction, &QAction::triggered, this, &SyncView::apply);
    m_applySelectedAction = makeAction(this, tr("Apply &Selected…"),
                                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
                                       tr("Apply only the selected entries"));
    connect(m_applySelectedAction, &QAction::triggered, this, &SyncView::applySelected);

    m_fetchFileAction = makeAction(this, tr("Fetch to F&ile…"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                                   tr("Write what the organisation holds to one config file"));
    connect(m_fetchFileAction, &QAction::triggered, this, &SyncView::chooseFetchFile);
    m_fetchFolderAction = makeAction(this, tr("Fetch to Fo&lder…"),
                                     {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)},
                                     tr("Write what the organisation holds to a folder, one file "
                                        "per rule"));
    connect(m_fetchFolderAction, &QAction::triggered, this, &SyncView::chooseFetchFolder);

    m_cancelAction = makeAction(this, tr("&Cancel"), {QKeySequence(Qt::SHIFT | Qt::Key_Escape)},
                                tr("Stop reading or pushing (changes already sent stay)"));
    connect(m_cancelAction, &QAction::triggered, this, &SyncView::cancel);
    m_findAction = makeAction(this, tr("&Filter Entries"), {QKeySequence::Find}, {});
    connect(m_findAction, &QAction::triggered, this, &SyncView::focusFilter);

    m_rulesAction = makeAction(this, tr("Sync D&&R &Rules"), {}, tr("Compare and push D&R rules"));
    m_fpAction = makeAction(this, tr("Sync False &Positives"), {},
                            tr("Compare and push false-positive rules"));
    m_outputsAction = makeAction(this, tr("Sync O&utputs"), {}, tr("Compare and push outputs"));
    m_forceAction = makeAction(this, tr("For&ce (Also Remove)"), {},
                               tr("Also remove what the organisation holds and the config does "
                                  "not, in the sections and namespaces the config manages"));
    for (QAction* action : {m_rulesAction, m_fpAction, m_outputsAction, m_forceAction}) {
        action->setCheckable(true);
        action->setChecked(action != m_forceAction);
    }
    for (QAction* action : {m_rulesAction, m_fpAction, m_outputsAction})
        connect(action, &QAction::toggled, this, [this] { onOptionsChanged(true); });
    connect(m_forceAction, &QAction::toggled, this, [this] { onOptionsChanged(false); });

    struct Toggle
    {
        PlanEntry::Action action;
        QString text;
        QString toolTip;
    };
    const QList<Toggle> toggles{
            {PlanEntry::Action::Same, tr("= Unchanged"), tr("Show the entries that are the same")},
            {PlanEntry::Action::Add, tr("+ Add"), tr("Show the entries to add")},
            {PlanEntry::Action::Change, tr("~ Change"), tr("Show the entries to change")},
            {PlanEntry::Action::Move, tr("> Move"),
             tr("Show the rules to move to another "
                "namespace")},
            {PlanEntry::Action::Remove, tr("- Remove"), tr("Show the entries to remove")},
    };
    for (const Toggle& toggle : toggles) {
        auto* action = new QAction(toggle.text, this);
        action->setToolTip(toggle.toolTip);
        action->setCheckable(true);
        action->setChecked(m_model->isActionShown(toggle.action));
        connect(action, &QAction::toggled, m_model, [this, which = toggle.action](bool shown) {
            m_model->setActionShown(which, shown);
        });
        m_showActions.append(action);
    }
    m_showUnchangedAction = m_showActions.at(static_cast<int>(PlanEntry::Action::Same));
    m_showUnchangedAction->setText(tr("Show &Unchanged"));
    m_showUnchangedAction->setIconText(tr("= Unchanged"));
    m_showUnchangedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_showUnchangedAction->setToolTip(
            tr("Show the entries that are the same (%1)")
                    .arg(m_showUnchangedAction->shortcut().toString(QKeySequence::NativeText)));

    // Window shortcuts of this widget: active while the tab is shown and in front.
    for (QAction* action : {m_openFileAction, m_openFolderAction, m_dryRunAction, m_applyAction,
                            m_applySelectedAction, m_fetchFileAction, m_fetchFolderAction,
                            m_cancelAction, m_findAction, m_showUnchangedAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

QList<QAction*> SyncView::menuActions() const
{
    return {m_openFileAction,  m_openFolderAction,    nullptr,        m_dryRunAction,
            m_applyAction,     m_applySelectedAction, m_cancelAction, nullptr,
            m_fetchFileAction, m_fetchFolderAction,   nullptr,        m_rulesAction,
            m_fpAction,        m_outputsAction,       m_forceAction,  nullptr,
            m_findAction,      m_showUnchangedAction};
}

QAction* SyncView::showAction(PlanEntry::Action action) const
{
    return m_showActions.value(static_cast<int>(action));
}

void SyncView::buildLayout()
{
    auto* pathLabel = new QLabel(tr("Con&fig:"), this);
    pathLabel->setBuddy(m_pathEdit);
    m_pathEdit->setAccessibleName(tr("Config file or folder"));
    m_pathEdit->setPlaceholderText(tr("lc_conf.yaml, or a folder of rule files (Ctrl+O, "
                                      "Ctrl+Shift+O)"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setToolTip(tr("The config to compare with the organisation; Enter runs a dry "
                              "run"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setTextFormat(Qt::PlainText);

    auto* pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(buttonFor(m_openFileAction, this, tr("Open a config file")));
    pathRow->addWidget(buttonFor(m_openFolderAction, this, tr("Open a config folder")));
    pathRow->addSpacing(12);
    pathRow->addWidget(m_organisation);

    bind(m_rulesBox, m_rulesAction);
    bind(m_fpBox, m_fpAction);
    bind(m_outputsBox, m_outputsAction);
    bind(m_forceBox, m_forceAction);
    m_rulesBox->setAccessibleName(tr("Sync D&R rules"));
    m_fpBox->setAccessibleName(tr("Sync false-positive rules"));
    m_outputsBox->setAccessibleName(tr("Sync outputs"));
    m_forceBox->setAccessibleName(tr("Force: also remove"));

    auto* dryRunButton = new QPushButton(this);
    dryRunButton->setText(tr("Dry Run"));
    dryRunButton->setToolTip(m_dryRunAction->toolTip());
    dryRunButton->setAccessibleName(tr("Dry run"));
    connect(dryRunButton, &QPushButton::clicked, m_dryRunAction, &QAction::trigger);
    connect(m_dryRunAction, &QAction::changed, dryRunButton,
            [this, dryRunButton] { dryRunButton->setEnabled(m_dryRunAction->isEnabled()); });
    auto* applyButton = new QPushButton(this);
    applyButton->setText(tr("Apply…"));
    applyButton->setToolTip(m_applyAction->toolTip());
    applyButton->setAccessibleName(tr("Apply"));
    connect(applyButton, &QPushButton::clicked, m_applyAction, &QAction::trigger);
    connect(m_applyAction, &QAction::changed, applyButton,
            [this, applyButton] { applyButton->setEnabled(m_applyAction->isEnabled()); });
    auto* fetchButton = new QPushButton(tr("Fetch…"), this);
    fetchButton->setToolTip(tr("Write what the organisation holds to a file or a folder"));
    fetchButton->setAccessibleName(tr("Fetch"));
    auto* fetchMenu = new QMenu(fetchButton);
    fetchMenu->addActions({m_fetchFileAction, m_fetchFolderAction});
    fetchButton->setMenu(fetchMenu);
    auto* cancelButton = buttonFor(m_cancelAction, this, tr("Cancel"));

    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progressLabel->setAccessibleName(tr("What is happening"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* actionRow = new QHBoxLayout;
    actionRow->setContentsMargins(0, 0, 0, 0);
    actionRow->addWidget(m_rulesBox);
    actionRow->addWidget(m_fpBox);
    actionRow->addWidget(m_outputsBox);
    actionRow->addWidget(m_forceBox);
    actionRow->addSpacing(12);
    actionRow->addWidget(dryRunButton);
    actionRow->addWidget(applyButton);
    actionRow->addWidget(fetchButton);
    actionRow->addWidget(cancelButton);
    actionRow->addWidget(m_progress);
    actionRow->addWidget(m_progressLabel, 1);

    m_summary->setAccessibleName(tr("Plan summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Entry filter"));
    auto* clearFilter = new QAction(tr("Clear filter"), m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    auto* showLabel = new QLabel(tr("Show:"), this);
    filterRow->addWidget(showLabel);
    // Same order as the markers read in a plan: what changes first.
    for (PlanEntry::Action action :
         {PlanEntry::Action::Add, PlanEntry::Action::Change, PlanEntry::Action::Move,
          PlanEntry::Action::Remove, PlanEntry::Action::Same}) {
        QAction* toggle = showAction(action);
        auto* button = buttonFor(toggle, this, toggle->toolTip());
        if (action != PlanEntry::Action::Same) {
            QPalette colored = button->palette();
            colored.setColor(QPalette::ButtonText, SyncPalette::actionColor(action, palette()));
            button->setPalette(colored);
        }
        filterRow->addWidget(button);
    }

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Plan"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(SyncPlanModel::NameColumn, 440);
    m_tree->header()->resizeSection(SyncPlanModel::ActionColumn, 150);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(tr("Plan actions"));
        menu->addActions({m_applySelectedAction, m_applyAction});
        menu->popup(m_tree->viewport()->mapToGlobal(position));
    });

    m_horizontal->addWidget(m_tree);
    m_horizontal->addWidget(m_entryPane);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->setSizes({640, 640});

    m_diagnosticsCaption->setTextFormat(Qt::PlainText);
    m_diagnosticsCaption->setBuddy(m_diagnostics);
    auto* diagnosticsLayout = new QVBoxLayout(m_diagnosticsBox);
    diagnosticsLayout->setContentsMargins(0, 0, 0, 0);
    diagnosticsLayout->addWidget(m_diagnosticsCaption);
    diagnosticsLayout->addWidget(m_diagnostics, 1);
    m_diagnosticsBox->hide();

    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_diagnosticsBox);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(pathRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_banners);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_vertical, 1);
}

void SyncView::setSession(OrgSession* session)
{
    if (session == m_session)
        return;
    // A plan, a push and a fetch belong to the organisation they were made for.
    ++m_generation;
    if (m_pusher)
        m_pusher->cancel();
    delete m_pusher;
    delete m_api;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &OrgSession::orgNameChanged, this, &SyncView::updateOrganisation);
        connect(session, &OrgSession::stateChanged, this, &SyncView::updateOrganisation);
        // The client goes with the session; nothing may use it afterwards.
        connect(session, &QObject::destroyed, this, [this] {
            ++m_generation;
            delete m_pusher;
            delete m_api;
            setState(State::Idle);
        });
    }
    m_hasOrg = false;
    clearPlan();
    m_banners->dismiss(SessionBanner);
    m_banners->dismiss(PushBanner);
    m_banners->dismiss(FetchBanner);
    m_banners->dismiss(NotesBanner);
    setState(State::Idle);
    updateOrganisation();
}

void SyncView::setInFront(bool inFront)
{
    m_inFront = inFront;
    updateActions();
}

void SyncView::setConfigPath(const QString& path)
{
    const QString cleaned = path.trimmed();
    if (m_pathEdit->text() != cleaned)
        m_pathEdit->setText(cleaned);
    if (!cleaned.isEmpty())
        UiSettings::setSyncConfigPath(cleaned);
    updateActions();
}

QString SyncView::configPath() const
{
    return m_pathEdit->text().trimmed();
}

SyncOptions SyncView::options() const
{
    SyncOptions options;
    options.rules = m_rulesAction->isChecked();
    options.falsePositives = m_fpAction->isChecked();
    options.outputs = m_outputsAction->isChecked();
    options.force = m_forceAction->isChecked();
    return options;
}

const SyncPlan& SyncView::plan() const
{
    return m_model->plan();
}

QString SyncView::organisationName() const
{
    if (!m_session)
        return tr("no organisation");
    return m_session->isDemo() ? tr("%1 (demo)").arg(m_session->orgName()) : m_session->orgName();
}

void SyncView::updateOrganisation()
{
    if (!m_session) {
        m_organisation->setText(tr("Organisation: none open"));
        m_organisation->setToolTip(tr("Open an organisation (or the demo) to compare with"));
    } else {
        m_organisation->setText(tr("Organisation: %1").arg(organisationName()));
        m_organisation->setToolTip(tr("Dry runs, pushes and fetches use the organisation of "
                                      "the session: %1 (%2)")
                                           .arg(m_session->orgName(), m_session->oid()));
    }
    updateActions();
}

void SyncView::setState(State state, const QString& text)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool busy = state != State::Idle;
    m_progress->setVisible(busy);
    if (busy && state != State::Applying) {
        // Reading has no measurable end: a busy bar.
        m_progress->setRange(0, 0);
    }
    m_progressLabel->setText(text);
    updateActions();
    if (changed)
        emit stateChanged(state);
}

void SyncView::updateActions()
{
    const bool idle = m_state == State::Idle;
    const bool connected = m_session && m_session->state() == OrgSession::State::Connected;
    const bool canApply = m_inFront && idle && connected && m_hasPlan && plan().writeCount() > 0;

    // Why an action is off, for the command palette; off the Rules tab it names the tab.
    QString busy;
    QString offline;
    QString noConfig;
    QString nothingToApply;
    QString cannotCancel;
    if (m_inFront) {
        busy = tr("Busy: wait for the current step to end, or cancel it.");
        offline = tr("Not connected to an organisation.");
        noConfig = tr("Open a config file or folder first.");
        nothingToApply = !m_hasPlan ? tr("Run a dry run first (F5).")
                                    : tr("The organisation already matches the config.");
        cannotCancel = idle ? tr("Nothing is running.")
                            : tr("Files being written cannot be stopped half way; this ends soon.");
    }
    const QString applyReason = !idle ? busy : !connected ? offline : nothingToApply;
    ActionReason::setEnabled(m_openFileAction, m_inFront && idle, busy);
    ActionReason::setEnabled(m_openFolderAction, m_inFront && idle, busy);
    ActionReason::setEnabled(m_dryRunAction, m_inFront && idle && !configPath().isEmpty(),
                             idle ? noConfig : busy);
    ActionReason::setEnabled(m_applyAction, canApply, applyReason);
    ActionReason::setEnabled(m_applySelectedAction, canApply, applyReason);
    ActionReason::setEnabled(m_fetchFileAction, m_inFront && idle && connected,
                             idle ? offline : busy);
    ActionReason::setEnabled(m_fetchFolderAction, m_inFront && idle && connected,
                             idle ? offline : busy);
    ActionReason::setEnabled(m_cancelAction, m_inFront && !idle && m_state != State::Writing,
                             cannotCancel);
    m_findAction->setEnabled(m_inFront);
    m_showUnchangedAction->setEnabled(m_inFront);
    m_pathEdit->setEnabled(idle);
}

void SyncView::ensureApi()
{
    if (!m_api && m_session && m_session->client()) {
        m_api = new SyncApi(m_session->client(), this);
        connect(m_api, &SyncApi::fetched, this, &SyncView::onFetched);
        connect(m_api, &SyncApi::fetchFailed, this,
                [this](const ApiError& error) { onFetchFailed(error.message); });
    }
    if (m_api && !m_pusher) {
        m_pusher = new SyncPusher(m_api, this);
        connect(m_pusher, &SyncPusher::progress, this, [this](int done, int total) {
            m_progress->setRange(0, std::max(1, total));
            m_progress->setValue(done);
            m_progressLabel->setText(tr("Applied %1 of %2…").arg(done).arg(total));
        });
        connect(m_pusher, &SyncPusher::entryFinished, this,
                [this](const SyncPusher::Result& result) {
                    m_model->setResult(result.entry, result.ok, result.message);
                });
        connect(m_pusher, &SyncPusher::finished, this, &SyncView::onApplyFinished);
    }
}

void SyncView::dryRun()
{
    startDryRun(false);
}

void SyncView::startDryRun(bool keepResults)
{
    if (m_state != State::Idle)
        return;
    const QString path = configPath();
    if (path.isEmpty()) {
        m_banners->showBanner(ConfigBanner, InlineBanner::Kind::Warning,
                              tr("Choose a config file or folder first (Ctrl+O, Ctrl+Shift+O)."));
        return;
    }
    UiSettings::setSyncConfigPath(path);
    m_keepResults = keepResults;
    m_banners->dismiss(ConfigBanner);
    m_banners->dismiss(SessionBanner);
    m_banners->dismiss(NotesBanner);
    if (!keepResults)
        m_banners->dismiss(PushBanner);

    const int generation = ++m_generation;
    setState(State::Loading, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    qCInfo(lcSync) << "sync view: dry run of" << path;

    // Reading a config is file work and YAML parsing: off the GUI thread.
    auto* watcher = new QFutureWatcher<SyncConfig>(this);
    connect(watcher, &QFutureWatcher<SyncConfig>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onConfigLoaded(watcher->result(), generation);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ConfigLoader::load(path); }));
}

void SyncView::onConfigLoaded(const SyncConfig& config, int generation)
{
    if (generation != m_generation || m_state != State::Loading)
        return;
    m_config = config;
    m_hasConfig = true;
    m_diagnostics->setDiagnostics(config.diagnostics);
    const int errors = m_diagnostics->errorCount();
    const int warnings = m_diagnostics->warningCount();
    m_diagnosticsBox->setVisible(!config.diagnostics.isEmpty());
    m_diagnosticsCaption->setText(tr("&Problems in the config: %1, %2")
                                          .arg(tr("%n error(s)", nullptr, errors),
                                               tr("%n warning(s)", nullptr, warnings)));

    if (config.hasErrors()) {
        // The whole kind of C14: an error anywhere means nothing is compared or sent.
        clearPlan();
        setState(State::Idle);
        m_banners->showBanner(ConfigBanner, InlineBanner::Kind::Error,
                              tr("The config has %n error(s); nothing was read from the "
                                 "organisation or sent to it. Fix them and run the dry run "
                                 "again (F5).",
                                 nullptr, errors));
        m_diagnostics->setCurrentItem(m_diagnostics->topLevelItem(0));
        emit statusMessage(tr("Config errors: nothing was sent"));
        emit dryRunFinished(false);
        return;
    }

    if (!m_session || m_session->state() != OrgSession::State::Connected) {
        clearPlan();
        setState(State::Idle);
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Warning,
                              tr("The config reads well (%n item(s)). Open an organisation (or the "
                                 "demo) to compare it with.",
                                 nullptr, static_cast<int>(config.items.size())));
        emit dryRunFinished(false);
        return;
    }

    ensureApi();
    m_fetchedOptions = options();
    setState(State::Fetching, tr("Reading what %1 holds…").arg(organisationName()));
    m_api->fetch(m_fetchedOptions.rules, m_fetchedOptions.falsePositives, m_fetchedOptions.outputs);
}

void SyncView::onFetched(const OrgState& state)
{
    if (m_state == State::Downloading) {
        writeFetched(state);
        return;
    }
    if (m_state != State::Fetching)
        return;
    m_org = state;
    m_hasOrg = true;
    setState(State::Idle);
    rebuildPlan();
    emit dryRunFinished(true);
}

void SyncView::onFetchFailed(const QString& message)
{
    if (m_state == State::Downloading) {
        setState(State::Idle);
        const QString text =
                tr("Nothing was written: the organisation could not be read: %1").arg(message);
        m_banners->showBanner(FetchBanner, InlineBanner::Kind::Error, text);
        emit fetchFinished(false, text);
        return;
    }
    if (m_state != State::Fetching)
        return;
    setState(State::Idle);
    clearPlan();
    m_banners->showBanner(SessionBanner, InlineBanner::Kind::Error,
                          tr("The organisation could not be read: %1").arg(message), tr("Retry"),
                          [this] { dryRun(); });
    emit dryRunFinished(false);
}

bool SyncView::showPlanOf(const SyncConfig& config, const OrgState& org)
{
    m_config = config;
    m_org = org;
    m_hasConfig = true;
    m_hasOrg = true;
    m_fetchedOptions = options();
    return rebuildPlan();
}

bool SyncView::rebuildPlan()
{
    if (!m_hasConfig || !m_hasOrg || m_config.hasErrors())
        return false;
    const SyncPlan built = SyncPlan::build(m_config, m_org, options());
    if (m_keepResults)
        m_model->carryResultsOver();
    m_keepResults = false;
    showPlan(built);
    if (!built.notes.isEmpty()) {
        m_banners->showBanner(NotesBanner, InlineBanner::Kind::Information,
                              built.notes.join(QLatin1Char('\n')));
    } else {
        m_banners->dismiss(NotesBanner);
    }
    return true;
}

void SyncView::showPlan(const SyncPlan& plan)
{
    QElapsedTimer timer;
    timer.start();
    m_entryPane->clear();
    m_model->setPlan(plan);
    m_hasPlan = true;
    updateSummary();
    updateActions();
    m_lastShowMs = timer.elapsed();
    qCInfo(lcSync) << "sync view: plan of" << plan.entries.size() << "entries shown in"
                   << m_lastShowMs << "ms";
}

void SyncView::clearPlan()
{
    m_model->setPlan(SyncPlan());
    m_hasPlan = false;
    m_entryPane->clear();
    m_summary->clear();
    updateActions();
}

void SyncView::updateSummary()
{
    const SyncPlan& current = plan();
    QString text = tr("Plan for %1: %2.").arg(organisationName(), current.summaryText());
    if (current.writeCount() == 0)
        text += QLatin1Char(' ') + tr("Nothing to apply.");
    const SyncOptions shown = options();
    QStringList left;
    if (!shown.rules)
        left << tr("D&R rules");
    if (!shown.falsePositives)
        left << tr("false-positive rules");
    if (!shown.outputs)
        left << tr("outputs");
    if (!left.isEmpty())
        text += QLatin1Char(' ') + tr("Left alone: %1.").arg(left.join(QStringLiteral(", ")));
    if (shown.force)
        text += QLatin1Char(' ') + tr("Force is on: what the config does not hold is removed.");
    m_summary->setText(text);
}

void SyncView::onOptionsChanged(bool sectionsChanged)
{
    if (!m_hasPlan || m_state != State::Idle)
        return;
    const SyncOptions wanted = options();
    // A section that was not read needs the organisation read again; anything else is a
    // new plan from what is at hand.
    const bool needsRead = sectionsChanged
                           && ((wanted.rules && !m_fetchedOptions.rules)
                               || (wanted.falsePositives && !m_fetchedOptions.falsePositives)
                               || (wanted.outputs && !m_fetchedOptions.outputs));
    if (needsRead)
        dryRun();
    else
        rebuildPlan();
}

void SyncView::onCurrentChanged()
{
    const int entry = m_model->entryAt(m_tree->currentIndex());
    if (entry < 0) {
        m_entryPane->clear();
        return;
    }
    m_entryPane->showEntry(plan().entries.at(entry));
}

QList<int> SyncView::selectedEntries() const
{
    QList<int> entries;
    QSet<int> seen;
    for (const QModelIndex& index : m_tree->selectionModel()->selectedRows()) {
        const int entry = m_model->entryAt(index);
        const QList<int> found = entry >= 0 ? QList<int>{entry} : m_model->shownEntriesOf(index);
        for (int e : found) {
            if (!seen.contains(e) && plan().entries.at(e).writes()) {
                seen.insert(e);
                entries.append(e);
            }
        }
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

void SyncView::apply()
{
    if (!m_hasPlan || m_state != State::Idle)
        return;
    QList<int> entries = m_model->checkedEntries();
    QString scope;
    if (entries.isEmpty()) {
        for (int i = 0; i < plan().entries.size(); ++i) {
            if (plan().entries.at(i).writes())
                entries.append(i);
        }
        scope = tr("all %n change(s)", nullptr, static_cast<int>(entries.size()));
    } else {
        scope = tr("the %n checked change(s)", nullptr, static_cast<int>(entries.size()));
    }
    askToApply(entries, scope);
}

void SyncView::applySelected()
{
    if (!m_hasPlan || m_state != State::Idle)
        return;
    QList<int> entries = selectedEntries();
    for (int checked : m_model->checkedEntries()) {
        if (!entries.contains(checked))
            entries.append(checked);
    }
    std::sort(entries.begin(), entries.end());
    askToApply(entries, tr("the %n selected change(s)", nullptr, static_cast<int>(entries.size())));
}

void SyncView::askToApply(const QList<int>& entries, const QString& scope)
{
    if (entries.isEmpty()) {
        emit statusMessage(tr("Nothing to apply: select or check entries that change something"));
        return;
    }
    if (m_applyDialog)
        m_applyDialog->close();
    m_applyDialog = new SyncApplyDialog(plan(), entries, scope, organisationName(), this);
    m_applyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_applyDialog, &QDialog::accepted, this, [this, entries] { startApply(entries); });
    m_applyDialog->open();
}

void SyncView::startApply(const QList<int>& entries)
{
    if (m_state != State::Idle || !m_session)
        return;
    ensureApi();
    m_banners->dismiss(PushBanner);
    m_model->clearResults();
    setState(State::Applying,
             tr("Applying %n change(s)…", nullptr, static_cast<int>(entries.size())));
    m_progress->setRange(0, static_cast<int>(entries.size()));
    m_progress->setValue(0);
    qCInfo(lcSync) << "sync view: applying" << entries.size() << "changes";
    m_pusher->apply(plan(), entries, PushConcurrency);
}

void SyncView::onApplyFinished()
{
    if (m_state != State::Applying || !m_pusher)
        return;
    const QList<SyncPusher::Result> results = m_pusher->results();
    const SyncPlan& current = plan();

    std::array<int, 5> applied{};
    int appliedTotal = 0;
    QStringList failures;
    int failed = 0;
    int cancelled = 0;
    for (const SyncPusher::Result& result : results) {
        const PlanEntry& entry = current.entries.at(result.entry);
        // Entries a cancel kept from being sent have no entryFinished of their own.
        if (m_model->result(result.entry).state == SyncPlanModel::Result::State::None) {
            m_model->setResult(result.entry, result.ok, result.message);
            if (!result.ok) {
                ++cancelled;
                continue;
            }
        }
        if (result.ok) {
            ++applied[static_cast<std::size_t>(entry.action)];
            ++appliedTotal;
        } else {
            ++failed;
            if (failures.size() < FailuresNamed)
                failures << tr("%1 (%2)").arg(entry.label(), result.message);
        }
    }

    QStringList done;
    const auto part = [&](PlanEntry::Action action, const char* text) {
        const int n = applied[static_cast<std::size_t>(action)];
        if (n > 0)
            done << tr(text, nullptr, n);
    };
    part(PlanEntry::Action::Add, QT_TR_N_NOOP("%n added"));
    part(PlanEntry::Action::Change, QT_TR_N_NOOP("%n changed"));
    part(PlanEntry::Action::Move, QT_TR_N_NOOP("%n moved"));
    part(PlanEntry::Action::Remove, QT_TR_N_NOOP("%n removed"));
    const int total = static_cast<int>(results.size());
    QString text = tr("Applied %1 of %2 changes to %3")
                           .arg(appliedTotal)
                           .arg(total)
                           .arg(organisationName());
    if (!done.isEmpty())
        text += QStringLiteral(" (%1)").arg(done.join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    if (failed > 0) {
        text += QLatin1Char(' ') + tr("%n failed: ", nullptr, failed)
                + failures.join(QStringLiteral("; "));
        if (failed > FailuresNamed)
            text += QLatin1Char(' ') + tr("and %n more", nullptr, failed - FailuresNamed);
        text += QLatin1Char('.');
    }
    if (cancelled > 0)
        text += QLatin1Char(' ') + tr("%n not sent (cancelled).", nullptr, cancelled);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("Applying again sends what is left.");
    m_banners->showBanner(PushBanner,
                          failed > 0      ? InlineBanner::Kind::Error
                          : cancelled > 0 ? InlineBanner::Kind::Warning
                                          : InlineBanner::Kind::Information,
                          text);
    emit statusMessage(text);
    qCInfo(lcSync) << "sync view:" << appliedTotal << "applied," << failed << "failed," << cancelled
                   << "cancelled";

    setState(State::Idle);
    emit applyFinished(appliedTotal, failed);
    // What the organisation holds now, with the results of this push beside each entry.
    startDryRun(true);
}

void SyncView::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Writing:
        return;
    case State::Applying:
        if (m_pusher)
            m_pusher->cancel();
        m_progressLabel->setText(tr("Cancelling: waiting for the changes already sent…"));
        return;
    case State::Loading:
    case State::Fetching:
    case State::Downloading:
        break;
    }
    ++m_generation;
    if (m_api)
        m_api->cancel();
    setState(State::Idle);
    emit statusMessage(tr("Cancelled"));
}

void SyncView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SyncView::fetchTo(const QString& path, bool folder, bool overwriteConfirmed)
{
    if (m_state != State::Idle || path.isEmpty())
        return;
    if (!m_session || m_session->state() != OrgSession::State::Connected) {
        m_banners->showBanner(FetchBanner, InlineBanner::Kind::Warning,
                              tr("Open an organisation (or the demo) to fetch its rules."));
        return;
    }

    const QFileInfo info(path);
    const QDir dir(path);
    const bool occupied = folder ? dir.exists(QStringLiteral("config.yaml"))
                                           || dir.exists(QStringLiteral("rules"))
                                 : info.exists();
    if (occupied && !overwriteConfirmed) {
        if (m_overwriteQuestion)
            m_overwriteQuestion->close();
        m_overwriteQuestion = new QMessageBox(
                QMessageBox::Question, tr("Replace the Config?"),
                folder ? tr("%1 already holds a config. Fetching replaces config.yaml and the "
                            "rule files under rules/, and removes rule files of rules the "
                            "organisation no longer holds. Replace them?")
                                 .arg(QDir::toNativeSeparators(path))
                       : tr("%1 already exists. Replace it with what %2 holds?")
                                 .arg(QDir::toNativeSeparators(path), organisationName()),
                QMessageBox::Yes | QMessageBox::No, this);
        m_overwriteQuestion->setDefaultButton(QMessageBox::No);
        m_overwriteQuestion->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overwriteQuestion, &QMessageBox::finished, this,
                [this, path, folder](int result) {
                    if (result == QMessageBox::Yes)
                        fetchTo(path, folder, true);
                    else
                        emit statusMessage(tr("Nothing was written"));
                });
        m_overwriteQuestion->open();
        return;
    }

    ensureApi();
    m_fetchPath = path;
    m_fetchFolder = folder;
    m_banners->dismiss(FetchBanner);
    ++m_generation;
    const SyncOptions wanted = options();
    setState(State::Downloading, tr("Reading what %1 holds…").arg(organisationName()));
    m_api->fetch(wanted.rules, wanted.falsePositives, wanted.outputs);
}

void SyncView::writeFetched(const OrgState& state)
{
    const QString path = m_fetchPath;
    const bool folder = m_fetchFolder;
    int rules = 0;
    int fps = 0;
    int outputs = 0;
    for (const SyncItem& item : state.items) {
        rules += item.kind == SyncItem::Kind::Rule && item.ns != QLatin1String("service");
        fps += item.kind == SyncItem::Kind::FalsePositive;
        outputs += item.kind == SyncItem::Kind::Output;
    }
    setState(State::Writing, tr("Writing %1…").arg(QFileInfo(path).fileName()));

    // Hundreds of rule files: written off the GUI thread, each whole or not at all.
    auto* watcher = new QFutureWatcher<WriteOutcome>(this);
    connect(watcher, &QFutureWatcher<WriteOutcome>::finished, this,
            [this, watcher, path, rules, fps, outputs] {
                watcher->deleteLater();
                const WriteOutcome outcome = watcher->result();
                setState(State::Idle);
                QString text;
                if (outcome.ok) {
                    text = tr("Wrote %1 D&R rules, %2 false-positive rules and %3 outputs of %4 "
                              "to %5.")
                                   .arg(rules)
                                   .arg(fps)
                                   .arg(outputs)
                                   .arg(organisationName(), QDir::toNativeSeparators(path));
                    if (outcome.files > 1)
                        text += QLatin1Char(' ') + tr("%n file(s).", nullptr, outcome.files);
                } else {
                    text = tr("The fetch was not written whole: %1").arg(outcome.error);
                }
                m_banners->showBanner(FetchBanner,
                                      outcome.ok ? InlineBanner::Kind::Information
                                                 : InlineBanner::Kind::Error,
                                      text);
                emit statusMessage(text);
                emit fetchFinished(outcome.ok, text);
            });
    const QList<SyncItem> items = state.items;
    watcher->setFuture(QtConcurrent::run([path, folder, items] {
        WriteOutcome outcome;
        if (folder) {
            QStringList written;
            outcome.ok = ConfigWriter::writeFolder(path, items, &written, &outcome.error);
            outcome.files = static_cast<int>(written.size());
        } else {
            outcome.ok = ConfigWriter::writeFile(path, items, &outcome.error);
            outcome.files = outcome.ok ? 1 : 0;
        }
        return outcome;
    }));
}

QString SyncView::resolveConfigFile(const QString& file) const
{
    if (QFileInfo(file).isAbsolute())
        return QDir::cleanPath(file);
    const QFileInfo config(configPath());
    const QDir base = config.isDir() ? QDir(config.absoluteFilePath()) : config.absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(file));
}

void SyncView::openLocation(const QString& file, int line)
{
    const QString path = resolveConfigFile(file);
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path;
    QApplication::clipboard()->setText(where);
    const bool opened =
            QFileInfo::exists(path) && QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    emit statusMessage(opened ? tr("Opened %1; copied “%2” to the clipboard")
                                        .arg(QFileInfo(path).fileName(), where)
                              : tr("Could not open %1; copied “%2” to the clipboard")
                                        .arg(QFileInfo(path).fileName(), where));
}

void SyncView::openDiagnostic(const ConfigDiagnostic& diagnostic)
{
    openLocation(diagnostic.file.isEmpty() ? configPath() : diagnostic.file, diagnostic.line);
}

void SyncView::chooseConfigFile()
{
    const QString start = configPath().isEmpty() ? QDir::homePath() : configPath();
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Open Config File"), start, tr("Sync configs (*.yaml *.yml);;All files (*)"));
    if (file.isEmpty())
        return;
    setConfigPath(file);
    dryRun();
}

void SyncView::chooseConfigFolder()
{
    const QString start = configPath().isEmpty() ? QDir::homePath() : configPath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Config Folder"), start);
    if (folder.isEmpty())
        return;
    setConfigPath(folder);
    dryRun();
}

void SyncView::chooseFetchFile()
{
    const QString start = configPath().isEmpty()
                                  ? QDir::home().filePath(QStringLiteral("lc_conf.yaml"))
                                  : configPath();
    // The dialog asks before replacing a file that is there.
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Fetch to File"), start, tr("Sync configs (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        fetchTo(file, false, true);
}

void SyncView::chooseFetchFolder()
{
    const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Fetch to Folder"), QDir::homePath());
    if (!folder.isEmpty())
        fetchTo(folder, true);
}

} // namespace lc
