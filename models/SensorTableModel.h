// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

#include <vector>

#include "SensorFilter.h"
#include "sensors/SensorStore.h"

namespace lc {

// The sensor list as a table over a SensorStore, filtered and sorted without a proxy.
//
// It keeps a permutation of every store row in the current sort order, and the rows that pass
// the filter as a walk of that permutation. A keystroke in the filter only walks the
// permutation testing precomputed fields (SensorRecord::searchKey, online state, platform), so
// it stays in the low milliseconds at 100,000 sensors; sorting happens only when the sort
// changes or rows arrive, and rows that arrive are sorted on their own and merged in.
// Visible rows change through layoutChanged with the persistent indexes carried over by sid,
// so the selection and the current row survive filtering and sorting.
class SensorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Hostname,
        Platform,
        Architecture,
        Online,
        InternalIp,
        ExternalIp,
        Tags,
        Enrolled,
        LastSeen,
        Isolation,
        Sid
    };
    Q_ENUM(Column)
    static constexpr int ColumnCount = static_cast<int>(Column::Sid) + 1;

    static constexpr int SidRole = Qt::UserRole + 1;
    static constexpr int OnlineStateRole = Qt::UserRole + 2;
    static constexpr int StoreRowRole = Qt::UserRole + 3;

    explicit SensorTableModel(SensorStore* store = nullptr, QObject* parent = nullptr);
    ~SensorTableModel() override;

    void setStore(SensorStore* store);
    SensorStore* store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 restores arrival order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // All three apply at once (synchronously), which is what the benchmark times.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setOnlineOnly(bool onlineOnly);
    bool onlineOnly() const { return m_filter.onlineOnly(); }
    // A platform name as Platform::platformName gives it; empty shows every platform.
    void setPlatformFilter(const QString& platformName);
    QString platformFilter() const { return m_filter.platform(); }
    // Nanoseconds the last filter or sort change spent recomputing the visible rows.
    qint64 lastRefreshNanoseconds() const { return m_lastRefreshNs; }

    // Platform names present in the store, sorted.
    QStringList platforms() const;

    QString sidAt(int row) const;
    // -1 when the sensor is unknown or filtered out.
    int rowOfSid(const QString& sid) const;
    // The store row shown at a visible row, or -1.
    int storeRowAt(int row) const;
    const SensorRecord* recordAt(int row) const;
    int visibleCount() const { return static_cast<int>(m_visible.size()); }
    int totalCount() const;

    static QString columnTitle(Column column);
    // "Windows" for "windows"; names without a usual spelling are shown as they are.
    static QString platformLabel(const QString& platformName);
    // "YYYY-MM-DD HH:MM:SS" as the API sends it; epoch seconds or milliseconds (older
    // servers) turned into that form.
    static QString formatTimestamp(const QString& text);
    static bool isHiddenByDefault(Column column) { return column == Column::Sid; }

signals:
    void countsChanged(int visible, int total);

private:
    void forgetStore();
    void onCleared();
    void onAppended(int first, int last);
    void onChanged(const QVector<int>& rows);
    void scheduleRefresh(int delayMs);
    void applyFilter(SensorFilter filter);
    // Brings the permutation up to date and republishes the visible rows.
    void refresh();
    void rebuildOrder();
    void mergeIntoOrder(QVector<int> rows);
    // Rows among these (store rows, all merged) that are no longer in sort order.
    QVector<int> rowsOutOfPlace(const QVector<int>& rows) const;
    // The rows of m_order that pass the filter, with their positions in m_order.
    void walkOrder(QVector<int>* rows, QVector<int>* positions);
    void buildSearchIndex();
    void rebuildSearchIndex(const QVector<int>& oldOrder, const std::vector<bool>& reread);
    void ensureSearchIndex();
    QStringView indexedKey(int position) const;
    void publish(QVector<int> visible, QVector<int> positions);
    void ensureVisiblePositions() const;
    void ensureRanks() const;
    bool lessThan(int leftRow, int rightRow) const;
    int compareColumn(const SensorRecord& left, const SensorRecord& right) const;
    QString displayText(const SensorRecord& record, Column column) const;

    // Not a QPointer: the filter walk reads it 100,000 times; destroyed() clears it.
    SensorStore* m_store = nullptr;
    SensorFilter m_filter;
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Store rows in sort order; rows at or past m_orderedCount are not merged in yet.
    QVector<int> m_order;
    int m_orderedCount = 0;
    // Rows that changed and now sit out of sort order, to merge back at the next refresh.
    QVector<int> m_changedRows;
    // Bumped whenever positions in m_order move (a sort, a merge, a reset).
    quint64 m_orderGeneration = 0;
    // Position of each store row in m_order; built only when asked for.
    mutable QVector<int> m_rankOfRow;
    mutable quint64 m_ranksGeneration = ~quint64(0);

    // The search keys of m_order copied one after the other, in sort order, so a filter walk
    // reads memory front to back instead of visiting 100,000 scattered records (which costs
    // more than the matching itself). It is kept up to date as rows arrive, move and change,
    // mostly by copying from itself. m_searchOffsets has one entry per position plus the end;
    // keys of m_staleKeys rows are re-read from the store before the next walk.
    QString m_searchText;
    QVector<int> m_searchOffsets = {0};
    QVector<int> m_staleKeys;

    // Store rows shown, in order, and their positions in m_order (for narrowing through the
    // index; valid while m_positionsGeneration == m_orderGeneration).
    QVector<int> m_visible;
    QVector<int> m_visibleOrderPositions;
    quint64 m_positionsGeneration = 0;
    // Visible position of each store row (-1 when hidden); built only when asked for.
    mutable QVector<int> m_visiblePosition;
    mutable bool m_visiblePositionValid = false;
    mutable QStringList m_platforms;
    mutable bool m_platformsValid = false;

    QTimer m_refreshTimer;
    qint64 m_lastRefreshNs = 0;
};

} // namespace lc
