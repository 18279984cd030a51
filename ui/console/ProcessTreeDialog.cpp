// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ProcessTreeDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lc {

namespace {

enum Column
{
    NameColumn,
    PidColumn,
    UserColumn,
    CommandLineColumn,
};

qint64 integerOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInteger(-1);
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? number : -1;
}

QString processName(const QJsonObject& process)
{
    QString path = process.value(QLatin1String("FILE_PATH")).toString();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? process.value(QLatin1String("FILE_PATH")).toString() : name;
}

} // namespace

qint64 ProcessTreeDialog::pidOf(const QJsonObject& process)
{
    return integerOf(process.value(QLatin1String("PROCESS_ID")));
}

qint64 ProcessTreeDialog::parentPidOf(const QJsonObject& process)
{
    return integerOf(process.value(QLatin1String("PARENT_PROCESS_ID")));
}

ProcessTreeDialog::ProcessTreeDialog(const QString& host, const QList<QJsonObject>& processes,
                                     qint64 pid, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Process %1 on %2").arg(pid).arg(host));
    m_tree->setAccessibleName(tr("Process tree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Process"), tr("PID"), tr("User"), tr("Command line")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    QHash<qint64, QJsonObject> byPid;
    QHash<qint64, QList<qint64>> children;
    for (const QJsonObject& process : processes) {
        const qint64 id = pidOf(process);
        if (id < 0 || byPid.contains(id))
            continue;
        byPid.insert(id, process);
    }
    for (auto it = byPid.cbegin(); it != byPid.cend(); ++it) {
        const qint64 parentPid = parentPidOf(*it);
        // A process listed as its own parent (pid 0 on Windows, 1 on some systems) is a root.
        if (parentPid != it.key() && byPid.contains(parentPid))
            children[parentPid].append(it.key());
    }
    for (QList<qint64>& list : children)
        std::sort(list.begin(), list.end());

    if (!byPid.contains(pid)) {
        m_summary->setText(tr("Process %1 is not in the process list of %2: it may have "
                              "exited. Run os_processes again for a fresh list.")
                                   .arg(pid)
                                   .arg(host));
    } else {
        // The chain of ancestors, oldest first; a loop in the parent links ends it.
        QList<qint64> chain{pid};
        QSet<qint64> seen{pid};
        qint64 current = pid;
        while (true) {
            const qint64 parentPid = parentPidOf(byPid.value(current));
            if (parentPid == current || !byPid.contains(parentPid) || seen.contains(parentPid))
                break;
            chain.prepend(parentPid);
            seen.insert(parentPid);
            current = parentPid;
        }

        QTreeWidgetItem* item = nullptr;
        for (const qint64 id : std::as_const(chain))
            item = addProcess(item, byPid.value(id));
        m_processItem = item;

        // Descendants, breadth first; `seen` guards against loops.
        QList<QPair<QTreeWidgetItem*, qint64>> pending{{m_processItem, pid}};
        int descendants = 0;
        while (!pending.isEmpty()) {
            const auto [parentItem, parentPid] = pending.takeFirst();
            for (const qint64 child : children.value(parentPid)) {
                if (seen.contains(child))
                    continue;
                seen.insert(child);
                ++descendants;
                pending.append({addProcess(parentItem, byPid.value(child)), child});
            }
        }

        QFont bold = m_processItem->font(NameColumn);
        bold.setBold(true);
        for (int column = 0; column < m_tree->columnCount(); ++column)
            m_processItem->setFont(column, bold);
        m_tree->expandAll();
        m_tree->setCurrentItem(m_processItem);
        m_summary->setText(tr("%n ancestor(s)", nullptr, int(chain.size()) - 1)
                           + QStringLiteral(", ") + tr("%n descendant(s)", nullptr, descendants));
    }
    m_tree->resizeColumnToContents(NameColumn);
    m_tree->resizeColumnToContents(PidColumn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

QTreeWidgetItem* ProcessTreeDialog::addProcess(QTreeWidgetItem* parent, const QJsonObject& process)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(NameColumn, processName(process));
    item->setToolTip(NameColumn, process.value(QLatin1String("FILE_PATH")).toString());
    item->setText(PidColumn, QString::number(pidOf(process)));
    item->setData(PidColumn, Qt::UserRole, pidOf(process));
    item->setText(UserColumn, process.value(QLatin1String("USER_NAME")).toString());
    item->setText(CommandLineColumn, process.value(QLatin1String("COMMAND_LINE")).toString());
    item->setToolTip(CommandLineColumn, item->text(CommandLineColumn));
    return item;
}

} // namespace lc
