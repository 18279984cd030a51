// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "sync/ConfigDiagnostic.h"
#include "sync/ConfigValue.h"

namespace lc {

// One thing a sync config manages, identified by its kind, namespace and name.
struct SyncItem
{
    enum class Kind
    {
        Rule,          // a D&R rule; body = {detect, respond, is_enabled?}
        FalsePositive, // an FP rule; body = the rule
        Output,        // body = {module, for, params...}
    };

    Kind kind = Kind::Rule;
    QString ns; // rules: general, managed or service; empty for the others
    QString name;
    ConfigValue body;
    QString file; // where it was written, relative to the top config's folder
    int line = 0;
};

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
