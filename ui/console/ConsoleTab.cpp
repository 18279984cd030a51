// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleTab.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "LcDesk.h"
#include "console/CommandLineEdit.h"
#include "console/ConsoleHistory.h"
#include "console/ProcessTreeDialog.h"
#include "console/ResponseView.h"
#include "console/YaraRuleDialog.h"
#include "investigate/CommandCatalog.h"
#include "investigate/Investigation.h"
#include "investigate/TaskLine.h"
#include "widgets/BannerArea.h"
#include "widgets/StatusPalette.h"

namespace lc {

namespace {

enum RequestColumn
{
    CommandColumn,
    HostColumn,
    TimeColumn,
    StateColumn,
};

constexpr int RunRole = Qt::UserRole + 1;
constexpr int HostIndexRole = Qt::UserRole + 2;
constexpr int HostsNamed = 5;
const QString StreamBanner = QStringLiteral("stream");

// A command as the request list shows it: a long argument (a YARA rule in base64) is cut in
// the middle so the command and its other arguments stay readable; the tooltip has it whole.
QString shortLine(const QString& line)
{
    constexpr int longest = 48;
    QString shown;
    for (const TaskLine::Token& token : TaskLine::tokenize(line)) {
        QString word = line.mid(token.start, token.end - token.start);
        if (word.size() > longest)
            word = word.left(24) + QChar(0x2026) + word.right(12);
        if (!shown.isEmpty())
            shown += QLatin1Char(' ');
        shown += word;
    }
    return shown;
}

QString timeText(const QDateTime& time)
{
    return time.isValid()
                   ? QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                   : QString();
}

QString isoText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ConsoleTab::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ConsoleTab::ConsoleTab(ApiClient* client, const QList<Target>& targets, QWidget* parent)
    : QWidget(parent)
    , m_targets(targets)
    , m_investigation(new Investigation(client, Investigation::newId(), this))
    , m_banners(new BannerArea(this))
    , m_hostsLabel(new QLabel(this))
    , m_idEdit(new QLineEdit(this))
    , m_idProblem(new QLabel(this))
    , m_streamLabel(new QLabel(this))
    , m_line(new CommandLineEdit(targets.size() == 1 ? targets.first().sid
                                                     : ConsoleHistory::groupKey([&targets] {
                                                           QStringList sids;
                                                           for (const Target& target : targets)
                                                               sids.append(target.sid);
                                                           return sids;
                                                       }()),
                                 this))
    , m_help(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_requests(new QTreeWidget(this))
    , m_view(new ResponseView(this))
{
    setAccessibleName(tr("Console of %1").arg(title()));
    buildActions();
    buildLayout();

    connect(m_line, &CommandLineEdit::submitted, this, &ConsoleTab::submit);
    connect(m_line, &QLineEdit::textChanged, this, &ConsoleTab::updateHelp);
    connect(m_idEdit, &QLineEdit::editingFinished, this, &ConsoleTab::applyIdEdit);
    connect(m_investigation, &Investigation::streamStateChanged, this, &ConsoleTab::onStreamState);
    connect(m_investigation, &Investigation::streamError, this, [this](const QString& message) {
        m_banners->showBanner(StreamBanner, InlineBanner::Kind::Error,
                              tr("The reply stream failed: %1").arg(message), tr("Reconnect"),
                              [this] {
                                  m_investigation->stop();
                                  m_investigation->start();
                              });
    });
    connect(m_requests, &QTreeWidget::currentItemChanged, this, [this] {
        render();
        updateExportActions();
    });
    connect(m_view, &ResponseView::currentRecordChanged, this, &ConsoleTab::updateRowActions);

    // The seconds left of waiting requests count down in the list.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updateRunItems();
        const QList<SensorRequest*> selected = selectedRequests();
        const bool waiting =
                std::any_of(selected.begin(), selected.end(), [](const SensorRequest* request) {
                    return request->responses().isEmpty();
                });
        if (waiting)
            render();
    });
    // Replies of a long listing arrive in bursts: the view is rebuilt once per burst.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(50);
    connect(&m_renderTimer, &QTimer::timeout, this, &ConsoleTab::render);

