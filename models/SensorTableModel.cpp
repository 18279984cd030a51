// SPDX-License-Identifier: GPL-3.0-or-later
#include "SensorTableModel.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

#include "sensors/SensorStore.h"

namespace lc {

namespace {

// The folded hostname: the search key up to its first line break.
QStringView hostKey(const SensorRecord& record)
{
    const qsizetype end = record.searchKey.indexOf(QLatin1Char('\n'));
    return end < 0 ? QStringView(record.searchKey) : QStringView(record.searchKey).left(end);
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

int compareText(QStringView left, QStringView right)
{
    return sign(left.compare(right));
}

// Addresses sort by value (10.0.0.9 before 10.0.0.10); anything that is not dotted IPv4
// (IPv6, empty) sorts after them by text. Parsed per comparison: cheaper than keeping keys
// for a column that is rarely the sort column.
bool parseIpv4(const QString& text, quint32* value)
{
    quint32 result = 0;
    quint32 part = 0;
    int parts = 0;
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 0x80) {
            part = part * 10 + static_cast<quint32>(c.unicode() - '0');
            if (++digits > 3 || part > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && parts < 3) {
            result = (result << 8) | part;
            part = 0;
            digits = 0;
            ++parts;
        } else {
            return false;
        }
    }
    if (parts != 3 || digits == 0)
        return false;
    *value = (result << 8) | part;
    return true;
}

int compareIp(const QString& left, const QString& right)
{
    quint32 a = 0;
    quint32 b = 0;
    const bool leftIsV4 = parseIpv4(left, &a);
    const bool rightIsV4 = parseIpv4(right, &b);
    if (leftIsV4 && rightIsV4)
        return (a > b) - (a < b);
    if (leftIsV4 != rightIsV4)
        return leftIsV4 ? -1 : 1;
    return compareText(left, right);
}

int compareTags(const QStringList& left, const QStringList& right)
{
    const qsizetype common = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < common; ++i) {
        const int c = sign(left.at(i).compare(right.at(i), Qt::CaseInsensitive));
        if (c != 0)
            return c;
    }
    return (left.size() > right.size()) - (left.size() < right.size());
}

// Text timestamps compare as text; epoch numbers (older servers) by value.
int compareTimestamps(const QString& left, const QString& right)
{
    bool leftIsNumber = false;
    bool rightIsNumber = false;
    const qint64 a = left.toLongLong(&leftIsNumber);
    const qint64 b = right.toLongLong(&rightIsNumber);
    if (leftIsNumber && rightIsNumber)
        return (a > b) - (a < b);
    return compareText(left, right);
}

int onlineRank(OnlineState state)
{
    switch (state) {
    case OnlineState::Online:
        return 0;
    case OnlineState::Offline:
        return 1;
    case OnlineState::Unknown:
        break;
    }
    return 2;
}

int isolationRank(const SensorInfo& info)
{
    return (info.isolated ? 2 : 0) + (info.shouldIsolate ? 1 : 0);
}

} // namespace

SensorTableModel::SensorTableModel(SensorStore* store, QObject* parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SensorTableModel::refresh);
    setStore(store);
}

SensorTableModel::~SensorTableModel() = default;

void SensorTableModel::setStore(SensorStore* store)
{
    if (store == m_store)
        return;

    beginResetModel();
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_refreshTimer.stop();
    m_changedRows.clear();
    m_visible.clear();
    m_visiblePositionValid = false;
    m_platformsValid = false;
    if (m_store) {
        connect(m_store, &SensorStore::cleared, this, &SensorTableModel::onCleared);
        connect(m_store, &SensorStore::appended, this, &SensorTableModel::onAppended);
        connect(m_store, &SensorStore::changed, this, &SensorTableModel::onChanged);
    }
    rebuildOrder();
    if (m_filter.isActive()) {
        for (const int row : std::as_const(m_order)) {
            if (m_filter.matches(m_store->at(row)))
                m_visible.append(row);
        }
    } else {
        m_visible = m_order;
    }
    endResetModel();
    emit countsChanged(visibleCount(), totalCount());
}

int SensorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : visibleCount();
}

int SensorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SensorTableModel::totalCount() const
{
    return m_store ? m_store->size() : 0;
}

int SensorTableModel::storeRowAt(int row) const
{
    return row >= 0 && row < visibleCount() ? m_visible.at(row) : -1;
}

