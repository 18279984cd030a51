// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "sensors/SensorSelection.h"

class QAction;
class QWidget;

namespace lc {

class BatchResultsDialog;
class OrgSession;
class SensorBatch;
class SensorListView;

// What an analyst does to sensors, as actions with shortcuts for the menu, the toolbar and the
// list's context menu. Each acts on the list's selection: a dialog (never blocking the window)
// asks for details, then a results dialog follows every sensor.
class SensorActions : public QObject
{
    Q_OBJECT

public:
    SensorActions(SensorListView* view, QWidget* window);

    void setSession(OrgSession* session);
    // The window shows another page: the actions on the selection, refresh and find go quiet,
    // so a shortcut typed there (Ctrl+I on the live view) never acts on sensors out of sight.
    void setInFront(bool inFront);

    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }
    QAction* tagAction() const { return m_tag; }
    QAction* untagAction() const { return m_untag; }
    QAction* taskAction() const { return m_task; }
    QAction* isolateAction() const { return m_isolate; }
    QAction* rejoinAction() const { return m_rejoin; }
    QAction* consoleAction() const { return m_console; }
    QAction* copySidAction() const { return m_copySid; }
    QAction* copyHostnameAction() const { return m_copyHostname; }
    // Actions on the selection, with nullptr where a separator goes.
    QList<QAction*> sensorActions() const;

    void tagSelection();
    void untagSelection();
    void taskSelection();
    void isolateSelection();
    void rejoinSelection();
    // Asks the window for an interactive console on the selected sensors.
    void openConsole();

signals:
    void resultsShown(lc::BatchResultsDialog* dialog);
    // One console for these sensors (several: one console sending to each).
    void consoleRequested(const QStringList& sids);
    // A task whose replies the user wants to see: sent from a console for these sensors.
    void taskInConsoleRequested(const QStringList& sids, const QString& command,
                                const QString& investigationId);

private:
    QAction* makeAction(const QString& text, const QList<QKeySequence>& shortcuts,
                        void (SensorActions::*slot)());
    void updateEnabled();
    SensorSelection selection() const;
    void confirmIsolation(bool isolate);
    void showResults(const QString& title, SensorBatch* batch, const SensorSelection& selection,
                     const QString& successText);
    void copy(bool hostnames);

    SensorListView* m_view;
    QWidget* m_window;
    QPointer<OrgSession> m_session;

    QAction* m_refresh;
    QAction* m_find;
    bool m_inFront = true;
    QAction* m_tag;
    QAction* m_untag;
    QAction* m_task;
    QAction* m_isolate;
    QAction* m_rejoin;
    QAction* m_console;
    QAction* m_copySid;
    QAction* m_copyHostname;
};

} // namespace lc