    m_idEdit->setText(m_investigation->id());
    onStreamState(LiveStream::State::Stopped);
    updateHelp();
    updateRowActions();
    updateExportActions();
    render();
}

ConsoleTab::~ConsoleTab()
{
    // The investigation cancels what still waits when it goes; none of that may reach this
    // half-destroyed widget.
    for (const Run& run : std::as_const(m_runs)) {
        for (const QPointer<SensorRequest>& request : run.requests) {
            if (request)
                request->disconnect(this);
        }
    }
    m_investigation->disconnect(this);
    delete m_investigation;
}

QString ConsoleTab::keyOf(const QStringList& sids)
{
    QStringList sorted = sids;
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(QLatin1Char(','));
}

QString ConsoleTab::key() const
{
    QStringList sids;
    for (const Target& target : m_targets)
        sids.append(target.sid);
    return keyOf(sids);
}

QString ConsoleTab::title() const
{
    if (m_targets.size() == 1)
        return m_targets.first().host;
    return tr("%n sensor(s)", nullptr, int(m_targets.size()));
}

QString ConsoleTab::hostOf(const QString& sid) const
{
    const Target* target = targetOf(sid);
    return target ? target->host : sid;
}

const ConsoleTab::Target* ConsoleTab::targetOf(const QString& sid) const
{
    for (const Target& target : m_targets) {
        if (target.sid == sid)
            return &target;
    }
    return nullptr;
}

void ConsoleTab::buildActions()
{
    const auto make = [this](const QString& text, const QString& toolTip,
                             void (ConsoleTab::*slot)()) {
        auto* action = new QAction(text, this);
        action->setToolTip(toolTip);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_treeAction = make(tr("Process &Tree"),
                        tr("Ancestors and children of the selected process (from the latest "
                           "process list, or a new one)"),
                        &ConsoleTab::showProcessTree);
    m_killAction = make(tr("&Kill Process…"), tr("Kill the selected process (asks first)"),
                        &ConsoleTab::killProcess);
    m_yaraProcessAction = make(tr("YARA Scan &Process…"),
                               tr("Scan the selected process's memory with a YARA rule"),
                               &ConsoleTab::yaraScanProcess);
    m_hashAction = make(tr("File &Hash"), tr("SHA-256 and signature of the selected file"),
                        &ConsoleTab::fileHash);
    m_getFileAction =
            make(tr("&Get File…"), tr("Fetch the selected file and save it on this computer"),
                 &ConsoleTab::getFile);
    m_yaraFileAction = make(tr("YARA Scan &File…"), tr("Scan the selected file with a YARA rule"),
                            &ConsoleTab::yaraScanFile);
    m_cancelAction =
            make(tr("&Cancel Request"), tr("Stop waiting for the selected request's replies"),
                 &ConsoleTab::cancelSelected);
    m_exportJsonAction = make(tr("Export &JSON…"),
                              tr("Write every reply of the selected request, with its routing, "
                                 "to a JSON file (Ctrl+S)"),
                              nullptr);
    m_exportCsvAction =
            make(tr("Export &CSV…"), tr("Write the rows shown (filtered and sorted) to a CSV file"),
                 nullptr);
    m_saveFileAction =
            make(tr("&Save File…"), tr("Save the content file_get brought back on this computer"),
                 &ConsoleTab::chooseFileContentTarget);

    connect(m_exportJsonAction, &QAction::triggered, this,
            [this] { openExportDialog(tr("JSON (*.json)")); });
    connect(m_exportCsvAction, &QAction::triggered, this,
            [this] { openExportDialog(tr("CSV (*.csv)")); });
}

void ConsoleTab::buildLayout()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Header: who this console talks to, the investigation id, the reply stream.
    m_hostsLabel->setTextFormat(Qt::PlainText);
    m_hostsLabel->setAccessibleName(tr("Sensors of this console"));
    QFont bold = m_hostsLabel->font();
    bold.setBold(true);
    m_hostsLabel->setFont(bold);
    QStringList names;
    for (const Target& target : std::as_const(m_targets)) {
        names.append(target.platformName.isEmpty()
                             ? target.host
                             : QStringLiteral("%1 (%2)").arg(target.host, target.platformName));
    }
    if (m_targets.size() == 1) {
        m_hostsLabel->setText(names.first());
        m_hostsLabel->setToolTip(m_targets.first().sid);
    } else {
        const QStringList shown = names.mid(0, HostsNamed);
        QString text =
                tr("%n sensor(s): ", nullptr, int(names.size())) + shown.join(QStringLiteral(", "));
        if (names.size() > HostsNamed)
            text += tr(" and %n more", nullptr, int(names.size()) - HostsNamed);
        m_hostsLabel->setText(text);
        m_hostsLabel->setToolTip(names.join(QLatin1Char('\n')));
    }

    auto* idCaption = new QLabel(tr("&Investigation:"), this);
    idCaption->setBuddy(m_idEdit);
    m_idEdit->setAccessibleName(tr("Investigation id"));
    m_idEdit->setToolTip(tr("Replies come back over a stream of this investigation id. It can "
                            "change between requests (no '/', spaces or leading __)."));
    m_idEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    auto* revertId = new QAction(tr("Revert the investigation id"), m_idEdit);
    revertId->setShortcut(Qt::Key_Escape);
    revertId->setShortcutContext(Qt::WidgetShortcut);
    connect(revertId, &QAction::triggered, this, [this] {
        m_idEdit->setText(m_investigation->id());
        m_idProblem->hide();
    });
    m_idEdit->addAction(revertId);
    m_streamLabel->setAccessibleName(tr("Reply stream state"));
    m_streamLabel->setTextFormat(Qt::PlainText);

    const QPalette problemPalette = StatusPalette::forLabel(StatusPalette::Tone::Error, palette());
    m_idProblem->setPalette(problemPalette);
    m_idProblem->setWordWrap(true);
    m_idProblem->setAccessibleName(tr("Investigation id problem"));
    m_idProblem->hide();

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_hostsLabel, 1);
    header->addWidget(idCaption);
    header->addWidget(m_idEdit);
    header->addSpacing(12);
    header->addWidget(m_streamLabel);

    // The command line with its help.
    auto* prompt = new QLabel(QStringLiteral(">"), this);
    prompt->setFont(mono);
    prompt->setBuddy(m_line);
    m_line->setFont(mono);
    m_line->setAccessibleName(tr("Sensor command"));
    m_line->setPlaceholderText(tr("Sensor command, e.g. os_processes — Tab completes, help lists "
                                  "them, Return sends, Up/Down: history"));
    m_line->setClearButtonEnabled(true);
    auto* lineBar = new QHBoxLayout;
    lineBar->setContentsMargins(0, 0, 0, 0);
    lineBar->addWidget(prompt);
    lineBar->addWidget(m_line, 1);

    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setAccessibleName(tr("Command help"));
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setPalette(problemPalette);
    m_problem->setAccessibleName(tr("Command problem"));
    m_problem->hide();

