// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QVector>

#include "sensors/SensorRecord.h"

namespace lc {

// Every sensor of the organisation, in arrival order, indexed by sid. A sid seen again
// (a page repeated by the server, a refresh) updates its row instead of adding one.
class SensorStore : public QObject
{
    Q_OBJECT

public:
    explicit SensorStore(QObject* parent = nullptr);

    int size() const { return static_cast<int>(m_records.size()); }
    const SensorRecord& at(int row) const { return m_records.at(row); }
    // -1 when unknown.
    int indexOf(const QString& sid) const { return m_index.value(sid, -1); }
    const QVector<SensorRecord>& records() const { return m_records; }

    void clear();
    void upsert(const QVector<SensorInfo>& sensors);
    // Records prepared off the GUI thread (derived fields built). A sid already known keeps
    // its tags and online state and takes the new info.
    void upsert(QVector<SensorRecord>&& records);
    void setOnlineStates(const QHash<QString, bool>& states);
    // Tags of many sensors at once, e.g. after loading every tag's members.
    void setAllTags(const QHash<QString, QStringList>& tagsBySid);
    void setTags(const QString& sid, const QStringList& tags);
    void addTags(const QString& sid, const QStringList& tags);
    void removeTags(const QString& sid, const QStringList& tags);
    void setIsolation(const QString& sid, bool shouldIsolate);
    void updateInfo(const SensorInfo& info, OnlineState online);

signals:
    void cleared();
    void appended(int first, int last);
    // Rows whose content changed; sorted, no duplicates.
    void changed(const QVector<int>& rows);

private:
    void touch(int row, QVector<int>& changedRows);

    QVector<SensorRecord> m_records;
    QHash<QString, int> m_index;
};

} // namespace lc
