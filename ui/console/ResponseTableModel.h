// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

#include "investigate/ResponseTable.h"

namespace lc {

// Reply tables of one or more replies (and sensors) as one table: the union of their
// columns, with a Host column first when the rows come from several sensors. SortRole gives
// numbers as numbers, so a proxy sorts PROCESS_ID 9 before 10.
class ResponseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Part
    {
        QString sid;
        QString host;
        ResponseTable table;
    };

    explicit ResponseTableModel(QObject* parent = nullptr);

    void setParts(const QList<Part>& parts, bool showHost);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool showsHost() const { return m_showHost; }
    QString listKey() const;
    QStringList columnNames() const;
    // -1 when no column has that name.
    int columnOf(const QString& name) const;
    QString sidAt(int row) const;
    QString hostAt(int row) const;
    QJsonObject rowObject(int row) const;
    QString text(int row, int column) const;

    // RFC 4180 CSV of the given rows (model rows, in that order) with a header line.
    QByteArray toCsv(const QList<int>& rows) const;

private:
    QString cellText(int row, int column, bool forDisplay) const;
    QList<Part> m_parts;
    QList<QPair<int, int>> m_rows; // part, row in the part
    QStringList m_columns;         // without the Host column
    bool m_showHost = false;
};

} // namespace lc