    // The requests, newest at the bottom.
    m_requests->setAccessibleName(tr("Requests"));
    m_requests->setColumnCount(4);
    m_requests->setHeaderLabels({tr("Command"), tr("Host"), tr("Sent"), tr("State")});
    m_requests->setRootIsDecorated(isMultiSensor());
    m_requests->setUniformRowHeights(true);
    m_requests->setAllColumnsShowFocus(true);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->header()->setStretchLastSection(true);
    m_requests->setColumnWidth(CommandColumn, 360);
    m_requests->setColumnWidth(HostColumn, 150);
    m_requests->setColumnWidth(TimeColumn, 80);
    m_requests->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_requests->addAction(m_cancelAction);
    m_requests->addAction(m_exportJsonAction);

    auto* toolBar = new QToolBar(tr("Reply actions"), this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Reply actions"));
    toolBar->addActions({m_treeAction, m_killAction, m_yaraProcessAction});
    toolBar->addSeparator();
    toolBar->addActions({m_hashAction, m_getFileAction, m_yaraFileAction});
    toolBar->addSeparator();
    toolBar->addActions({m_exportJsonAction, m_exportCsvAction, m_saveFileAction});
    toolBar->addSeparator();
    toolBar->addAction(m_cancelAction);
    m_view->setRowActions({m_treeAction, m_killAction, m_yaraProcessAction, nullptr, m_hashAction,
                           m_getFileAction, m_yaraFileAction, nullptr, m_exportCsvAction});

    auto* replies = new QWidget(this);
    auto* repliesLayout = new QVBoxLayout(replies);
    repliesLayout->setContentsMargins(0, 0, 0, 0);
    repliesLayout->addWidget(toolBar);
    repliesLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_requests);
    splitter->addWidget(replies);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({fontMetrics().height() * 8, fontMetrics().height() * 40});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banners);
    layout->addLayout(header);
    layout->addWidget(m_idProblem);
    layout->addLayout(lineBar);
    layout->addWidget(m_help);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    setTabOrder(m_line, m_requests);
    setTabOrder(m_requests, m_view);
    setFocusProxy(m_line);
}

void ConsoleTab::focusCommandLine()
{
    m_line->setFocus(Qt::OtherFocusReason);
}

void ConsoleTab::focusFilter()
{
    m_view->focusFilter();
}

// --- The command line ---------------------------------------------------------------------

