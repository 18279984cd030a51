// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorActions.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include "BatchResultModel.h"
#include "LcDesk.h"
#include "SensorTableModel.h"
#include "sensors/BatchResultsDialog.h"
#include "sensors/SensorListView.h"
#include "sensors/TagDialog.h"
#include "sensors/TaskDialog.h"
#include "sensors/UntagDialog.h"
#include "session/OrgSession.h"
#include "widgets/ActionReason.h"

namespace lc {

SensorActions::SensorActions(SensorListView* view, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
{
    m_refresh = makeAction(tr("&Refresh"), {QKeySequence(Qt::Key_F5)}, nullptr);
    m_refresh->setToolTip(tr("Load the sensor list again (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    m_find = makeAction(tr("&Find…"), {QKeySequence::Find}, nullptr);
    connect(m_find, &QAction::triggered, m_view, &SensorListView::focusFilter);

    m_tag = makeAction(tr("&Tag…"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
                       &SensorActions::tagSelection);
    m_untag = makeAction(tr("&Untag…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                         &SensorActions::untagSelection);
    m_task =
            makeAction(tr("Send T&ask…"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Return),
                        QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::CTRL | Qt::Key_K)},
                       &SensorActions::taskSelection);
    m_isolate = makeAction(tr("&Isolate…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
                           &SensorActions::isolateSelection);
    m_rejoin = makeAction(tr("Re&join Network…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                          &SensorActions::rejoinSelection);
    m_console = makeAction(tr("Open &Console"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                           &SensorActions::openConsole);
    m_console->setToolTip(tr("Interactive console on the selected sensor(s): commands and their "
                             "replies (Ctrl+Shift+O, or Return in the list)"));
    // Return (and a double click) on a row opens its console, as Enter opens a file.
    connect(m_view->table(), &QAbstractItemView::activated, this, [this] {
        if (m_console->isEnabled())
            openConsole();
    });

    // Copy belongs to the table: in the filter field Ctrl+C copies the field's text.
    m_copySid = makeAction(tr("&Copy Sensor ID"), {QKeySequence::Copy}, nullptr);
    m_copyHostname = makeAction(tr("Copy &Hostname"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, nullptr);
    for (QAction* action : {m_copySid, m_copyHostname}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->table()->addAction(action);
    }
    connect(m_copySid, &QAction::triggered, this, [this] { copy(false); });
    connect(m_copyHostname, &QAction::triggered, this, [this] { copy(true); });

    m_view->setRefreshAction(m_refresh);
    m_view->setRowActions(sensorActions());
    connect(m_view, &SensorListView::selectionChanged, this, &SensorActions::updateEnabled);
    updateEnabled();
}

QAction* SensorActions::makeAction(const QString& text, const QList<QKeySequence>& shortcuts,
                                   void (SensorActions::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    if (!shortcuts.isEmpty()) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                shortcuts.first().toString(QKeySequence::NativeText)));
    }
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction*> SensorActions::sensorActions() const
{
    return {m_console, nullptr,  m_tag,   m_untag,   m_task,        nullptr,
            m_isolate, m_rejoin, nullptr, m_copySid, m_copyHostname};
}

void SensorActions::setSession(OrgSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &OrgSession::stateChanged, this, &SensorActions::updateEnabled);
    updateEnabled();
}

void SensorActions::setInFront(bool inFront)
{
    m_inFront = inFront;
    updateEnabled();
}

void SensorActions::updateEnabled()
{
    const bool connected =
            m_inFront && m_session && m_session->state() == OrgSession::State::Connected;
    const bool haveSelection = m_inFront && !m_view->selectedSids().isEmpty();

    // Off the Sensors tab the command palette names the tab instead.
    const QString offline = m_inFront ? tr("Not connected to an organisation.") : QString();
    const QString noSelection = m_inFront ? tr("Select one or more sensors first.") : QString();
    m_find->setEnabled(m_inFront);
    ActionReason::setEnabled(m_refresh, connected, offline);
    for (QAction* action : {m_tag, m_untag, m_task, m_isolate, m_rejoin, m_console})
        ActionReason::setEnabled(action, connected && haveSelection,
                                 connected ? noSelection : offline);
    ActionReason::setEnabled(m_copySid, haveSelection, noSelection);
    ActionReason::setEnabled(m_copyHostname, haveSelection, noSelection);
}

SensorSelection SensorActions::selection() const
{
    return SensorSelection::from(m_view->selectedSids(), m_session ? m_session->store() : nullptr);
}

void SensorActions::tagSelection()
{
    const SensorSelection targets = selection();
    if (!m_session || targets.isEmpty())
        return;
    auto* dialog = new TagDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        if (!m_session)
            return;
        const QStringList tags = dialog->tags();
        SensorBatch* batch = m_session->tag(targets.sids, tags, dialog->ttlSeconds());
        showResults(tr("Tag %n sensor(s) with %1", nullptr, targets.size())
                            .arg(tags.join(QStringLiteral(", "))),
                    batch, targets, tr("tagged"));
    });
    dialog->open();
}

void SensorActions::untagSelection()
{
    const SensorSelection targets = selection();
    if (!m_session || targets.isEmpty())
        return;
    auto* dialog = new UntagDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        if (!m_session)
            return;
        const QStringList tags = dialog->selectedTags();
        SensorBatch* batch = m_session->untag(targets.sids, tags);
        showResults(tr("Remove %1 from %n sensor(s)", nullptr, targets.size())
                            .arg(tags.join(QStringLiteral(", "))),
                    batch, targets, tr("untagged"));
    });
    dialog->open();
}

void SensorActions::taskSelection()
{
    const SensorSelection targets = selection();
    if (!m_session || targets.isEmpty())
        return;
    auto* dialog = new TaskDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, targets] {
        if (!m_session)
            return;
        const QString command = dialog->command();
        if (dialog->showRepliesInConsole()) {
            emit taskInConsoleRequested(targets.sids, command, dialog->investigationId());
            return;
        }
        qCInfo(lcUi) << "tasking" << targets.size() << "sensors";
        SensorBatch* batch = m_session->task(targets.sids, command, dialog->investigationId());
        showResults(tr("Send \"%1\" to %n sensor(s)", nullptr, targets.size()).arg(command), batch,
                    targets, tr("accepted"));
    });
    dialog->open();
}

void SensorActions::isolateSelection()
{
    confirmIsolation(true);
}

void SensorActions::rejoinSelection()
{
    confirmIsolation(false);
}

void SensorActions::openConsole()
{
    const QStringList sids = m_view->selectedSids();
    if (!m_session || sids.isEmpty())
        return;
    emit consoleRequested(sids);
}

void SensorActions::confirmIsolation(bool isolate)
{
    const SensorSelection targets = selection();
    if (!m_session || targets.isEmpty())
        return;

    // Cutting hosts off the network is the one routine action worth a question.
    auto* box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(isolate ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(isolate ? tr("Isolate Sensors") : tr("Rejoin Network"));
    box->setText(isolate ? tr("Isolate %n sensor(s) from the network?", nullptr, targets.size())
                         : tr("Let %n sensor(s) rejoin the network?", nullptr, targets.size()));
    box->setInformativeText(
            isolate ? tr("%1\n\nThey keep talking to LimaCharlie only, until they rejoin.")
                              .arg(targets.describeHosts(10))
                    : tr("%1\n\nTheir network access is restored.").arg(targets.describeHosts(10)));
    QPushButton* confirm =
            box->addButton(isolate ? tr("&Isolate %n sensor(s)", nullptr, targets.size())
                                   : tr("&Rejoin %n sensor(s)", nullptr, targets.size()),
                           QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);

    connect(box, &QMessageBox::finished, this, [this, box, confirm, targets, isolate] {
        if (box->clickedButton() != confirm || !m_session)
            return;
        SensorBatch* batch =
                isolate ? m_session->isolate(targets.sids) : m_session->rejoin(targets.sids);
        showResults(isolate ? tr("Isolate %n sensor(s)", nullptr, targets.size())
                            : tr("Rejoin %n sensor(s)", nullptr, targets.size()),
                    batch, targets, isolate ? tr("isolation requested") : tr("rejoin requested"));
    });
    box->open();
}

void SensorActions::showResults(const QString& title, SensorBatch* batch,
                                const SensorSelection& selection, const QString& successText)
{
    auto* model = new BatchResultModel(batch, selection.hostnames, successText);
    auto* dialog = new BatchResultsDialog(title, batch, model, m_window);
    dialog->show();
    emit resultsShown(dialog);
}

void SensorActions::copy(bool hostnames)
{
    const SensorSelection targets = selection();
    QStringList lines;
    for (const QString& sid : targets.sids)
        lines.append(hostnames ? targets.hostname(sid) : sid);
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace lc
