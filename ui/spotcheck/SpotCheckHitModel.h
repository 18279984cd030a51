// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "investigate/SpotCheckHit.h"

namespace lc {

// The hits of a SpotCheck as they arrive: host, indicator, path, size, SHA-256, time.
class SpotCheckHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Host,
        Indicator,
        Path,
        Size,
        Sha256,
        Found,
        ColumnCount
    };

    explicit SpotCheckHitModel(QObject* parent = nullptr);

    void addHit(const SpotCheckHit& hit);
    void clear();
    const SpotCheckHit& hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SpotCheckHit> m_hits;
};

} // namespace lc