void ConsoleTab::updateHelp()
{
    const QString line = m_line->text();
    const QString command = TaskLine::commandOf(line);
    QString help;
    QString problem;

    const bool typingCommand = !line.trimmed().isEmpty()
                               && !line.trimmed().contains(QLatin1Char(' '))
                               && !line.endsWith(QLatin1Char(' '));
    const CommandSpec* spec = CommandCatalog::find(command);
    if (line.trimmed().isEmpty()) {
        help = tr("Type a sensor command; Tab completes names and flags, \"help\" lists every "
                  "command, Return sends, Up and Down walk this console's history.");
    } else if (command == QLatin1String("help")) {
        help = tr("help lists the commands; help COMMAND shows one command's arguments. Nothing "
                  "is sent.");
    } else if (spec == nullptr && typingCommand) {
        const QStringList candidates = m_line->candidates();
        if (candidates.isEmpty()) {
            problem = tr("No command starts with \"%1\". Type help for the list.").arg(command);
        } else {
            QStringList shown = candidates.mid(0, 8);
            if (candidates.size() > shown.size())
                shown.append(QStringLiteral("…"));
            help = tr("Tab completes: %1").arg(shown.join(QStringLiteral(", ")));
        }
    } else if (spec == nullptr) {
        problem = tr("Unknown command \"%1\": Return asks whether to send it anyway.").arg(command);
    } else {
        help = CommandCatalog::help(*spec);
        problem = CommandCatalog::check(line);
        if (problem.isEmpty()) {
            QStringList unsupported;
            for (const Target& target : std::as_const(m_targets)) {
                if (!spec->supports(target.platform))
                    unsupported.append(target.host);
            }
            if (unsupported.size() == m_targets.size())
                problem = CommandCatalog::check(line, m_targets.first().platform);
            else if (!unsupported.isEmpty())
                problem = tr("Not supported on %1: it goes to the other sensors only.")
                                  .arg(unsupported.join(QStringLiteral(", ")));
        }
        // While the arguments are still being typed a missing one is expected, not an error.
        if (problem.contains(tr("is missing")) && line.endsWith(QLatin1Char(' ')))
            problem.clear();
    }

    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConsoleTab::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConsoleTab::showHelp(const QString& topic)
{
    QString text;
    if (topic.isEmpty()) {
        int width = 0;
        for (const CommandSpec& spec : CommandCatalog::commands())
            width = std::max(width, int(spec.name.size()));
        QStringList lines{tr("Sensor commands (help COMMAND for one command's arguments):"), {}};
        QList<CommandSpec> specs = CommandCatalog::commands();
        std::sort(specs.begin(), specs.end(),
                  [](const CommandSpec& a, const CommandSpec& b) { return a.name < b.name; });
        for (const CommandSpec& spec : std::as_const(specs)) {
            QString entry = spec.name.leftJustified(width + 2) + spec.summary;
            if (spec.destructive)
                entry += QStringLiteral("  ") + tr("[changes the host]");
            entry += QStringLiteral("  (") + CommandCatalog::platformNames(spec.platforms)
                     + QLatin1Char(')');
            lines.append(entry);
        }
        text = lines.join(QLatin1Char('\n'));
    } else {
        const CommandSpec* spec = CommandCatalog::find(topic);
        text = spec ? CommandCatalog::help(*spec)
                    : tr("Unknown command \"%1\". Type help for the list.").arg(topic);
    }

    // The help replaces the selection's replies until a request is picked again.
    {
        const QSignalBlocker blocker(m_requests);
        m_requests->setCurrentItem(nullptr);
        m_requests->clearSelection();
    }
    m_view->showMessage(text);
    updateExportActions();
}

void ConsoleTab::submit(const QString& typed)
{
    const QString line = typed.trimmed();
    if (line.isEmpty())
        return;

    const QList<TaskLine::Token> tokens = TaskLine::tokenize(line);
    if (TaskLine::commandOf(line) == QLatin1String("help")) {
        showHelp(tokens.size() > 1 ? tokens.at(1).text : QString());
        m_line->history().add(line);
        m_line->clear();
        return;
    }
    submitTo(line, m_targets, {});
}

void ConsoleTab::submitTo(const QString& line, const QList<Target>& targets, const QString& subject,
                          Finished onFinished)
{
    const bool typed = subject.isEmpty();
    const CommandSpec* spec = CommandCatalog::find(TaskLine::commandOf(line));
    const QString syntax = CommandCatalog::check(line);

    // A line the catalogue refuses is not sent; only a command it does not know may be.
    if (spec != nullptr && !syntax.isEmpty()) {
        showProblem(syntax);
        return;
    }

    QList<Target> to;
    QStringList unsupported;
    for (const Target& target : targets) {
        if (spec != nullptr && !spec->supports(target.platform))
            unsupported.append(target.host);
        else
            to.append(target);
    }
    if (to.isEmpty()) {
        showProblem(CommandCatalog::check(line, targets.first().platform));
        return;
    }

    QStringList hosts;
    for (const Target& target : std::as_const(to))
        hosts.append(target.host);
    QString hostText = hosts.mid(0, HostsNamed).join(QStringLiteral(", "));
    if (hosts.size() > HostsNamed)
        hostText += tr(" and %n more", nullptr, int(hosts.size()) - HostsNamed);

    QStringList sentences;
    QString title;
    QString confirm;
    if (spec == nullptr) {
        title = tr("Unknown Command");
        sentences.append(tr("\"%1\" is not a command this console knows. Newer sensors may know "
                            "it. Send it anyway?")
                                 .arg(TaskLine::commandOf(line)));
        confirm = tr("Send &Anyway");
    }
    if (!unsupported.isEmpty()) {
        title = tr("Not Supported Everywhere");
        sentences.append(tr("%1 is not supported on %2: it goes to the other sensors only.")
                                 .arg(spec->name, unsupported.join(QStringLiteral(", "))));
        confirm = tr("&Send to %n sensor(s)", nullptr, int(to.size()));
    }
    if (spec != nullptr && spec->destructive) {
        title = tr("Confirm %1").arg(spec->name);
        sentences.append(
                subject.isEmpty()
                        ? tr("%1 changes the host. Send it to %2?").arg(spec->name, hostText)
                        : subject);
        confirm = typed ? tr("&Send to %n sensor(s)", nullptr, int(to.size()))
                        : tr("&Send %1").arg(spec->name);
    }

    const auto go = [this, line, to, typed, onFinished] {
        if (typed) {
            m_line->history().add(line);
            if (m_line->text().trimmed() == line)
                m_line->clear();
        }
        send(line, to, onFinished);
    };
    if (sentences.isEmpty()) {
        go();
        return;
    }
    ask(title, sentences.join(QStringLiteral("\n\n")), line, confirm, go);
}

void ConsoleTab::ask(const QString& title, const QString& text, const QString& details,
                     const QString& confirmText, std::function<void()> confirmed)
{
    if (m_question)
        m_question->reject();

    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(title);
    box->setText(text);
    box->setInformativeText(details);
    QPushButton* yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, confirmed] {
        if (box->clickedButton() == yes)
            confirmed();
        else
            emit statusMessage(tr("Not sent."));
        m_line->setFocus(Qt::OtherFocusReason);
    });
    m_question = box;
    box->open();
}

