// SPDX-License-Identifier: GPL-3.0-or-later
// The sensor console as an analyst uses it, on the offscreen platform against the real
// emulator (started by lc::DemoServer as the demo mode starts it): consoles opened from the
// sensor list, commands typed with completion, replies as tables, actions on their rows,
// history per sensor, lines that must not be sent, a console for several sensors and the
// exports. What reached the sensors is checked in the emulator's task log.
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include "GuiTestMain.h"
#include "MainWindow.h"
#include "SensorTableModel.h"
#include "api/ApiClient.h"
#include "console/CommandLineEdit.h"
#include "console/ConsoleHistory.h"
#include "console/ConsolePage.h"
#include "console/ConsoleTab.h"
#include "console/ProcessTreeDialog.h"
#include "console/ResponseTableModel.h"
#include "console/ResponseView.h"
#include "console/YaraRuleDialog.h"
#include "credentials/CredentialManager.h"
#include "investigate/Investigation.h"
#include "investigate/SensorRequest.h"
#include "investigate/TaskLine.h"
#include "sensors/SensorActions.h"
#include "sensors/SensorListView.h"
#include "sensors/SensorStore.h"
#include "sensors/TaskDialog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "spotcheck/SpotCheckDialog.h"
#include "widgets/BannerArea.h"

using namespace lc;

namespace {

constexpr int LoadTimeoutMs = 30'000;
constexpr int ReplyTimeoutMs = 15'000;
const QString KeychainService = QStringLiteral("lcdesk-gui-test");

struct LoggedTask
{
    QString sid;
    QStringList tasks;
    QString investigationId;
};

} // namespace

class TestSensorConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void openFromSensorList();
    void typeWithCompletionAndHelp();
    void processesAsSortableTable();
    void filterTheTable();
    void processTreeAndKillFromRow();
    void destructiveCancelledIsNotSent();
    void refusedLinesAreNotSent();
    void fileHashFromDirectoryListing();
    void historyPerSensor();
    void getFileAndYaraScanFromRows();
    void processTreeListsProcessesFirst();
    void investigationIdIsChecked();
    void multiSensorConsole();
    void exportJsonAndCsv();
    void offlineSensorSaysSo();
    void closingAsksWhileRequestsWait();
    void spotCheckOpensFromTheWindow();
    void sendTaskShowsRepliesInConsole();

private:
    OrgSession* session() const { return m_window->session(); }
    ConsolePage* page() const { return m_window->consolePage(); }
    void selectSids(const QStringList& sids);
    ConsoleTab* openConsole(const QStringList& sids);
    void type(ConsoleTab* tab, const QString& line);
    // Types the line, presses Return and waits for the replies of the request it made.
    int runLine(ConsoleTab* tab, const QString& line);
    bool waitForRun(ConsoleTab* tab, int run);
    QList<LoggedTask> emulatorTasks();
    QList<LoggedTask> tasksMatching(const QString& sid, const QString& line);
    QString sidOf(const QString& platform, bool online, const QStringList& except = {}) const;
    QString hostname(const QString& sid) const;

    std::unique_ptr<CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
    QTemporaryDir m_files;
    QString m_windows;      // an online Windows sensor
    QString m_otherWindows; // another one
    QString m_linux;        // an online Linux sensor
    QPointer<ConsoleTab> m_tab;
};

void TestSensorConsole::initTestCase()
{
    const QString emulator = qEnvironmentVariable("LCDESK_EMULATOR");
    QVERIFY2(QFileInfo(emulator).isExecutable(),
             "LCDESK_EMULATOR must name the built lcdesk-emulator");
    QVERIFY(m_files.isValid());
    m_credentials = std::make_unique<CredentialManager>(qEnvironmentVariable("LCDESK_CONFIG_DIR"),
                                                        KeychainService);
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_window->openDemo({QStringLiteral("--sensors"), QStringLiteral("40"), QStringLiteral("--seed"),
                        QStringLiteral("11")});
    QTRY_VERIFY_WITH_TIMEOUT(session() != nullptr, LoadTimeoutMs);
    QSignalSpy finished(session(), &OrgSession::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, LoadTimeoutMs);

    m_windows = sidOf(QStringLiteral("windows"), true);
    m_otherWindows = sidOf(QStringLiteral("windows"), true, {m_windows});
    m_linux = sidOf(QStringLiteral("linux"), true);
    QVERIFY2(!m_windows.isEmpty() && !m_otherWindows.isEmpty() && !m_linux.isEmpty(),
             "the demo fleet needs two online Windows sensors and an online Linux one");
}

void TestSensorConsole::cleanupTestCase()
{
    m_window.reset();
    m_credentials.reset();
}

QString TestSensorConsole::sidOf(const QString& platform, bool online,
                                 const QStringList& except) const
{
    for (const SensorRecord& record : session()->store()->records()) {
        if (record.platformName == platform && (record.online == OnlineState::Online) == online
            && !record.info.shouldIsolate && !except.contains(record.info.sid))
            return record.info.sid;
    }
    return {};
}

QString TestSensorConsole::hostname(const QString& sid) const
{
    const SensorStore* store = session()->store();
    return store->at(store->indexOf(sid)).info.hostname;
}

