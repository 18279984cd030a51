// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorListView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "LcDesk.h"
#include "SensorTableModel.h"
#include "session/OrgSession.h"
#include "widgets/BannerArea.h"

namespace lc {

namespace {

using Column = SensorTableModel::Column;

// Waiting this long after the last selection change before loading details keeps arrow-key
// scrolling through the list from firing a request per row.
constexpr int SettleDelayMs = 200;
const QString LoadBanner = QStringLiteral("load");

int defaultWidth(Column column)
{
    switch (column) {
    case Column::Hostname:
        return 200;
    case Column::Platform:
    case Column::Architecture:
    case Column::Online:
    case Column::Isolation:
        return 90;
    case Column::InternalIp:
    case Column::ExternalIp:
        return 115;
    case Column::Tags:
        return 180;
    case Column::Enrolled:
    case Column::LastSeen:
        return 145;
    case Column::Sid:
        return 270;
    }
    return 100;
}

} // namespace

SensorListView::SensorListView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SensorTableModel(nullptr, this))
    , m_banners(new BannerArea(this))
    , m_filter(new QLineEdit(this))
    , m_onlineOnly(new QCheckBox(tr("&Online only"), this))
    , m_platform(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_count(new QLabel(this))
{
    buildLayout();
    configureTable();

    connect(m_filter, &QLineEdit::textChanged, m_model, &SensorTableModel::setFilterText);
    connect(m_onlineOnly, &QCheckBox::toggled, m_model, &SensorTableModel::setOnlineOnly);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPlatformFilter(m_platform->currentData().toString()); });
    connect(m_model, &SensorTableModel::countsChanged, this, &SensorListView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &SensorListView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SensorListView::restoreSelection);

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(SettleDelayMs);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        const QString sid = currentSid();
        if (sid != m_settledSid) {
            m_settledSid = sid;
            emit currentSensorChanged(sid);
        }
    });

    updatePlatforms();
    updateCounts(0, 0);
}

SensorListView::~SensorListView() = default;

void SensorListView::buildLayout()
{
    m_filter->setPlaceholderText(
            tr("Filter: text, tag:NAME, plat:windows, ip:10.0., host:PREFIX  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Sensor filter"));
    m_filter->setToolTip(tr("Every space-separated term must match. Case and accents are "
                            "ignored.\n"
                            "tag:NAME — a tag starting with NAME\n"
                            "plat:NAME — a platform (windows, linux, macos…)\n"
                            "ip:PREFIX — an internal or external address starting with PREFIX\n"
                            "host:PREFIX — a hostname starting with PREFIX\n"
                            "Quote a term to keep spaces in it."));
    auto* clearFilter = new QAction(tr("Clear filter"), m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);

    m_onlineOnly->setAccessibleName(tr("Show online sensors only"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refreshButton->setAutoRaise(true);
    m_refreshButton->hide();

    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_onlineOnly);
    filterBar->addWidget(m_platform);
    filterBar->addWidget(m_refreshButton);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_filter->sizeHint().height() / 2);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sensor list loading"));
    m_progress->hide();
    m_count->setAccessibleName(tr("Sensors shown"));

    auto* statusBar = new QHBoxLayout;
    statusBar->setContentsMargins(0, 0, 0, 0);
    statusBar->addWidget(m_progress);
    statusBar->addWidget(m_progressText);
    statusBar->addStretch(1);
    statusBar->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_banners);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusBar);
}

void SensorListView::configureTable()
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sensors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The online state is a small coloured mark, not an icon.
    const int mark = fontMetrics().height() / 2;
    m_table->setIconSize(QSize(mark, mark));

    // Fixed, uniform row heights: the view never measures rows, whatever their number.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    for (int column = 0; column < SensorTableModel::ColumnCount; ++column) {
        columns->resizeSection(column, defaultWidth(static_cast<Column>(column)));
        columns->setSectionHidden(column,
                                  SensorTableModel::isHiddenByDefault(static_cast<Column>(column)));
    }
    columns->setSortIndicator(static_cast<int>(Column::Hostname), Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            &SensorListView::showHeaderMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &SensorListView::showRowMenu);

    QItemSelectionModel* selection = m_table->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] {
        emit selectionChanged();
        m_settleTimer.start();
    });
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            [this] { m_settleTimer.start(); });
}

void SensorListView::setSession(OrgSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_banners->dismiss(LoadBanner);
    m_progress->hide();
    m_progressText->clear();
    setStore(session ? session->store() : nullptr);
    if (!session)
        return;

    connect(session, &OrgSession::storeReplaced, this, &SensorListView::setStore);
    connect(session, &OrgSession::loadStarted, this, &SensorListView::onLoadStarted);
    connect(session, &OrgSession::loadProgress, this, &SensorListView::onLoadProgress);
    connect(session, &OrgSession::loadFinished, this, &SensorListView::onLoadFinished);
    if (session->isLoading()) {
        onLoadStarted();
        onLoadProgress(session->sensorsLoaded(), session->pagesLoaded());
    }
}

