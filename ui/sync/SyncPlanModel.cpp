// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPlanModel.h"

#include <QFont>
#include <QGuiApplication>

#include "sync/SyncPalette.h"

namespace lc {

namespace {

constexpr quintptr GroupId = 0;

int slot(PlanEntry::Action action)
{
    return static_cast<int>(action);
}

QString kindWord(const PlanEntry& entry)
{
    switch (entry.kind) {
    case SyncItem::Kind::Rule:
        return SyncPlanModel::tr("rule");
    case SyncItem::Kind::FalsePositive:
        return SyncPlanModel::tr("false-positive rule");
    case SyncItem::Kind::Output:
        return SyncPlanModel::tr("output");
    }
    return {};
}

} // namespace

SyncPlanModel::SyncPlanModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_palette(QGuiApplication::palette())
{
    m_actionShown.fill(true);
    m_actionShown[slot(PlanEntry::Action::Same)] = false;
}

QString SyncPlanModel::keyOf(const PlanEntry& entry)
{
    return QString::number(static_cast<int>(entry.kind)) + QLatin1Char('|') + entry.ns
           + QLatin1Char('|') + entry.name;
}

QString SyncPlanModel::groupTitle(SyncItem::Kind kind, const QString& ns)
{
    switch (kind) {
    case SyncItem::Kind::Rule:
        return tr("D&R rules › %1").arg(ns);
    case SyncItem::Kind::FalsePositive:
        return tr("False-positive rules");
    case SyncItem::Kind::Output:
        return tr("Outputs");
    }
    return {};
}

QString SyncPlanModel::actionText(const PlanEntry& entry)
{
    QString text;
    switch (entry.action) {
    case PlanEntry::Action::Same:
        text = tr("unchanged");
        break;
    case PlanEntry::Action::Add:
        text = tr("add");
        break;
    case PlanEntry::Action::Change:
        text = tr("change");
        break;
    case PlanEntry::Action::Move:
        text = tr("move from %1").arg(entry.fromNs);
        break;
    case PlanEntry::Action::Remove:
        text = tr("remove");
        break;
    }
    if (entry.action != PlanEntry::Action::Same && !entry.blockedReason.isEmpty())
        text = tr("%1 — blocked").arg(text);
    return text;
}

void SyncPlanModel::setPlan(const SyncPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    m_groups.clear();
    const qsizetype count = m_plan.entries.size();
    m_groupOfEntry = QList<int>(count, -1);
    m_rowOfEntry = QList<int>(count, -1);
    m_checked = QList<bool>(count, false);
    m_results = QList<Result>(count);

    // The plan is sorted by kind, then namespace: a group starts where either changes.
    for (int i = 0; i < count; ++i) {
        const PlanEntry& entry = m_plan.entries.at(i);
        if (m_groups.isEmpty() || m_groups.constLast().kind != entry.kind
            || m_groups.constLast().ns != entry.ns) {
            Group group;
            group.kind = entry.kind;
            group.ns = entry.ns;
            m_groups.append(group);
        }
        Group& group = m_groups.last();
        group.entries.append(i);
        ++group.counts[static_cast<std::size_t>(slot(entry.action))];
        if (entry.action != PlanEntry::Action::Same && !entry.blockedReason.isEmpty())
            ++group.blocked;
        m_groupOfEntry[i] = static_cast<int>(m_groups.size() - 1);
        if (const auto found = m_carried.constFind(keyOf(entry)); found != m_carried.constEnd())
            m_results[i] = *found;
    }
    m_carried.clear();
    refilter();
    endResetModel();
    emit checkedEntriesChanged();
}

bool SyncPlanModel::passes(const PlanEntry& entry) const
{
    if (!m_actionShown[static_cast<std::size_t>(slot(entry.action))])
        return false;
    return m_filterText.isEmpty() || entry.name.contains(m_filterText, Qt::CaseInsensitive);
}

void SyncPlanModel::refilter()
{
    m_shownGroups.clear();
    m_rowOfGroup = QList<int>(m_groups.size(), -1);
    m_shownEntries = 0;
    for (int g = 0; g < m_groups.size(); ++g) {
        Group& group = m_groups[g];
        group.shown.clear();
        for (int entry : std::as_const(group.entries)) {
            if (passes(m_plan.entries.at(entry))) {
                m_rowOfEntry[entry] = static_cast<int>(group.shown.size());
                group.shown.append(entry);
            } else {
                m_rowOfEntry[entry] = -1;
            }
        }
        m_shownEntries += static_cast<int>(group.shown.size());
        // A group stays in sight with its counts even when all its entries are unchanged; a
        // name filter that matches nothing in it hides it.
        if (!group.shown.isEmpty() || m_filterText.isEmpty()) {
            m_rowOfGroup[g] = static_cast<int>(m_shownGroups.size());
            m_shownGroups.append(g);
        }
    }
}

void SyncPlanModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    beginResetModel();
    m_filterText = trimmed;
    refilter();
    endResetModel();
}

