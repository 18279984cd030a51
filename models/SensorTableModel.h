// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>

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
    void onCleared();
    void onAppended(int first, int last);
    void onChanged(const QVector<int>& rows);
    void scheduleRefresh();
    void applyFilter(SensorFilter filter);
    // Brings the permutation up to date and republishes the visible rows.
    void refresh();
    void rebuildOrder();
    void mergeIntoOrder(QVector<int> rows);
    void publish(QVector<int> visible);
    void ensureVisiblePositions() const;
    bool lessThan(int leftRow, int rightRow) const;
    int compareColumn(const SensorRecord& left, const SensorRecord& right) const;
    QString displayText(const SensorRecord& record, Column column) const;

    QPointer<SensorStore> m_store;
    SensorFilter m_filter;
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Store rows in sort order; rows at or past m_orderedCount are not merged in yet.
    QVector<int> m_order;
    int m_orderedCount = 0;
    // Store rows whose content changed since the last refresh while a sort was active.
    QVector<int> m_changedRows;
    // Store rows shown, in order.
    QVector<int> m_visible;
    // Visible position of each store row (-1 when hidden); built only when asked for.
    mutable QVector<int> m_visiblePosition;
    mutable bool m_visiblePositionValid = false;
    mutable QStringList m_platforms;
    mutable bool m_platformsValid = false;

    QTimer m_refreshTimer;
    qint64 m_lastRefreshNs = 0;
};

} // namespace lc
