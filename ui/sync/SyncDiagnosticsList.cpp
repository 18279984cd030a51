// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncDiagnosticsList.h"

#include <QHeaderView>

#include <algorithm>

#include "sync/SyncPalette.h"

namespace lc {

namespace {

enum Column
{
    LocationColumn,
    SeverityColumn,
    MessageColumn,
};

} // namespace

SyncDiagnosticsList::SyncDiagnosticsList(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Config errors and warnings"));
    setColumnCount(3);
    setHeaderLabels({tr("Where"), tr("Severity"), tr("Message")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Enter or double-click opens the file; its name and line are copied"));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::Interactive);
    header()->resizeSection(LocationColumn, 260);
    header()->resizeSection(SeverityColumn, 80);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_diagnostics.size())
            emit openRequested(m_diagnostics.at(row));
    });
}

QString SyncDiagnosticsList::location(const ConfigDiagnostic& diagnostic)
{
    QString where = diagnostic.file;
    if (diagnostic.line > 0) {
        where += QStringLiteral(":%1").arg(diagnostic.line);
        if (diagnostic.column > 0)
            where += QStringLiteral(":%1").arg(diagnostic.column);
    }
    return where;
}

void SyncDiagnosticsList::setDiagnostics(const QList<ConfigDiagnostic>& diagnostics)
{
    clear();
    // Errors first: they are what stops the dry-run.
    m_diagnostics.clear();
    for (const ConfigDiagnostic& diagnostic : diagnostics) {
        if (diagnostic.isError())
            m_diagnostics.append(diagnostic);
    }
    for (const ConfigDiagnostic& diagnostic : diagnostics) {
        if (!diagnostic.isError())
            m_diagnostics.append(diagnostic);
    }

    QList<QTreeWidgetItem*> items;
    for (const ConfigDiagnostic& diagnostic : std::as_const(m_diagnostics)) {
        auto* item = new QTreeWidgetItem;
        item->setText(LocationColumn, location(diagnostic));
        item->setText(SeverityColumn, diagnostic.isError() ? tr("error") : tr("warning"));
        item->setText(MessageColumn, diagnostic.message);
        item->setToolTip(MessageColumn, diagnostic.toString());
        item->setData(SeverityColumn, Qt::AccessibleTextRole, item->text(SeverityColumn));
        const QColor color =
                diagnostic.isError()
                        ? SyncPalette::actionColor(PlanEntry::Action::Remove, palette())
                        : SyncPalette::blockedColor(palette());
        item->setForeground(SeverityColumn, color);
        items.append(item);
    }
    addTopLevelItems(items);
    // Paths are what the list is read by: wide enough for them, within reason (the list may
    // not be laid out yet, so the cap is in characters rather than a share of its width).
    resizeColumnToContents(LocationColumn);
    const int widest = fontMetrics().averageCharWidth() * 64;
    header()->resizeSection(LocationColumn,
                            std::clamp(header()->sectionSize(LocationColumn), 160, widest));
}

int SyncDiagnosticsList::errorCount() const
{
    return static_cast<int>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                                          [](const ConfigDiagnostic& d) { return d.isError(); }));
}

int SyncDiagnosticsList::warningCount() const
{
    return static_cast<int>(m_diagnostics.size()) - errorCount();
}

} // namespace lc
