// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

#include "live/LiveEventTable.h"
#include "stream/LiveStream.h"

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QToolButton;

namespace lc {

class BannerArea;
class EventDetailPane;
class EventFeed;
class EventStore;
class LiveEventDelegate;
class LiveEventModel;
class LiveExportJob;
class LiveSourceBar;
class LiveTableModel;
class OrgSession;
class RateChart;
class StreamRecorder;

// The live event view: a Spout or Firehose (or a recording played back) into a ring of up to
// a million records, shown in a table that follows the newest rows, with an instant filter,
// pause, a detail pane, a rate chart, counters that add up, export and recording.
//
// The stream reads on the GUI thread but never blocks it: the socket is read as data comes,
// records are indexed once, the table is told once per event-loop turn, and a row is parsed
// whole only when selected.
class LiveEventView : public QWidget
{
    Q_OBJECT

public:
    enum class ExportScope
    {
        Shown,     // every row the filter shows
        Selection, // the selected rows (the current one when none is selected)
    };
    Q_ENUM(ExportScope)

    explicit LiveEventView(QWidget* parent = nullptr);
    ~LiveEventView() override;

    void setSession(OrgSession* session);

    // Starts a Spout or Firehose with what the source bar says (a new stream starts from an
    // empty table); stop() ends it. reconnect() starts the same source again and keeps the
    // rows.
    void start();
    void stop();
    void reconnect();
    // A Spout of one sensor's events.
    void watchSensor(const QString& sid);
    // Plays a recording (.ndjson or .ndjson.gz) into the view, replacing what is shown.
    void openRecording(const QString& fileName);
    void clear();
    // Before the window closes: a Firehose deletes its output first (or gives up after a few
    // seconds), then closed runs. False when there is nothing to wait for.
    bool finishBeforeClose(const std::function<void()>& closed);

    void setPaused(bool paused);
    bool isPaused() const;
    void setFollowTail(bool follow);
    bool followsTail() const { return m_followTail; }
    void setCapacity(qsizetype records);

    bool startRecording(const QString& fileName, QString* error = nullptr);
    void stopRecording();
    bool isRecording() const;

    // Starts writing rows to fileName in the background (format from the name: .csv or
    // NDJSON); nullptr when nothing is to be exported or an export is running.
    LiveExportJob* exportRows(const QString& fileName, ExportScope scope);

    // The menu's entries for this view (the window puts them in its menus).
    QList<QAction*> streamActions() const;
    QList<QAction*> viewActions() const;
    QAction* openRecordingAction() const { return m_openAction; }
    QAction* startAction() const { return m_startAction; }
    QAction* reconnectAction() const { return m_reconnectAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* followAction() const { return m_followAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* recordAction() const { return m_recordAction; }
    QAction* exportShownAction() const { return m_exportShownAction; }
    QAction* exportSelectionAction() const { return m_exportSelectionAction; }
    QAction* clearAction() const { return m_clearAction; }

    EventStore* store() const { return m_store; }
    EventFeed* feed() const { return m_feed; }
    LiveEventModel* model() const { return m_model; }
    // The table's model: the event model's rows, changed at most once a frame.
    LiveTableModel* tableModel() const { return m_tableModel; }
    LiveStream* stream() const { return m_stream; }
    LiveSourceBar* sourceBar() const { return m_source; }
    QTableView* table() const { return m_table; }
    LiveEventDelegate* delegate() const { return m_delegate; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* filterErrorLabel() const { return m_filterError; }
    QToolButton* filterHelpButton() const { return m_filterHelp; }
    EventDetailPane* detailPane() const { return m_details; }
    RateChart* rateChart() const { return m_chart; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* countersLabel() const { return m_counters; }
    QLabel* recordingLabel() const { return m_recording; }
    QSpinBox* capacityBox() const { return m_capacity; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* reconnectButton() const { return m_reconnectButton; }
    BannerArea* banners() const { return m_banners; }
    QSplitter* splitter() const { return m_splitter; }
    // The question asked when a Firehose finds its output left over (nullptr otherwise).
    QMessageBox* leftoverQuestion() const;

    void focusFilter();
    void showFilterHelp();
    static QString filterHelpText();

signals:
    void streamChanged(lc::LiveStream* stream);
    // The stream's one-line state ("Live", "Reconnecting in 4 s (attempt 3)", ...).
    void stateTextChanged(const QString& text);
    void exportFinished(bool ok, const QString& message);

private:
    void buildActions();
    void buildLayout();
    void configureTable();
    void startNew(bool keepRows);
    void setStream(LiveStream* stream);
    void disposeStream();
    void onStateChanged();
    void setStateText(const QString& text);
    void onStreamError(const QString& message);
    void onLeftoverOutput(const QString& outputName, const QString& destination);
    void applyFilter(const QString& text);
    void onRowsInserted();
    void scrollToTail();
    void onScrolled(int value);
    void onCurrentRowChanged();
    void scheduleCounters();
    void updateCounters();
    void updateRecording();
    void chooseRecordingFile();
    void chooseRecordingToOpen();
    void chooseExportFile(ExportScope scope);
    QVector<qint64> sequencesFor(ExportScope scope) const;

    QPointer<OrgSession> m_session;
    EventStore* m_store;
    EventFeed* m_feed;
    LiveEventModel* m_model;
    LiveTableModel* m_tableModel;
    QPointer<LiveStream> m_stream;
    std::unique_ptr<StreamRecorder> m_recorder;
    QPointer<LiveExportJob> m_export;
    QPointer<QMessageBox> m_leftoverQuestion;

    LiveSourceBar* m_source;
    QPushButton* m_startButton;
    QPushButton* m_reconnectButton;
    QLabel* m_state;
    QLabel* m_notice;
    BannerArea* m_banners;
    QLineEdit* m_filter;
    QLabel* m_filterError;
    QToolButton* m_filterHelp;
    QSpinBox* m_capacity;
    QSplitter* m_splitter;
    LiveEventTable* m_table;
    LiveEventDelegate* m_delegate;
    EventDetailPane* m_details;
    RateChart* m_chart;
    QLabel* m_counters;
    QLabel* m_recording;
    QProgressBar* m_exportProgress;
    QToolButton* m_cancelExport;

    QAction* m_startAction = nullptr;
    QAction* m_reconnectAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_followAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_recordAction = nullptr;
    QAction* m_exportShownAction = nullptr;
    QAction* m_exportSelectionAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_clearAction = nullptr;

    QTimer m_countersTimer;
    QTimer m_secondTimer;
    bool m_followTail = true;
    bool m_scrolling = false;
    int m_lastScrollMaximum = 0;
};

} // namespace lc