void ConsoleTab::send(const QString& line, const QList<Target>& targets, Finished onFinished)
{
    // A new command starts a stream that gave up again (Investigation::request).
    m_banners->dismiss(StreamBanner);
    emit statusMessage({});
    showProblem({});

    const int index = int(m_runs.size());
    Run run;
    run.line = line;
    run.created = QDateTime::currentDateTimeUtc();
    run.item = new QTreeWidgetItem(m_requests);
    run.item->setData(CommandColumn, RunRole, index);
    run.item->setData(CommandColumn, HostIndexRole, -1);
    run.item->setText(CommandColumn, shortLine(line));
    run.item->setToolTip(CommandColumn, line);
    run.item->setFont(CommandColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (int host = 0; host < targets.size(); ++host) {
        const Target& target = targets.at(host);
        SensorRequest* request = m_investigation->request(target.sid, line);
        run.requests.append(request);
        run.sids.append(target.sid);
        if (targets.size() > 1) {
            auto* child = new QTreeWidgetItem(run.item);
            child->setData(CommandColumn, RunRole, index);
            child->setData(CommandColumn, HostIndexRole, host);
        }
        connect(request, &SensorRequest::stateChanged, this, [this, index] {
            updateRunItem(index);
            updateExportActions();
        });
        connect(request, &SensorRequest::responseArrived, this, [this, index] {
            updateRunItem(index);
            if (runOfItem(m_requests->currentItem()) == index)
                scheduleRender();
        });
        connect(request, &SensorRequest::finished, this, [this, index, request, onFinished] {
            onRequestFinished(index, request);
            if (onFinished)
                onFinished(request);
        });
    }
    m_runs.append(run);
    run.item->setExpanded(true);
    updateRunItem(index);

    qCInfo(lcUi) << "console sent" << TaskLine::commandOf(line) << "to" << targets.size()
                 << "sensor(s)";
    m_requests->setCurrentItem(run.item);
    m_requests->scrollToItem(run.item);
    if (!m_tick.isActive())
        m_tick.start();
    emit pendingCountChanged(pendingCount());
}

void ConsoleTab::onRequestFinished(int run, SensorRequest* request)
{
    updateRunItem(run);
    if (request->failedOffline()) {
        m_banners->showBanner(QStringLiteral("offline:") + request->sid(),
                              InlineBanner::Kind::Warning,
                              tr("%1 is offline: the task was not sent. Send it again once the "
                                 "sensor is back online.")
                                      .arg(hostOf(request->sid())));
    }
    // The finished request is shown complete at once; replies before it came in bursts.
    if (runOfItem(m_requests->currentItem()) == run)
        render();
    updateExportActions();

    const int pending = pendingCount();
    if (pending == 0)
        m_tick.stop();
    emit pendingCountChanged(pending);
}

int ConsoleTab::pendingCount() const
{
    int pending = 0;
    for (const Run& run : m_runs) {
        for (const QPointer<SensorRequest>& request : run.requests) {
            if (request && !request->isFinished())
                ++pending;
        }
    }
    return pending;
}

void ConsoleTab::cancelAll()
{
    for (const Run& run : std::as_const(m_runs)) {
        for (const QPointer<SensorRequest>& request : run.requests) {
            if (request)
                request->cancel();
        }
    }
}

void ConsoleTab::cancelSelected()
{
    for (SensorRequest* request : selectedRequests())
        request->cancel();
}

QString ConsoleTab::runLine(int run) const
{
    return run >= 0 && run < m_runs.size() ? m_runs.at(run).line : QString();
}

QList<SensorRequest*> ConsoleTab::runRequests(int run) const
{
    QList<SensorRequest*> requests;
    if (run < 0 || run >= m_runs.size())
        return requests;
    for (const QPointer<SensorRequest>& request : m_runs.at(run).requests) {
        if (request)
            requests.append(request);
    }
    return requests;
}

int ConsoleTab::runOfItem(const QTreeWidgetItem* item) const
{
    return item ? item->data(CommandColumn, RunRole).toInt() : -1;
}

QList<SensorRequest*> ConsoleTab::requestsOfItem(const QTreeWidgetItem* item) const
{
    const int run = runOfItem(item);
    if (run < 0)
        return {};
    const int host = item->data(CommandColumn, HostIndexRole).toInt();
    QList<SensorRequest*> requests;
    const Run& entry = m_runs.at(run);
    for (int i = 0; i < entry.requests.size(); ++i) {
        if ((host < 0 || host == i) && entry.requests.at(i))
            requests.append(entry.requests.at(i));
    }
    return requests;
}

QList<SensorRequest*> ConsoleTab::selectedRequests() const
{
    return requestsOfItem(m_requests->currentItem());
}

void ConsoleTab::selectRun(int run, int host)
{
    if (run < 0 || run >= m_runs.size())
        return;
    QTreeWidgetItem* item = m_runs.at(run).item;
    if (host >= 0 && host < item->childCount())
        item = item->child(host);
    m_requests->setCurrentItem(item);
}

void ConsoleTab::updateRunItem(int index)
{
    if (index < 0 || index >= m_runs.size())
        return;
    const Run& run = m_runs.at(index);

    QStringList tracking;
    int finished = 0;
    int failed = 0;
    int replies = 0;
    QDateTime sent;
    for (int i = 0; i < run.requests.size(); ++i) {
        SensorRequest* request = run.requests.at(i);
        if (!request)
            continue;
        tracking.append(
                QStringLiteral("%1: %2").arg(hostOf(request->sid()), request->trackingId()));
        finished += request->isFinished() ? 1 : 0;
        failed += request->state() == SensorRequest::State::Failed
                                  || request->state() == SensorRequest::State::TimedOut
                          ? 1
                          : 0;
        replies += int(request->responses().size());
        if (request->sentAt().isValid() && (!sent.isValid() || request->sentAt() < sent))
            sent = request->sentAt();

        if (run.requests.size() > 1 && i < run.item->childCount()) {
            QTreeWidgetItem* child = run.item->child(i);
            child->setText(CommandColumn, QString());
            child->setText(HostColumn, hostOf(request->sid()));
            child->setText(TimeColumn,
                           timeText(request->sentAt().isValid() ? request->sentAt()
                                                                : request->createdAt()));
            child->setText(StateColumn, request->statusText());
            child->setToolTip(StateColumn, request->statusText());
            for (int column = 0; column < run.item->columnCount(); ++column)
                child->setToolTip(column == StateColumn ? HostColumn : column,
                                  tr("Tracking id: %1").arg(request->trackingId()));
        }
    }

    QTreeWidgetItem* item = run.item;
    item->setText(HostColumn, run.requests.size() == 1
                                      ? hostOf(run.sids.first())
                                      : tr("%n sensor(s)", nullptr, int(run.requests.size())));
    item->setText(TimeColumn, timeText(sent.isValid() ? sent : run.created));
    QString state;
    if (run.requests.size() == 1 && run.requests.first())
        state = run.requests.first()->statusText();
    else if (finished < run.requests.size())
        state = tr("%1 of %n done", nullptr, int(run.requests.size())).arg(finished)
                + QStringLiteral(", ") + tr("%n reply(s) so far", nullptr, replies);
    else
        state = (failed == 0 ? tr("All %n done", nullptr, int(run.requests.size()))
                             : tr("Done: %1 failed").arg(failed))
                + QStringLiteral(": ") + tr("%n reply(s)", nullptr, replies);
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, state);
    const QString trackingText = tr("Tracking id(s):\n%1").arg(tracking.join(QLatin1Char('\n')));
    for (int column = HostColumn; column <= TimeColumn; ++column)
        item->setToolTip(column, trackingText);
    item->setToolTip(CommandColumn, run.line + QLatin1Char('\n') + trackingText);
}

