// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPlan.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

#include "sync/SyncApi.h"
#include "sync/ValueCompare.h"

namespace lc {

namespace {

QString key(const SyncItem& item)
{
    return QString::number(static_cast<int>(item.kind)) + QLatin1Char('|') + item.ns
           + QLatin1Char('|') + item.name;
}

// A rule body with its defaults made explicit, so "no is_enabled" equals "is_enabled: true".
ConfigValue comparable(const SyncItem& item)
{
    if (item.kind == SyncItem::Kind::Output)
        return SyncApi::outputAsListed(item.body);
    ConfigValue body = item.body;
    if (!body.contains(QStringLiteral("is_enabled")))
        body.insert(QStringLiteral("is_enabled"), ConfigValue::boolean(true));
    return body;
}

bool wanted(SyncItem::Kind kind, const SyncOptions& options)
{
    switch (kind) {
    case SyncItem::Kind::Rule:
        return options.rules;
    case SyncItem::Kind::FalsePositive:
        return options.falsePositives;
    case SyncItem::Kind::Output:
        return options.outputs;
    }
    return false;
}

// The permission writing (set) or deleting (del) an item needs; empty when none can.
QString permissionFor(const SyncItem& item, bool set)
{
    switch (item.kind) {
    case SyncItem::Kind::Rule:
        if (item.ns == QLatin1String("general"))
            return set ? QStringLiteral("dr.set") : QStringLiteral("dr.del");
        if (item.ns == QLatin1String("managed"))
            return set ? QStringLiteral("dr.set.managed") : QStringLiteral("dr.del.managed");
        return {};
    case SyncItem::Kind::FalsePositive:
        return QStringLiteral("fp.ctrl");
    case SyncItem::Kind::Output:
        return set ? QStringLiteral("output.set") : QStringLiteral("output.del");
    }
    return {};
}

int kindOrder(SyncItem::Kind kind)
{
    return static_cast<int>(kind);
}

} // namespace

QString PlanEntry::symbol() const
{
    switch (action) {
    case Action::Same:
        return QStringLiteral("=");
    case Action::Add:
        return QStringLiteral("+");
    case Action::Change:
        return QStringLiteral("~");
    case Action::Move:
        return QStringLiteral(">");
    case Action::Remove:
        return QStringLiteral("-");
    }
    return {};
}

QString PlanEntry::label() const
{
    switch (kind) {
    case SyncItem::Kind::Rule:
        return QStringLiteral("rule %1/%2").arg(ns, name);
    case SyncItem::Kind::FalsePositive:
        return QStringLiteral("fp %1").arg(name);
    case SyncItem::Kind::Output:
        return QStringLiteral("output %1").arg(name);
    }
    return name;
}

SyncPlan SyncPlan::build(const SyncConfig& config, const OrgState& org, const SyncOptions& options)
{
    SyncPlan plan;
    plan.notes = org.notes;

    const bool knowPermissions = !org.permissions.isEmpty();
    const auto missing = [&](const SyncItem& item, bool set) -> QString {
        const QString permission = permissionFor(item, set);
        if (permission.isEmpty())
            return tr("the %1 namespace belongs to the service and cannot be changed").arg(item.ns);
        if (knowPermissions && !org.can(permission))
            return tr("the key lacks the permission %1").arg(permission);
        return {};
    };

    QHash<QString, const SyncItem*> remoteByKey;
    QHash<QString, QList<const SyncItem*>> remoteRulesByName;
    for (const SyncItem& item : org.items) {
        if (!wanted(item.kind, options))
            continue;
        remoteByKey.insert(key(item), &item);
        if (item.kind == SyncItem::Kind::Rule)
            remoteRulesByName[item.name].append(&item);
    }

    // A remote rule the config also names in its own namespace is never moved away.
    QSet<QString> localKeys;
    for (const SyncItem& local : config.items)
        localKeys.insert(key(local));

    QSet<QString> matched;
    for (const SyncItem& local : config.items) {
        if (!wanted(local.kind, options))
            continue;

        PlanEntry entry;
        entry.kind = local.kind;
        entry.ns = local.ns;
        entry.name = local.name;
        entry.local = local;

        if (const SyncItem* remote = remoteByKey.value(key(local))) {
            matched.insert(key(local));
            entry.remote = *remote;
            const ConfigValue theirs = comparable(*remote);
            const ConfigValue ours = comparable(local);
            if (ValueCompare::equal(theirs, ours)) {
                entry.action = PlanEntry::Action::Same;
            } else {
                entry.action = PlanEntry::Action::Change;
                entry.differences = ValueCompare::differences(theirs, ours);
                entry.blockedReason = missing(local, true);
            }
        } else {
            const SyncItem* elsewhere = nullptr;
            if (local.kind == SyncItem::Kind::Rule) {
                for (const SyncItem* candidate : remoteRulesByName.value(local.name)) {
                    if (!matched.contains(key(*candidate)) && !remoteByKey.contains(key(local))) {
                        elsewhere = candidate;
                        break;
                    }
                }
            }
            if (elsewhere) {
                matched.insert(key(*elsewhere));
                entry.action = PlanEntry::Action::Move;
                entry.fromNs = elsewhere->ns;
                entry.remote = *elsewhere;
                entry.differences =
                        ValueCompare::differences(comparable(*elsewhere), comparable(local));
                // Never delete what could not be written in its new place.
                entry.blockedReason = missing(local, true);
                if (entry.blockedReason.isEmpty())
                    entry.blockedReason = missing(*elsewhere, false);
            } else {
                entry.action = PlanEntry::Action::Add;
                entry.blockedReason = missing(local, true);
            }
        }
        plan.entries.append(entry);
    }

    if (options.force) {
        for (const SyncItem& remote : org.items) {
            if (!wanted(remote.kind, options) || matched.contains(key(remote)))
                continue;
            const bool managed =
                    (remote.kind == SyncItem::Kind::Rule && config.hasRules
                     && config.managedNamespaces.contains(remote.ns))
                    || (remote.kind == SyncItem::Kind::FalsePositive && config.hasFalsePositives)
                    || (remote.kind == SyncItem::Kind::Output && config.hasOutputs);
            if (!managed)
                continue;
            PlanEntry entry;
            entry.action = PlanEntry::Action::Remove;
            entry.kind = remote.kind;
            entry.ns = remote.ns;
            entry.name = remote.name;
            entry.remote = remote;
            // A removal is only done when the key could also put the item back.
            entry.blockedReason = missing(remote, false);
            if (entry.blockedReason.isEmpty())
                entry.blockedReason = missing(remote, true);
            plan.entries.append(entry);
        }
        for (const QString& ns : config.managedNamespaces) {
            if (options.rules && !org.readNamespaces.contains(ns))
                plan.notes.append(tr("Rules in the %1 namespace could not be read, so none is "
                                     "removed there.")
                                          .arg(ns));
        }
    }

    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const PlanEntry& a, const PlanEntry& b) {
                         if (a.kind != b.kind)
                             return kindOrder(a.kind) < kindOrder(b.kind);
                         if (a.ns != b.ns)
                             return a.ns < b.ns;
                         return a.name < b.name;
                     });
    return plan;
}

