// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "sync/SyncItem.h"

namespace lc {

// Writes what an organisation holds as config files that ConfigLoader reads back to the same
// values, so that a fetch followed by a dry-run has nothing to do and a second fetch writes
// the same bytes:
// - one file: version 3 with rules (namespace and is_enabled written only when not the
//   default), fps and outputs;
// - a folder: rules/<namespace>/<name>.yaml, one rule per file (a name that cannot be a file
//   name gets a safe file name and a name key), and config.yaml with fps and outputs.
// Keys are written sorted (detect and respond first in a rule), strings quoted whenever YAML
// 1.1 would read them as anything but that string, floats always with a dot. Each file is
// written whole or not at all (QSaveFile); in a folder, rule files no longer in the
// organisation are removed once every new file is in place, and a folder holding YAML files
// of another layout is refused.
class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConfigWriter)

public:
    // Returns false and sets error when a file could not be written; files written before
    // that stay written (each one whole).
    static bool writeFile(const QString& path, const QList<SyncItem>& items, QString* error);
    static bool writeFolder(const QString& folder, const QList<SyncItem>& items,
                            QStringList* written, QString* error);

    // The YAML text of a value at the given indent (for the sync view's side-by-side view).
    static QString toYaml(const ConfigValue& value, int indent = 0);
    static QString scalar(const ConfigValue& value);
    static QString key(const QString& key);
};

} // namespace lc
