// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "investigate/SpotCheck.h"

namespace lc {

// The sensors a SpotCheck visits (those the filters left in), each with its state, online
// checks, hits and error, kept up to date from the run's signals.
class SpotCheckSensorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
        Sid,
        State,
        OnlineChecks,
        Hits,
        Error,
        ColumnCount
    };

    explicit SpotCheckSensorModel(QObject* parent = nullptr);

    // Rebuilds the rows from the run (after start()); nullptr empties the table.
    void setSpotCheck(SpotCheck* spotCheck);
    // The run's sensor at `index` changed.
    void sensorChanged(int index);
    // The run's index of a row.
    int sensorIndex(int row) const { return m_indices.value(row, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<SpotCheck> m_spotCheck;
    QList<int> m_indices; // row -> index in SpotCheck::sensors()
    QList<int> m_rows;    // index in SpotCheck::sensors() -> row, -1 when not shown
};

} // namespace lc
