// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "sync/ConfigDiagnostic.h"
#include "sync/ConfigValue.h"
#include "sync/SyncItem.h"

namespace lc {

// What a config file (and everything it includes) asks the organisation to hold.
struct SyncConfig
{
    QList<SyncItem> items;
    // Which sections the files name at all: force removes only within those.
    bool hasRules = false;
    bool hasFalsePositives = false;
    bool hasOutputs = false;
    QStringList managedNamespaces; // namespaces the files hold rules in
    QStringList files;             // every file read, in reading order
    QList<ConfigDiagnostic> diagnostics;

    bool hasErrors() const { return ConfigDiagnostic::hasErrors(diagnostics); }
};

} // namespace lc
