// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include "investigate/SpotCheckHit.h"
#include "investigate/SpotCheckOptions.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace lc {

class BannerArea;
class IndicatorEditor;
class OrgSession;
class SpotCheck;
class SpotCheckHitModel;
class SpotCheckSensorModel;

// SpotCheck in the desktop console: the indicators to look for, which sensors (platforms,
// tags) and how patiently, then the run with its counters, the hits as they arrive and every
// sensor's state. The same engine and the same rules as `lcdesk spotcheck`
// (app/CliSpotCheck.cpp). Non-modal: the window stays usable while a check runs.
//
// Check judges the indicators without sending anything and marks the rejected ones; Run
// (Ctrl+Return) does the same and goes on with the rest. The sensors are the session's
// loaded list; while it still loads, the run waits for it. Stop ends the run (Esc asks
// first); the sensors not reached are reported as not checked.
class SpotCheckDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        WaitingForSensors,
        Running,
        Finished,
    };
    Q_ENUM(State)

    SpotCheckDialog(OrgSession* session, QWidget* parent = nullptr);
    ~SpotCheckDialog() override;

    // The run's options from the fields, with the editor's indicators (not judged yet).
    SpotCheckOptions options() const;

    // Judges the indicators and shows the rejected ones; sends nothing. Returns how many
    // can be used.
    int check();
    // Checks, then starts with the usable indicators (false, with the reason shown, when
    // nothing can start). Waits for the sensor list when it is still loading.
    bool run();
    // Ends the run at once (no question); sensors not reached are reported as not checked.
    void stop();
    // The Esc key and the Stop button: asks before stopping a run.
    void askToStop();

    // Writes the hits as CSV or the JSON report; false with *error. The buttons choose a
    // file and call these.
    bool exportHitsCsv(const QString& path, QString* error = nullptr) const;
    bool exportReport(const QString& path, QString* error = nullptr) const;
    // Opens the details of a hit row (the reply events behind it).
    void showHitDetails(int row);

    State state() const { return m_state; }
    SpotCheck* spotCheck() const { return m_spotCheck; }
    // The indicators rejected by the last check or run.
    QStringList rejected() const { return m_rejected; }
    // The one-line report shown when the run finished or stopped.
    QString reportText(bool withHosts = true) const;

    IndicatorEditor* indicatorEditor() const { return m_indicators; }
    QCheckBox* windowsBox() const { return m_windows; }
    QCheckBox* linuxBox() const { return m_linux; }
    QCheckBox* macosBox() const { return m_macos; }
    QCheckBox* chromeBox() const { return m_chrome; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QSpinBox* recheckBox() const { return m_recheck; }
    QCheckBox* waitOfflineBox() const { return m_waitOffline; }
    QSpinBox* offlineWaitBox() const { return m_offlineWait; }
    QLabel* checkLabel() const { return m_checkLabel; }
    QLabel* countersLabel() const { return m_counters; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* reportLabel() const { return m_report; }
    QTableView* hitsView() const { return m_hitsView; }
    SpotCheckHitModel* hitModel() const { return m_hitModel; }
    QTableView* sensorsView() const { return m_sensorsView; }
    SpotCheckSensorModel* sensorModel() const { return m_sensorModel; }
    QLineEdit* sensorFilterEdit() const { return m_sensorFilter; }
    QSortFilterProxyModel* sensorProxy() const { return m_sensorProxy; }
    BannerArea* banners() const { return m_banners; }
    QPushButton* checkButton() const { return m_checkButton; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QPushButton* exportHitsButton() const { return m_exportHitsButton; }
    QPushButton* exportReportButton() const { return m_exportReportButton; }
    // The question asked before stopping, while it is open.
    QMessageBox* stopQuestion() const { return m_stopQuestion; }
    // The details of the last hit opened, while open.
    QDialog* detailsDialog() const { return m_details; }

signals:
    void stateChanged(lc::SpotCheckDialog::State state);
    void hitFound(const lc::SpotCheckHit& hit);
    void finished();

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildLayout();
    void setState(State state);
    void startWhenLoaded();
    void start();
    void updateCounters();
    void onFinished();
    void updateButtons();
    void chooseHitsFile();
    void chooseReportFile();

    QPointer<OrgSession> m_session;
    SpotCheck* m_spotCheck = nullptr;
    State m_state = State::Idle;
    SpotCheckOptions m_pending; // what Run starts once the sensor list is complete
    QStringList m_rejected;
    bool m_stopped = false;

    IndicatorEditor* m_indicators;
    QCheckBox* m_windows;
    QCheckBox* m_linux;
    QCheckBox* m_macos;
    QCheckBox* m_chrome;
    QLineEdit* m_tags;
    QSpinBox* m_concurrency;
    QSpinBox* m_timeout;
    QSpinBox* m_recheck;
    QCheckBox* m_waitOffline;
    QSpinBox* m_offlineWait;
    QLabel* m_checkLabel;
    BannerArea* m_banners;
    QLabel* m_counters;
    QProgressBar* m_progress;
    QLabel* m_report;
    QTableView* m_hitsView;
    SpotCheckHitModel* m_hitModel;
    QLineEdit* m_sensorFilter;
    QTableView* m_sensorsView;
    SpotCheckSensorModel* m_sensorModel;
    QSortFilterProxyModel* m_sensorProxy;
    QPushButton* m_checkButton;
    QPushButton* m_runButton;
    QPushButton* m_stopButton;
    QPushButton* m_exportHitsButton;
    QPushButton* m_exportReportButton;
    QPushButton* m_closeButton;
    QPointer<QMessageBox> m_stopQuestion;
    QPointer<QDialog> m_details;
};

} // namespace lc
