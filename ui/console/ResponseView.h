// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include "investigate/SensorResponse.h"

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lc {

class JsonTreeWidget;
class ResponseTableModel;

// The replies of a request (or of one command sent to several sensors). Replies holding a
// list (processes, services, a directory listing...) are a sortable, filterable table; when
// every reply has the same shape they make one table (with a Host column for several
// sensors, so the rows group by host when sorted by it). Other replies are shown one at a
// time as a JSON tree, picked from a list of the replies above.
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Message, // nothing to show yet, or text such as the command catalogue
        Table,
        Tree,
    };

    struct Entry
    {
        QString sid;
        QString host;
        SensorResponse response;
    };

    explicit ResponseView(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries, bool severalHosts);
    void showMessage(const QString& text);
    // Shown in the table's context menu (nullptr for a separator).
    void setRowActions(const QList<QAction*>& actions);
    void focusFilter();

    Mode mode() const { return m_mode; }
    // The replies are listed above the view (they differ in shape).
    bool listsReplies() const;
    // The rows the table shows, as model rows in the order shown.
    QList<int> shownRows() const;
    QByteArray shownRowsCsv() const;

    // The row (table) or reply (tree) in focus and the sensor it came from.
    struct Record
    {
        QString sid;
        QJsonObject object;
        bool isValid() const { return !sid.isEmpty(); }
    };
    Record currentRecord() const;

    QTableView* table() const { return m_table; }
    ResponseTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* replyList() const { return m_replies; }
    JsonTreeWidget* jsonTree() const { return m_tree; }
    QPlainTextEdit* messageView() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void currentRecordChanged();

private:
    void showReply(int index);
    void showTable(const QList<Entry>& entries, bool severalHosts, bool rowPerReply);
    void updateSummary();
    void fitColumns(const QStringList& columnsBefore);
    void showRowMenu(const QPoint& position);

    Mode m_mode = Mode::Message;
    QList<Entry> m_entries;
    bool m_severalHosts = false;
    QList<QAction*> m_rowActions;

    QListWidget* m_replies;
    QStackedWidget* m_stack;
    QPlainTextEdit* m_message;
    QWidget* m_tablePage;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QTableView* m_table;
    ResponseTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    JsonTreeWidget* m_tree;
};

} // namespace lc
