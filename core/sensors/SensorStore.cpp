// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorStore.h"

#include <algorithm>

namespace lc {

SensorStore::SensorStore(QObject* parent)
    : QObject(parent)
{}

void SensorStore::clear()
{
    m_records.clear();
    m_index.clear();
    emit cleared();
}

void SensorStore::touch(int row, QVector<int>& changedRows)
{
    m_records[row].rebuildDerived();
    changedRows.append(row);
}

void SensorStore::upsert(const QVector<SensorInfo>& sensors)
{
    QVector<SensorRecord> records;
    records.reserve(sensors.size());
    for (const SensorInfo& info : sensors) {
        SensorRecord record;
        record.info = info;
        record.rebuildDerived();
        records.append(std::move(record));
    }
    upsert(std::move(records));
}

void SensorStore::upsert(QVector<SensorRecord>&& records)
{
    const int first = size();
    QVector<int> changedRows;
    // No reserve() here: reserving the exact size on every page would copy the whole list
    // once per page; append() grows geometrically.
    for (SensorRecord& record : records) {
        const auto it = m_index.constFind(record.info.sid);
        if (it != m_index.constEnd()) {
            m_records[it.value()].info = std::move(record.info);
            touch(it.value(), changedRows);
            continue;
        }
        m_index.insert(record.info.sid, static_cast<int>(m_records.size()));
        m_records.append(std::move(record));
    }

    changedRows.erase(std::remove_if(changedRows.begin(), changedRows.end(),
                                     [first](int row) { return row >= first; }),
                      changedRows.end());
    if (size() > first)
        emit appended(first, size() - 1);
    if (!changedRows.isEmpty()) {
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        emit changed(changedRows);
    }
}

void SensorStore::setOnlineStates(const QHash<QString, bool>& states)
{
    QVector<int> changedRows;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        const int row = indexOf(it.key());
        if (row < 0)
            continue;
        const OnlineState state = it.value() ? OnlineState::Online : OnlineState::Offline;
        if (m_records[row].online != state) {
            m_records[row].online = state;
            changedRows.append(row);
        }
    }
    if (!changedRows.isEmpty()) {
        std::sort(changedRows.begin(), changedRows.end());
        emit changed(changedRows);
    }
}

void SensorStore::setAllTags(const QHash<QString, QStringList>& tagsBySid)
{
    QVector<int> changedRows;
    for (int row = 0; row < size(); ++row) {
        QStringList tags = tagsBySid.value(m_records[row].info.sid);
        tags.sort();
        if (m_records[row].tags != tags) {
            m_records[row].tags = tags;
            touch(row, changedRows);
        }
    }
    if (!changedRows.isEmpty())
        emit changed(changedRows);
}

void SensorStore::setTags(const QString& sid, const QStringList& tags)
{
    const int row = indexOf(sid);
    if (row < 0)
        return;
    QStringList sorted = tags;
    sorted.sort();
    sorted.removeDuplicates();
    if (m_records[row].tags == sorted)
        return;
    m_records[row].tags = sorted;
    QVector<int> changedRows;
    touch(row, changedRows);
    emit changed(changedRows);
}

void SensorStore::addTags(const QString& sid, const QStringList& tags)
{
    const int row = indexOf(sid);
    if (row >= 0)
        setTags(sid, m_records[row].tags + tags);
}

void SensorStore::removeTags(const QString& sid, const QStringList& tags)
{
    const int row = indexOf(sid);
    if (row < 0)
        return;
    QStringList remaining = m_records[row].tags;
    for (const QString& tag : tags)
        remaining.removeAll(tag);
    setTags(sid, remaining);
}

void SensorStore::setIsolation(const QString& sid, bool shouldIsolate)
{
    const int row = indexOf(sid);
    if (row < 0 || m_records[row].info.shouldIsolate == shouldIsolate)
        return;
    m_records[row].info.shouldIsolate = shouldIsolate;
    emit changed({row});
}

void SensorStore::updateInfo(const SensorInfo& info, OnlineState online)
{
    upsert({info});
    const int row = indexOf(info.sid);
    if (row >= 0 && online != OnlineState::Unknown && m_records[row].online != online) {
        m_records[row].online = online;
        emit changed({row});
    }
}

} // namespace lc
