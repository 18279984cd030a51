// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "sync/SyncItem.h"

namespace lc {

// What an organisation holds of what sync manages, and what the key may do there.
struct OrgState
{
    QList<SyncItem> items;      // bodies shaped like a config's (see SyncApi)
    QStringList readNamespaces; // rule namespaces listed (the others could not be read)
    bool falsePositivesRead = false;
    bool outputsRead = false;
    QStringList permissions; // from who
    QStringList notes;       // what could not be read, and why

    bool can(const QString& permission) const { return permissions.contains(permission); }
};

} // namespace lc
