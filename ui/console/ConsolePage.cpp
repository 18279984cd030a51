// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsolePage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "LcDesk.h"
#include "SensorTableModel.h"
#include "console/ConsoleTab.h"
#include "investigate/CommandCatalog.h"
#include "sensors/SensorStore.h"
#include "session/OrgSession.h"

namespace lc {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& shortcut,
                    const QString& toolTip)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setToolTip(
            QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

ConsolePage::ConsolePage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setAccessibleName(tr("Sensor consoles"));
    m_empty->setText(tr("No console is open.\n\nSelect one or more sensors in the Sensors tab "
                        "(Ctrl+1) and press Ctrl+Shift+O or Return, or right-click them and "
                        "choose Open Console. A console for several sensors sends each command "
                        "to all of them."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No console open"));

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Consoles"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ConsolePage::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        if (ConsoleTab* tab = currentTab())
            tab->focusCommandLine();
    });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_closeAction = makeAction(this, tr("&Close Console"), QKeySequence(Qt::CTRL | Qt::Key_W),
                               tr("Close the console in front (asks while requests wait)"));
    connect(m_closeAction, &QAction::triggered, this, &ConsolePage::closeCurrentTab);
    m_exportAction = makeAction(this, tr("&Export Replies…"), QKeySequence(Qt::CTRL | Qt::Key_S),
                                tr("Write the selected request's replies to a JSON or CSV file"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (ConsoleTab* tab = currentTab())
            tab->chooseExport();
    });
    m_findAction = makeAction(this, tr("&Filter Replies"), QKeySequence::Find,
                              tr("Filter the rows of the reply table"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (ConsoleTab* tab = currentTab())
            tab->focusFilter();
    });
    m_lineAction = makeAction(this, tr("Command &Line"), QKeySequence(Qt::Key_F6),
                              tr("Move to the console's command line"));
    connect(m_lineAction, &QAction::triggered, this, [this] {
        if (ConsoleTab* tab = currentTab())
            tab->focusCommandLine();
    });
    // Window shortcuts of this page: active while it is in front, wherever the focus is.
    for (QAction* action : {m_closeAction, m_exportAction, m_findAction, m_lineAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    updateActions();
}

ConsolePage::~ConsolePage()
{
    // Known shortcoming: closing the window does not ask about requests still waiting; they
    // are cancelled here (a task already posted may still run on the sensor).
    if (m_closeQuestion)
        m_closeQuestion->disconnect(this);
}

QList<QAction*> ConsolePage::menuActions() const
{
    return {m_lineAction, m_findAction, m_exportAction, nullptr, m_closeAction};
}

void ConsolePage::setSession(OrgSession* session)
{
    if (session == m_session)
        return;
    // Consoles belong to the organisation they were opened in.
    closeAll();
    m_session = session;
    updateActions();
}

void ConsolePage::setInFront(bool inFront)
{
    m_inFront = inFront;
    updateActions();
}

void ConsolePage::updateActions()
{
    const bool haveTab = currentTab() != nullptr;
    m_closeAction->setEnabled(m_inFront && haveTab);
    m_exportAction->setEnabled(m_inFront && haveTab);
    m_findAction->setEnabled(m_inFront && haveTab);
    m_lineAction->setEnabled(m_inFront && haveTab);
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget*>(m_tabs) : m_empty);
}

int ConsolePage::tabCount() const
{
    return m_tabs->count();
}

ConsoleTab* ConsolePage::tabAt(int index) const
{
    return qobject_cast<ConsoleTab*>(m_tabs->widget(index));
}

ConsoleTab* ConsolePage::currentTab() const
{
    return qobject_cast<ConsoleTab*>(m_tabs->currentWidget());
}

ConsoleTab* ConsolePage::openSensors(const QStringList& sids)
{
    if (!m_session || sids.isEmpty())
        return nullptr;

    const QString key = ConsoleTab::keyOf(sids);
    for (int index = 0; index < m_tabs->count(); ++index) {
        ConsoleTab* tab = tabAt(index);
        if (tab && tab->key() == key) {
            m_tabs->setCurrentIndex(index);
            tab->focusCommandLine();
            return tab;
        }
    }

    QList<ConsoleTab::Target> targets;
    const SensorStore* store = m_session->store();
    QStringList seen;
    for (const QString& sid : sids) {
        if (seen.contains(sid))
            continue;
        seen.append(sid);
        ConsoleTab::Target target;
        target.sid = sid;
        target.host = sid;
        const int row = store ? store->indexOf(sid) : -1;
        if (row >= 0) {
            const SensorRecord& record = store->at(row);
            if (!record.info.hostname.isEmpty())
                target.host = record.info.hostname;
            target.platform = CommandCatalog::platformBit(record.info.plat);
            target.platformName = SensorTableModel::platformLabel(record.platformName);
        }
        targets.append(target);
    }

    auto* tab = new ConsoleTab(m_session->client(), targets, m_tabs);
    connect(tab, &ConsoleTab::statusMessage, this, &ConsolePage::statusMessage);
    connect(tab, &ConsoleTab::pendingCountChanged, this, [this, tab] { updateTabText(tab); });
    const int index = m_tabs->addTab(tab, tab->title());
    QStringList hosts;
    for (const ConsoleTab::Target& target : std::as_const(targets))
        hosts.append(target.host);
    m_tabs->setTabToolTip(index, hosts.join(QLatin1Char('\n')));
    m_tabs->setCurrentIndex(index);
    updateActions();
    tab->focusCommandLine();
    qCInfo(lcUi) << "console opened for" << targets.size() << "sensor(s)";
    return tab;
}

void ConsolePage::updateTabText(ConsoleTab* tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const int pending = tab->pendingCount();
    m_tabs->setTabText(index, pending > 0 ? tr("%1 (%2 waiting)").arg(tab->title()).arg(pending)
                                          : tab->title());
}

void ConsolePage::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void ConsolePage::closeTab(int index)
{
    ConsoleTab* tab = tabAt(index);
    if (tab == nullptr)
        return;
    const int pending = tab->pendingCount();
    if (pending == 0) {
        removeTab(tab);
        return;
    }

    if (m_closeQuestion)
        m_closeQuestion->reject();
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Close Console"));
    box->setText(tr("%1: %n request(s) still waiting for replies. Close the console anyway?",
                    nullptr, pending)
                         .arg(tab->title()));
    box->setInformativeText(tr("Their replies will not be shown. Tasks already sent still run "
                               "on the sensors."));
    QPushButton* close = box->addButton(tr("&Close Console"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const QPointer<ConsoleTab> guard(tab);
    connect(box, &QMessageBox::finished, this, [this, box, close, guard] {
        if (box->clickedButton() == close && guard)
            removeTab(guard);
    });
    m_closeQuestion = box;
    box->open();
}

void ConsolePage::closeAll()
{
    if (m_closeQuestion)
        m_closeQuestion->reject();
    while (m_tabs->count() > 0) {
        ConsoleTab* tab = tabAt(0);
        m_tabs->removeTab(0);
        if (tab) {
            tab->cancelAll();
            delete tab;
        }
    }
    updateActions();
}

void ConsolePage::removeTab(ConsoleTab* tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    tab->cancelAll();
    tab->deleteLater();
    updateActions();
    if (ConsoleTab* next = currentTab())
        next->focusCommandLine();
}

} // namespace lc