void TestSensorConsole::selectSids(const QStringList& sids)
{
    m_window->showSensors();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView* table = m_window->sensorList()->table();
    SensorTableModel* model = m_window->sensorList()->model();
    table->setFocus();
    bool first = true;
    for (const QString& sid : sids) {
        const QModelIndex index = model->index(model->rowOfSid(sid), 0);
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          first ? Qt::NoModifier : Qt::ControlModifier,
                          table->visualRect(index).center());
        first = false;
    }
}

ConsoleTab* TestSensorConsole::openConsole(const QStringList& sids)
{
    selectSids(sids);
    QAction* open = m_window->sensorActions()->consoleAction();
    if (!open->isEnabled())
        return nullptr;
    open->trigger();
    return page()->currentTab();
}

void TestSensorConsole::type(ConsoleTab* tab, const QString& line)
{
    CommandLineEdit* edit = tab->commandLine();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, line);
}

int TestSensorConsole::runLine(ConsoleTab* tab, const QString& line)
{
    const int before = tab->runCount();
    type(tab, line);
    QTest::keyClick(tab->commandLine(), Qt::Key_Return);
    if (tab->runCount() != before + 1)
        return -1;
    return waitForRun(tab, before) ? before : -1;
}

bool TestSensorConsole::waitForRun(ConsoleTab* tab, int run)
{
    return QTest::qWaitFor(
            [tab, run] {
                const QList<SensorRequest*> requests = tab->runRequests(run);
                return !requests.isEmpty()
                       && std::all_of(
                               requests.begin(), requests.end(),
                               [](const SensorRequest* request) { return request->isFinished(); });
            },
            ReplyTimeoutMs);
}

QList<LoggedTask> TestSensorConsole::emulatorTasks()
{
    QUrl url = session()->client()->endpoints().api;
    url.setPath(QStringLiteral("/_emulator/tasks"));
    QNetworkReply* reply = m_network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, ReplyTimeoutMs))
        qWarning("the emulator's task log did not answer");
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    const QJsonArray array = document.isArray()
                                     ? document.array()
                                     : document.object().value(QStringLiteral("tasks")).toArray();
    QList<LoggedTask> tasks;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        LoggedTask task;
        task.sid = object.value(QStringLiteral("sid")).toString();
        const QJsonValue lines = object.value(QStringLiteral("tasks"));
        if (lines.isArray()) {
            for (const QJsonValue& line : lines.toArray())
                task.tasks.append(line.toString());
        } else {
            task.tasks.append(lines.toString());
        }
        task.investigationId = object.value(QStringLiteral("investigation_id")).toString();
        tasks.append(task);
    }
    return tasks;
}

QList<LoggedTask> TestSensorConsole::tasksMatching(const QString& sid, const QString& line)
{
    QList<LoggedTask> found;
    for (const LoggedTask& task : emulatorTasks()) {
        if (task.sid == sid && task.tasks.contains(line))
            found.append(task);
    }
    return found;
}

// --- Tests --------------------------------------------------------------------------------

void TestSensorConsole::openFromSensorList()
{
    QCOMPARE(page()->tabCount(), 0);
    QVERIFY(page()->emptyLabel()->isVisible() || m_window->tabs()->currentWidget() != page());

    // Return on a row of the list opens its console and brings the page forward.
    selectSids({m_windows});
    QTest::keyClick(m_window->sensorList()->table(), Qt::Key_Return);
    QCOMPARE(page()->tabCount(), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    m_tab = page()->currentTab();
    QVERIFY(m_tab);
    QCOMPARE(page()->tabs()->tabText(0), hostname(m_windows));
    QVERIFY(m_tab->hostsLabel()->text().contains(hostname(m_windows)));
    QCOMPARE(m_tab->idEdit()->text(), m_tab->investigation()->id());
    QVERIFY(Investigation::checkId(m_tab->idEdit()->text()).isEmpty());
    QVERIFY(m_tab->streamLabel()->text().contains(QStringLiteral("not connected")));
    QVERIFY(m_tab->commandLine()->hasFocus());

    // The same sensor again (the menu action, Ctrl+Shift+O) focuses its console.
    QCOMPARE(openConsole({m_windows}), m_tab.data());
    QCOMPARE(page()->tabCount(), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), page());

    // Ctrl+1 and Ctrl+4 move between the pages.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
}

