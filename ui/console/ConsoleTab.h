// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFileDialog>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

#include "console/ProcessTreeDialog.h"
#include "console/YaraRuleDialog.h"
#include "investigate/SensorRequest.h"
#include "stream/LiveStream.h"

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lc {

class ApiClient;
class BannerArea;
class CommandLineEdit;
class Investigation;
class ResponseView;

// One console: a command line for one sensor, or for several at once (the same command goes
// to each and the results are grouped by host), the requests sent from it with their state,
// and the replies of the selected one. It owns an Investigation, so the replies come back
// over one Spout stream whatever the number of requests.
//
// Nothing here waits: questions (destructive commands, unknown commands) and file choices are
// opened window-modal with open(), and everything else follows the requests' signals.
class ConsoleTab : public QWidget
{
    Q_OBJECT

public:
    struct Target
    {
        QString sid;
        QString host;
        quint8 platform = 0; // CommandCatalog::platformBit; 0 when unknown
        QString platformName;
    };

    ConsoleTab(ApiClient* client, const QList<Target>& targets, QWidget* parent = nullptr);
    ~ConsoleTab() override;

    // The key of a set of sensors: a console opened again for the same set is focused.
    static QString keyOf(const QStringList& sids);
    QString key() const;
    const QList<Target>& targets() const { return m_targets; }
    bool isMultiSensor() const { return m_targets.size() > 1; }
    QString title() const;
    QString hostOf(const QString& sid) const;
    Investigation* investigation() const { return m_investigation; }

    // A line as typed: `help` is answered here; a line the catalogue refuses is not sent
    // (an unknown command asks first); a destructive one asks naming the hosts.
    void submit(const QString& line);
    // Sets the investigation id after checking it; refused while requests wait.
    bool setInvestigationId(const QString& id);

    // Requests not finished yet.
    int pendingCount() const;
    void cancelAll();
    void cancelSelected();

    // The commands sent from this console, oldest first.
    int runCount() const { return int(m_runs.size()); }
    QString runLine(int run) const;
    QList<SensorRequest*> runRequests(int run) const;
    // The requests of the selected line in the list (one, or one per host).
    QList<SensorRequest*> selectedRequests() const;
    void selectRun(int run, int host = -1);

    // Row actions on the selected reply row (see updateRowActions for when each applies).
    void showProcessTree();
    void killProcess();
    void yaraScanProcess();
    void fileHash();
    void getFile();
    void yaraScanFile();

    // Writing the selected request: every reply with its routing as JSON, the table shown as
    // CSV, or the content a file_get brought back. False with *error set when it fails.
    bool exportJson(const QString& path, QString* error = nullptr) const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool saveFileContent(const QString& path, QString* error = nullptr) const;
    bool hasFileContent() const;
    // The file dialogs of the buttons and Ctrl+S (window-modal, not blocking).
    void chooseExport();
    // A save dialog for the selected request's replies; the file's suffix picks the format.
    void openExportDialog(const QString& filters);
    void chooseFileContentTarget();

    void focusCommandLine();
    void focusFilter();

    CommandLineEdit* commandLine() const { return m_line; }
    QLabel* helpLabel() const { return m_help; }
    // Why the line cannot be sent as it is (red); empty when it can.
    QLabel* problemLabel() const { return m_problem; }
    QLineEdit* idEdit() const { return m_idEdit; }
    QLabel* idProblemLabel() const { return m_idProblem; }
    QLabel* streamLabel() const { return m_streamLabel; }
    QLabel* hostsLabel() const { return m_hostsLabel; }
    QTreeWidget* requestTree() const { return m_requests; }
    ResponseView* responseView() const { return m_view; }
    BannerArea* banners() const { return m_banners; }
    // The question or dialog open right now, if any.
    QMessageBox* question() const { return m_question; }
    YaraRuleDialog* yaraDialog() const { return m_yaraDialog; }
    ProcessTreeDialog* processTreeDialog() const { return m_treeDialog; }
    QFileDialog* fileDialog() const { return m_fileDialog; }

    QAction* processTreeAction() const { return m_treeAction; }
    QAction* killAction() const { return m_killAction; }
    QAction* yaraProcessAction() const { return m_yaraProcessAction; }
    QAction* fileHashAction() const { return m_hashAction; }
    QAction* getFileAction() const { return m_getFileAction; }
    QAction* yaraFileAction() const { return m_yaraFileAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* exportJsonAction() const { return m_exportJsonAction; }
    QAction* exportCsvAction() const { return m_exportCsvAction; }
    QAction* saveFileAction() const { return m_saveFileAction; }

signals:
    void pendingCountChanged(int pending);
    // A line for the window's status bar.
    void statusMessage(const QString& text);

private:
    using Finished = std::function<void(SensorRequest*)>;

    struct Run
    {
        QString line;
        QDateTime created;
        QList<QPointer<SensorRequest>> requests;
        QList<QString> sids; // in the order of requests
        QTreeWidgetItem* item = nullptr;
    };

    void buildActions();
    void buildLayout();
    void updateHelp();
    void showHelp(const QString& topic);
    void showProblem(const QString& problem);
    // Checks, asks when needed, then sends (to targets; all of them when empty).
    void submitTo(const QString& line, const QList<Target>& targets, const QString& subject,
                  Finished onFinished = {});
    void ask(const QString& title, const QString& text, const QString& details,
             const QString& confirmText, std::function<void()> confirmed);
    void send(const QString& line, const QList<Target>& targets, Finished onFinished);
    void onRequestFinished(int run, SensorRequest* request);
    void updateRunItem(int run);
    void updateRunItems();
    void scheduleRender();
    void render();
    void updateRowActions();
    void updateExportActions();
    void onStreamState(LiveStream::State state);
    void applyIdEdit();
    int runOfItem(const QTreeWidgetItem* item) const;
    QList<SensorRequest*> requestsOfItem(const QTreeWidgetItem* item) const;
    const Target* targetOf(const QString& sid) const;
    // What the selected reply row is about.
    qint64 recordPid() const;
    QString recordPath() const;
    QString recordSid() const;
    QString describeProcess(const QString& sid, qint64 pid) const;
    void askForYara(bool process);
    void openProcessTree(const QString& sid, const QList<QJsonObject>& processes, qint64 pid);
    bool latestProcesses(const QString& sid, QList<QJsonObject>* processes) const;
    void openFileDialog(QFileDialog* dialog);

    QList<Target> m_targets;
    Investigation* m_investigation;
    QList<Run> m_runs;
    QTimer m_tick;
    QTimer m_renderTimer;

    BannerArea* m_banners;
    QLabel* m_hostsLabel;
    QLineEdit* m_idEdit;
    QLabel* m_idProblem;
    QLabel* m_streamLabel;
    CommandLineEdit* m_line;
    QLabel* m_help;
    QLabel* m_problem;
    QTreeWidget* m_requests;
    ResponseView* m_view;
    QPointer<QMessageBox> m_question;
    QPointer<YaraRuleDialog> m_yaraDialog;
    QPointer<ProcessTreeDialog> m_treeDialog;
    QPointer<QFileDialog> m_fileDialog;

    QAction* m_treeAction = nullptr;
    QAction* m_killAction = nullptr;
    QAction* m_yaraProcessAction = nullptr;
    QAction* m_hashAction = nullptr;
    QAction* m_getFileAction = nullptr;
    QAction* m_yaraFileAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_saveFileAction = nullptr;
};

} // namespace lc
