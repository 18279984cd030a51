// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ResponseTableModel.h"

namespace lc {

ResponseTableModel::ResponseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ResponseTableModel::setParts(const QList<Part>& parts, bool showHost)
{
    beginResetModel();
    m_parts = parts;
    m_showHost = showHost;
    m_rows.clear();
    m_columns.clear();
    for (int part = 0; part < m_parts.size(); ++part) {
        const ResponseTable& table = m_parts.at(part).table;
        for (const QString& column : table.columns()) {
            if (!m_columns.contains(column))
                m_columns.append(column);
        }
        for (int row = 0; row < table.rowCount(); ++row)
            m_rows.append({part, row});
    }
    endResetModel();
}

void ResponseTableModel::clear()
{
    setParts({}, false);
}

int ResponseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + (m_showHost ? 1 : 0);
}

QString ResponseTableModel::listKey() const
{
    return m_parts.isEmpty() ? QString() : m_parts.first().table.listKey();
}

QStringList ResponseTableModel::columnNames() const
{
    QStringList names = m_columns;
    if (m_showHost)
        names.prepend(tr("Host"));
    return names;
}

int ResponseTableModel::columnOf(const QString& name) const
{
    const int index = int(m_columns.indexOf(name));
    if (index < 0)
        return -1;
    return index + (m_showHost ? 1 : 0);
}

QString ResponseTableModel::sidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_parts.at(m_rows.at(row).first).sid : QString();
}

QString ResponseTableModel::hostAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_parts.at(m_rows.at(row).first).host : QString();
}

QJsonObject ResponseTableModel::rowObject(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const auto [part, partRow] = m_rows.at(row);
    return m_parts.at(part).table.rowObject(partRow);
}

QString ResponseTableModel::text(int row, int column) const
{
    return cellText(row, column, false);
}

QString ResponseTableModel::cellText(int row, int column, bool forDisplay) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (m_showHost) {
        if (column == 0)
            return hostAt(row);
        --column;
    }
    if (column < 0 || column >= m_columns.size())
        return {};
    const auto [part, partRow] = m_rows.at(row);
    const ResponseTable& table = m_parts.at(part).table;
    const int tableColumn = table.columnOf(m_columns.at(column));
    if (tableColumn < 0)
        return {};
    return forDisplay ? table.displayText(partRow, tableColumn) : table.text(partRow, tableColumn);
}

QVariant ResponseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    int column = index.column();

    // Times read as dates; the tooltip and the exports keep the value as the sensor sent it.
    if (role == Qt::DisplayRole)
        return cellText(row, column, true);
    if (role == Qt::ToolTipRole)
        return text(row, column);
    if (role != SortRole)
        return {};

    if (m_showHost) {
        if (column == 0)
            return hostAt(row);
        --column;
    }
    const auto [part, partRow] = m_rows.at(row);
    const ResponseTable& table = m_parts.at(part).table;
    const int tableColumn = table.columnOf(m_columns.at(column));
    return tableColumn < 0 ? QVariant() : table.value(partRow, tableColumn);
}

QVariant ResponseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList names = columnNames();
    return section >= 0 && section < names.size() ? names.at(section) : QVariant();
}

QByteArray ResponseTableModel::toCsv(const QList<int>& rows) const
{
    QStringList header;
    for (const QString& name : columnNames())
        header.append(ResponseTable::csvField(name));
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    const int columns = columnCount();
    for (const int row : rows) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(ResponseTable::csvField(text(row, column)));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace lc
