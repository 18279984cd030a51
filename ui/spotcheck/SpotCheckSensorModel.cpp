// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotcheck/SpotCheckSensorModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace lc {

SpotCheckSensorModel::SpotCheckSensorModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SpotCheckSensorModel::setSpotCheck(SpotCheck* spotCheck)
{
    beginResetModel();
    m_spotCheck = spotCheck;
    m_indices.clear();
    m_rows.clear();
    if (spotCheck != nullptr) {
        const QList<SpotCheck::SensorEntry>& sensors = spotCheck->sensors();
        m_rows = QList<int>(sensors.size(), -1);
        for (int i = 0; i < sensors.size(); ++i) {
            const SpotCheck::SensorState state = sensors.at(i).state;
            // Sensors the filters left out are counted in the summary, not listed.
            if (state == SpotCheck::SensorState::Filtered
                || state == SpotCheck::SensorState::NotApplicable)
                continue;
            m_rows[i] = int(m_indices.size());
            m_indices.append(i);
        }
    }
    endResetModel();
}

void SpotCheckSensorModel::sensorChanged(int index)
{
    const int row = m_rows.value(index, -1);
    if (row < 0)
        return;
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
}

int SpotCheckSensorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_spotCheck ? 0 : int(m_indices.size());
}

int SpotCheckSensorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotCheckSensorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_spotCheck || index.row() >= m_indices.size())
        return {};
    const SpotCheck::SensorEntry& entry = m_spotCheck->sensors().at(m_indices.at(index.row()));

    if (role == Qt::ForegroundRole && index.column() == State) {
        // Palette roles, so dark and high-contrast themes keep their contrast.
        switch (entry.state) {
        case SpotCheck::SensorState::Failed:
        case SpotCheck::SensorState::NeverOnline:
            return QGuiApplication::palette().brush(QPalette::Link);
        case SpotCheck::SensorState::Offline:
        case SpotCheck::SensorState::Pending:
        case SpotCheck::SensorState::Cancelled:
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && entry.hits > 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Error)
        return entry.error;
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Host:
        return entry.target.hostname;
    case Sid:
        return entry.target.sid;
    case State:
        return SpotCheck::stateName(entry.state);
    case OnlineChecks:
        return entry.onlineChecks;
    case Hits:
        return entry.hits;
    case Error:
        // NeverOnline carries its state name as the error; saying it twice adds nothing.
        return entry.state == SpotCheck::SensorState::NeverOnline ? QString() : entry.error;
    }
    return {};
}

QVariant SpotCheckSensorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Host");
    case Sid:
        return tr("Sensor id");
    case State:
        return tr("State");
    case OnlineChecks:
        return tr("Online checks");
    case Hits:
        return tr("Hits");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace lc
