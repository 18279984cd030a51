// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "sync/OrgState.h"
#include "sync/SyncConfig.h"

namespace lc {

// What to sync, as the command line's --no-rules/--no-fp/--no-outputs and --force say.
struct SyncOptions
{
    bool rules = true;
    bool falsePositives = true;
    bool outputs = true;
    bool force = false;
};

// One line of a plan.
struct PlanEntry
{
    enum class Action
    {
        Same,   // nothing to do
        Add,    // not in the organisation
        Change, // differs: differences says where
        Move,   // held in another namespace (fromNs): written in ns, then removed from fromNs
        Remove, // only with force: in the organisation, in a namespace the files manage
    };

    Action action = Action::Same;
    SyncItem::Kind kind = SyncItem::Kind::Rule;
    QString ns;
    QString fromNs;
    QString name;
    SyncItem local;  // for Same, Add, Change, Move
    SyncItem remote; // for Same, Change, Move, Remove
    QStringList differences;
    // Non-empty: the key lacks a permission; the entry is shown but never applied.
    QString blockedReason;

    bool writes() const { return action != Action::Same && blockedReason.isEmpty(); }
    // "+", "~", ">", "-" or "=" as the command line prints it.
    QString symbol() const;
    // "rule general/name", "fp name", "output name"
    QString label() const;
};

// The difference between a config and an organisation, item by item (a rule is identified by
// namespace and name), in a stable order: rules by namespace and name, then false-positive
// rules, then outputs. Equality is ValueCompare's, with the defaults of a rule applied first
// (no is_enabled means enabled). Force removes only what the files manage: never a "__"
// service rule (those are never read), never in a namespace the files do not name or the key
// could not read. A move or a removal the key could not undo (no permission to write there) is
// blocked rather than half done.
class SyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlan)

public:
    static SyncPlan build(const SyncConfig& config, const OrgState& org,
                          const SyncOptions& options);

    QList<PlanEntry> entries;
    QStringList notes; // what was not compared, and why

    int count(PlanEntry::Action action) const;
    int writeCount() const;
    int blockedCount() const;
    // What a forced plan empties: each rule namespace, the false-positive rules or the outputs
    // it removes every item of and keeps none ("every D&R rule in general (3)"). A real push
    // of such a plan needs an explicit confirmation.
    QStringList wipes() const;
    bool wipesASection() const { return !wipes().isEmpty(); }
    // "3 unchanged, 1 to add, 0 to change, 0 to move, 2 to remove[; 1 blocked]"
    QString summaryText() const;
};

} // namespace lc