int SyncPlan::count(PlanEntry::Action action) const
{
    return static_cast<int>(
            std::count_if(entries.begin(), entries.end(),
                          [action](const PlanEntry& e) { return e.action == action; }));
}

int SyncPlan::writeCount() const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [](const PlanEntry& e) { return e.writes(); }));
}

int SyncPlan::blockedCount() const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [](const PlanEntry& e) {
        return e.action != PlanEntry::Action::Same && !e.blockedReason.isEmpty();
    }));
}

QString SyncPlan::summaryText() const
{
    QString text = tr("%1 unchanged, %2 to add, %3 to change, %4 to move, %5 to remove")
                           .arg(count(PlanEntry::Action::Same))
                           .arg(count(PlanEntry::Action::Add))
                           .arg(count(PlanEntry::Action::Change))
                           .arg(count(PlanEntry::Action::Move))
                           .arg(count(PlanEntry::Action::Remove));
    if (blockedCount() > 0)
        text += tr("; %n blocked", nullptr, blockedCount());
    return text;
}

QStringList SyncPlan::wipes() const
{
    struct Unit
    {
        int removed = 0;
        int kept = 0;
    };
    QMap<QString, Unit> units; // kind and namespace, in a stable order
    for (const PlanEntry& entry : entries) {
        const QString unit = QString::number(static_cast<int>(entry.kind)) + QLatin1Char('|')
                             + (entry.kind == SyncItem::Kind::Rule ? entry.ns : QString());
        if (entry.action == PlanEntry::Action::Remove)
            ++units[unit].removed;
        else
            ++units[unit].kept;
    }

    QStringList wiped;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it->removed == 0 || it->kept > 0)
            continue;
        const auto kind =
                static_cast<SyncItem::Kind>(it.key().section(QLatin1Char('|'), 0, 0).toInt());
        const QString ns = it.key().section(QLatin1Char('|'), 1);
        switch (kind) {
        case SyncItem::Kind::Rule:
            wiped.append(tr("every D&R rule in %1 (%2)").arg(ns).arg(it->removed));
            break;
        case SyncItem::Kind::FalsePositive:
            wiped.append(tr("every false-positive rule (%1)").arg(it->removed));
            break;
        case SyncItem::Kind::Output:
            wiped.append(tr("every output (%1)").arg(it->removed));
            break;
        }
    }
    return wiped;
}

} // namespace lc
