// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace lc {

class SensorStore;

// The sensors an action applies to, captured when the action starts so dialogs and results
// keep naming the right hosts even if the list changes meanwhile.
struct SensorSelection
{
    Q_DECLARE_TR_FUNCTIONS(lc::SensorSelection)

public:
    QStringList sids;
    QHash<QString, QString> hostnames;
    QHash<QString, QStringList> tags;

    static SensorSelection from(const QStringList& sids, const SensorStore* store);

    int size() const { return static_cast<int>(sids.size()); }
    bool isEmpty() const { return sids.isEmpty(); }
    QString hostname(const QString& sid) const;
    // "ws-01, ws-02 and 3 more" — for confirmations and titles.
    QString describeHosts(int maxNames = 5) const;
    // Every tag of the selection with the number of its sensors carrying it, sorted.
    QList<QPair<QString, int>> tagCounts() const;
};

} // namespace lc