void ConsoleTab::updateRunItems()
{
    for (int run = 0; run < m_runs.size(); ++run) {
        const QList<SensorRequest*> requests = runRequests(run);
        if (std::any_of(requests.begin(), requests.end(),
                        [](const SensorRequest* request) { return !request->isFinished(); }))
            updateRunItem(run);
    }
}

// --- Replies ------------------------------------------------------------------------------

void ConsoleTab::scheduleRender()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void ConsoleTab::render()
{
    m_renderTimer.stop();
    const QList<SensorRequest*> requests = selectedRequests();
    if (requests.isEmpty()) {
        if (m_view->mode() != ResponseView::Mode::Message
            || m_view->messageView()->toPlainText().isEmpty())
            m_view->showMessage(m_runs.isEmpty()
                                        ? tr("The replies of the request selected above show "
                                             "here.")
                                        : QString());
        return;
    }

    QList<ResponseView::Entry> entries;
    QSet<QString> sids;
    for (SensorRequest* request : requests) {
        sids.insert(request->sid());
        for (const SensorResponse& response : request->responses())
            entries.append({request->sid(), hostOf(request->sid()), response});
    }
    if (entries.isEmpty()) {
        QStringList lines{requests.first()->task(), {}};
        for (SensorRequest* request : requests) {
            lines.append(requests.size() > 1 ? QStringLiteral("%1: %2").arg(hostOf(request->sid()),
                                                                            request->statusText())
                                             : request->statusText());
        }
        m_view->showMessage(lines.join(QLatin1Char('\n')));
        return;
    }
    m_view->setEntries(entries, sids.size() > 1);
}

qint64 ConsoleTab::recordPid() const
{
    const ResponseView::Record record = m_view->currentRecord();
    const QJsonValue value = record.object.value(QLatin1String("PROCESS_ID"));
    if (value.isDouble())
        return value.toInteger(-1);
    bool ok = false;
    const qint64 pid = value.toString().toLongLong(&ok);
    return ok ? pid : -1;
}

