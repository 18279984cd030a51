// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>

#include "LiveEventFilter.h"

namespace lc {

class EventStore;

// The live event table over an EventStore: rows are the sequence numbers that pass the
// filter, oldest first. Rows arrive in one beginInsertRows per store publish (once per
// event-loop turn) and leave from the top when the ring evicts. Display text is built only
// for the rows a view asks about; long fields are cut (the detail pane shows them whole),
// and invisible characters are shown as markers.
class LiveEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Time,
        Hostname,
        Type, // event type, detection category or audit etype
        Summary,
    };
    Q_ENUM(Column)
    static constexpr int ColumnCount = static_cast<int>(Column::Summary) + 1;

    static constexpr int SequenceRole = Qt::UserRole + 1; // qint64
    static constexpr int KindRole = Qt::UserRole + 2;     // int(EventKind)
    static constexpr int RawRole = Qt::UserRole + 3;      // QByteArray, the line as received
    static constexpr int FlagsRole = Qt::UserRole + 4;    // int(EventRecord::Flag bits)

    explicit LiveEventModel(EventStore* store, QObject* parent = nullptr);
    ~LiveEventModel() override;

    EventStore* store() const;
    void setFilter(const LiveEventFilter& filter);
    const LiveEventFilter& filter() const;
    qint64 sequenceAt(int row) const;
    int rowOfSequence(qint64 seq) const; // -1 when not shown
    qsizetype shownCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void shownCountChanged(qsizetype shown);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
