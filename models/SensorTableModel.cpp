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

constexpr int ChangeDelayMs = 50;

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
    m_visiblePositionValid = false;
    m_platformsValid = false;
    if (store) {
        connect(store, &SensorStore::cleared, this, &SensorTableModel::onCleared);
        connect(store, &SensorStore::appended, this, &SensorTableModel::onAppended);
        connect(store, &SensorStore::changed, this, &SensorTableModel::onChanged);
        connect(store, &QObject::destroyed, this, &SensorTableModel::forgetStore);
    }
    rebuildOrder();
    walkOrder(&m_visible, &m_visibleOrderPositions);
    m_positionsGeneration = m_orderGeneration;
    endResetModel();
    emit countsChanged(visibleCount(), totalCount());
}

void SensorTableModel::forgetStore()
{
    // destroyed() comes after the store's records are gone: nothing may read them any more,
    // not even a view asking for the selected rows while the reset starts.
    m_store = nullptr;
    beginResetModel();
    m_refreshTimer.stop();
    m_changedRows.clear();
    m_staleKeys.clear();
    rebuildOrder();
    m_visible.clear();
    m_visibleOrderPositions.clear();
    m_positionsGeneration = m_orderGeneration;
    m_visiblePositionValid = false;
    m_platformsValid = false;
    endResetModel();
    emit countsChanged(0, 0);
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
    return storeRow < 0 || !m_store ? nullptr : &m_store->at(storeRow);
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
                           && m_orderedCount == m_store->size() && m_changedRows.isEmpty()
                           && m_positionsGeneration == m_orderGeneration;
    m_filter = std::move(filter);
    if (!narrowing) {
        refresh();
        return;
    }

    QElapsedTimer timer;
    timer.start();
    ensureSearchIndex();
    const bool recordNeeded = m_filter.needsRecord();
    QVector<int> visible;
    QVector<int> positions;
    for (qsizetype i = 0; i < m_visible.size(); ++i) {
        const int row = m_visible.at(i);
        const int position = m_visibleOrderPositions.at(i);
        const QStringView key = indexedKey(position);
        if (recordNeeded ? m_filter.matches(m_store->at(row), key) : m_filter.matchesKey(key)) {
            visible.append(row);
            positions.append(position);
        }
    }
    publish(std::move(visible), std::move(positions));
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

    // Known limit: a new sort column sorts all rows again, comparing record fields (and
    // parsing addresses) on every comparison: about 150-250 ms at 100,000 sensors in an
    // optimised build. Only a click on a header pays it, never a keystroke.
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
    ++m_orderGeneration;
    m_changedRows.clear();
    buildSearchIndex();
    m_visible.clear();
    m_visibleOrderPositions.clear();
    m_positionsGeneration = m_orderGeneration;
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
        QVector<int> positions;
        for (int row = first; row <= last; ++row) {
            const SensorRecord& record = m_store->at(row);
            m_order.append(row);
            m_searchText += record.searchKey;
            m_searchOffsets.append(static_cast<int>(m_searchText.size()));
            if (!m_filter.isActive() || m_filter.matches(record)) {
                added.append(row);
                positions.append(static_cast<int>(m_order.size()) - 1);
            }
        }
        m_orderedCount = last + 1;
        if (!added.isEmpty()) {
            const int from = visibleCount();
            beginInsertRows({}, from, from + static_cast<int>(added.size()) - 1);
            m_visible += added;
            m_visibleOrderPositions += positions;
            m_visiblePositionValid = false;
            endInsertRows();
        }
        emit countsChanged(visibleCount(), totalCount());
        return;
    }
    scheduleRefresh(0);
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

    // Tags are part of the search key; rows not merged yet are read when they are.
    for (const int row : rows) {
        if (row < m_orderedCount)
            m_staleKeys.append(row);
    }

    // A change can move a row in the sort or across the filter. Only rows now out of place
    // are merged again (new tags do not move a list sorted by hostname). Results of a batch
    // trickle in over many event-loop turns; deciding every ChangeDelayMs instead of every
    // turn keeps a large list from being walked once per sensor.
    bool moved = false;
    if (m_sortColumn >= 0) {
        QVector<int> merged;
        for (const int row : rows) {
            if (row < m_orderedCount)
                merged.append(row);
        }
        // With rows already waiting to move, their neighbours are not a reliable reference.
        const QVector<int> outOfPlace =
                m_changedRows.isEmpty() ? rowsOutOfPlace(merged) : std::move(merged);
        m_changedRows += outOfPlace;
        moved = !outOfPlace.isEmpty();
    }
    if (moved || m_filter.isActive())
        scheduleRefresh(ChangeDelayMs);
}

QVector<int> SensorTableModel::rowsOutOfPlace(const QVector<int>& rows) const
{
    ensureRanks();
    QVector<int> positions;
    positions.reserve(rows.size());
    for (const int row : rows)
        positions.append(m_rankOfRow.at(row));
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());

    // The order is still sorted if every adjacent pair that involves a changed row is. Each
    // run of adjacent changed positions is checked with the unchanged rows around it; a run
    // that fails moves as a whole.
    QVector<int> outOfPlace;
    const int last = static_cast<int>(m_order.size()) - 1;
    for (qsizetype i = 0; i < positions.size();) {
        qsizetype end = i;
        while (end + 1 < positions.size() && positions.at(end + 1) == positions.at(end) + 1)
            ++end;
        const int from = std::max(positions.at(i) - 1, 0);
        const int to = std::min(positions.at(end) + 1, last);
        bool sorted = true;
        for (int position = from; sorted && position < to; ++position)
            sorted = lessThan(m_order.at(position), m_order.at(position + 1));
        if (!sorted) {
            for (qsizetype k = i; k <= end; ++k)
                outOfPlace.append(m_order.at(positions.at(k)));
        }
        i = end + 1;
    }
    return outOfPlace;
}