QString ConsoleTab::recordPath() const
{
    const ResponseView::Record record = m_view->currentRecord();
    // The header of an empty listing names its pattern in FILE_PATH, not a file.
    if (record.object.contains(QLatin1String("DIRECTORY_PATH")))
        return {};
    for (const char* key : {"FILE_PATH", "EXECUTABLE"}) {
        const QString path = record.object.value(QLatin1String(key)).toString();
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString ConsoleTab::recordSid() const
{
    return m_view->currentRecord().sid;
}

void ConsoleTab::updateRowActions()
{
    const bool process = recordPid() >= 0;
    const bool file = !recordPath().isEmpty();
    for (QAction* action : {m_treeAction, m_killAction, m_yaraProcessAction})
        action->setEnabled(process);
    for (QAction* action : {m_hashAction, m_getFileAction, m_yaraFileAction})
        action->setEnabled(file);
    updateExportActions();
}

void ConsoleTab::updateExportActions()
{
    const QList<SensorRequest*> requests = selectedRequests();
    const bool waiting =
            std::any_of(requests.begin(), requests.end(),
                        [](const SensorRequest* request) { return !request->isFinished(); });
    m_cancelAction->setEnabled(waiting);
    m_exportJsonAction->setEnabled(!requests.isEmpty());
    m_exportCsvAction->setEnabled(!requests.isEmpty()
                                  && m_view->mode() == ResponseView::Mode::Table);
    m_saveFileAction->setEnabled(hasFileContent());
}

QString ConsoleTab::describeProcess(const QString& sid, qint64 pid) const
{
    const ResponseView::Record record = m_view->currentRecord();
    QString path = record.sid == sid ? record.object.value(QLatin1String("FILE_PATH")).toString()
                                     : QString();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QString::number(pid) : QStringLiteral("%1 (%2)").arg(pid).arg(name);
}

// --- Row actions --------------------------------------------------------------------------

bool ConsoleTab::latestProcesses(const QString& sid, QList<QJsonObject>* processes) const
{
    for (int run = int(m_runs.size()) - 1; run >= 0; --run) {
        for (SensorRequest* request : runRequests(run)) {
            if (request->sid() != sid || request->state() != SensorRequest::State::Completed
                || TaskLine::commandOf(request->task()) != QLatin1String("os_processes"))
                continue;
            // A listing of one process (-p) is no base for a tree.
            const QList<TaskLine::Token> tokens = TaskLine::tokenize(request->task());
            if (std::any_of(tokens.begin(), tokens.end(), [](const TaskLine::Token& token) {
                    return token.text == QLatin1String("-p")
                           || token.text == QLatin1String("--pid");
                }))
                continue;
            for (const SensorResponse& response : request->responses()) {
                const QJsonArray list = response.event.value(QLatin1String("PROCESSES")).toArray();
                for (const QJsonValue& process : list)
                    processes->append(process.toObject());
            }
            if (!processes->isEmpty())
                return true;
        }
    }
    return false;
}

void ConsoleTab::showProcessTree()
{
    const QString sid = recordSid();
    const qint64 pid = recordPid();
    if (sid.isEmpty() || pid < 0)
        return;

    QList<QJsonObject> processes;
    if (latestProcesses(sid, &processes)) {
        openProcessTree(sid, processes, pid);
        return;
    }

    // No full process list of this sensor yet: one is asked for, and the tree follows it.
    const Target* target = targetOf(sid);
    if (target == nullptr)
        return;
    emit statusMessage(tr("Listing the processes of %1 for the tree…").arg(target->host));
    submitTo(QStringLiteral("os_processes"), {*target}, tr("os_processes"),
             [this, sid, pid](SensorRequest* request) {
                 QList<QJsonObject> list;
                 if (request->state() == SensorRequest::State::Completed
                     && latestProcesses(sid, &list)) {
                     openProcessTree(sid, list, pid);
                     return;
                 }
                 m_banners->showBanner(
                         QStringLiteral("tree"), InlineBanner::Kind::Warning,
                         tr("No process tree for %1: %2").arg(hostOf(sid), request->statusText()));
             });
}

void ConsoleTab::openProcessTree(const QString& sid, const QList<QJsonObject>& processes,
                                 qint64 pid)
{
    if (m_treeDialog)
        m_treeDialog->close();
    auto* dialog = new ProcessTreeDialog(hostOf(sid), processes, pid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_treeDialog = dialog;
    dialog->show();
}

void ConsoleTab::killProcess()
{
    const QString sid = recordSid();
    const qint64 pid = recordPid();
    const Target* target = targetOf(sid);
    if (target == nullptr || pid < 0)
        return;
    submitTo(QStringLiteral("os_kill_process -p %1").arg(pid), {*target},
             tr("Kill process %1 on %2?").arg(describeProcess(sid, pid), target->host));
}

void ConsoleTab::askForYara(bool process)
{
    const QString sid = recordSid();
    const Target* target = targetOf(sid);
    const qint64 pid = recordPid();
    const QString path = recordPath();
    if (target == nullptr || (process ? pid < 0 : path.isEmpty()))
        return;

    if (m_yaraDialog)
        m_yaraDialog->reject();
    const QString what =
            process ? tr("process %1 on %2").arg(describeProcess(sid, pid), target->host)
                    : tr("%1 on %2").arg(path, target->host);
    auto* dialog = new YaraRuleDialog(what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Target chosen = *target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, chosen, process, pid, path] {
        const QString rule = TaskLine::quoteIfNeeded(dialog->ruleArgument());
        const QString line =
                process ? QStringLiteral("yara_scan %1 -p %2").arg(rule).arg(pid)
                        : QStringLiteral("yara_scan %1 -f %2").arg(rule, TaskLine::quote(path));
        submitTo(line, {chosen}, tr("YARA scan"));
    });
    m_yaraDialog = dialog;
    dialog->open();
}

void ConsoleTab::yaraScanProcess()
{
    askForYara(true);
}

void ConsoleTab::yaraScanFile()
{
    askForYara(false);
}

void ConsoleTab::fileHash()
{
    const Target* target = targetOf(recordSid());
    const QString path = recordPath();
    if (target == nullptr || path.isEmpty())
        return;
    submitTo(QStringLiteral("file_hash ") + TaskLine::quote(path), {*target}, tr("file_hash"));
}

void ConsoleTab::getFile()
{
    const Target* target = targetOf(recordSid());
    const QString path = recordPath();
    if (target == nullptr || path.isEmpty())
        return;
    submitTo(QStringLiteral("file_get ") + TaskLine::quote(path), {*target}, tr("file_get"),
             [this](SensorRequest* request) {
                 // The content is offered for saving as soon as it is here.
                 for (int run = int(m_runs.size()) - 1; run >= 0; --run) {
                     if (runRequests(run).contains(request)) {
                         selectRun(run);
                         break;
                     }
                 }
                 if (hasFileContent())
                     chooseFileContentTarget();
                 else
                     m_banners->showBanner(
                             QStringLiteral("file_get"), InlineBanner::Kind::Warning,
                             tr("No file content came back from %1: %2")
                                     .arg(hostOf(request->sid()), request->statusText()));
             });
}

// --- Export -------------------------------------------------------------------------------

bool ConsoleTab::exportJson(const QString& path, QString* error) const
{
    const QList<SensorRequest*> requests = selectedRequests();
    if (requests.isEmpty()) {
        if (error)
            *error = tr("Select a request to export.");
        return false;
    }

    QJsonArray list;
    for (SensorRequest* request : requests) {
        QJsonArray replies;
        for (const SensorResponse& response : request->responses()) {
            QJsonObject record = QJsonDocument::fromJson(response.raw).object();
            if (record.isEmpty())
                record = QJsonObject{{QStringLiteral("routing"), response.routing},
                                     {QStringLiteral("event"), response.event}};
            if (response.late)
                record.insert(QStringLiteral("lcdesk_late"), true);
            replies.append(record);
        }
        list.append(QJsonObject{
                {QStringLiteral("sid"), request->sid()},
                {QStringLiteral("hostname"), hostOf(request->sid())},
                {QStringLiteral("task"), request->task()},
                {QStringLiteral("tracking_id"), request->trackingId()},
                {QStringLiteral("state"), SensorRequest::stateName(request->state())},
                {QStringLiteral("status"), request->statusText()},
                {QStringLiteral("created_at"), isoText(request->createdAt())},
                {QStringLiteral("sent_at"), isoText(request->sentAt())},
                {QStringLiteral("finished_at"), isoText(request->finishedAt())},
                {QStringLiteral("replies"), replies},
        });
    }
    const QJsonObject document{
            {QStringLiteral("command"), requests.first()->task()},
            {QStringLiteral("investigation_id"), m_investigation->id()},
            {QStringLiteral("requests"), list},
    };
    return writeFile(path, QJsonDocument(document).toJson(QJsonDocument::Indented), error);
}

bool ConsoleTab::exportCsv(const QString& path, QString* error) const
{
    if (selectedRequests().isEmpty() || m_view->mode() != ResponseView::Mode::Table) {
        if (error)
            *error = tr("The selected request has no table to export; export it as JSON.");
        return false;
    }
    return writeFile(path, m_view->shownRowsCsv(), error);
}

bool ConsoleTab::hasFileContent() const
{
    for (SensorRequest* request : selectedRequests()) {
        for (const SensorResponse& response : request->responses()) {
            if (!response.event.value(QLatin1String("FILE_CONTENT")).toString().isEmpty())
                return true;
        }
    }
    return false;
}

bool ConsoleTab::saveFileContent(const QString& path, QString* error) const
{
    // The reply in view when it holds content, else the first reply that does.
    QString content =
            m_view->currentRecord().object.value(QLatin1String("FILE_CONTENT")).toString();
    for (SensorRequest* request : selectedRequests()) {
        for (const SensorResponse& response : request->responses()) {
            if (content.isEmpty())
                content = response.event.value(QLatin1String("FILE_CONTENT")).toString();
        }
    }
    if (content.isEmpty()) {
        if (error)
            *error = tr("The selected request brought back no file content.");
        return false;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (error)
            *error = tr("The file content in the reply is not valid base64; nothing was saved.");
        return false;
    }
    return writeFile(path, *decoded, error);
}

void ConsoleTab::openFileDialog(QFileDialog* dialog)
{
    if (m_fileDialog)
        m_fileDialog->reject();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog = dialog;
    dialog->open();
}

void ConsoleTab::chooseExport()
{
    if (selectedRequests().isEmpty()) {
        emit statusMessage(tr("Select a request to export."));
        return;
    }
    QString filters = tr("JSON (*.json)");
    if (m_view->mode() == ResponseView::Mode::Table)
        filters += QStringLiteral(";;") + tr("CSV (*.csv)");
    openExportDialog(filters);
}

void ConsoleTab::openExportDialog(const QString& filters)
{
    auto* dialog = new QFileDialog(this, tr("Export Replies"), QString(), filters);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const bool csvOnly = !filters.contains(QLatin1String("*.json"));
    dialog->setDefaultSuffix(csvOnly ? QStringLiteral("csv") : QStringLiteral("json"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv")
                                                                         : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        if (csv ? exportCsv(path, &error) : exportJson(path, &error))
            emit statusMessage(tr("Exported to %1").arg(path));
        else
            m_banners->showBanner(QStringLiteral("export"), InlineBanner::Kind::Error, error);
    });
    openFileDialog(dialog);
}

void ConsoleTab::chooseFileContentTarget()
{
    if (!hasFileContent())
        return;
    QString name;
    for (SensorRequest* request : selectedRequests()) {
        const QList<TaskLine::Token> tokens = TaskLine::tokenize(request->task());
        if (!tokens.isEmpty()) {
            QString path = tokens.constLast().text;
            path.replace(QLatin1Char('\\'), QLatin1Char('/'));
            name = QFileInfo(path).fileName();
        }
    }
    auto* dialog = new QFileDialog(this, tr("Save File From Sensor"), name);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (saveFileContent(path, &error))
            emit statusMessage(tr("Saved to %1").arg(path));
        else
            m_banners->showBanner(QStringLiteral("save"), InlineBanner::Kind::Error, error);
    });
    openFileDialog(dialog);
}