void SensorListView::setStore(SensorStore* store)
{
    m_model->setStore(store);
    updatePlatforms();
}

void SensorListView::setRefreshAction(QAction* action)
{
    m_refreshAction = action;
    m_refreshButton->setDefaultAction(action);
    m_refreshButton->setVisible(action != nullptr);
}

void SensorListView::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
}

QString SensorListView::currentSid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->sidAt(current.row()) : QString();
}

QStringList SensorListView::selectedSids() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList sids;
    sids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        sids.append(m_model->sidAt(index.row()));
    if (sids.isEmpty() && !currentSid().isEmpty())
        sids.append(currentSid());
    return sids;
}

void SensorListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray SensorListView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool SensorListView::restoreHeaderState(const QByteArray& state)
{
    return !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
}

void SensorListView::updateCounts(int visible, int total)
{
    const QLocale locale;
    if (visible == total)
        m_count->setText(tr("%n sensor(s)", nullptr, total));
    else
        m_count->setText(
                tr("%1 of %n sensor(s) shown", nullptr, total).arg(locale.toString(visible)));
}

void SensorListView::updatePlatforms()
{
    const QString current = m_platform->currentData().toString();
    QStringList names = m_model->platforms();
    // The chosen platform stays even if no sensor has it any more: the filter must not
    // change behind the user's back.
    if (!current.isEmpty() && !names.contains(current))
        names.append(current);

    const QSignalBlocker blocker(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString& name : std::as_const(names))
        m_platform->addItem(SensorTableModel::platformLabel(name), name);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(current)));
}

void SensorListView::onLoadStarted()
{
    m_banners->dismiss(LoadBanner);
    m_progress->show();
    m_progressText->setText(tr("Loading sensors…"));
}

void SensorListView::onLoadProgress(int sensors, int pages)
{
    m_progressText->setText(
            tr("Loading sensors: page %1, %n sensor(s) so far", nullptr, sensors).arg(pages));
}

void SensorListView::onLoadFinished(const ApiError& error)
{
    m_progress->hide();
    m_progressText->clear();
    updatePlatforms();
    if (error.isOk() || error.status == ApiStatus::Cancelled)
        return;

    // A list that is there with some details missing is a warning; no list is an error.
    const bool haveList = m_model->totalCount() > 0;
    const QString text =
            haveList ? error.message : tr("The sensor list did not load. %1").arg(error.message);
    m_banners->showBanner(LoadBanner,
                          haveList ? InlineBanner::Kind::Warning : InlineBanner::Kind::Error, text,
                          tr("Retry"), [this] {
                              if (m_session)
                                  m_session->refresh();
                          });
}

void SensorListView::rememberSelection()
{
    m_rememberedSids = m_table->selectionModel()->hasSelection() ? selectedSids() : QStringList();
    m_rememberedCurrent = currentSid();
}

void SensorListView::restoreSelection()
{
    // Known limit: one range per selected row; selecting tens of thousands of rows and then
    // refreshing takes a noticeable moment here.
    QItemSelection selection;
    for (const QString& sid : std::as_const(m_rememberedSids)) {
        const int row = m_model->rowOfSid(sid);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, SensorTableModel::ColumnCount - 1));
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);

    const int current = m_model->rowOfSid(m_rememberedCurrent);
    if (current >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0),
                                                   QItemSelectionModel::NoUpdate);
    m_rememberedSids.clear();
    m_rememberedCurrent.clear();
}

void SensorListView::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Columns"));

    int visibleColumns = 0;
    for (int column = 0; column < SensorTableModel::ColumnCount; ++column)
        visibleColumns += header->isSectionHidden(column) ? 0 : 1;

    for (int column = 0; column < SensorTableModel::ColumnCount; ++column) {
        QAction* action =
                menu->addAction(SensorTableModel::columnTitle(static_cast<Column>(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot go: a table without columns cannot be right-clicked.
        action->setEnabled(header->isSectionHidden(column) || visibleColumns > 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, [header] {
        for (int column = 0; column < SensorTableModel::ColumnCount; ++column) {
            header->moveSection(header->visualIndex(column), column);
            header->setSectionHidden(
                    column, SensorTableModel::isHiddenByDefault(static_cast<Column>(column)));
            header->resizeSection(column, defaultWidth(static_cast<Column>(column)));
        }
    });
    menu->popup(header->viewport()->mapToGlobal(position));
}

void SensorListView::showRowMenu(const QPoint& position)
{
    if (m_rowActions.isEmpty())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Sensor actions"));
    for (QAction* action : std::as_const(m_rowActions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    if (m_refreshAction) {
        menu->addSeparator();
        menu->addAction(m_refreshAction);
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace lc
