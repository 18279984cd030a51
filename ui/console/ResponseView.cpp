// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ResponseView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "console/ResponseTableModel.h"
#include "widgets/JsonTreeWidget.h"

namespace lc {

namespace {

// Long values (command lines, module lists) are cut at this width; the tooltip has them whole.
constexpr int MaxColumnChars = 48;

QString replyLabel(const ResponseView::Entry& entry, bool severalHosts)
{
    const SensorResponse& response = entry.response;
    QString label = QStringLiteral("%1  %2").arg(
            QLocale().toString(response.received.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
            response.eventType);
    if (severalHosts)
        label = entry.host + QStringLiteral("  ") + label;
    if (response.errorCode() != 0) {
        label += QStringLiteral("  ")
                 + ResponseView::tr("(error %1%2)")
                           .arg(response.errorCode())
                           .arg(response.errorMessage().isEmpty()
                                        ? QString()
                                        : QStringLiteral(": ") + response.errorMessage());
    }
    if (response.late)
        label += QStringLiteral("  ") + ResponseView::tr("(late)");
    return label;
}

} // namespace

ResponseView::ResponseView(QWidget* parent)
    : QWidget(parent)
    , m_replies(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_tablePage(new QWidget(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ResponseTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new JsonTreeWidget(this))
{
    m_replies->setAccessibleName(tr("Replies"));
    m_replies->setToolTip(tr("The replies of the selected request; pick one to see it"));
    m_replies->hide();
    connect(m_replies, &QListWidget::currentRowChanged, this, &ResponseView::showReply);

    m_message->setReadOnly(true);
    m_message->setAccessibleName(tr("Console output"));
    m_message->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResponseTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Reply table"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ResponseView::showRowMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResponseView::currentRecordChanged);

    m_filter->setPlaceholderText(tr("Filter rows (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Reply filter"));
    m_filter->setToolTip(tr("Shows the rows where any column contains this text (case is "
                            "ignored)"));
    m_filter->setClearButtonEnabled(true);
    auto* clearFilter = new QAction(tr("Clear filter"), m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
        emit currentRecordChanged();
    });
    m_summary->setAccessibleName(tr("Rows shown"));

    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_summary);
    auto* tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_table, 1);

    m_tree->setAccessibleName(tr("Reply"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ResponseView::currentRecordChanged);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tablePage);
    m_stack->addWidget(m_tree);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_replies);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    showMessage({});
}

void ResponseView::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
}