void TestSensorConsole::typeWithCompletionAndHelp()
{
    QVERIFY(m_tab);
    CommandLineEdit* edit = m_tab->commandLine();
    const int tasksBefore = int(emulatorTasks().size());

    // One candidate: Tab writes it out with a space after it.
    type(m_tab, QStringLiteral("os_proc"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(edit->text(), QStringLiteral("os_processes "));
    QVERIFY(edit->hasFocus());
    QVERIFY(m_tab->helpLabel()->text().contains(QStringLiteral("os_processes [-p PID]")));
    QVERIFY(!m_tab->problemLabel()->isVisible());

    // Several: the popup lists the flags of the command.
    QTest::keyClicks(edit, QStringLiteral("-"));
    QTest::keyClick(edit, Qt::Key_Tab);
    QAbstractItemView* popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered.append(popup->model()->index(row, 0).data().toString());
    QCOMPARE(offered, (QStringList{QStringLiteral("-p"), QStringLiteral("--pid"),
                                   QStringLiteral("--is-no-modules")}));
    // Picking one from the popup completes the line.
    popup->setCurrentIndex(popup->model()->index(2, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(edit->text(), QStringLiteral("os_processes --is-no-modules "));
    QVERIFY(!popup->isVisible());

    // Command names: "dir_" offers the two directory commands.
    type(m_tab, QStringLiteral("dir_"));
    QCOMPARE(edit->candidates(),
             (QStringList{QStringLiteral("dir_find_hash"), QStringLiteral("dir_list")}));
    QVERIFY(m_tab->helpLabel()->text().contains(QStringLiteral("dir_list")));

    // `help` is answered here: nothing reaches the sensor.
    type(m_tab, QStringLiteral("help"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->text().isEmpty());
    const QString catalogue = m_tab->responseView()->messageView()->toPlainText();
    QVERIFY(catalogue.contains(QStringLiteral("os_kill_process")));
    QVERIFY(catalogue.contains(QStringLiteral("yara_scan")));
    type(m_tab, QStringLiteral("help dir_list"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_tab->responseView()->messageView()->toPlainText().startsWith(
            QStringLiteral("dir_list [-d DEPTH] rootDir fileExp")));
    QCOMPARE(m_tab->runCount(), 0);
    QCOMPARE(int(emulatorTasks().size()), tasksBefore);
}

void TestSensorConsole::processesAsSortableTable()
{
    QVERIFY(m_tab);
    const int run = runLine(m_tab, QStringLiteral("os_processes"));
    QVERIFY(run >= 0);
    SensorRequest* request = m_tab->runRequests(run).first();
    QCOMPARE(request->state(), SensorRequest::State::Completed);
    QVERIFY(request->wasDelivered());
    QVERIFY(request->trackingId().startsWith(m_tab->investigation()->id() + QLatin1Char('/')));
    QVERIFY(m_tab->streamLabel()->text().contains(QStringLiteral("live")));

    // The request is in the list, selected, with its state.
    QTreeWidget* requests = m_tab->requestTree();
    QCOMPARE(requests->topLevelItemCount(), 1);
    QCOMPARE(requests->currentItem(), requests->topLevelItem(0));
    QCOMPARE(requests->topLevelItem(0)->text(0), QStringLiteral("os_processes"));
    QVERIFY(requests->topLevelItem(0)->text(3).startsWith(QStringLiteral("Completed")));
    QVERIFY(requests->topLevelItem(0)->toolTip(0).contains(request->trackingId()));
    QCOMPARE(tasksMatching(m_windows, QStringLiteral("os_processes")).size(), 1);
    QCOMPARE(tasksMatching(m_windows, QStringLiteral("os_processes")).first().investigationId,
             request->trackingId());

    // A table with a row per process.
    ResponseView* view = m_tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    ResponseTableModel* model = view->model();
    const int processes = int(
            request->responses().first().event.value(QStringLiteral("PROCESSES")).toArray().size());
    QVERIFY(processes > 5);
    QCOMPARE(model->rowCount(), processes);
    const int pidColumn = model->columnOf(QStringLiteral("PROCESS_ID"));
    QVERIFY(pidColumn >= 0);
    QVERIFY(model->columnOf(QStringLiteral("FILE_PATH")) >= 0);

    // Sorting by PROCESS_ID is numeric, both ways.
    QHeaderView* header = view->table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(pidColumn) + 5, 5));
    QSortFilterProxyModel* proxy = view->proxy();
    const auto pids = [proxy, pidColumn] {
        QList<qint64> list;
        for (int row = 0; row < proxy->rowCount(); ++row)
            list.append(proxy->index(row, pidColumn).data().toString().toLongLong());
        return list;
    };
    QList<qint64> sorted = pids();
    QVERIFY(std::is_sorted(sorted.begin(), sorted.end()));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(pidColumn) + 5, 5));
    sorted = pids();
    QVERIFY(std::is_sorted(sorted.rbegin(), sorted.rend()));
    QVERIFY(sorted.first() > sorted.last());
}

void TestSensorConsole::filterTheTable()
{
    QVERIFY(m_tab);
    ResponseView* view = m_tab->responseView();
    const int total = view->model()->rowCount();

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view->filterEdit()->hasFocus());
    QTest::keyClicks(view->filterEdit(), QStringLiteral("SVCHOST"));
    const int shown = view->proxy()->rowCount();
    QVERIFY(shown > 0);
    QVERIFY(shown < total);
    for (int row = 0; row < shown; ++row) {
        const int source = view->proxy()->mapToSource(view->proxy()->index(row, 0)).row();
        QVERIFY(QJsonDocument(view->model()->rowObject(source)).toJson().contains("svchost"));
    }
    QVERIFY(view->summaryLabel()->text().startsWith(QString::number(shown)
                                                    + QStringLiteral(" of")));

    QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
    QCOMPARE(view->proxy()->rowCount(), total);
}

void TestSensorConsole::processTreeAndKillFromRow()
{
    QVERIFY(m_tab);
    ResponseView* view = m_tab->responseView();
    ResponseTableModel* model = view->model();
    const int pidColumn = model->columnOf(QStringLiteral("PROCESS_ID"));

    // A process with a parent in the list, and not the console's own sensor process.
    int target = -1;
    qint64 pid = -1;
    qint64 parent = -1;
    for (int row = 0; row < model->rowCount() && target < 0; ++row) {
        const QJsonObject process = model->rowObject(row);
        const qint64 parentPid = ProcessTreeDialog::parentPidOf(process);
        for (int other = 0; other < model->rowCount(); ++other) {
            if (other != row && ProcessTreeDialog::pidOf(model->rowObject(other)) == parentPid
                && process.value(QStringLiteral("FILE_PATH"))
                           .toString()
                           .contains(QStringLiteral("svchost"))) {
                target = row;
                pid = ProcessTreeDialog::pidOf(process);
                parent = parentPid;
                break;
            }
        }
    }
    QVERIFY2(target >= 0, "no svchost.exe with its parent in the process list");

    view->table()->setFocus();
    view->table()->setCurrentIndex(view->proxy()->mapFromSource(model->index(target, pidColumn)));
    QVERIFY(m_tab->killAction()->isEnabled());
    QVERIFY(m_tab->processTreeAction()->isEnabled());
    QVERIFY(m_tab->fileHashAction()->isEnabled()); // FILE_PATH: the process's executable

    // The tree comes from the list already there: nothing is sent for it.
    const int runs = m_tab->runCount();
    m_tab->processTreeAction()->trigger();
    ProcessTreeDialog* tree = m_tab->processTreeDialog();
    QVERIFY(tree);
    QCOMPARE(m_tab->runCount(), runs);
    QVERIFY(tree->processItem());
    QCOMPARE(tree->processItem()->text(1), QString::number(pid));
    QVERIFY(tree->processItem()->parent());
    QCOMPARE(tree->processItem()->parent()->text(1), QString::number(parent));
    QVERIFY(tree->processItem()->font(0).bold());
    tree->close();

    // Kill: asked first, naming the host and the process.
    m_tab->killAction()->trigger();
    QMessageBox* question = m_tab->question();
    QVERIFY(question);
    QVERIFY(question->text().contains(hostname(m_windows)));
    QVERIFY(question->text().contains(QString::number(pid)));
    QCOMPARE(m_tab->runCount(), runs);
    QPushButton* confirm = nullptr;
    for (QAbstractButton* button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = qobject_cast<QPushButton*>(button);
    }
    QVERIFY(confirm);
    confirm->click();
    QCOMPARE(m_tab->runCount(), runs + 1);
    const QString line = QStringLiteral("os_kill_process -p %1").arg(pid);
    QCOMPARE(m_tab->runLine(runs), line);
    QVERIFY(waitForRun(m_tab, runs));
    SensorRequest* kill = m_tab->runRequests(runs).first();
    QCOMPARE(kill->state(), SensorRequest::State::Completed);
    QCOMPARE(kill->responses().size(), 1);
    QCOMPARE(kill->responses().first().errorCode(), 0);
    QCOMPARE(tasksMatching(m_windows, line).size(), 1);

    // The process is gone from a fresh list.
    const int again = runLine(m_tab, QStringLiteral("os_processes"));
    QVERIFY(again >= 0);
    const QJsonArray list = m_tab->runRequests(again)
                                    .first()
                                    ->responses()
                                    .first()
                                    .event.value(QStringLiteral("PROCESSES"))
                                    .toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue& process : list)
        QVERIFY(ProcessTreeDialog::pidOf(process.toObject()) != pid);
}

