// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveEventView.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

#include "LcDesk.h"
#include "LiveEventFilter.h"
#include "LiveEventModel.h"
#include "live/EventDetailPane.h"
#include "live/LiveEventDelegate.h"
#include "live/LiveEventTable.h"
#include "live/LiveExportJob.h"
#include "live/LiveSourceBar.h"
#include "live/LiveTableModel.h"
#include "live/RateChart.h"
#include "session/OrgSession.h"
#include "stream/EventFeed.h"
#include "stream/EventStore.h"
#include "stream/FirehoseListener.h"
#include "stream/RecordingSource.h"
#include "stream/SpoutStream.h"
#include "stream/StreamRecorder.h"
#include "widgets/BannerArea.h"
#include "widgets/StatusPalette.h"

namespace lc {

namespace {

using Column = LiveEventModel::Column;

const QString StreamBanner = QStringLiteral("stream");
const QString SessionBanner = QStringLiteral("session");
const QString RecordBanner = QStringLiteral("record");
const QString ExportBanner = QStringLiteral("export");
const QString FirehoseBanner = QStringLiteral("firehose");

constexpr qsizetype DefaultCapacity = 1'000'000;
constexpr int CountersDelayMs = 150;
constexpr int CloseWaitMs = 5'000;

int defaultWidth(Column column)
{
    switch (column) {
    case Column::Time:
        return 175;
    case Column::Hostname:
        return 170;
    case Column::Type:
        return 170;
    case Column::Summary:
        break;
    }
    return 400;
}

QAction* makeAction(QObject* parent, const QString& text, const QList<QKeySequence>& shortcuts,
                    const QString& toolTip)
{
    auto* action = new QAction(text, parent);
    action->setShortcuts(shortcuts);
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setToolTip(shortcuts.isEmpty()
                               ? toolTip
                               : QStringLiteral("%1 (%2)").arg(
                                       toolTip.isEmpty() ? plain : toolTip,
                                       shortcuts.first().toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

LiveEventView::LiveEventView(QWidget* parent)
    : QWidget(parent)
    , m_store(new EventStore(DefaultCapacity, this))
    , m_feed(new EventFeed(m_store, this))
    , m_model(new LiveEventModel(m_store, this))
    , m_tableModel(new LiveTableModel(m_model, this))
    , m_source(new LiveSourceBar(this))
    , m_startButton(new QPushButton(this))
    , m_reconnectButton(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_banners(new BannerArea(this))
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_filterHelp(new QToolButton(this))
    , m_capacity(new QSpinBox(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new LiveEventTable(this))
    , m_delegate(new LiveEventDelegate(this))
    , m_details(new EventDetailPane(this))
    , m_chart(new RateChart(this))
    , m_counters(new QLabel(this))
    , m_recording(new QLabel(this))
    , m_exportProgress(new QProgressBar(this))
    , m_cancelExport(new QToolButton(this))
{
    setAccessibleName(tr("Live events"));
    buildActions();
    buildLayout();
    configureTable();
    m_chart->setStore(m_store);

    connect(m_source, &LiveSourceBar::submitted, this, [this] {
        if (!m_stream || m_stream->state() == LiveStream::State::Stopped
            || m_stream->state() == LiveStream::State::Failed)
            start();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &LiveEventView::applyFilter);
    connect(m_feed, &EventFeed::countersChanged, this, &LiveEventView::scheduleCounters);
    connect(m_model, &LiveEventModel::shownCountChanged, this, &LiveEventView::scheduleCounters);
    connect(m_capacity, &QSpinBox::editingFinished, this,
            [this] { setCapacity(m_capacity->value()); });

    m_countersTimer.setSingleShot(true);
    m_countersTimer.setInterval(CountersDelayMs);
    connect(&m_countersTimer, &QTimer::timeout, this, &LiveEventView::updateCounters);
    // Once a second: the "reconnecting in N s" countdown and the recording's line count.
    m_secondTimer.setInterval(1000);
    connect(&m_secondTimer, &QTimer::timeout, this, [this] {
        if (m_stream)
            setStateText(m_stream->stateText());
        updateRecording();
    });
    m_secondTimer.start();

    onStateChanged();
    updateCounters();
    updateRecording();
}

LiveEventView::~LiveEventView()
{
    if (m_export)
        m_export->cancel();
    m_feed->setRecorder(nullptr);
    if (m_recorder)
        m_recorder->close(nullptr);
    if (m_stream) {
        m_stream->setSink(nullptr);
        m_stream->disconnect(this);
        m_stream->stop();
    }
}

void LiveEventView::buildActions()
{
    m_startAction = makeAction(this, tr("&Start Stream"), {QKeySequence(Qt::Key_F9)},
                               tr("Start or stop the stream"));
    connect(m_startAction, &QAction::triggered, this, [this] {
        const bool running = m_stream && m_stream->state() != LiveStream::State::Stopped
                             && m_stream->state() != LiveStream::State::Failed;
        if (running)
            stop();
        else
            start();
    });
    m_reconnectAction = makeAction(this, tr("&Reconnect"), {QKeySequence(Qt::SHIFT | Qt::Key_F9)},
                                   tr("Start the same stream again, keeping the rows"));
    connect(m_reconnectAction, &QAction::triggered, this, &LiveEventView::reconnect);

    m_pauseAction = makeAction(this, tr("&Pause"), {QKeySequence(Qt::CTRL | Qt::Key_P)},
                               tr("Hold new events (the stream keeps being read); Space in the "
                                  "table"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &LiveEventView::setPaused);

    m_followAction = makeAction(this, tr("&Follow Newest"), {QKeySequence(Qt::CTRL | Qt::Key_End)},
                                tr("Keep the newest events in view; End in the table"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    connect(m_followAction, &QAction::toggled, this, &LiveEventView::setFollowTail);

    m_findAction = makeAction(this, tr("&Filter Events"), {QKeySequence::Find}, {});
    connect(m_findAction, &QAction::triggered, this, &LiveEventView::focusFilter);

    m_recordAction = makeAction(this, tr("&Record to File…"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                                tr("Write every received line to a file"));
    m_recordAction->setCheckable(true);
    connect(m_recordAction, &QAction::triggered, this, [this](bool checked) {
        // The check mark follows the recording, not the click: a cancelled dialog records
        // nothing.
        m_recordAction->setChecked(isRecording());
        if (checked)
            chooseRecordingFile();
        else
            stopRecording();
    });

    m_exportShownAction =
            makeAction(this, tr("&Export Shown Events…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                       tr("Write every row the filter shows to NDJSON or CSV"));
    connect(m_exportShownAction, &QAction::triggered, this,
            [this] { chooseExportFile(ExportScope::Shown); });
    m_exportSelectionAction = makeAction(this, tr("Export &Selected Events…"),
                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                                         tr("Write the selected rows to NDJSON or CSV"));
    connect(m_exportSelectionAction, &QAction::triggered, this,
            [this] { chooseExportFile(ExportScope::Selection); });

    m_openAction = makeAction(this, tr("&Open Recording…"), {QKeySequence::Open},
                              tr("Play a recorded stream into the live view"));
    connect(m_openAction, &QAction::triggered, this, &LiveEventView::chooseRecordingToOpen);

    m_clearAction = makeAction(this, tr("&Clear Events"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                               tr("Empty the table and reset the counters"));
    connect(m_clearAction, &QAction::triggered, this, &LiveEventView::clear);

    // Window shortcuts of this widget: active while the view is shown, wherever the focus is.
    for (QAction* action : {m_startAction, m_reconnectAction, m_pauseAction, m_followAction,
                            m_findAction, m_recordAction, m_exportShownAction,
                            m_exportSelectionAction, m_openAction, m_clearAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

QList<QAction*> LiveEventView::streamActions() const
{
    return {m_startAction,           m_reconnectAction, m_pauseAction, nullptr,
            m_recordAction,          m_openAction,      nullptr,       m_exportShownAction,
            m_exportSelectionAction, nullptr,           m_clearAction};
}

QList<QAction*> LiveEventView::viewActions() const
{
    return {m_findAction, m_followAction, m_details->rawAction()};
}

void LiveEventView::buildLayout()
{
    m_startButton->setAccessibleName(tr("Start or stop the stream"));
    connect(m_startButton, &QPushButton::clicked, m_startAction, &QAction::trigger);
    m_reconnectButton->setText(tr("Reconnect"));
    m_reconnectButton->setAccessibleName(tr("Reconnect the stream"));
    m_reconnectButton->setToolTip(m_reconnectAction->toolTip());
    connect(m_reconnectButton, &QPushButton::clicked, this, &LiveEventView::reconnect);
    m_state->setAccessibleName(tr("Stream state"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_notice->setAccessibleName(tr("Last stream notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_startButton);
    sourceRow->addWidget(m_reconnectButton);

    auto* stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    auto* stateCaption = new QLabel(tr("Stream:"), this);
    stateRow->addWidget(stateCaption);
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_notice, 1);

    m_filter->setPlaceholderText(tr("Filter: type:NEW_PROCESS host:name sid:prefix "
                                    "event/FILE_PATH = value  words  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Event filter"));
    m_filter->setToolTip(filterHelpText());
    auto* clearFilter = new QAction(tr("Clear filter"), m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    m_filterError->setAccessibleName(tr("Filter error"));
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->setPalette(
            StatusPalette::forLabel(StatusPalette::Tone::Error, m_filterError->palette()));
    m_filterError->hide();
    m_filterHelp->setText(tr("?"));
    m_filterHelp->setAccessibleName(tr("Filter syntax"));
    m_filterHelp->setToolTip(tr("Show the filter syntax (F1 in the filter)"));
    connect(m_filterHelp, &QToolButton::clicked, this, &LiveEventView::showFilterHelp);
    auto* helpAction = new QAction(tr("Filter syntax"), m_filter);
    helpAction->setShortcut(Qt::Key_F1);
    helpAction->setShortcutContext(Qt::WidgetShortcut);
    connect(helpAction, &QAction::triggered, this, &LiveEventView::showFilterHelp);
    m_filter->addAction(helpAction);

    auto* pauseButton = new QToolButton(this);
    pauseButton->setDefaultAction(m_pauseAction);
    pauseButton->setAccessibleName(tr("Pause or resume"));
    auto* followButton = new QToolButton(this);
    followButton->setDefaultAction(m_followAction);
    followButton->setAccessibleName(tr("Follow the newest events"));
    auto* recordButton = new QToolButton(this);
    recordButton->setDefaultAction(m_recordAction);
    recordButton->setAccessibleName(tr("Record to file"));
    auto* exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportShownAction);
    exportButton->setAccessibleName(tr("Export shown events"));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    exportButton->addAction(m_exportSelectionAction);
    auto* openButton = new QToolButton(this);
    openButton->setDefaultAction(m_openAction);
    openButton->setAccessibleName(tr("Open a recording"));
    for (QToolButton* button : {pauseButton, followButton, recordButton, exportButton, openButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_capacity->setRange(1'000, 20'000'000);
    m_capacity->setSingleStep(100'000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setValue(static_cast<int>(DefaultCapacity));
    m_capacity->setAccessibleName(tr("Events kept"));
    m_capacity->setToolTip(tr("How many events the view keeps; older ones leave as new ones "
                              "arrive"));
    auto* capacityLabel = new QLabel(tr("&Keep:"), this);
    capacityLabel->setBuddy(m_capacity);

    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterHelp);
    filterRow->addWidget(pauseButton);
    filterRow->addWidget(followButton);
    filterRow->addWidget(recordButton);
    filterRow->addWidget(exportButton);
    filterRow->addWidget(openButton);
    filterRow->addWidget(capacityLabel);
    filterRow->addWidget(m_capacity);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({800, 480});

    m_counters->setAccessibleName(tr("Event counters"));
    m_counters->setTextFormat(Qt::PlainText);
    m_counters->setToolTip(tr("Received = kept + evicted + waiting + dropped here.\n"
                              "Shown: kept events that pass the filter.\n"
                              "Evicted: pushed out of the view by newer events.\n"
                              "Waiting: held while paused.\n"
                              "Dropped by the server: never received (the reader was slow).\n"
                              "Dropped here: lines that were not JSON records, or overflow "
                              "while paused."));
    m_recording->setAccessibleName(tr("Recording"));
    m_recording->setTextFormat(Qt::PlainText);
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setMaximumWidth(160);
    m_exportProgress->hide();
    m_cancelExport->setText(tr("Cancel Export"));
    m_cancelExport->setAccessibleName(tr("Cancel export"));
    m_cancelExport->hide();
    connect(m_cancelExport, &QToolButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_counters, 1);
    statusRow->addWidget(m_recording);
    statusRow->addWidget(m_exportProgress);
    statusRow->addWidget(m_cancelExport);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(sourceRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_banners);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterError);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_chart);
    layout->addLayout(statusRow);
}

void LiveEventView::configureTable()
{
    m_table->setModel(m_tableModel);
    m_table->setItemDelegate(m_delegate);
    m_table->setAccessibleName(tr("Events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Uniform rows: the view never measures a row, whatever their number.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    for (int column = 0; column < LiveEventModel::ColumnCount - 1; ++column) {
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
        columns->resizeSection(column, defaultWidth(static_cast<Column>(column)));
    }
    // A whole timestamp with milliseconds, in this font.
    columns->resizeSection(
            static_cast<int>(Column::Time),
            fontMetrics().horizontalAdvance(QStringLiteral("2026-12-04 18:23:42.123Z")) + 24);

    // Space pauses and End follows the newest row when the table has the focus.
    auto* pauseKey = new QAction(tr("Pause or resume"), m_table);
    pauseKey->setShortcut(Qt::Key_Space);
    pauseKey->setShortcutContext(Qt::WidgetShortcut);
    connect(pauseKey, &QAction::triggered, m_pauseAction, &QAction::toggle);
    m_table->addAction(pauseKey);
    auto* endKey = new QAction(tr("Follow the newest events"), m_table);
    endKey->setShortcut(Qt::Key_End);
    endKey->setShortcutContext(Qt::WidgetShortcut);
    connect(endKey, &QAction::triggered, this, [this] { setFollowTail(true); });
    m_table->addAction(endKey);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(tr("Event actions"));
        menu->addAction(m_details->copyLineAction());
        menu->addSeparator();
        menu->addActions({m_exportSelectionAction, m_exportShownAction});
        menu->addSeparator();
        menu->addActions({m_pauseAction, m_followAction});
        menu->popup(m_table->viewport()->mapToGlobal(position));
    });

    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, &LiveEventView::onRowsInserted);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &LiveEventView::onRowsInserted);
    // Rows leaving the top (the ring evicting) would drag a parked view along; it stays on
    // the rows the user was reading instead.
    connect(m_tableModel, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                if (m_followTail || first != 0)
                    return;
                QScrollBar* scroll = m_table->verticalScrollBar();
                m_scrolling = true;
                scroll->setValue(std::max(0, scroll->value() - (last - first + 1)));
                m_scrolling = false;
            });
    QScrollBar* scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, &LiveEventView::onScrolled);
    connect(scroll, &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        m_lastScrollMaximum = maximum;
        onRowsInserted();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveEventView::onCurrentRowChanged);
    // A row picked to be read stays in view: following would scroll it away.
    connect(m_table, &LiveEventTable::rowPicked, this, [this](int row) {
        if (m_followTail && row < m_tableModel->rowCount() - 1)
            setFollowTail(false);
    });
}

void LiveEventView::setSession(OrgSession* session)
{
    if (session == m_session)
        return;
    // A Spout or Firehose belongs to the organisation it was opened for.
    if (m_stream && !qobject_cast<RecordingSource*>(m_stream))
        stop();
    m_session = session;
    m_banners->dismiss(SessionBanner);
    onStateChanged();
}

void LiveEventView::start()
{
    startNew(false);
}

void LiveEventView::reconnect()
{
    startNew(true);
}

void LiveEventView::watchSensor(const QString& sid)
{
    stop();
    m_source->setSource(LiveSourceBar::Source::Spout);
    m_source->typeBox()->setCurrentText(QStringLiteral("event"));
    m_source->sensorEdit()->setText(sid);
    start();
}

void LiveEventView::startNew(bool keepRows)
{
    m_banners->dismiss(StreamBanner);
    m_banners->dismiss(SessionBanner);
    if (!m_session || !m_session->client() || m_session->state() != OrgSession::State::Connected) {
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Warning,
                              tr("Open an organisation (or the demo) to stream its events. "
                                 "Recordings open without one: File > Open Recording…"));
        return;
    }

    LiveStream* stream = nullptr;
    if (m_source->source() == LiveSourceBar::Source::Firehose) {
        FirehoseOptions options;
        QString error;
        if (!m_source->firehoseOptions(&options, &error)) {
            m_banners->showBanner(StreamBanner, InlineBanner::Kind::Error, error);
            m_source->listenEdit()->setFocus();
            return;
        }
        auto* firehose = new FirehoseListener(m_session->client(), options, this);
        connect(firehose, &FirehoseListener::leftoverOutputFound, this,
                &LiveEventView::onLeftoverOutput);
        connect(firehose, &FirehoseListener::stopped, this, [this](const QString& message) {
            if (!message.isEmpty())
                m_banners->showBanner(FirehoseBanner, InlineBanner::Kind::Warning, message);
        });
        stream = firehose;
    } else {
        stream = new SpoutStream(m_session->client(), m_source->spoutOptions(), this);
    }

    if (!keepRows)
        clear();
    setStream(stream);
    qCInfo(lcStream) << "live view: starting" << stream->metaObject()->className();
    stream->start();
}

void LiveEventView::stop()
{
    if (m_leftoverQuestion)
        m_leftoverQuestion->close();
    if (m_stream)
        m_stream->stop();
    onStateChanged();
}

void LiveEventView::openRecording(const QString& fileName)
{
    m_banners->dismiss(StreamBanner);
    if (m_stream)
        m_stream->stop();
    clear();
    auto* source = new RecordingSource(fileName, this);
    connect(source, &RecordingSource::finished, this, [this, source, fileName] {
        const QString name = QFileInfo(fileName).fileName();
        const quint64 events = m_feed->counters().received;
        if (source->state() == LiveStream::State::Failed)
            m_notice->setText(tr("Stopped reading %1 (see the message above)").arg(name));
        else if (events == 0)
            m_notice->setText(tr("Played %1: it holds no events").arg(name));
        else
            m_notice->setText(
                    tr("Played %1: %n event(s)", nullptr,
                       static_cast<int>(std::min<quint64>(events, std::numeric_limits<int>::max())))
                            .arg(name));
    });
    setStream(source);
    source->start();
}

void LiveEventView::setStream(LiveStream* stream)
{
    disposeStream();
    m_stream = stream;
    m_feed->beginStream();
    stream->setSink(m_feed);
    m_notice->clear();
    connect(stream, &LiveStream::stateChanged, this, &LiveEventView::onStateChanged);
    connect(stream, &LiveStream::errorOccurred, this, &LiveEventView::onStreamError);
    connect(stream, &LiveStream::serverDroppedChanged, m_feed, &EventFeed::setServerDropped);
    connect(stream, &LiveStream::notice, m_notice, &QLabel::setText);
    emit streamChanged(stream);
    onStateChanged();
}

void LiveEventView::disposeStream()
{
    LiveStream* old = m_stream;
    m_stream = nullptr;
    if (!old)
        return;
    old->disconnect(this);
    old->setSink(nullptr);
    // A Firehose deletes its output after stop(); it goes once that call is done.
    auto* firehose = qobject_cast<FirehoseListener*>(old);
    if (firehose && old->state() != LiveStream::State::Stopped) {
        connect(firehose, &FirehoseListener::stopped, firehose, &QObject::deleteLater);
        firehose->stop();
        return;
    }
    old->stop();
    old->deleteLater();
}

void LiveEventView::onStateChanged()
{
    const LiveStream::State state = m_stream ? m_stream->state() : LiveStream::State::Stopped;
    const bool idle = state == LiveStream::State::Stopped || state == LiveStream::State::Failed;
    setStateText(m_stream ? m_stream->stateText() : tr("Stopped"));
    m_startAction->setText(idle ? tr("&Start Stream") : tr("&Stop Stream"));
    m_startButton->setText(idle ? tr("Start") : tr("Stop"));
    m_startButton->setToolTip(m_startAction->toolTip());
    const bool live = m_stream && !qobject_cast<RecordingSource*>(m_stream);
    const bool failed = live && state == LiveStream::State::Failed;
    m_reconnectButton->setVisible(failed);
    m_reconnectAction->setEnabled(failed);
    m_source->setEditable(idle);

    const QPalette theme = palette();
    QPalette statePalette = theme;
    if (state == LiveStream::State::Live)
        statePalette = StatusPalette::forLabel(StatusPalette::Tone::Success, theme);
    else if (state == LiveStream::State::Failed)
        statePalette = StatusPalette::forLabel(StatusPalette::Tone::Error, theme);
    else if (state == LiveStream::State::Connecting || state == LiveStream::State::Reconnecting)
        statePalette = StatusPalette::forLabel(StatusPalette::Tone::Warning, theme);
    m_state->setPalette(statePalette);
    if (state == LiveStream::State::Live)
        m_banners->dismiss(StreamBanner);
    if (failed && !m_banners->banner(StreamBanner) && !m_stream->errorText().isEmpty())
        onStreamError(m_stream->errorText());
}

void LiveEventView::setStateText(const QString& text)
{
    if (m_state->text() == text)
        return;
    m_state->setText(text);
    emit stateTextChanged(text);
}

void LiveEventView::onStreamError(const QString& message)
{
    const bool failed = m_stream && m_stream->state() == LiveStream::State::Failed;
    const bool playable = m_stream && !qobject_cast<RecordingSource*>(m_stream);
    if (failed && playable) {
        m_banners->showBanner(StreamBanner, InlineBanner::Kind::Error, message, tr("Reconnect"),
                              [this] { reconnect(); });
    } else {
        m_banners->showBanner(StreamBanner,
                              failed ? InlineBanner::Kind::Error : InlineBanner::Kind::Warning,
                              message);
    }
}

void LiveEventView::onLeftoverOutput(const QString& outputName, const QString& destination)
{
    auto* firehose = qobject_cast<FirehoseListener*>(m_stream);
    if (!firehose)
        return;
    if (m_leftoverQuestion)
        m_leftoverQuestion->close();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Output Left Over"),
                                tr("The output %1 already exists (sending to %2), probably left "
                                   "by an earlier session that did not stop cleanly.")
                                        .arg(outputName, destination),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Remove it and create a fresh one pointing here, keep it as it "
                               "is and listen, or cancel?"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove It and Start"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep It"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(remove);
    const QPointer<FirehoseListener> target = firehose;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, target, remove, keep](QAbstractButton* button) {
                if (!target || target != m_stream)
                    return;
                if (button == remove)
                    target->removeLeftoverAndStart();
                else if (button == keep)
                    target->keepLeftoverAndStart();
                else
                    stop();
            });
    m_leftoverQuestion = box;
    box->open();
}

bool LiveEventView::finishBeforeClose(const std::function<void()>& closed)
{
    auto* firehose = qobject_cast<FirehoseListener*>(m_stream.data());
    if (!firehose || !firehose->isRegistered())
        return false;
    // Otherwise the output would go on pointing at a port nobody listens on.
    setStateText(tr("Deleting the output before closing…"));
    auto done = std::make_shared<bool>(false);
    const auto finish = [closed, done] {
        if (!*done) {
            *done = true;
            closed();
        }
    };
    connect(firehose, &FirehoseListener::stopped, this, finish);
    QTimer::singleShot(CloseWaitMs, this, finish);
    firehose->stop();
    return true;
}

QMessageBox* LiveEventView::leftoverQuestion() const
{
    return m_leftoverQuestion;
}

void LiveEventView::clear()
{
    // The feed empties its store too, and counts from zero again.
    m_feed->clear();
    m_details->clearEvent();
    updateCounters();
}

void LiveEventView::setPaused(bool paused)
{
    if (m_pauseAction->isChecked() != paused) {
        m_pauseAction->setChecked(paused);
        return;
    }
    m_feed->setPaused(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateCounters();
}

bool LiveEventView::isPaused() const
{
    return m_feed->isPaused();
}

void LiveEventView::setFollowTail(bool follow)
{
    m_followTail = follow;
    if (m_followAction->isChecked() != follow)
        m_followAction->setChecked(follow);
    if (follow) {
        m_scrolling = true;
        m_table->scrollToBottom();
        m_scrolling = false;
    }
}

void LiveEventView::setCapacity(qsizetype records)
{
    records = std::clamp<qsizetype>(records, m_capacity->minimum(), m_capacity->maximum());
    if (m_capacity->value() != records)
        m_capacity->setValue(static_cast<int>(records));
    if (m_store->capacity() != records)
        m_store->setCapacity(records);
    scheduleCounters();
}

void LiveEventView::onRowsInserted()
{
    // The table model changes at most once a frame, so following scrolls (and repaints) at
    // most once a frame too, in the same turn as the rows arrive.
    scrollToTail();
}

void LiveEventView::scrollToTail()
{
    if (!m_followTail)
        return;
    m_scrolling = true;
    m_table->scrollToBottom();
    m_scrolling = false;
}

void LiveEventView::onScrolled(int value)
{
    const QScrollBar* scroll = m_table->verticalScrollBar();
    // Only a move the user made turns following off: not ours, not a range change.
    if (m_scrolling || !m_followTail || value >= scroll->maximum()
        || scroll->maximum() != m_lastScrollMaximum)
        return;
    setFollowTail(false);
}

void LiveEventView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 seq = m_tableModel->sequenceAt(current.row());
    if (seq == m_details->sequence() || !m_store->contains(seq))
        return;
    const EventRecord& record = m_store->at(seq);
    m_details->showRecord(seq, record.raw.toByteArray(), record.flags);
}

void LiveEventView::applyFilter(const QString& text)
{
    QString error;
    const LiveEventFilter filter = LiveEventFilter::parse(text, &error);
    if (!error.isEmpty()) {
        // The rows stay as the last good filter left them until the text parses again.
        m_filterError->setText(tr("Filter: %1").arg(error));
        m_filterError->show();
        m_filter->setStyleSheet(
                QStringLiteral("QLineEdit { border: 1px solid %1; }")
                        .arg(StatusPalette::text(StatusPalette::Tone::Error, palette()).name()));
        return;
    }
    m_filterError->clear();
    m_filterError->hide();
    m_filter->setStyleSheet({});
    m_model->setFilter(filter);
    onRowsInserted();
}

void LiveEventView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString LiveEventView::filterHelpText()
{
    return tr("Every term must match; the rows update as you type.\n"
              "type:NEW_PROCESS — event type, detection category or audit type (part of it; "
              "repeat for any of several)\n"
              "host:name — part of the hostname (case and accents ignored)\n"
              "sid:aaaa — sensor id starting with this\n"
              "detections — only detections\n"
              "event/FILE_PATH = value — the field at this path equals value (also "
              "routing.hostname=x)\n"
              "other words — each must occur in the event's JSON\n"
              "Quote a term to keep spaces in it. Escape clears the filter.");
}

void LiveEventView::showFilterHelp()
{
    QToolTip::showText(m_filterHelp->mapToGlobal(QPoint(0, m_filterHelp->height())),
                       filterHelpText(), m_filterHelp);
}

void LiveEventView::scheduleCounters()
{
    if (!m_countersTimer.isActive())
        m_countersTimer.start();
}

void LiveEventView::updateCounters()
{
    const FeedCounters counters = m_feed->counters();
    const QLocale locale;
    const auto n = [&locale](quint64 value) {
        return locale.toString(value);
    };
    // Written as the sum it is, so anyone can check that nothing went missing.
    QString text = tr("Received %1 = kept %2 + evicted %3 + waiting %4 + dropped here %5 · "
                      "Shown %6 · Dropped by server %7")
                           .arg(n(counters.received), n(counters.stored), n(counters.evicted),
                                n(counters.waiting), n(counters.droppedByClient),
                                locale.toString(m_model->shownCount()), n(counters.serverDropped));
    if (counters.malformed > 0)
        text += QLatin1Char(' ') + tr("(%1 malformed)").arg(n(counters.malformed));
    m_counters->setText(text);
    if (isPaused()) {
        m_pauseAction->setText(
                tr("&Resume (%n waiting)", nullptr, static_cast<int>(counters.waiting)));
    }
}

bool LiveEventView::startRecording(const QString& fileName, QString* error)
{
    stopRecording();
    auto recorder = std::make_unique<StreamRecorder>();
    QString problem;
    if (!recorder->open(fileName, &problem)) {
        m_banners->showBanner(RecordBanner, InlineBanner::Kind::Error, problem);
        if (error)
            *error = problem;
        m_recordAction->setChecked(false);
        return false;
    }
    m_banners->dismiss(RecordBanner);
    m_recorder = std::move(recorder);
    m_feed->setRecorder(m_recorder.get());
    m_recordAction->setChecked(true);
    updateRecording();
    return true;
}

void LiveEventView::stopRecording()
{
    m_feed->setRecorder(nullptr);
    if (m_recorder) {
        QString error;
        const QString name = m_recorder->fileName();
        const quint64 lines = m_recorder->linesWritten();
        if (!m_recorder->close(&error)) {
            m_banners->showBanner(RecordBanner, InlineBanner::Kind::Error, error);
        } else {
            m_notice->setText(tr("Recorded %n line(s) to %1", nullptr, static_cast<int>(lines))
                                      .arg(QFileInfo(name).fileName()));
        }
        m_recorder.reset();
    }
    m_recordAction->setChecked(false);
    updateRecording();
}

bool LiveEventView::isRecording() const
{
    return m_recorder && m_recorder->isOpen();
}

void LiveEventView::updateRecording()
{
    if (!m_recorder) {
        m_recording->clear();
        m_recording->hide();
        return;
    }
    if (!m_recorder->isOpen()) {
        // The recorder stopped itself (disk full, ...): the stream went on without it.
        const QString error = m_recorder->lastError();
        m_feed->setRecorder(nullptr);
        m_recorder.reset();
        m_recordAction->setChecked(false);
        m_recording->hide();
        m_banners->showBanner(RecordBanner, InlineBanner::Kind::Error,
                              error.isEmpty() ? tr("The recording stopped.") : error);
        return;
    }
    const auto lines = static_cast<int>(
            std::min<quint64>(m_recorder->linesWritten(), std::numeric_limits<int>::max()));
    m_recording->setText(tr("Recording to %1 — %Ln line(s)", nullptr, lines)
                                 .arg(QFileInfo(m_recorder->fileName()).fileName()));
    m_recording->setToolTip(m_recorder->fileName());
    m_recording->show();
}

void LiveEventView::chooseRecordingFile()
{
    auto* dialog = new QFileDialog(this, tr("Record to File"), QString(),
                                   tr("Newline-delimited JSON (*.ndjson);;Compressed "
                                      "newline-delimited JSON (*.ndjson.gz)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ndjson"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& fileName) { startRecording(fileName); });
    dialog->open();
}

void LiveEventView::chooseRecordingToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open Recording"), QString(),
                                   tr("Recordings (*.ndjson *.ndjson.gz *.jsonl *.json *.gz);;All "
                                      "files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &LiveEventView::openRecording);
    dialog->open();
}

void LiveEventView::chooseExportFile(ExportScope scope)
{
    const QString ndjson = tr("Newline-delimited JSON, exact lines (*.ndjson)");
    const QString csv = tr("CSV (*.csv)");
    auto* dialog = new QFileDialog(this,
                                   scope == ExportScope::Selection ? tr("Export Selected Events")
                                                                   : tr("Export Shown Events"),
                                   QString(), ndjson + QStringLiteral(";;") + csv);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ndjson"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, csv](const QString& filter) {
        dialog->setDefaultSuffix(filter == csv ? QStringLiteral("csv") : QStringLiteral("ndjson"));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, scope](const QString& fileName) { exportRows(fileName, scope); });
    dialog->open();
}

QVector<qint64> LiveEventView::sequencesFor(ExportScope scope) const
{
    QVector<qint64> sequences;
    if (scope == ExportScope::Shown) {
        const int rows = m_model->rowCount();
        sequences.reserve(rows);
        for (int row = 0; row < rows; ++row)
            sequences.append(m_model->sequenceAt(row));
        return sequences;
    }
    // By ranges: a selection of a million rows is a handful of ranges, not a million indexes.
    QVector<QPair<int, int>> ranges;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection)
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    int next = 0;
    for (const auto& [top, bottom] : std::as_const(ranges)) {
        for (int row = std::max(top, next); row <= bottom; ++row) {
            const qint64 seq = m_tableModel->sequenceAt(row);
            if (seq >= 0)
                sequences.append(seq);
        }
        next = std::max(next, bottom + 1);
    }
    if (sequences.isEmpty() && m_table->currentIndex().isValid()) {
        const qint64 seq = m_tableModel->sequenceAt(m_table->currentIndex().row());
        if (seq >= 0)
            sequences.append(seq);
    }
    return sequences;
}

LiveExportJob* LiveEventView::exportRows(const QString& fileName, ExportScope scope)
{
    if (m_export && m_export->isRunning()) {
        m_banners->showBanner(ExportBanner, InlineBanner::Kind::Warning,
                              tr("An export is still running; wait for it or cancel it."));
        return nullptr;
    }
    const QVector<qint64> sequences = sequencesFor(scope);
    if (sequences.isEmpty()) {
        m_banners->showBanner(ExportBanner, InlineBanner::Kind::Information,
                              scope == ExportScope::Selection
                                      ? tr("Select the events to export first.")
                                      : tr("There are no events to export."));
        return nullptr;
    }
    m_banners->dismiss(ExportBanner);
    auto* job = new LiveExportJob(m_model, sequences, fileName, EventExporter::formatFor(fileName),
                                  this);
    m_export = job;
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->show();
    connect(job, &LiveExportJob::progress, this, [this](qint64 written, qint64 total) {
        m_exportProgress->setValue(total > 0 ? static_cast<int>(written * 1000 / total) : 0);
    });
    connect(job, &LiveExportJob::finished, this, [this, job](bool ok, const QString& message) {
        m_exportProgress->hide();
        m_cancelExport->hide();
        m_banners->showBanner(ExportBanner,
                              ok ? InlineBanner::Kind::Information : InlineBanner::Kind::Error,
                              message);
        job->deleteLater();
        emit exportFinished(ok, message);
    });
    job->start();
    return job;
}

} // namespace lc
