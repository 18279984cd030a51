// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace lc {

class LiveEventModel;

// What the live table shows: the LiveEventModel's rows, with rows arriving at the bottom and
// leaving at the top handed on at most once a frame. The event model changes once per
// event-loop turn, which at 100,000 events a second can be hundreds of times a second; each
// change would re-lay and repaint every visible row. Between two frames the rows here lag
// the event model by what arrived or left meanwhile (a row whose record already left shows
// nothing until the next frame). A filter change or reset passes at once.
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;

    explicit LiveTableModel(LiveEventModel* source, QObject* parent = nullptr);

    LiveEventModel* source() const { return m_source; }
    // The event model's row for a row here; -1 when it is gone already.
    int sourceRow(int row) const;
    qint64 sequenceAt(int row) const; // -1 when gone
    // Applies what is pending now (tests, and before reading rows by position).
    void flush();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onInserted(const QModelIndex& parent, int first, int last);
    void onRemoved(const QModelIndex& parent, int first, int last);
    void resetFromSource();
    void schedule();

    LiveEventModel* m_source;
    QTimer m_frame;
    int m_rows = 0;           // rows shown here
    int m_pendingRemoved = 0; // rows at the top here whose records left the event model
    int m_pendingAdded = 0;   // rows at the bottom of the event model not shown here yet
};

} // namespace lc