void TestSensorConsole::destructiveCancelledIsNotSent()
{
    QVERIFY(m_tab);
    const int runs = m_tab->runCount();
    const int tasks = int(emulatorTasks().size());

    type(m_tab, QStringLiteral("os_kill_process -p 4"));
    QTest::keyClick(m_tab->commandLine(), Qt::Key_Return);
    QMessageBox* question = m_tab->question();
    QVERIFY(question);
    QVERIFY(question->text().contains(hostname(m_windows)));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_tab->question());

    QCOMPARE(m_tab->runCount(), runs);
    QTest::qWait(200);
    QCOMPARE(int(emulatorTasks().size()), tasks);
    QVERIFY(tasksMatching(m_windows, QStringLiteral("os_kill_process -p 4")).isEmpty());
    // The line stays for another try.
    QCOMPARE(m_tab->commandLine()->text(), QStringLiteral("os_kill_process -p 4"));
}

void TestSensorConsole::refusedLinesAreNotSent()
{
    QVERIFY(m_tab);
    const int runs = m_tab->runCount();
    const int tasks = int(emulatorTasks().size());

    // A flag the command does not have: shown in red while typing, and never sent.
    type(m_tab, QStringLiteral("os_processes --bogus"));
    QVERIFY(m_tab->problemLabel()->isVisible());
    QVERIFY(m_tab->problemLabel()->text().contains(QStringLiteral("--bogus")));
    QTest::keyClick(m_tab->commandLine(), Qt::Key_Return);
    QVERIFY(!m_tab->question());
    QCOMPARE(m_tab->runCount(), runs);

    // A command the platform lacks (pcap_ifaces is Linux only) on a Windows sensor.
    type(m_tab, QStringLiteral("pcap_ifaces"));
    QVERIFY(m_tab->problemLabel()->text().contains(QStringLiteral("not supported")));
    QTest::keyClick(m_tab->commandLine(), Qt::Key_Return);
    QCOMPARE(m_tab->runCount(), runs);

    // An unknown command asks; cancelled, it is not sent either.
    type(m_tab, QStringLiteral("frobnicate --now"));
    QTest::keyClick(m_tab->commandLine(), Qt::Key_Return);
    QVERIFY(m_tab->question());
    QVERIFY(m_tab->question()->text().contains(QStringLiteral("anyway")));
    m_tab->question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_tab->question());
    QCOMPARE(m_tab->runCount(), runs);

    QTest::qWait(200);
    QCOMPARE(int(emulatorTasks().size()), tasks);
}

