// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveTableModel.h"

#include <algorithm>

#include "LcDesk.h"
#include "LiveEventModel.h"

namespace lc {

LiveTableModel::LiveTableModel(LiveEventModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &LiveTableModel::flush);

    connect(source, &QAbstractItemModel::rowsInserted, this, &LiveTableModel::onInserted);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &LiveTableModel::onRemoved);
    connect(source, &QAbstractItemModel::modelReset, this, &LiveTableModel::resetFromSource);
    connect(source, &QAbstractItemModel::layoutChanged, this, &LiveTableModel::resetFromSource);
    connect(source, &QAbstractItemModel::rowsMoved, this, &LiveTableModel::resetFromSource);
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int top = std::clamp(topLeft.row() + m_pendingRemoved, 0, m_rows - 1);
                const int bottom = std::clamp(bottomRight.row() + m_pendingRemoved, 0, m_rows - 1);
                if (m_rows > 0)
                    emit dataChanged(index(top, topLeft.column()),
                                     index(bottom, bottomRight.column()));
            });
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    m_rows = source->rowCount();
}

int LiveTableModel::sourceRow(int row) const
{
    const int mapped = row - m_pendingRemoved;
    return m_source && mapped >= 0 && mapped < m_source->rowCount() ? mapped : -1;
}

qint64 LiveTableModel::sequenceAt(int row) const
{
    const int mapped = sourceRow(row);
    return mapped >= 0 ? m_source->sequenceAt(mapped) : -1;
}

void LiveTableModel::onInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Rows arrive at the bottom; anything else is passed on as a reset.
    if (last + 1 != m_source->rowCount()) {
        resetFromSource();
        return;
    }
    m_pendingAdded += last - first + 1;
    schedule();
}

void LiveTableModel::onRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != 0) {
        resetFromSource();
        return;
    }
    // Rows shown here go first; past them, rows that arrived and left between two frames.
    const int count = last - first + 1;
    const int shown = std::min(count, m_rows - m_pendingRemoved);
    m_pendingRemoved += shown;
    m_pendingAdded -= count - shown;
    schedule();
}

void LiveTableModel::schedule()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void LiveTableModel::flush()
{
    m_frame.stop();
    if (m_pendingRemoved > 0) {
        beginRemoveRows({}, 0, m_pendingRemoved - 1);
        m_rows -= m_pendingRemoved;
        m_pendingRemoved = 0;
        endRemoveRows();
    }
    if (m_pendingAdded > 0) {
        beginInsertRows({}, m_rows, m_rows + m_pendingAdded - 1);
        m_rows += m_pendingAdded;
        m_pendingAdded = 0;
        endInsertRows();
    }
    if (m_source && m_rows != m_source->rowCount()) {
        qCWarning(lcUi) << "live table out of step with its model; resetting";
        resetFromSource();
    }
}

void LiveTableModel::resetFromSource()
{
    m_frame.stop();
    beginResetModel();
    m_rows = m_source ? m_source->rowCount() : 0;
    m_pendingRemoved = 0;
    m_pendingAdded = 0;
    endResetModel();
}

int LiveTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LiveTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant LiveTableModel::data(const QModelIndex& index, int role) const
{
    const int mapped = index.isValid() ? sourceRow(index.row()) : -1;
    if (mapped < 0)
        return {};
    return m_source->data(m_source->index(mapped, index.column()), role);
}

QVariant LiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

} // namespace lc
