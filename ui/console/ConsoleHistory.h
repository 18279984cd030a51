// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// The command lines typed in a console, per sensor (or per group of sensors), kept in
// QSettings so they survive a restart: at most MaxEntries, oldest first, never the same line
// twice in a row. Up and Down walk it like a shell's history; the line being typed is kept
// aside and comes back after the newest entry.
class ConsoleHistory
{
public:
    static constexpr int MaxEntries = 200;

    // key: a sid, or a key naming a group of sensors (groupKey()).
    explicit ConsoleHistory(const QString& key);

    static QString groupKey(const QStringList& sids);

    QString key() const { return m_key; }
    QStringList entries() const { return m_entries; }
    // Records a line and ends any walk through the history.
    void add(const QString& line);
    // The entry before the one shown (typed: what the line holds now, kept for the way back);
    // a null string when there is nothing older.
    QString previous(const QString& typed);
    // The entry after the one shown, or the line typed before the walk began; a null string
    // when not walking.
    QString next();
    bool isWalking() const { return m_position >= 0; }
    void resetWalk();

private:
    void load();
    void save() const;

    QString m_key;
    QStringList m_entries;
    int m_position = -1; // index in m_entries while walking
    QString m_typed;
};

} // namespace lc