void TestSensorConsole::fileHashFromDirectoryListing()
{
    QVERIFY(m_tab);
    const QString folder = QStringLiteral("C:\\Program Files\\Windows Defender");
    const int run = runLine(m_tab, QStringLiteral("dir_list ") + TaskLine::quote(folder)
                                           + QStringLiteral(" *.exe"));
    QVERIFY(run >= 0);
    ResponseView* view = m_tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    ResponseTableModel* model = view->model();
    const int pathColumn = model->columnOf(QStringLiteral("FILE_PATH"));
    QVERIFY(pathColumn >= 0);
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->text(i, pathColumn).endsWith(QStringLiteral("MsMpEng.exe")))
            row = i;
    }
    QVERIFY2(row >= 0, "MsMpEng.exe is not in the listing");
    const QString path = model->text(row, pathColumn);
    QCOMPARE(path, folder + QStringLiteral("\\MsMpEng.exe"));

    view->table()->setCurrentIndex(view->proxy()->mapFromSource(model->index(row, pathColumn)));
    QVERIFY(m_tab->fileHashAction()->isEnabled());
    QVERIFY(!m_tab->killAction()->isEnabled()); // a file row has no process
    m_tab->fileHashAction()->trigger();
    const int hashRun = m_tab->runCount() - 1;
    // Quoted as the sensor reads it: backslashes doubled inside the quotes.
    const QString line =
            QStringLiteral("file_hash \"C:\\\\Program Files\\\\Windows Defender\\\\MsMpEng.exe\"");
    QCOMPARE(m_tab->runLine(hashRun), line);
    QVERIFY(waitForRun(m_tab, hashRun));
    const SensorResponse reply = m_tab->runRequests(hashRun).first()->responses().first();
    QCOMPARE(reply.errorCode(), 0);
    QCOMPARE(reply.event.value(QStringLiteral("FILE_PATH")).toString(), path);
    QCOMPARE(reply.event.value(QStringLiteral("HASH")).toString().size(), 64);
    QCOMPARE(tasksMatching(m_windows, line).size(), 1);
    // A single reply without a list is shown as a tree.
    QCOMPARE(view->mode(), ResponseView::Mode::Tree);
}

void TestSensorConsole::historyPerSensor()
{
    QVERIFY(m_tab);
    ConsoleTab* other = openConsole({m_otherWindows});
    QVERIFY(other);
    QVERIFY(other != m_tab);
    QCOMPARE(page()->tabCount(), 2);

    QVERIFY(runLine(other, QStringLiteral("os_version")) >= 0);
    QVERIFY(runLine(other, QStringLiteral("os_version")) >= 0);
    QVERIFY(runLine(other, QStringLiteral("os_users")) >= 0);

    // The second console walks its own history, without the repeated line twice.
    CommandLineEdit* edit = other->commandLine();
    type(other, QStringLiteral("half typed"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("os_users"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("os_version"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("os_version")); // nothing older
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("os_users"));
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("half typed"));

    // The first console's history is its own.
    page()->tabs()->setCurrentWidget(m_tab);
    edit = m_tab->commandLine();
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Up);
    QVERIFY(edit->text().startsWith(QStringLiteral("dir_list ")));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("os_processes"));
    edit->clear();

    // Kept across restarts, per sensor.
    QCOMPARE(ConsoleHistory(m_otherWindows).entries(),
             (QStringList{QStringLiteral("os_version"), QStringLiteral("os_users")}));
    QVERIFY(ConsoleHistory(m_windows).entries().contains(QStringLiteral("help dir_list")));
    QVERIFY(!ConsoleHistory(m_windows).entries().contains(QStringLiteral("os_users")));
    // Refused and cancelled lines are not in it.
    QVERIFY(!ConsoleHistory(m_windows).entries().contains(QStringLiteral("os_processes --bogus")));
}