void SyncPlanModel::setActionShown(PlanEntry::Action action, bool shown)
{
    bool& current = m_actionShown[static_cast<std::size_t>(slot(action))];
    if (current == shown)
        return;
    beginResetModel();
    current = shown;
    refilter();
    endResetModel();
}

bool SyncPlanModel::isActionShown(PlanEntry::Action action) const
{
    return m_actionShown[static_cast<std::size_t>(slot(action))];
}

void SyncPlanModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    refreshAll();
}

void SyncPlanModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex group = index(row, 0);
        if (rowCount(group) > 0)
            emit dataChanged(index(0, 0, group),
                             index(rowCount(group) - 1, ColumnCount - 1, group));
    }
}

void SyncPlanModel::setResult(int entry, bool ok, const QString& message)
{
    if (entry < 0 || entry >= m_results.size())
        return;
    m_results[entry] = {ok ? Result::State::Applied : Result::State::Failed, message};
    const QModelIndex where = indexOfEntry(entry, ResultColumn);
    if (where.isValid())
        emit dataChanged(indexOfEntry(entry, NameColumn), where);
    emitGroupChanged(m_groupOfEntry.at(entry));
}

SyncPlanModel::Result SyncPlanModel::result(int entry) const
{
    return entry >= 0 && entry < m_results.size() ? m_results.at(entry) : Result();
}

void SyncPlanModel::clearResults()
{
    m_carried.clear();
    bool any = false;
    for (Result& result : m_results) {
        any = any || result.state != Result::State::None;
        result = {};
    }
    if (any)
        refreshAll();
}

void SyncPlanModel::carryResultsOver()
{
    m_carried.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).state != Result::State::None)
            m_carried.insert(keyOf(m_plan.entries.at(i)), m_results.at(i));
    }
}

QList<int> SyncPlanModel::checkedEntries() const
{
    QList<int> entries;
    for (int i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i))
            entries.append(i);
    }
    return entries;
}

bool SyncPlanModel::isChecked(int entry) const
{
    return entry >= 0 && entry < m_checked.size() && m_checked.at(entry);
}

void SyncPlanModel::setChecked(int entry, bool checked)
{
    if (entry < 0 || entry >= m_checked.size() || m_checked.at(entry) == checked
        || !m_plan.entries.at(entry).writes())
        return;
    m_checked[entry] = checked;
    const QModelIndex where = indexOfEntry(entry);
    if (where.isValid())
        emit dataChanged(where, where, {Qt::CheckStateRole});
    emitGroupChanged(m_groupOfEntry.at(entry));
    emit checkedEntriesChanged();
}

void SyncPlanModel::clearChecks()
{
    if (!m_checked.contains(true))
        return;
    m_checked.fill(false);
    refreshAll();
    emit checkedEntriesChanged();
}

int SyncPlanModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return -1;
    const int group = static_cast<int>(index.internalId() - 1);
    return m_groups.at(group).shown.value(index.row(), -1);
}

QModelIndex SyncPlanModel::indexOfEntry(int entry, int column) const
{
    if (entry < 0 || entry >= m_rowOfEntry.size() || m_rowOfEntry.at(entry) < 0)
        return {};
    const int group = m_groupOfEntry.at(entry);
    if (m_rowOfGroup.at(group) < 0)
        return {};
    return createIndex(m_rowOfEntry.at(entry), column, static_cast<quintptr>(group + 1));
}

