// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleHistory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace lc {

namespace {

const QString HistoryGroup = QStringLiteral("Console/history");

} // namespace

ConsoleHistory::ConsoleHistory(const QString& key)
    : m_key(key)
{
    load();
}

QString ConsoleHistory::groupKey(const QStringList& sids)
{
    // Sids hold no '/', but a group would make a very long settings key: a digest of the
    // sorted list names it instead.
    QStringList sorted = sids;
    sorted.sort();
    const QByteArray digest = QCryptographicHash::hash(sorted.join(QLatin1Char(',')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("group-") + QString::fromLatin1(digest.toHex().left(32));
}

void ConsoleHistory::load()
{
    QSettings settings;
    settings.beginGroup(HistoryGroup);
    m_entries = settings.value(m_key).toStringList();
    if (m_entries.size() > MaxEntries)
        m_entries = m_entries.mid(m_entries.size() - MaxEntries);
}

void ConsoleHistory::save() const
{
    QSettings settings;
    settings.beginGroup(HistoryGroup);
    settings.setValue(m_key, m_entries);
}

void ConsoleHistory::add(const QString& line)
{
    resetWalk();
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;

    // Another console of the same sensor may have added lines since we read them.
    load();
    if (!m_entries.isEmpty() && m_entries.constLast() == trimmed)
        return;
    m_entries.append(trimmed);
    if (m_entries.size() > MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries);
    save();
}

QString ConsoleHistory::previous(const QString& typed)
{
    if (m_entries.isEmpty())
        return {};
    if (m_position < 0) {
        m_typed = typed;
        m_position = int(m_entries.size());
    }
    if (m_position == 0)
        return {};
    --m_position;
    return m_entries.at(m_position);
}

QString ConsoleHistory::next()
{
    if (m_position < 0)
        return {};
    ++m_position;
    if (m_position >= m_entries.size()) {
        const QString typed = m_typed;
        resetWalk();
        // Never null, so the caller can tell "back to what was typed" from "not walking".
        return typed.isNull() ? QStringLiteral("") : typed;
    }
    return m_entries.at(m_position);
}

void ConsoleHistory::resetWalk()
{
    m_position = -1;
    m_typed.clear();
}

} // namespace lc
