// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotcheck/SpotCheckDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

#include "LcDesk.h"
#include "investigate/SpotCheck.h"
#include "sensors/SensorStore.h"
#include "session/OrgSession.h"
#include "spotcheck/IndicatorEditor.h"
#include "spotcheck/SpotCheckHitModel.h"
#include "spotcheck/SpotCheckSensorModel.h"
#include "widgets/BannerArea.h"
#include "widgets/JsonTreeWidget.h"

namespace lc {

namespace {

const QString SessionBanner = QStringLiteral("session");
const QString RunBanner = QStringLiteral("run");
const QString ExportBanner = QStringLiteral("export");

QSpinBox* makeSpin(QWidget* parent, int minimum, int maximum, int value, const QString& suffix,
                   const QString& accessibleName)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

QTableView* makeTable(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

bool writeWhole(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error != nullptr)
        *error = SpotCheckDialog::tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

SpotCheckDialog::SpotCheckDialog(OrgSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_indicators(new IndicatorEditor(this))
    , m_windows(new QCheckBox(tr("&Windows"), this))
    , m_linux(new QCheckBox(tr("&Linux"), this))
    , m_macos(new QCheckBox(tr("mac&OS"), this))
    , m_chrome(new QCheckBox(tr("C&hrome"), this))
    , m_tags(new QLineEdit(this))
    , m_concurrency(makeSpin(this, 1, 256, 4, {}, tr("Sensors at once")))
    , m_timeout(makeSpin(this, 1, 86'400, 120, tr(" s"), tr("Time per sensor")))
    , m_recheck(makeSpin(this, 1, 86'400, 60, tr(" s"), tr("Ask offline sensors again every")))
    , m_waitOffline(new QCheckBox(tr("Wait for offline sensors &up to"), this))
    , m_offlineWait(makeSpin(this, 0, 2'000'000, 3600, tr(" s"), tr("Offline wait")))
    , m_checkLabel(new QLabel(this))
    , m_banners(new BannerArea(this))
    , m_counters(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_report(new QLabel(this))
    , m_hitsView(makeTable(this, tr("Hits")))
    , m_hitModel(new SpotCheckHitModel(this))
    , m_sensorFilter(new QLineEdit(this))
    , m_sensorsView(makeTable(this, tr("Sensors")))
    , m_sensorModel(new SpotCheckSensorModel(this))
    , m_sensorProxy(new QSortFilterProxyModel(this))
    , m_checkButton(new QPushButton(tr("Chec&k"), this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_exportHitsButton(new QPushButton(tr("Export &Hits…"), this))
    , m_exportReportButton(new QPushButton(tr("Export Re&port…"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setWindowTitle(session != nullptr ? tr("SpotCheck — %1").arg(session->orgName())
                                      : tr("SpotCheck"));
    setModal(false);
    setSizeGripEnabled(true);

    for (QCheckBox* box : {m_windows, m_linux, m_macos, m_chrome})
        box->setChecked(true);
    m_waitOffline->setChecked(true);
    m_tags->setPlaceholderText(tr("+vip,-lab"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setClearButtonEnabled(true);
    m_tags->setToolTip(tr("Comma-separated. +tag: any of them lets a sensor in; -tag: any of "
                          "them keeps it out; tag: all of them are needed. Exact per tag, "
                          "case does not matter."));
    m_timeout->setToolTip(tr("From a sensor's first task to its last reply"));
    m_recheck->setToolTip(tr("Offline sensors are asked again this often"));
    m_offlineWait->setToolTip(
            tr("From the start of the run; then they are reported as never online"));
    m_checkLabel->setAccessibleName(tr("Indicator check"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAccessibleName(tr("Run report"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_sensorFilter->setPlaceholderText(tr("Filter sensors (host, id, state, error)"));
    m_sensorFilter->setAccessibleName(tr("Filter sensors"));
    m_sensorFilter->setClearButtonEnabled(true);
    m_runButton->setToolTip(tr("Check the indicators, then look for them (Ctrl+Return)"));
    m_checkButton->setToolTip(tr("Judge the indicators without sending anything"));
    m_stopButton->setToolTip(tr("End the run; the sensors not reached are not checked (Esc)"));

    m_hitsView->setModel(m_hitModel);
    m_sensorProxy->setSourceModel(m_sensorModel);
    m_sensorProxy->setFilterKeyColumn(-1);
    m_sensorProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sensorsView->setModel(m_sensorProxy);
    m_sensorsView->setSortingEnabled(true);
    m_sensorsView->sortByColumn(-1, Qt::AscendingOrder);

    buildLayout();

    // Return in an indicator field adds the indicator; it must not also press a button.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto* runAction = new QAction(tr("Run"), this);
    runAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(runAction, &QAction::triggered, this, [this] {
        if (m_state != State::Running && m_state != State::WaitingForSensors)
            run();
    });
    addAction(runAction);

    connect(m_checkButton, &QPushButton::clicked, this, &SpotCheckDialog::check);
    connect(m_runButton, &QPushButton::clicked, this, &SpotCheckDialog::run);
    connect(m_stopButton, &QPushButton::clicked, this, &SpotCheckDialog::askToStop);
    connect(m_exportHitsButton, &QPushButton::clicked, this, &SpotCheckDialog::chooseHitsFile);
    connect(m_exportReportButton, &QPushButton::clicked, this, &SpotCheckDialog::chooseReportFile);
    connect(m_closeButton, &QPushButton::clicked, this, &SpotCheckDialog::close);
    connect(m_waitOffline, &QCheckBox::toggled, m_offlineWait, &QSpinBox::setEnabled);
    connect(m_sensorFilter, &QLineEdit::textChanged, m_sensorProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_hitsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showHitDetails(index.row()); });
    connect(m_indicators, &IndicatorEditor::indicatorsChanged, this,
            &SpotCheckDialog::updateButtons);
    if (m_session) {
        connect(m_session, &OrgSession::stateChanged, this, &SpotCheckDialog::updateButtons);
        connect(m_session, &OrgSession::loadProgress, this, [this](int sensors) {
            if (m_state == State::WaitingForSensors)
                m_banners->showBanner(SessionBanner, InlineBanner::Kind::Information,
                                      tr("The sensor list is still loading (%n sensor(s) so "
                                         "far); the check starts when it is complete.",
                                         nullptr, sensors));
        });
        connect(m_session, &OrgSession::loadFinished, this, [this] {
            if (m_state == State::WaitingForSensors)
                startWhenLoaded();
        });
    }

    setState(State::Idle);
    resize(1200, 800);
}

SpotCheckDialog::~SpotCheckDialog()
{
    // Nothing more is sent once the window is gone; replies still on their way are dropped.
    if (m_spotCheck != nullptr)
        m_spotCheck->stop();
}

void SpotCheckDialog::buildLayout()
{
    auto* indicatorsBox = new QGroupBox(tr("Indicators"), this);
    auto* indicatorsLayout = new QVBoxLayout(indicatorsBox);
    indicatorsLayout->addWidget(m_indicators);
    indicatorsLayout->addWidget(m_checkLabel);

    auto* sensorsBox = new QGroupBox(tr("Sensors"), this);
    auto* platforms = new QHBoxLayout;
    for (QCheckBox* box : {m_windows, m_linux, m_macos, m_chrome})
        platforms->addWidget(box);
    platforms->addStretch(1);
    auto* tagsHelp = new QLabel(tr("+tag lets in, -tag keeps out, tag is required"), sensorsBox);
    tagsHelp->setForegroundRole(QPalette::PlaceholderText);
    auto* offlineRow = new QHBoxLayout;
    offlineRow->addWidget(m_waitOffline);
    offlineRow->addWidget(m_offlineWait);
    offlineRow->addStretch(1);
    auto* sensorsForm = new QFormLayout(sensorsBox);
    sensorsForm->addRow(tr("Platforms:"), platforms);
    auto* tagsLabel = new QLabel(tr("&Tags:"), sensorsBox);
    tagsLabel->setBuddy(m_tags);
    sensorsForm->addRow(tagsLabel, m_tags);
    sensorsForm->addRow(QString(), tagsHelp);
    auto* concurrencyLabel = new QLabel(tr("Sensors at &once:"), sensorsBox);
    concurrencyLabel->setBuddy(m_concurrency);
    sensorsForm->addRow(concurrencyLabel, m_concurrency);
    auto* timeoutLabel = new QLabel(tr("Time &per sensor:"), sensorsBox);
    timeoutLabel->setBuddy(m_timeout);
    sensorsForm->addRow(timeoutLabel, m_timeout);
    auto* recheckLabel = new QLabel(tr("Ask offline sensors again &every:"), sensorsBox);
    recheckLabel->setBuddy(m_recheck);
    sensorsForm->addRow(recheckLabel, m_recheck);
    sensorsForm->addRow(QString(), offlineRow);

    auto* setup = new QWidget(this);
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(indicatorsBox, 1);
    setupLayout->addWidget(sensorsBox);

    auto* hitsLabel = new QLabel(tr("Hits (double-click for the replies behind one):"), this);
    hitsLabel->setBuddy(m_hitsView);
    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_counters);
    resultsLayout->addWidget(m_progress);
    resultsLayout->addWidget(m_report);
    resultsLayout->addWidget(hitsLabel);
    resultsLayout->addWidget(m_hitsView, 2);
    auto* sensorsLabel = new QLabel(tr("Sensors:"), this);
    sensorsLabel->setBuddy(m_sensorsView);
    auto* sensorsHeader = new QHBoxLayout;
    sensorsHeader->addWidget(sensorsLabel);
    sensorsHeader->addWidget(m_sensorFilter, 1);
    resultsLayout->addLayout(sensorsHeader);
    resultsLayout->addWidget(m_sensorsView, 3);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(setup);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportHitsButton);
    buttons->addWidget(m_exportReportButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banners);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

SpotCheckOptions SpotCheckDialog::options() const
{
    SpotCheckOptions options;
    options.indicators = m_indicators->indicators();
    options.includeWindows = m_windows->isChecked();
    options.includeLinux = m_linux->isChecked();
    options.includeMacos = m_macos->isChecked();
    options.includeChrome = m_chrome->isChecked();
    options.tags = SpotCheckOptions::parseTags(m_tags->text());
    options.concurrency = m_concurrency->value();
    options.sensorTimeoutMs = m_timeout->value() * 1000;
    options.recheckIntervalMs = m_recheck->value() * 1000;
    options.waitForOffline = m_waitOffline->isChecked();
    options.offlineWaitMs = m_offlineWait->value() * 1000;
    return options;
}

int SpotCheckDialog::check()
{
    // What is typed in the fields but not added yet is what the analyst means to look for.
    if (!m_indicators->pathEdit()->text().trimmed().isEmpty()
        || !m_indicators->ruleEdit()->text().trimmed().isEmpty())
        m_indicators->addFromFields();

    m_rejected.clear();
    const QList<Indicator> usable = m_indicators->check(&m_rejected);
    const int total = int(m_indicators->indicators().size());

    QString text;
    if (total == 0)
        text = tr("Add at least one indicator to look for.");
    else if (m_rejected.isEmpty())
        text = tr("%n indicator(s) ready; nothing was sent.", nullptr, total);
    else
        text = tr("%1 of %2 indicators rejected (marked in the list); %3 ready.")
                       .arg(m_rejected.size())
                       .arg(total)
                       .arg(usable.size());
    m_checkLabel->setText(text);
    m_checkLabel->setToolTip(m_rejected.join(QLatin1Char('\n')));
    return int(usable.size());
}

bool SpotCheckDialog::run()
{
    if (m_state == State::Running || m_state == State::WaitingForSensors)
        return false;
    m_banners->dismiss(RunBanner);

    if (!m_session || m_session->state() != OrgSession::State::Connected) {
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Warning,
                              tr("Open an organisation (or the demo) to run a SpotCheck."));
        return false;
    }

    // The same judge as Check: rejected indicators stay marked and the rest goes ahead.
    const int usable = check();
    if (usable == 0) {
        m_banners->showBanner(RunBanner, InlineBanner::Kind::Warning,
                              m_indicators->indicators().isEmpty()
                                      ? tr("Add at least one indicator to look for.")
                                      : tr("No usable indicator: fix the ones marked in the "
                                           "list. Nothing was sent."));
        return false;
    }
    m_pending = options();
    SpotCheck::validate(m_pending.indicators);

    // Connected but no page read yet counts as loading: the list starts right after.
    if (m_session->isLoading()
        || (m_session->store()->size() == 0 && m_session->pagesLoaded() == 0)) {
        setState(State::WaitingForSensors);
        m_banners->showBanner(SessionBanner, InlineBanner::Kind::Information,
                              tr("The sensor list is still loading (%n sensor(s) so far); the "
                                 "check starts when it is complete.",
                                 nullptr, m_session->sensorsLoaded()));
        return true;
    }
    start();
    if (m_state == State::Running)
        m_checkLabel->setText(
                tr("%n indicator(s) in use.", nullptr, int(m_pending.indicators.size())));
    return m_state == State::Running;
}

void SpotCheckDialog::startWhenLoaded()
{
    m_banners->dismiss(SessionBanner);
    start();
}

void SpotCheckDialog::start()
{
    if (!m_session)
        return;

    if (m_spotCheck != nullptr) {
        m_spotCheck->stop();
        m_spotCheck->deleteLater();
    }
    m_spotCheck = new SpotCheck(m_session->client(), this);
    connect(m_spotCheck, &SpotCheck::sensorChanged, m_sensorModel,
            &SpotCheckSensorModel::sensorChanged);
    connect(m_spotCheck, &SpotCheck::hitFound, this, [this](const SpotCheckHit& hit) {
        m_hitModel->addHit(hit);
        emit hitFound(hit);
    });
    connect(m_spotCheck, &SpotCheck::progress, this, &SpotCheckDialog::updateCounters);
    connect(m_spotCheck, &SpotCheck::finished, this, &SpotCheckDialog::onFinished);

    m_hitModel->clear();
    m_report->clear();
    m_stopped = false;
    const QList<SpotCheckTarget> targets = SpotCheck::targetsFrom(*m_session->store());
    if (!m_spotCheck->start(targets, m_pending)) {
        m_banners->showBanner(RunBanner, InlineBanner::Kind::Error, m_spotCheck->error());
        setState(State::Idle);
        return;
    }
    m_sensorModel->setSpotCheck(m_spotCheck);
    m_sensorsView->resizeColumnsToContents();
    qCInfo(lcUi) << "spotcheck dialog: run started over" << targets.size() << "sensors";
    setState(State::Running);
    updateCounters();
}

void SpotCheckDialog::stop()
{
    if (m_state == State::WaitingForSensors) {
        m_banners->dismiss(SessionBanner);
        setState(State::Idle);
        return;
    }
    if (m_state != State::Running || m_spotCheck == nullptr)
        return;
    m_stopped = true;
    // finished() follows at once: every sensor not reached becomes "cancelled".
    m_spotCheck->stop();
}

void SpotCheckDialog::askToStop()
{
    if (m_state == State::WaitingForSensors) {
        stop();
        return;
    }
    if (m_state != State::Running)
        return;
    if (m_stopQuestion) {
        m_stopQuestion->raise();
        return;
    }
    const SpotCheck::Counts counts = m_spotCheck->counts();
    m_stopQuestion = new QMessageBox(
            QMessageBox::Question, tr("Stop the SpotCheck?"),
            tr("%1 sensors are not checked yet; they will be reported as not checked. The "
               "hits found so far stay.")
                    .arg(counts.pending + counts.checking + counts.offline),
            QMessageBox::Yes | QMessageBox::No, this);
    m_stopQuestion->button(QMessageBox::Yes)->setText(tr("Stop"));
    m_stopQuestion->button(QMessageBox::No)->setText(tr("Keep Running"));
    m_stopQuestion->setDefaultButton(QMessageBox::No);
    m_stopQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stopQuestion, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            stop();
    });
    m_stopQuestion->open();
}

void SpotCheckDialog::reject()
{
    // Esc during a run asks to stop it rather than hiding a window that keeps working.
    if (m_state == State::Running || m_state == State::WaitingForSensors) {
        askToStop();
        return;
    }
    QDialog::reject();
}

void SpotCheckDialog::closeEvent(QCloseEvent* event)
{
    if (m_state == State::Running || m_state == State::WaitingForSensors) {
        event->ignore();
        askToStop();
        return;
    }
    QDialog::closeEvent(event);
}

void SpotCheckDialog::updateCounters()
{
    if (m_spotCheck == nullptr)
        return;
    const SpotCheck::Counts c = m_spotCheck->counts();
    QString text = tr("Checked %1 · checking %2 · pending %3 · offline %4 · failed %5 · never "
                      "online %6 · hits %7")
                           .arg(c.checked)
                           .arg(c.checking)
                           .arg(c.pending)
                           .arg(c.offline)
                           .arg(c.failed)
                           .arg(c.neverOnline)
                           .arg(c.hits);
    if (c.filtered > 0)
        text += QStringLiteral(" · ") + tr("%1 left out by the filters").arg(c.filtered);
    m_counters->setText(text);

    const int visited = c.total - c.filtered;
    const int done = c.checked + c.failed + c.neverOnline + c.cancelled;
    m_progress->setRange(0, std::max(visited, 1));
    m_progress->setValue(visited == 0 ? 1 : done);
    m_progress->setFormat(tr("%1 of %2 sensors").arg(done).arg(visited));
}

QString SpotCheckDialog::reportText(bool withHosts) const
{
    if (m_spotCheck == nullptr || m_spotCheck->isRunning())
        return {};
    const SpotCheck::Counts c = m_spotCheck->counts();
    QStringList hitHosts;
    QStringList never;
    QStringList failed;
    for (const SpotCheck::SensorEntry& entry : m_spotCheck->sensors()) {
        const QString host =
                entry.target.hostname.isEmpty() ? entry.target.sid : entry.target.hostname;
        if (entry.hits > 0)
            hitHosts.append(host);
        if (entry.state == SpotCheck::SensorState::NeverOnline)
            never.append(host);
        if (entry.state == SpotCheck::SensorState::Failed)
            failed.append(host);
    }

    // Long lists of hosts belong to the sensors table (filter it by state), not to a sentence.
    const auto hosts = [withHosts](const QStringList& names) {
        if (!withHosts || names.isEmpty())
            return QString();
        constexpr int shown = 8;
        QString list = names.mid(0, shown).join(QStringLiteral(", "));
        if (names.size() > shown)
            list += QLatin1Char(' ') + tr("and %n more", nullptr, int(names.size()) - shown);
        return list;
    };

    const QString seconds = QString::number(m_spotCheck->elapsedMs() / 1000.0, 'f', 1);
    QString text = m_stopped ? tr("Stopped after %1 s:").arg(seconds)
                             : tr("Finished in %1 s:").arg(seconds);
    text += QLatin1Char(' ') + tr("%n checked", nullptr, c.checked);
    text += QStringLiteral(", ") + tr("%n hit(s)", nullptr, c.hits);
    if (!hosts(hitHosts).isEmpty())
        text += QLatin1Char(' ') + tr("on %1").arg(hosts(hitHosts));
    text += QStringLiteral(", ") + tr("%n failed", nullptr, c.failed);
    if (!hosts(failed).isEmpty())
        text += QStringLiteral(" (%1)").arg(hosts(failed));
    text += QStringLiteral(", ") + tr("%n never online", nullptr, c.neverOnline);
    if (!hosts(never).isEmpty())
        text += QStringLiteral(" (%1)").arg(hosts(never));
    if (c.cancelled > 0)
        text += QStringLiteral(", ") + tr("%n not checked (stopped)", nullptr, c.cancelled);
    return text + QLatin1Char('.');
}

void SpotCheckDialog::onFinished()
{
    updateCounters();
    m_report->setText(reportText(true));
    QString text = reportText(false);
    if (m_spotCheck->counts().filtered == m_spotCheck->counts().total)
        text = tr("The platform and tag filters left no sensor to check.");
    m_banners->showBanner(RunBanner,
                          m_spotCheck->counts().hits > 0 ? InlineBanner::Kind::Warning
                          : m_stopped || m_spotCheck->counts().failed > 0
                                  ? InlineBanner::Kind::Warning
                                  : InlineBanner::Kind::Information,
                          text);
    m_hitsView->resizeColumnsToContents();
    qCInfo(lcUi) << "spotcheck dialog: run finished," << m_spotCheck->counts().hits << "hits";
    setState(State::Finished);
    emit finished();
}

void SpotCheckDialog::setState(State state)
{
    m_state = state;
    updateButtons();
    emit stateChanged(state);
}

void SpotCheckDialog::updateButtons()
{
    const bool busy = m_state == State::Running || m_state == State::WaitingForSensors;
    const bool connected = m_session && m_session->state() == OrgSession::State::Connected;
    m_runButton->setEnabled(!busy && connected);
    m_checkButton->setEnabled(!busy);
    m_stopButton->setEnabled(busy);
    m_indicators->setEnabled(!busy);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_windows, m_linux, m_macos, m_chrome, m_tags,
                                         m_concurrency, m_timeout, m_recheck, m_waitOffline})
        widget->setEnabled(!busy);
    m_offlineWait->setEnabled(!busy && m_waitOffline->isChecked());
    const bool hasRun = m_spotCheck != nullptr && m_state != State::WaitingForSensors;
    m_exportHitsButton->setEnabled(hasRun);
    m_exportReportButton->setEnabled(hasRun);
}

bool SpotCheckDialog::exportHitsCsv(const QString& path, QString* error) const
{
    if (m_spotCheck == nullptr) {
        if (error != nullptr)
            *error = tr("Nothing to export yet: run a check first.");
        return false;
    }
    return writeWhole(path, m_spotCheck->hitsCsv(), error);
}

bool SpotCheckDialog::exportReport(const QString& path, QString* error) const
{
    if (m_spotCheck == nullptr) {
        if (error != nullptr)
            *error = tr("Nothing to export yet: run a check first.");
        return false;
    }
    QJsonObject report = m_spotCheck->toJson();
    // The indicators the run left out, as judged here (the engine saw only the usable ones).
    report.insert(QStringLiteral("rejected"), QJsonArray::fromStringList(m_rejected));
    report.insert(QStringLiteral("stopped"), m_stopped);
    report.insert(QStringLiteral("peak_concurrency"), m_spotCheck->peakConcurrency());
    report.insert(QStringLiteral("elapsed_ms"), m_spotCheck->elapsedMs());
    return writeWhole(path, QJsonDocument(report).toJson(QJsonDocument::Indented), error);
}

void SpotCheckDialog::showHitDetails(int row)
{
    if (row < 0 || row >= m_hitModel->rowCount())
        return;
    const SpotCheckHit& hit = m_hitModel->hit(row);
    if (m_details)
        m_details->close();

    m_details = new QDialog(this);
    m_details->setAttribute(Qt::WA_DeleteOnClose);
    m_details->setWindowTitle(tr("%1 on %2").arg(hit.kind, hit.hostname));
    auto* summary =
            new QLabel(tr("%1 indicator %2 found at %3").arg(hit.kind, hit.indicatorText, hit.path),
                       m_details);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* tree = new JsonTreeWidget(m_details);
    tree->setObject(hit.details);
    tree->expandAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_details);
    auto* copy = buttons->addButton(tr("&Copy JSON"), QDialogButtonBox::ActionRole);
    const QByteArray json = QJsonDocument(hit.details).toJson(QJsonDocument::Indented);
    connect(copy, &QPushButton::clicked, m_details,
            [json] { QGuiApplication::clipboard()->setText(QString::fromUtf8(json)); });
    connect(buttons, &QDialogButtonBox::rejected, m_details, &QDialog::close);
    auto* layout = new QVBoxLayout(m_details);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    m_details->resize(700, 500);
    m_details->show();
}

void SpotCheckDialog::chooseHitsFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Hits"),
                                                      QStringLiteral("spotcheck-hits.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportHitsCsv(path, &error))
        m_banners->showBanner(
                ExportBanner, InlineBanner::Kind::Information,
                tr("Wrote %n hit(s) to %1.", nullptr, m_hitModel->rowCount()).arg(path));
    else
        m_banners->showBanner(ExportBanner, InlineBanner::Kind::Error, error);
}

void SpotCheckDialog::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      QStringLiteral("spotcheck-report.json"),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        m_banners->showBanner(ExportBanner, InlineBanner::Kind::Information,
                              tr("Wrote the report to %1.").arg(path));
    else
        m_banners->showBanner(ExportBanner, InlineBanner::Kind::Error, error);
}

} // namespace lc