QList<int> SyncPlanModel::shownEntriesOf(const QModelIndex& group) const
{
    if (!group.isValid() || group.internalId() != GroupId)
        return {};
    return m_groups.at(m_shownGroups.at(group.row())).shown;
}

QModelIndex SyncPlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_shownGroups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId)
        return {};
    const int group = m_shownGroups.value(parent.row(), -1);
    if (group < 0 || row >= m_groups.at(group).shown.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(group + 1));
}

QModelIndex SyncPlanModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    const int group = static_cast<int>(child.internalId() - 1);
    return createIndex(m_rowOfGroup.at(group), 0, GroupId);
}

int SyncPlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_shownGroups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups.at(m_shownGroups.at(parent.row())).shown.size());
}

int SyncPlanModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SyncPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId)
        return groupData(m_shownGroups.at(index.row()), index.column(), role);
    return entryData(entryAt(index), index.column(), role);
}

QVariant SyncPlanModel::groupData(int group, int column, int role) const
{
    const Group& g = m_groups.at(group);
    const auto count = [&g](PlanEntry::Action action) {
        return g.counts[static_cast<std::size_t>(slot(action))];
    };

    if (role == EntryRole || role == ActionRole)
        return -1;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::CheckStateRole && column == NameColumn) {
        const bool anyWrites = std::any_of(g.shown.begin(), g.shown.end(), [this](int entry) {
            return m_plan.entries.at(entry).writes();
        });
        return anyWrites ? QVariant(groupCheckState(group)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};

    QStringList counts;
    if (count(PlanEntry::Action::Add) > 0)
        counts << tr("%n to add", nullptr, count(PlanEntry::Action::Add));
    if (count(PlanEntry::Action::Change) > 0)
        counts << tr("%n to change", nullptr, count(PlanEntry::Action::Change));
    if (count(PlanEntry::Action::Move) > 0)
        counts << tr("%n to move", nullptr, count(PlanEntry::Action::Move));
    if (count(PlanEntry::Action::Remove) > 0)
        counts << tr("%n to remove", nullptr, count(PlanEntry::Action::Remove));
    if (count(PlanEntry::Action::Same) > 0)
        counts << tr("%n unchanged", nullptr, count(PlanEntry::Action::Same));
    if (g.blocked > 0)
        counts << tr("%n blocked", nullptr, g.blocked);

    int applied = 0;
    int failed = 0;
    for (int entry : g.entries) {
        applied += m_results.at(entry).state == Result::State::Applied;
        failed += m_results.at(entry).state == Result::State::Failed;
    }
    QStringList results;
    if (applied > 0)
        results << tr("%n applied", nullptr, applied);
    if (failed > 0)
        results << tr("%n failed", nullptr, failed);

    switch (column) {
    case NameColumn: {
        if (role == Qt::ToolTipRole)
            return tr("%n item(s)", nullptr, static_cast<int>(g.entries.size()));
        // The view spans this column over the row, so the counts stand beside the title.
        QString text = tr("%1 (%2): %3")
                               .arg(groupTitle(g.kind, g.ns))
                               .arg(g.entries.size())
                               .arg(counts.join(QStringLiteral(", ")));
        if (!results.isEmpty())
            text += tr(" — last push: %1").arg(results.join(QStringLiteral(", ")));
        return text;
    }
    case ActionColumn:
        return counts.join(QStringLiteral(", "));
    case ResultColumn:
        return results.join(QStringLiteral(", "));
    default:
        break;
    }
    return {};
}

