// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotcheck/SpotCheckHitModel.h"

#include <QLocale>

namespace lc {

SpotCheckHitModel::SpotCheckHitModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SpotCheckHitModel::addHit(const SpotCheckHit& hit)
{
    const int row = int(m_hits.size());
    beginInsertRows({}, row, row);
    m_hits.append(hit);
    endInsertRows();
}

void SpotCheckHitModel::clear()
{
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

int SpotCheckHitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SpotCheckHitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotCheckHitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SpotCheckHit& hit = m_hits.at(index.row());

    if (role == Qt::ToolTipRole) {
        if (index.column() == Host)
            return hit.sid;
        if (index.column() == Indicator)
            return tr("%1 indicator: %2").arg(hit.kind, hit.indicatorText);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == Size)
        return hit.size;
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Host:
        return hit.hostname.isEmpty() ? hit.sid : hit.hostname;
    case Indicator:
        return hit.indicatorText;
    case Path:
        return hit.path;
    case Size:
        return hit.size >= 0 ? QLocale().toString(hit.size) : QString();
    case Sha256:
        return hit.sha256;
    case Found:
        return QLocale().toString(hit.found.toLocalTime().time(), QLocale::ShortFormat);
    }
    return {};
}

QVariant SpotCheckHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Host");
    case Indicator:
        return tr("Indicator");
    case Path:
        return tr("Found");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case Found:
        return tr("Time");
    }
    return {};
}

} // namespace lc
