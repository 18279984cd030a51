// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lc {

class ConsoleTab;
class OrgSession;

// The Console page of the window: one tab per sensor console, opened from the sensor list
// (a console for several sensors sends each command to all of them). Opening sensors that
// already have a console brings it forward. Closing a console whose requests still wait asks
// first. A new organisation closes every console.
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsolePage(QWidget* parent = nullptr);
    ~ConsolePage() override;

    void setSession(OrgSession* session);
    // The window says whether the page is in front; its shortcuts rest otherwise.
    void setInFront(bool inFront);

    // Opens (or brings forward) the console of these sensors; nullptr without a session or
    // sensors.
    ConsoleTab* openSensors(const QStringList& sids);
    // Asks first when requests still wait; the tab is gone at once otherwise.
    void closeTab(int index);
    void closeCurrentTab();
    void closeAll();

    QTabWidget* tabs() const { return m_tabs; }
    int tabCount() const;
    ConsoleTab* tabAt(int index) const;
    ConsoleTab* currentTab() const;
    QLabel* emptyLabel() const { return m_empty; }
    // The question asked before a console with waiting requests closes, while it is open.
    QMessageBox* closeQuestion() const { return m_closeQuestion; }

    QAction* closeTabAction() const { return m_closeAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* commandLineAction() const { return m_lineAction; }
    // The Console menu, in order (nullptr for a separator).
    QList<QAction*> menuActions() const;

signals:
    // A line for the window's status bar.
    void statusMessage(const QString& text);

private:
    void updateActions();
    void removeTab(ConsoleTab* tab);
    void updateTabText(ConsoleTab* tab);

    QPointer<OrgSession> m_session;
    bool m_inFront = false;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    QPointer<QMessageBox> m_closeQuestion;
    QAction* m_closeAction;
    QAction* m_exportAction;
    QAction* m_findAction;
    QAction* m_lineAction;
};

} // namespace lc
