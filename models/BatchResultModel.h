// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include "api/ApiError.h"

namespace lc {

class SensorBatch;

// One row per sensor of a SensorBatch: its host and what happened to it, filled in as each
// sensor finishes. It copies what it shows, so it outlives the batch (which deletes itself
// once finished).
class BatchResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Host,
        Result,
        Sid
    };
    Q_ENUM(Column)
    static constexpr int ColumnCount = static_cast<int>(Column::Sid) + 1;

    // successText is what a sensor that succeeded shows ("accepted", "tagged").
    BatchResultModel(SensorBatch* batch, const QHash<QString, QString>& hostnames,
                     const QString& successText, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int total() const { return static_cast<int>(m_rows.size()); }
    int completed() const { return m_completed; }
    int failed() const { return m_failed; }
    bool isFinished() const { return m_completed == total(); }
    // The text of the Result column for a sensor, empty when unknown.
    QString resultText(const QString& sid) const;
    const ApiError* errorOf(const QString& sid) const;

signals:
    void progress(int completed, int total);
    void finished();

private:
    struct Row
    {
        QString sid;
        QString host;
        bool done = false;
        ApiError error;
    };

    void onItemFinished(const QString& sid, const ApiError& error);
    QString resultOf(const Row& row) const;

    QVector<Row> m_rows;
    QHash<QString, int> m_rowOfSid;
    QString m_successText;
    int m_completed = 0;
    int m_failed = 0;
};

} // namespace lc