void ResponseView::focusFilter()
{
    if (m_mode != Mode::Table)
        return;
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ResponseView::listsReplies() const
{
    return !m_replies->isHidden();
}

void ResponseView::showMessage(const QString& text)
{
    m_entries.clear();
    m_replies->clear();
    m_replies->hide();
    m_model->clear();
    m_tree->clear();
    m_message->setPlainText(text);
    m_stack->setCurrentWidget(m_message);
    m_mode = Mode::Message;
    emit currentRecordChanged();
}

void ResponseView::setEntries(const QList<Entry>& entries, bool severalHosts)
{
    if (entries.isEmpty()) {
        showMessage(tr("No reply yet."));
        return;
    }

    // One table when every reply is a list of the same rows; one row per reply when replies
    // of one kind carry no list (YARA detections, os_version from several hosts).
    QString listKey;
    bool sameList = true;
    bool sameFlatType = true;
    for (const Entry& entry : entries) {
        const ResponseTable table = ResponseTable::fromEvent(entry.response.event);
        if (!table.isValid()) {
            sameList = false;
        } else {
            sameFlatType = false;
            if (listKey.isEmpty())
                listKey = table.listKey();
            else if (listKey != table.listKey())
                sameList = false;
        }
        if (entry.response.eventType != entries.first().response.eventType)
            sameFlatType = false;
    }
    if (sameList) {
        m_replies->hide();
        showTable(entries, severalHosts, false);
        return;
    }
    if (sameFlatType && (entries.size() > 1 || severalHosts)) {
        m_replies->hide();
        showTable(entries, severalHosts, true);
        return;
    }

    // Different shapes: pick a reply from the list. The one picked stays picked as replies
    // arrive, unless it was the newest, which keeps following the newest.
    const int previous = m_replies->currentRow();
    const bool followNewest = previous < 0 || previous == m_replies->count() - 1;
    m_entries = entries;
    m_severalHosts = severalHosts;
    {
        const QSignalBlocker blocker(m_replies);
        m_replies->clear();
        for (const Entry& entry : entries) {
            auto* item = new QListWidgetItem(replyLabel(entry, severalHosts), m_replies);
            item->setToolTip(
                    entry.response.routing.value(QLatin1String("investigation_id")).toString());
        }
    }
    m_replies->setVisible(entries.size() > 1);
    const int row =
            followNewest ? int(entries.size()) - 1 : std::min(previous, int(entries.size()) - 1);
    m_replies->setCurrentRow(row);
    showReply(row);
}

void ResponseView::showReply(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry& entry = m_entries.at(index);
    const ResponseTable table = ResponseTable::fromEvent(entry.response.event);
    if (table.isValid()) {
        const QStringList columnsBefore = m_model->columnNames();
        m_model->setParts({{entry.sid, entry.host, table}}, false);
        fitColumns(columnsBefore);
        m_stack->setCurrentWidget(m_tablePage);
        m_mode = Mode::Table;
        updateSummary();
    } else {
        m_model->clear();
        m_tree->setObject(entry.response.event);
        m_stack->setCurrentWidget(m_tree);
        m_mode = Mode::Tree;
    }
    emit currentRecordChanged();
}

void ResponseView::showTable(const QList<Entry>& entries, bool severalHosts, bool rowPerReply)
{
    QList<ResponseTableModel::Part> parts;
    if (rowPerReply) {
        // The replies of each sensor become the rows of one table, keyed by their type.
        QStringList order;
        QHash<QString, QJsonArray> rows;
        QHash<QString, QString> hosts;
        for (const Entry& entry : entries) {
            if (!rows.contains(entry.sid))
                order.append(entry.sid);
            rows[entry.sid].append(entry.response.event);
            hosts.insert(entry.sid, entry.host);
        }
        const QString key = entries.first().response.eventType.isEmpty()
                                    ? QStringLiteral("REPLIES")
                                    : entries.first().response.eventType;
        for (const QString& sid : std::as_const(order)) {
            parts.append({sid, hosts.value(sid),
                          ResponseTable::fromEvent(QJsonObject{{key, rows.value(sid)}})});
        }
    } else {
        for (const Entry& entry : entries)
            parts.append({entry.sid, entry.host, ResponseTable::fromEvent(entry.response.event)});
    }

    m_entries.clear();
    m_replies->clear();
    m_tree->clear();
    const QStringList columnsBefore = m_model->columnNames();
    m_model->setParts(parts, severalHosts);
    fitColumns(columnsBefore);
    m_stack->setCurrentWidget(m_tablePage);
    m_mode = Mode::Table;
    if (m_table->horizontalHeader()->sortIndicatorSection() >= m_model->columnCount())
        m_table->sortByColumn(-1, Qt::AscendingOrder);
    updateSummary();
    emit currentRecordChanged();
}

void ResponseView::fitColumns(const QStringList& columnsBefore)
{
    // Widths follow the content when the shape changes, and are left to the user otherwise
    // (replies arriving one by one must not make the columns jump).
    if (m_model->columnNames() == columnsBefore)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * MaxColumnChars;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), widest));
}

void ResponseView::updateSummary()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_summary->setText(shown == total
                               ? tr("%n row(s)", nullptr, total)
                               : tr("%1 of %n row(s)", nullptr, total).arg(locale.toString(shown)));
}

QList<int> ResponseView::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

QByteArray ResponseView::shownRowsCsv() const
{
    return m_model->toCsv(shownRows());
}

ResponseView::Record ResponseView::currentRecord() const
{
    if (m_mode == Mode::Table) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return {};
        const int row = m_proxy->mapToSource(current).row();
        return {m_model->sidAt(row), m_model->rowObject(row)};
    }
    if (m_mode == Mode::Tree) {
        const int index = m_replies->currentRow() >= 0 ? m_replies->currentRow() : 0;
        if (index < m_entries.size())
            return {m_entries.at(index).sid, m_entries.at(index).response.event};
    }
    return {};
}

void ResponseView::showRowMenu(const QPoint& position)
{
    if (m_rowActions.isEmpty() || !m_table->indexAt(position).isValid())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Row actions"));
    for (QAction* action : std::as_const(m_rowActions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace lc