const SensorRecord* SensorTableModel::recordAt(int row) const
{
    const int storeRow = storeRowAt(row);
    return storeRow < 0 ? nullptr : &m_store->at(storeRow);
}

QString SensorTableModel::sidAt(int row) const
{
    const SensorRecord* record = recordAt(row);
    return record ? record->info.sid : QString();
}

int SensorTableModel::rowOfSid(const QString& sid) const
{
    if (!m_store)
        return -1;
    const int storeRow = m_store->indexOf(sid);
    if (storeRow < 0)
        return -1;
    ensureVisiblePositions();
    return storeRow < m_visiblePosition.size() ? m_visiblePosition.at(storeRow) : -1;
}

QStringList SensorTableModel::platforms() const
{
    if (!m_platformsValid) {
        QSet<QString> names;
        if (m_store) {
            for (const SensorRecord& record : m_store->records())
                names.insert(record.platformName);
        }
        m_platforms = QStringList(names.cbegin(), names.cend());
        m_platforms.sort();
        m_platformsValid = true;
    }
    return m_platforms;
}

QString SensorTableModel::platformLabel(const QString& platformName)
{
    static const QHash<QString, QString> labels = {
            {QStringLiteral("windows"), QStringLiteral("Windows")},
            {QStringLiteral("linux"), QStringLiteral("Linux")},
            {QStringLiteral("macos"), QStringLiteral("macOS")},
            {QStringLiteral("ios"), QStringLiteral("iOS")},
            {QStringLiteral("android"), QStringLiteral("Android")},
            {QStringLiteral("chromeos"), QStringLiteral("ChromeOS")},
    };
    return labels.value(platformName, platformName);
}

QString SensorTableModel::formatTimestamp(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return text;
    const QDateTime time = value > 100'000'000'000LL
                                   ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC)
                                   : QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString SensorTableModel::columnTitle(Column column)
{
    switch (column) {
    case Column::Hostname:
        return tr("Hostname");
    case Column::Platform:
        return tr("Platform");
    case Column::Architecture:
        return tr("Architecture");
    case Column::Online:
        return tr("Online");
    case Column::InternalIp:
        return tr("Internal IP");
    case Column::ExternalIp:
        return tr("External IP");
    case Column::Tags:
        return tr("Tags");
    case Column::Enrolled:
        return tr("Enrolled");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::Isolation:
        return tr("Isolation");
    case Column::Sid:
        return tr("Sensor ID");
    }
    return {};
}

QVariant SensorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section));
    return {};
}

QString SensorTableModel::displayText(const SensorRecord& record, Column column) const
{
    const SensorInfo& info = record.info;
    switch (column) {
    case Column::Hostname:
        return info.hostname;
    case Column::Platform:
        return platformLabel(record.platformName);
    case Column::Architecture:
        return record.architectureName;
    case Column::Online:
        switch (record.online) {
        case OnlineState::Online:
            return tr("Online");
        case OnlineState::Offline:
            return tr("Offline");
        case OnlineState::Unknown:
            break;
        }
        return tr("Unknown");
    case Column::InternalIp:
        return info.intIp;
    case Column::ExternalIp:
        return info.extIp;
    case Column::Tags:
        return record.tags.join(QStringLiteral(", "));
    case Column::Enrolled:
        return formatTimestamp(info.enroll);
    case Column::LastSeen:
        return formatTimestamp(info.alive);
    case Column::Isolation:
        if (info.isolated && info.shouldIsolate)
            return tr("Isolated");
        if (info.shouldIsolate)
            return tr("Isolating");
        if (info.isolated)
            return tr("Rejoining");
        return {};
    case Column::Sid:
        return info.sid;
    }
    return {};
}

QVariant SensorTableModel::data(const QModelIndex& index, int role) const
{
    const SensorRecord* record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record || index.column() >= ColumnCount)
        return {};
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(*record, column);
    case Qt::ToolTipRole:
        if (column == Column::Hostname)
            return tr("%1\nSensor ID: %2").arg(record->info.hostname, record->info.sid);
        if (column == Column::Tags && !record->tags.isEmpty())
            return record->tags.join(QLatin1Char('\n'));
        if (column == Column::Isolation && record->info.shouldIsolate != record->info.isolated)
            return tr("The sensor applies the change the next time it connects.");
        return {};
    case Qt::DecorationRole:
        if (column == Column::Online && record->online != OnlineState::Unknown)
            return record->online == OnlineState::Online ? QColor(0x2e, 0x9d, 0x4a)
                                                         : QColor(0x9a, 0x9a, 0x9a);
        return {};
    case SidRole:
        return record->info.sid;
    case OnlineStateRole:
        return static_cast<int>(record->online);
    case StoreRowRole:
        return m_visible.at(index.row());
    default:
        return {};
    }
}

