// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchResultModel.h"

#include <QColor>

#include "sensors/SensorBatch.h"

namespace lc {

BatchResultModel::BatchResultModel(SensorBatch* batch, const QHash<QString, QString>& hostnames,
                                   const QString& successText, QObject* parent)
    : QAbstractTableModel(parent)
    , m_successText(successText)
{
    const auto& results = batch->results();
    m_rows.reserve(results.size());
    for (const SensorBatch::Result& result : results) {
        m_rowOfSid.insert(result.sid, static_cast<int>(m_rows.size()));
        m_rows.append({result.sid, hostnames.value(result.sid), result.done, result.error});
        if (result.done) {
            ++m_completed;
            if (!result.error.isOk())
                ++m_failed;
        }
    }
    connect(batch, &SensorBatch::itemFinished, this, &BatchResultModel::onItemFinished);
}

int BatchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : total();
}

int BatchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchResultModel::resultOf(const Row& row) const
{
    if (!row.done)
        return tr("waiting");
    return row.error.isOk() ? m_successText : row.error.message;
}

QString BatchResultModel::resultText(const QString& sid) const
{
    const int row = m_rowOfSid.value(sid, -1);
    return row < 0 ? QString() : resultOf(m_rows.at(row));
}

const ApiError* BatchResultModel::errorOf(const QString& sid) const
{
    const int row = m_rowOfSid.value(sid, -1);
    return row < 0 || !m_rows.at(row).done ? nullptr : &m_rows.at(row).error;
}

QVariant BatchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= total())
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Host:
            return row.host.isEmpty() ? row.sid : row.host;
        case Column::Result:
            return resultOf(row);
        case Column::Sid:
            return row.sid;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Result && row.done && !row.error.isOk())
            return row.error.toString();
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Result && row.done && !row.error.isOk())
            return QColor(0xb0, 0x24, 0x1c);
        return {};
    default:
        return {};
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Host:
        return tr("Host");
    case Column::Result:
        return tr("Result");
    case Column::Sid:
        return tr("Sensor ID");
    }
    return {};
}

void BatchResultModel::onItemFinished(const QString& sid, const ApiError& error)
{
    const int row = m_rowOfSid.value(sid, -1);
    if (row < 0 || m_rows.at(row).done)
        return;
    m_rows[row].done = true;
    m_rows[row].error = error;
    ++m_completed;
    if (!error.isOk())
        ++m_failed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit progress(m_completed, total());
    if (isFinished())
        emit finished();
}

} // namespace lc
