// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorSelection.h"

#include <QMap>

#include "sensors/SensorStore.h"

namespace lc {

SensorSelection SensorSelection::from(const QStringList& sids, const SensorStore* store)
{
    SensorSelection selection;
    selection.sids = sids;
    selection.sids.removeDuplicates();
    for (const QString& sid : std::as_const(selection.sids)) {
        const int row = store ? store->indexOf(sid) : -1;
        if (row < 0)
            continue;
        selection.hostnames.insert(sid, store->at(row).info.hostname);
        selection.tags.insert(sid, store->at(row).tags);
    }
    return selection;
}

QString SensorSelection::hostname(const QString& sid) const
{
    const QString name = hostnames.value(sid);
    return name.isEmpty() ? sid : name;
}

QString SensorSelection::describeHosts(int maxNames) const
{
    QStringList names;
    for (int i = 0; i < size() && i < maxNames; ++i)
        names.append(hostname(sids.at(i)));
    const int more = size() - static_cast<int>(names.size());
    if (more <= 0)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, more).arg(names.join(QStringLiteral(", ")));
}

QList<QPair<QString, int>> SensorSelection::tagCounts() const
{
    QMap<QString, int> counts;
    for (const QStringList& list : tags) {
        for (const QString& tag : list)
            ++counts[tag];
    }
    QList<QPair<QString, int>> result;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

} // namespace lc