QVariant SyncPlanModel::entryData(int entry, int column, int role) const
{
    if (entry < 0)
        return {};
    const PlanEntry& e = m_plan.entries.at(entry);
    const Result& result = m_results.at(entry);
    const bool blocked = e.action != PlanEntry::Action::Same && !e.blockedReason.isEmpty();

    switch (role) {
    case EntryRole:
        return entry;
    case ActionRole:
        return static_cast<int>(e.action);
    case SymbolRole:
        return e.symbol();
    case Qt::CheckStateRole:
        if (column == NameColumn && e.writes())
            return m_checked.at(entry) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == ResultColumn) {
            if (result.state == Result::State::Failed)
                return SyncPalette::actionColor(PlanEntry::Action::Remove, m_palette);
            if (result.state == Result::State::Applied)
                return SyncPalette::actionColor(PlanEntry::Action::Add, m_palette);
            return {};
        }
        if (blocked && column == ActionColumn)
            return SyncPalette::blockedColor(m_palette);
        return SyncPalette::actionColor(e.action, m_palette);
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("%1 %2").arg(e.symbol(), e.label())};
        if (blocked)
            lines << tr("Blocked: %1. It is shown but never applied.").arg(e.blockedReason);
        if (!e.local.file.isEmpty())
            lines << tr("In %1, line %2").arg(e.local.file).arg(e.local.line);
        constexpr int MaxDifferences = 8;
        for (int i = 0; i < e.differences.size() && i < MaxDifferences; ++i)
            lines << QStringLiteral("  ") + e.differences.at(i);
        if (e.differences.size() > MaxDifferences)
            lines << tr("  … and %n more", nullptr,
                        static_cast<int>(e.differences.size()) - MaxDifferences);
        if (result.state == Result::State::Failed)
            lines << tr("Last push: failed: %1").arg(result.message);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case NameColumn:
        if (role == Qt::AccessibleTextRole)
            return tr("%1 %2 %3").arg(actionText(e), kindWord(e), e.name);
        return QStringLiteral("%1  %2").arg(e.symbol(), e.name);
    case ActionColumn:
        return actionText(e);
    case ResultColumn:
        switch (result.state) {
        case Result::State::None:
            return {};
        case Result::State::Applied:
            return result.message.isEmpty() ? tr("applied") : tr("applied: %1").arg(result.message);
        case Result::State::Failed:
            return tr("failed: %1").arg(result.message);
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::CheckState SyncPlanModel::groupCheckState(int group) const
{
    int writing = 0;
    int checked = 0;
    for (int entry : m_groups.at(group).shown) {
        if (!m_plan.entries.at(entry).writes())
            continue;
        ++writing;
        checked += m_checked.at(entry);
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == writing ? Qt::Checked : Qt::PartiallyChecked;
}

void SyncPlanModel::emitGroupChanged(int group)
{
    if (group < 0 || m_rowOfGroup.at(group) < 0)
        return;
    const int row = m_rowOfGroup.at(group);
    emit dataChanged(createIndex(row, 0, GroupId), createIndex(row, ColumnCount - 1, GroupId));
}

bool SyncPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() != GroupId) {
        const int entry = entryAt(index);
        if (entry < 0 || !m_plan.entries.at(entry).writes())
            return false;
        setChecked(entry, checked);
        return true;
    }

    // A group checks or unchecks every writing entry it shows, in one notification.
    const int group = m_shownGroups.at(index.row());
    bool changed = false;
    for (int entry : m_groups.at(group).shown) {
        if (m_plan.entries.at(entry).writes() && m_checked.at(entry) != checked) {
            m_checked[entry] = checked;
            changed = true;
        }
    }
    if (!changed)
        return false;
    const int rows = static_cast<int>(m_groups.at(group).shown.size());
    emit dataChanged(this->index(0, NameColumn, index), this->index(rows - 1, NameColumn, index),
                     {Qt::CheckStateRole});
    emitGroupChanged(group);
    emit checkedEntriesChanged();
    return true;
}

Qt::ItemFlags SyncPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn)
        return flags;
    if (index.internalId() == GroupId) {
        if (data(index, Qt::CheckStateRole).isValid())
            flags |= Qt::ItemIsUserCheckable;
        return flags;
    }
    const int entry = entryAt(index);
    if (entry >= 0 && m_plan.entries.at(entry).writes())
        flags |= Qt::ItemIsUserCheckable;
    return flags | Qt::ItemNeverHasChildren;
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Last push");
    default:
        break;
    }
    return {};
}

} // namespace lc