// --- Investigation ------------------------------------------------------------------------

bool ConsoleTab::setInvestigationId(const QString& id)
{
    const QString wanted = id.trimmed();
    if (wanted == m_investigation->id()) {
        m_idProblem->hide();
        m_idEdit->setText(wanted);
        return true;
    }

    QString problem = Investigation::checkId(wanted);
    if (problem.isEmpty() && pendingCount() > 0)
        problem = tr("Requests are still waiting for replies: change the id once they have "
                     "finished (or cancel them), or their replies would be lost.");
    if (!problem.isEmpty()) {
        m_idProblem->setText(problem);
        m_idProblem->show();
        return false;
    }

    m_investigation->setId(wanted);
    m_idEdit->setText(wanted);
    m_idProblem->hide();
    emit statusMessage(tr("Investigation id of %1: %2").arg(title(), wanted));
    return true;
}

void ConsoleTab::applyIdEdit()
{
    setInvestigationId(m_idEdit->text());
}

void ConsoleTab::onStreamState(LiveStream::State state)
{
    QString text;
    switch (state) {
    case LiveStream::State::Stopped:
        text = tr("Replies: not connected (connects with the first command)");
        break;
    case LiveStream::State::Connecting:
        text = tr("Replies: connecting…");
        break;
    case LiveStream::State::Live:
        text = tr("Replies: live");
        m_banners->dismiss(StreamBanner);
        break;
    case LiveStream::State::Reconnecting:
        text = tr("Replies: reconnecting…");
        break;
    case LiveStream::State::Failed:
        text = tr("Replies: failed");
        break;
    }
    m_streamLabel->setText(text);
    m_streamLabel->setToolTip(m_investigation->streamStateText());
}

} // namespace lc
