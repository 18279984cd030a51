// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QString>

#include <array>

#include "sync/SyncPlan.h"

namespace lc {

// A sync plan as a two-level tree: a group per D&R namespace, then false-positive rules, then
// outputs, each with its counts, and under it the entries that pass the filter (a name
// substring and the actions shown). Each entry shows its marker (+ ~ > - =) as text and in
// colour, its action, why it is blocked, and the result of the last push.
//
// Built in one pass over the plan and filtered in one pass over the entries, so a plan of
// thousands of rules opens and filters at once. Writing entries are checkable: checking a group
// checks the entries it shows.
class SyncPlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ActionColumn,
        ResultColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryRole = Qt::UserRole + 1, // index in the plan; -1 for a group
        ActionRole,                   // PlanEntry::Action as int; -1 for a group
        SymbolRole,                   // "+", "~", ">", "-", "="
    };

    struct Result
    {
        enum class State
        {
            None,
            Applied,
            Failed,
        };
        State state = State::None;
        QString message;
    };

    explicit SyncPlanModel(QObject* parent = nullptr);

    // Replaces the plan; results carried over from the last push are matched by identity
    // (kind, namespace, name), so the dry-run that follows a push still shows what it did.
    void setPlan(const SyncPlan& plan);
    const SyncPlan& plan() const { return m_plan; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setActionShown(PlanEntry::Action action, bool shown);
    bool isActionShown(PlanEntry::Action action) const;
    // The palette of the view, for colours that suit its theme.
    void setPalette(const QPalette& palette);

    void setResult(int entry, bool ok, const QString& message);
    Result result(int entry) const;
    void clearResults();
    // Keeps the current results (by identity) for the next setPlan only.
    void carryResultsOver();

    QList<int> checkedEntries() const;
    bool isChecked(int entry) const;
    void setChecked(int entry, bool checked);
    void clearChecks();

    // -1 for a group row or an invalid index.
    int entryAt(const QModelIndex& index) const;
    // Invalid when the entry is filtered out.
    QModelIndex indexOfEntry(int entry, int column = NameColumn) const;
    // The entries a group row shows (for a selection that holds a group).
    QList<int> shownEntriesOf(const QModelIndex& group) const;
    int shownEntryCount() const { return m_shownEntries; }

    static QString actionText(const PlanEntry& entry);
    static QString groupTitle(SyncItem::Kind kind, const QString& ns);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedEntriesChanged();

private:
    struct Group
    {
        SyncItem::Kind kind = SyncItem::Kind::Rule;
        QString ns;
        QList<int> entries; // all of them, in plan order
        QList<int> shown;   // those that pass the filter
        std::array<int, 5> counts{};
        int blocked = 0;
    };

    static QString keyOf(const PlanEntry& entry);
    void refilter();
    bool passes(const PlanEntry& entry) const;
    QVariant groupData(int group, int column, int role) const;
    QVariant entryData(int entry, int column, int role) const;
    Qt::CheckState groupCheckState(int group) const;
    void emitGroupChanged(int group);
    void refreshAll();

    SyncPlan m_plan;
    QList<Group> m_groups;
    QList<int> m_shownGroups;  // row -> group
    QList<int> m_rowOfGroup;   // group -> row, -1 when hidden
    QList<int> m_groupOfEntry; // entry -> group
    QList<int> m_rowOfEntry;   // entry -> row in its group, -1 when hidden
    QList<bool> m_checked;
    QList<Result> m_results;
    QHash<QString, Result> m_carried;
    QString m_filterText;
    std::array<bool, 5> m_actionShown{};
    int m_shownEntries = 0;
    QPalette m_palette;
};

} // namespace lc
