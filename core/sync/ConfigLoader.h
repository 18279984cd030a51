// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QString>
#include <QStringList>

#include "sync/SyncConfig.h"

namespace lc {

// Reads a sync config: a file in the original format (version 1 or 2: rules, outputs) or the
// current one (version 3: also hives with dr-general, dr-managed, dr-service and fp), with
// its includes; or a folder of rule files, one rule per file named after its file (the layout
// "fetch" writes to a folder and the community rule packs use).
// - include: a path or a list of paths, each relative to the file that names it whatever the
//   working directory, read recursively; wildcards (*, ?, [..], ** for any depth) in sorted
//   order. A missing file and a pattern matching nothing are errors. A file reached
//   twice through two include paths is read once; an include cycle is an error.
// - Every file needs a known version; an empty or comment-only file has none.
// - A rule defined twice (same namespace and name), in one file or across files, is an error
//   naming both places.
// - Sections LC Desk does not sync (integrity, exfil, resources, other hives...) are named in
//   a warning, never silently dropped.
// All errors are collected before anything else happens; nothing here touches the network.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    static SyncConfig load(const QString& path);

private:
    explicit ConfigLoader(const QDir& base);

    void loadFile(const QString& absolutePath, int includeLine, const QString& includedFrom);
    void loadFolder(const QString& absolutePath);
    void readConfig(const ConfigValue& root, const QString& absolutePath);
    void readRules(const ConfigValue& section, const QString& file, const QString& defaultNs);
    void readHive(const QString& hive, const ConfigValue& section, const QString& file);
    void readOutputs(const ConfigValue& section, const QString& file);
    bool checkItem(const SyncItem& item);
    void addItem(SyncItem item);
    void include(const ConfigValue& entry, const QString& absolutePath);
    void error(const QString& file, int line, int column, const QString& message);
    void warning(const QString& file, int line, int column, const QString& message);
    QString shown(const QString& absolutePath) const;

    QDir m_base;
    SyncConfig m_config;
    QStringList m_stack; // files being read, outermost first
    QHash<QString, bool> m_read;
    QHash<QString, qsizetype> m_seen; // kind, namespace and name -> index in items
};

} // namespace lc