void SensorTableModel::setFilterText(const QString& text)
{
    m_filterText = text;
    SensorFilter filter = SensorFilter::parse(text);
    filter.setOnlineOnly(m_filter.onlineOnly());
    filter.setPlatform(m_filter.platform());
    if (filter == m_filter)
        return;
    applyFilter(std::move(filter));
}

void SensorTableModel::setOnlineOnly(bool onlineOnly)
{
    if (onlineOnly == m_filter.onlineOnly())
        return;
    SensorFilter filter = m_filter;
    filter.setOnlineOnly(onlineOnly);
    applyFilter(std::move(filter));
}

void SensorTableModel::setPlatformFilter(const QString& platformName)
{
    if (platformName == m_filter.platform())
        return;
    SensorFilter filter = m_filter;
    filter.setPlatform(platformName);
    applyFilter(std::move(filter));
}

void SensorTableModel::applyFilter(SensorFilter filter)
{
    // Typing one more letter only ever hides rows: test just the rows shown, which are
    // already in sort order. Anything pending (new rows, moved rows) needs the full walk.
    const bool narrowing = m_store && filter.narrows(m_filter) && !m_refreshTimer.isActive()
                           && m_orderedCount == m_store->size() && m_changedRows.isEmpty();
    m_filter = std::move(filter);
    if (!narrowing) {
        refresh();
        return;
    }

    QElapsedTimer timer;
    timer.start();
    QVector<int> visible;
    visible.reserve(m_visible.size());
    for (const int row : std::as_const(m_visible)) {
        if (m_filter.matches(m_store->at(row)))
            visible.append(row);
    }
    publish(std::move(visible));
    m_lastRefreshNs = timer.nsecsElapsed();
}

void SensorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_store)
        return;

    QElapsedTimer timer;
    timer.start();
    rebuildOrder();
    refresh();
    m_lastRefreshNs = timer.nsecsElapsed();
}

void SensorTableModel::onCleared()
{
    beginResetModel();
    m_refreshTimer.stop();
    m_order.clear();
    m_orderedCount = 0;
    m_changedRows.clear();
    m_visible.clear();
    m_visiblePositionValid = false;
    m_platformsValid = false;
    endResetModel();
    emit countsChanged(0, 0);
}

void SensorTableModel::onAppended(int first, int last)
{
    m_platformsValid = false;

    // Arrival order with nothing pending: the new rows go at the end, in one insertion.
    if (m_sortColumn < 0 && !m_refreshTimer.isActive() && m_orderedCount == first) {
        QVector<int> added;
        for (int row = first; row <= last; ++row) {
            m_order.append(row);
            if (!m_filter.isActive() || m_filter.matches(m_store->at(row)))
                added.append(row);
        }
        m_orderedCount = last + 1;
        if (!added.isEmpty()) {
            const int from = visibleCount();
            beginInsertRows({}, from, from + static_cast<int>(added.size()) - 1);
            m_visible += added;
            m_visiblePositionValid = false;
            endInsertRows();
        }
        emit countsChanged(visibleCount(), totalCount());
        return;
    }
    scheduleRefresh();
    emit countsChanged(visibleCount(), totalCount());
}

void SensorTableModel::onChanged(const QVector<int>& rows)
{
    m_platformsValid = false;

    ensureVisiblePositions();
    int top = std::numeric_limits<int>::max();
    int bottom = -1;
    for (const int row : rows) {
        const int position = row < m_visiblePosition.size() ? m_visiblePosition.at(row) : -1;
        if (position >= 0) {
            top = std::min(top, position);
            bottom = std::max(bottom, position);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, ColumnCount - 1));

    // A change can move a row in the sort or across the filter; decide once per event-loop
    // turn, however many changes arrive in it.
    if (m_sortColumn >= 0) {
        for (const int row : rows) {
            if (row < m_orderedCount)
                m_changedRows.append(row);
        }
        scheduleRefresh();
    } else if (m_filter.isActive()) {
        scheduleRefresh();
    }
}

void SensorTableModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SensorTableModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_store)
        return;

    QElapsedTimer timer;
    timer.start();
    if (m_orderedCount < m_store->size() || !m_changedRows.isEmpty()) {
        QVector<int> rows = std::exchange(m_changedRows, {});
        for (int row = m_orderedCount; row < m_store->size(); ++row)
            rows.append(row);
        m_orderedCount = m_store->size();
        mergeIntoOrder(std::move(rows));
    }

    QVector<int> visible;
    if (m_filter.isActive()) {
        visible.reserve(m_visible.size() + 64);
        for (const int row : std::as_const(m_order)) {
            if (m_filter.matches(m_store->at(row)))
                visible.append(row);
        }
    } else {
        visible = m_order;
    }
    publish(std::move(visible));
    m_lastRefreshNs = timer.nsecsElapsed();
}

void SensorTableModel::rebuildOrder()
{
    const int size = m_store ? m_store->size() : 0;
    m_order.resize(size);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
    m_orderedCount = size;
    m_changedRows.clear();
}

void SensorTableModel::mergeIntoOrder(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;

    // Take the rows out wherever they are, sort them alone and merge: O(n + k log k) instead
    // of sorting everything again for each page or tag change.
    std::vector<bool> moving(static_cast<size_t>(m_store->size()), false);
    for (const int row : std::as_const(rows))
        moving[static_cast<size_t>(row)] = true;
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [&moving](int row) { return moving[static_cast<size_t>(row)]; }),
                  m_order.end());

    const auto less = [this](int a, int b) {
        return lessThan(a, b);
    };
    std::sort(rows.begin(), rows.end(), less);
    QVector<int> merged(m_order.size() + rows.size());
    std::merge(m_order.cbegin(), m_order.cend(), rows.cbegin(), rows.cend(), merged.begin(), less);
    m_order = std::move(merged);
}

void SensorTableModel::publish(QVector<int> visible)
{
    if (visible == m_visible) {
        emit countsChanged(visibleCount(), totalCount());
        return;
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> storeRows;
    storeRows.reserve(before.size());
    for (const QModelIndex& index : before)
        storeRows.append(m_visible.at(index.row()));

    m_visible = std::move(visible);
    m_visiblePositionValid = false;

    if (!before.isEmpty()) {
        ensureVisiblePositions();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int position = m_visiblePosition.at(storeRows.at(i));
            after.append(position < 0 ? QModelIndex() : index(position, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit countsChanged(visibleCount(), totalCount());
}

void SensorTableModel::ensureVisiblePositions() const
{
    if (m_visiblePositionValid)
        return;
    m_visiblePosition.fill(-1, m_store ? m_store->size() : 0);
    for (int position = 0; position < visibleCount(); ++position)
        m_visiblePosition[m_visible.at(position)] = position;
    m_visiblePositionValid = true;
}

bool SensorTableModel::lessThan(int leftRow, int rightRow) const
{
    if (m_sortColumn >= 0) {
        const int c = compareColumn(m_store->at(leftRow), m_store->at(rightRow));
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    // Equal keys keep arrival order in both directions, so the sort is stable and a row
    // never jumps between equals when something else changes.
    return leftRow < rightRow;
}

int SensorTableModel::compareColumn(const SensorRecord& left, const SensorRecord& right) const
{
    const SensorInfo& a = left.info;
    const SensorInfo& b = right.info;
    switch (static_cast<Column>(m_sortColumn)) {
    case Column::Hostname: {
        const int c = compareText(hostKey(left), hostKey(right));
        return c != 0 ? c : compareText(a.hostname, b.hostname);
    }
    case Column::Platform:
        return compareText(left.platformName, right.platformName);
    case Column::Architecture:
        return compareText(left.architectureName, right.architectureName);
    case Column::Online:
        return sign(onlineRank(left.online) - onlineRank(right.online));
    case Column::InternalIp:
        return compareIp(a.intIp, b.intIp);
    case Column::ExternalIp:
        return compareIp(a.extIp, b.extIp);
    case Column::Tags:
        return compareTags(left.tags, right.tags);
    case Column::Enrolled:
        return compareTimestamps(a.enroll, b.enroll);
    case Column::LastSeen:
        return compareTimestamps(a.alive, b.alive);
    case Column::Isolation:
        return sign(isolationRank(a) - isolationRank(b));
    case Column::Sid:
        return compareText(a.sid, b.sid);
    }
    return 0;
}

} // namespace lc