void SensorTableModel::scheduleRefresh(int delayMs)
{
    if (m_refreshTimer.isActive() && m_refreshTimer.remainingTime() <= delayMs)
        return;
    m_refreshTimer.start(delayMs);
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
    QVector<int> positions;
    walkOrder(&visible, &positions);
    publish(std::move(visible), std::move(positions));
    m_lastRefreshNs = timer.nsecsElapsed();
}

void SensorTableModel::walkOrder(QVector<int>* rows, QVector<int>* positions)
{
    rows->clear();
    positions->clear();
    if (!m_filter.isActive()) {
        *rows = m_order;
        positions->resize(m_order.size());
        std::iota(positions->begin(), positions->end(), 0);
        return;
    }

    ensureSearchIndex();
    const bool recordNeeded = m_filter.needsRecord();
    for (int position = 0; position < m_order.size(); ++position) {
        const int row = m_order.at(position);
        const QStringView key = indexedKey(position);
        if (recordNeeded ? m_filter.matches(m_store->at(row), key) : m_filter.matchesKey(key)) {
            rows->append(row);
            positions->append(position);
        }
    }
}

void SensorTableModel::buildSearchIndex()
{
    qsizetype length = 0;
    for (const int row : std::as_const(m_order))
        length += m_store->at(row).searchKey.size();
    m_searchText.clear();
    m_searchText.reserve(length);
    m_searchOffsets.resize(m_order.size() + 1);
    m_searchOffsets[0] = 0;
    for (qsizetype position = 0; position < m_order.size(); ++position) {
        m_searchText += m_store->at(m_order.at(position)).searchKey;
        m_searchOffsets[position + 1] = static_cast<int>(m_searchText.size());
    }
    m_staleKeys.clear();
}

void SensorTableModel::rebuildSearchIndex(const QVector<int>& oldOrder,
                                          const std::vector<bool>& reread)
{
    // Rows that kept their place keep their relative order too, so their keys are copied
    // from the old index front to back; only the rows in reread come from the store.
    QString text;
    text.reserve(m_searchText.size() + 64 * static_cast<qsizetype>(m_order.size() - oldOrder.size())
                 + 1024);
    QVector<int> offsets(m_order.size() + 1);
    offsets[0] = 0;
    qsizetype cursor = 0;
    for (qsizetype position = 0; position < m_order.size(); ++position) {
        const int row = m_order.at(position);
        if (reread[static_cast<size_t>(row)]) {
            text += m_store->at(row).searchKey;
        } else {
            while (oldOrder.at(cursor) != row)
                ++cursor;
            const int begin = m_searchOffsets.at(cursor);
            text += QStringView(m_searchText).mid(begin, m_searchOffsets.at(cursor + 1) - begin);
            ++cursor;
        }
        offsets[position + 1] = static_cast<int>(text.size());
    }
    m_searchText = std::move(text);
    m_searchOffsets = std::move(offsets);
    m_staleKeys.clear();
}

void SensorTableModel::ensureSearchIndex()
{
    if (m_staleKeys.isEmpty())
        return;
    std::vector<bool> reread(static_cast<size_t>(m_store->size()), false);
    for (const int row : std::as_const(m_staleKeys))
        reread[static_cast<size_t>(row)] = true;
    rebuildSearchIndex(m_order, reread);
}

QStringView SensorTableModel::indexedKey(int position) const
{
    const int begin = m_searchOffsets.at(position);
    return QStringView(m_searchText).mid(begin, m_searchOffsets.at(position + 1) - begin);
}

void SensorTableModel::rebuildOrder()
{
    const int size = totalCount();
    m_order.resize(size);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0 && size > 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
    m_orderedCount = size;
    m_changedRows.clear();
    ++m_orderGeneration;
    buildSearchIndex();
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
    const QVector<int> oldOrder = m_order;
    QVector<int> staying;
    staying.reserve(m_order.size());
    for (const int row : oldOrder) {
        if (!moving[static_cast<size_t>(row)])
            staying.append(row);
    }

    const auto less = [this](int a, int b) {
        return lessThan(a, b);
    };
    std::sort(rows.begin(), rows.end(), less);
    QVector<int> merged(staying.size() + rows.size());
    std::merge(staying.cbegin(), staying.cend(), rows.cbegin(), rows.cend(), merged.begin(), less);
    m_order = std::move(merged);
    ++m_orderGeneration;

    std::vector<bool> reread = std::move(moving);
    for (const int row : std::as_const(m_staleKeys))
        reread[static_cast<size_t>(row)] = true;
    rebuildSearchIndex(oldOrder, reread);
}

void SensorTableModel::publish(QVector<int> visible, QVector<int> positions)
{
    m_visibleOrderPositions = std::move(positions);
    m_positionsGeneration = m_orderGeneration;
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
    m_visiblePosition.fill(-1, totalCount());
    for (int position = 0; position < visibleCount(); ++position)
        m_visiblePosition[m_visible.at(position)] = position;
    m_visiblePositionValid = true;
}

void SensorTableModel::ensureRanks() const
{
    if (m_ranksGeneration == m_orderGeneration)
        return;
    m_rankOfRow.fill(-1, totalCount());
    for (int position = 0; position < m_order.size(); ++position)
        m_rankOfRow[m_order.at(position)] = position;
    m_ranksGeneration = m_orderGeneration;
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
