// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
    QString file; // where it was written, relative to the top config's folder (local items)
    int line = 0;
    QString etag; // organisation items: the record's etag, when the API gives one
    // The record's usr_mtd (tags, comment, expiry) as read or as a hive config writes it; not
    // compared, but kept: a write sends it back so a changed rule keeps its tags.
    ConfigValue metadata;

    // "rule", "fp" or "output", as reports and JSON name the kinds.
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Rule:
            return QStringLiteral("rule");
        case Kind::FalsePositive:
            return QStringLiteral("fp");
        case Kind::Output:
            return QStringLiteral("output");
        }
        return {};
    }
};

} // namespace lc