void TestSensorConsole::getFileAndYaraScanFromRows()
{
    QVERIFY(m_tab);
    page()->tabs()->setCurrentWidget(m_tab);
    const QString folder = QStringLiteral("C:\\Users\\Public\\Documents");
    const int run = runLine(m_tab, QStringLiteral("dir_list ") + TaskLine::quote(folder)
                                           + QStringLiteral(" *.txt"));
    QVERIFY(run >= 0);
    ResponseView* view = m_tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    const int pathColumn = view->model()->columnOf(QStringLiteral("FILE_PATH"));
    int row = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->text(i, pathColumn).endsWith(QStringLiteral("readme.txt")))
            row = i;
    }
    QVERIFY2(row >= 0, "readme.txt is not in the listing");
    const auto selectRow = [view, row, pathColumn] {
        view->table()->setCurrentIndex(
                view->proxy()->mapFromSource(view->model()->index(row, pathColumn)));
    };
    selectRow();

    // Get File: the content is offered for saving once it is here.
    m_tab->getFileAction()->trigger();
    const int get = m_tab->runCount() - 1;
    QCOMPARE(m_tab->runLine(get),
             QStringLiteral("file_get \"C:\\\\Users\\\\Public\\\\Documents\\\\readme.txt\""));
    QVERIFY(waitForRun(m_tab, get));
    QTRY_VERIFY(m_tab->fileDialog());
    QVERIFY(m_tab->fileDialog()->isVisible());
    m_tab->fileDialog()->reject();
    QVERIFY(m_tab->hasFileContent());
    QVERIFY(m_tab->saveFileAction()->isEnabled());
    const QString saved = m_files.filePath(QStringLiteral("readme.txt"));
    QString error;
    QVERIFY2(m_tab->saveFileContent(saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Shared documents for all users.\r\n"));

    // YARA scan of the file: the rule travels base64-encoded, the path quoted.
    m_tab->selectRun(run);
    selectRow();
    QVERIFY(m_tab->yaraFileAction()->isEnabled());
    m_tab->yaraFileAction()->trigger();
    YaraRuleDialog* dialog = m_tab->yaraDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->problem().isEmpty()); // no rule yet
    const QString rule = QStringLiteral(
            "rule PublicReadme { strings: $a = \"Shared documents\" condition: $a }");
    dialog->ruleEdit()->setPlainText(rule);
    QVERIFY(dialog->problem().isEmpty());
    dialog->accept();
    const int scan = m_tab->runCount() - 1;
    const QString line = QStringLiteral("yara_scan %1 -f %2")
                                 .arg(QString::fromLatin1(rule.toUtf8().toBase64()),
                                      TaskLine::quote(folder + QStringLiteral("\\readme.txt")));
    QCOMPARE(m_tab->runLine(scan), line);
    QVERIFY(waitForRun(m_tab, scan));
    SensorRequest* request = m_tab->runRequests(scan).first();
    QCOMPARE(request->state(), SensorRequest::State::Completed);
    QCOMPARE(request->responses().size(), 1); // the detection; the "done" marker ends it
    QCOMPARE(request->responses().first().eventType, QStringLiteral("YARA_DETECTION"));
    QCOMPARE(request->responses().first().event.value(QStringLiteral("RULE_NAME")).toString(),
             QStringLiteral("PublicReadme"));
    QCOMPARE(tasksMatching(m_windows, line).size(), 1);

    // An http:// rule URL is refused before anything is sent.
    m_tab->selectRun(run);
    selectRow();
    m_tab->yaraFileAction()->trigger();
    dialog = m_tab->yaraDialog();
    QVERIFY(dialog);
    dialog->setSource(YaraRuleDialog::Source::Url);
    dialog->urlEdit()->setText(QStringLiteral("http://rules.example/x.yar"));
    QVERIFY(dialog->problem().contains(QStringLiteral("https")));
    const int runs = m_tab->runCount();
    dialog->accept();
    QCOMPARE(m_tab->runCount(), runs);
    dialog->reject();
}

void TestSensorConsole::processTreeListsProcessesFirst()
{
    ConsoleTab* tab = openConsole({m_otherWindows});
    QVERIFY(tab);
    const int run = runLine(tab, QStringLiteral("os_services"));
    QVERIFY(run >= 0);
    ResponseView* view = tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    const int pidColumn = view->model()->columnOf(QStringLiteral("PROCESS_ID"));
    QVERIFY(pidColumn >= 0);
    int row = -1;
    for (int i = 0; i < view->model()->rowCount() && row < 0; ++i) {
        if (view->model()->text(i, pidColumn).toLongLong() > 4)
            row = i;
    }
    QVERIFY2(row >= 0, "no running service");
    const qint64 pid = view->model()->text(row, pidColumn).toLongLong();
    view->table()->setCurrentIndex(view->proxy()->mapFromSource(view->model()->index(row, 0)));

    // No process list of this sensor yet: one is asked for, then the tree shows.
    QVERIFY(tab->processTreeAction()->isEnabled());
    tab->processTreeAction()->trigger();
    QCOMPARE(tab->runCount(), run + 2);
    QCOMPARE(tab->runLine(run + 1), QStringLiteral("os_processes"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->processTreeDialog(), ReplyTimeoutMs);
    QVERIFY(tab->processTreeDialog()->processItem());
    QCOMPARE(tab->processTreeDialog()->processItem()->text(1), QString::number(pid));
    tab->processTreeDialog()->close();
}

void TestSensorConsole::investigationIdIsChecked()
{
    QVERIFY(m_tab);
    page()->tabs()->setCurrentWidget(m_tab);
    const QString before = m_tab->investigation()->id();

    // Refused: the server matches the part before '/'.
    m_tab->idEdit()->setFocus();
    m_tab->idEdit()->selectAll();
    QTest::keyClicks(m_tab->idEdit(), QStringLiteral("case/42"));
    QTest::keyClick(m_tab->idEdit(), Qt::Key_Return);
    QVERIFY(m_tab->idProblemLabel()->isVisible());
    QVERIFY(m_tab->idProblemLabel()->text().contains(QStringLiteral("/")));
    QCOMPARE(m_tab->investigation()->id(), before);

    m_tab->idEdit()->selectAll();
    QTest::keyClicks(m_tab->idEdit(), QStringLiteral("case-42"));
    QTest::keyClick(m_tab->idEdit(), Qt::Key_Return);
    QVERIFY(!m_tab->idProblemLabel()->isVisible());
    QCOMPARE(m_tab->investigation()->id(), QStringLiteral("case-42"));

    const int run = runLine(m_tab, QStringLiteral("os_version"));
    QVERIFY(run >= 0);
    SensorRequest* request = m_tab->runRequests(run).first();
    QCOMPARE(request->state(), SensorRequest::State::Completed);
    QVERIFY(request->trackingId().startsWith(QStringLiteral("case-42/")));
    const QList<LoggedTask> sent = tasksMatching(m_windows, QStringLiteral("os_version"));
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.constLast().investigationId, request->trackingId());
}

