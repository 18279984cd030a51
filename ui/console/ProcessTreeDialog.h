// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lc {

// Where a process sits: its ancestors down from the oldest one still running, the process
// itself (selected, in bold) and every process it started, from an os_processes reply.
class ProcessTreeDialog : public QDialog
{
    Q_OBJECT

public:
    ProcessTreeDialog(const QString& host, const QList<QJsonObject>& processes, qint64 pid,
                      QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // nullptr when the process is not in the list.
    QTreeWidgetItem* processItem() const { return m_processItem; }
    QLabel* summaryLabel() const { return m_summary; }

    static qint64 pidOf(const QJsonObject& process);
    static qint64 parentPidOf(const QJsonObject& process);

private:
    QTreeWidgetItem* addProcess(QTreeWidgetItem* parent, const QJsonObject& process);

    QTreeWidget* m_tree;
    QLabel* m_summary;
    QTreeWidgetItem* m_processItem = nullptr;
};

} // namespace lc