void TestSensorConsole::multiSensorConsole()
{
    ConsoleTab* tab = openConsole({m_windows, m_otherWindows, m_linux});
    QVERIFY(tab);
    QVERIFY(tab->isMultiSensor());
    QCOMPARE(page()->tabCount(), 3);
    QCOMPARE(page()->tabs()->tabText(page()->tabs()->currentIndex()),
             QStringLiteral("3 sensor(s)"));

    // One command, one request per sensor, the same investigation.
    const int run = runLine(tab, QStringLiteral("os_version"));
    QVERIFY(run >= 0);
    const QList<SensorRequest*> requests = tab->runRequests(run);
    QCOMPARE(requests.size(), 3);
    for (const QString& sid : {m_windows, m_otherWindows, m_linux}) {
        const QList<LoggedTask> sent = tasksMatching(sid, QStringLiteral("os_version"));
        QVERIFY(!sent.isEmpty());
        QVERIFY(sent.constLast().investigationId.startsWith(tab->investigation()->id()
                                                            + QLatin1Char('/')));
    }
    QTreeWidgetItem* item = tab->requestTree()->topLevelItem(run);
    QCOMPARE(item->childCount(), 3);
    QCOMPARE(item->child(2)->text(1), hostname(m_linux));

    // Grouped by host: a Host column, the rows of each host together.
    ResponseView* view = tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    QVERIFY(view->model()->showsHost());
    QCOMPARE(view->model()->rowCount(), 3);
    QStringList hosts;
    for (int row = 0; row < 3; ++row)
        hosts.append(view->model()->text(row, 0));
    QCOMPARE(hosts,
             (QStringList{hostname(m_windows), hostname(m_otherWindows), hostname(m_linux)}));

    // A host's own line shows its replies alone.
    tab->selectRun(run, 2);
    QCOMPARE(tab->selectedRequests().size(), 1);
    QCOMPARE(tab->selectedRequests().first()->sid(), m_linux);

    // A Windows-only command goes to the Windows sensors after saying so.
    const int tasks = int(emulatorTasks().size());
    type(tab, QStringLiteral("os_users"));
    QVERIFY(tab->problemLabel()->text().contains(hostname(m_linux)));
    QTest::keyClick(tab->commandLine(), Qt::Key_Return);
    QVERIFY(tab->question());
    QVERIFY(tab->question()->text().contains(hostname(m_linux)));
    for (QAbstractButton* button : tab->question()->buttons()) {
        if (tab->question()->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    QVERIFY(waitForRun(tab, run + 1));
    QCOMPARE(tab->runRequests(run + 1).size(), 2);
    QTest::qWait(100);
    QCOMPARE(int(emulatorTasks().size()), tasks + 2);
    QVERIFY(tasksMatching(m_linux, QStringLiteral("os_users")).isEmpty());
}

void TestSensorConsole::exportJsonAndCsv()
{
    QVERIFY(m_tab);
    page()->tabs()->setCurrentWidget(m_tab);
    const int run = runLine(m_tab, QStringLiteral("os_processes"));
    QVERIFY(run >= 0);
    ResponseView* view = m_tab->responseView();
    QCOMPARE(view->mode(), ResponseView::Mode::Table);
    view->filterEdit()->setText(QStringLiteral("svchost"));
    const int shown = view->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < view->model()->rowCount());

    QString error;
    const QString jsonPath = m_files.filePath(QStringLiteral("processes.json"));
    QVERIFY2(m_tab->exportJson(jsonPath, &error), qPrintable(error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("command")).toString(), QStringLiteral("os_processes"));
    QCOMPARE(document.value(QStringLiteral("investigation_id")).toString(),
             m_tab->investigation()->id());
    const QJsonObject request =
            document.value(QStringLiteral("requests")).toArray().first().toObject();
    QCOMPARE(request.value(QStringLiteral("sid")).toString(), m_windows);
    QCOMPARE(request.value(QStringLiteral("hostname")).toString(), hostname(m_windows));
    const QJsonArray replies = request.value(QStringLiteral("replies")).toArray();
    QCOMPARE(replies.size(), 1);
    const QJsonObject reply = replies.first().toObject();
    QCOMPARE(reply.value(QStringLiteral("routing"))
                     .toObject()
                     .value(QStringLiteral("investigation_id"))
                     .toString(),
             request.value(QStringLiteral("tracking_id")).toString());
    QCOMPARE(reply.value(QStringLiteral("event"))
                     .toObject()
                     .value(QStringLiteral("PROCESSES"))
                     .toArray()
                     .size(),
             view->model()->rowCount());

    // CSV: the rows shown, in the order shown.
    const QString csvPath = m_files.filePath(QStringLiteral("processes.csv"));
    QVERIFY2(m_tab->exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // header, rows, and the empty piece after the last CRLF
    QVERIFY(lines.first().contains("PROCESS_ID"));
    for (int i = 1; i <= shown; ++i)
        QVERIFY(lines.at(i).toLower().contains("svchost"));
    view->filterEdit()->clear();

    // A reply without a table exports as JSON only.
    const int version = runLine(m_tab, QStringLiteral("os_version"));
    QVERIFY(version >= 0);
    QVERIFY(!m_tab->exportCsvAction()->isEnabled());
    QVERIFY(!m_tab->exportCsv(m_files.filePath(QStringLiteral("version.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("JSON")));

    // Ctrl+S offers a file without blocking the window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_tab->fileDialog());
    QVERIFY(m_tab->fileDialog()->isVisible());
    m_tab->fileDialog()->reject();
}

void TestSensorConsole::offlineSensorSaysSo()
{
    const QString offline = sidOf(QStringLiteral("windows"), false);
    QVERIFY2(!offline.isEmpty(), "the demo fleet needs an offline Windows sensor");
    ConsoleTab* tab = openConsole({offline});
    QVERIFY(tab);
    type(tab, QStringLiteral("os_version"));
    QTest::keyClick(tab->commandLine(), Qt::Key_Return);
    QCOMPARE(tab->runCount(), 1);
    QVERIFY(waitForRun(tab, 0));
    SensorRequest* request = tab->runRequests(0).first();
    QCOMPARE(request->state(), SensorRequest::State::Failed);
    QVERIFY(request->failedOffline());
    InlineBanner* banner = tab->banners()->banner(QStringLiteral("offline:") + offline);
    QVERIFY(banner);
    QVERIFY2(banner->text().startsWith(hostname(offline)
                                       + QStringLiteral(" is offline: the task was not sent.")),
             qPrintable(banner->text()));
    page()->closeCurrentTab();
    QVERIFY(!page()->closeQuestion()); // nothing waits: closed without a question
}

void TestSensorConsole::closingAsksWhileRequestsWait()
{
    QVERIFY(m_tab);
    page()->tabs()->setCurrentWidget(m_tab);
    const int tabs = page()->tabCount();
    type(m_tab, QStringLiteral("os_autoruns"));
    QTest::keyClick(m_tab->commandLine(), Qt::Key_Return);
    QVERIFY(m_tab->pendingCount() > 0);

    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QMessageBox* question = page()->closeQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(page()->tabCount(), tabs);

    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    question = page()->closeQuestion();
    QVERIFY(question);
    QPointer<SensorRequest> waiting = m_tab->runRequests(m_tab->runCount() - 1).first();
    for (QAbstractButton* button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            button->click();
    }
    QCOMPARE(page()->tabCount(), tabs - 1);
    QTRY_VERIFY(!m_tab);
    QVERIFY(!waiting || waiting->state() == SensorRequest::State::Cancelled);
}

void TestSensorConsole::spotCheckOpensFromTheWindow()
{
    // Ctrl+Shift+F opens one SpotCheck window on the session; opening it again brings the same
    // window (and its last run) back.
    m_window->showSensors();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->spotCheckDialog() == nullptr);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SpotCheckDialog* dialog = m_window->spotCheckDialog();
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    dialog->close();
    QTRY_VERIFY(!dialog->isVisible());
    m_window->showSpotCheck();
    QCOMPARE(m_window->spotCheckDialog(), dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void TestSensorConsole::sendTaskShowsRepliesInConsole()
{
    // Field case C03 b's complaint: a task sent from the sensor list must show its reply.
    // Send Task on a small selection goes through a console with the id the user gave.
    selectSids({m_linux});
    QTest::keyClick(m_window->sensorList()->table(), Qt::Key_K, Qt::ControlModifier);
    TaskDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TaskDialog*>()) != nullptr);
    QVERIFY(dialog->consoleCheck()->isChecked());
    QTest::keyClicks(dialog->commandEdit(), QStringLiteral("os_version"));
    QTest::keyClicks(dialog->investigationEdit(), QStringLiteral("case/7"));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->investigationEdit()->setText(QStringLiteral("case-7"));
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_COMPARE(m_window->tabs()->currentWidget(), page());
    ConsoleTab* tab = page()->currentTab();
    QVERIFY(tab != nullptr);
    QCOMPARE(tab->investigation()->id(), QStringLiteral("case-7"));
    QTRY_VERIFY(tab->runCount() >= 1);
    SensorRequest* request = tab->runRequests(tab->runCount() - 1).first();
    QCOMPARE(request->task(), QStringLiteral("os_version"));
    QVERIFY(request->trackingId().startsWith(QStringLiteral("case-7/")));
    QTRY_COMPARE_WITH_TIMEOUT(request->state(), SensorRequest::State::Completed, 15'000);
    QCOMPARE(request->responses().first().eventType, QStringLiteral("OS_VERSION_REP"));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestSensorConsole>(argc, argv, "tst_gui_SensorConsole");
}

#include "TestSensorConsole.moc"
