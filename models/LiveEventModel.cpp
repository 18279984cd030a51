// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveEventModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <vector>

#include "sensors/SearchText.h"
#include "stream/EventJson.h"
#include "stream/EventStore.h"
#include "stream/VisibleText.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lc {

namespace {

constexpr int FieldChars = 200;

// Per-string verdicts of the cheap terms, filled in once per distinct string and filter.
enum Verdict : quint8
{
    Unknown = 0,
    No = 1,
    Yes = 2,
};

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// ASCII case-insensitive substring test; needle is lower-case. Candidates for the first two
// bytes come 16 at a time (OR 0x20 folds letters; other bytes may give false candidates,
// which the full compare drops).
bool containsFolded(QByteArrayView haystack, const QByteArray& needle)
{
    const qsizetype m = needle.size();
    const qsizetype n = haystack.size();
    if (m == 0)
        return true;
    if (m > n)
        return false;
    const char* h = haystack.data();
    const char* w = needle.constData();
    const auto matchesAt = [&](qsizetype at) {
        for (qsizetype k = 0; k < m; ++k) {
            if (lowerAscii(h[at + k]) != w[k])
                return false;
        }
        return true;
    };
    const qsizetype last = n - m; // last possible start
    qsizetype i = 0;
#if defined(__SSE2__)
    if (m >= 2) {
        const __m128i fold = _mm_set1_epi8(0x20);
        const __m128i first = _mm_set1_epi8(static_cast<char>(w[0] | 0x20));
        const __m128i second = _mm_set1_epi8(static_cast<char>(w[1] | 0x20));
        for (; i + 16 <= last + 1 && i + 17 <= n; i += 16) {
            const __m128i a =
                    _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i)), fold);
            const __m128i b = _mm_or_si128(
                    _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i + 1)), fold);
            auto mask = static_cast<unsigned>(_mm_movemask_epi8(
                    _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
            while (mask) {
                const qsizetype at = i + __builtin_ctz(mask);
                mask &= mask - 1;
                if (matchesAt(at))
                    return true;
            }
        }
    }
#endif
    for (; i <= last; ++i) {
        if (lowerAscii(h[i]) == w[0] && matchesAt(i))
            return true;
    }
    return false;
}

QString textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString joined(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString& part : parts) {
        if (part.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1String("  ");
        out += part;
    }
    return out;
}

// "KEY=value KEY=value ..." of an object's scalar members, for events without a summary.
QString scalars(const QJsonObject& object)
{
    QString out;
    for (auto it = object.constBegin(); it != object.constEnd() && out.size() < FieldChars; ++it) {
        if (it.value().isObject() || it.value().isArray())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += it.key() + QLatin1Char('=') + textOf(it.value());
    }
    return out;
}

QString eventSummary(const QString& type, const QJsonObject& event)
{
    const auto field = [&](const char* name) {
        return textOf(event.value(QLatin1String(name)));
    };
    if (type == QLatin1String("NEW_PROCESS") || type == QLatin1String("EXISTING_PROCESS"))
        return joined({field("FILE_PATH"), field("COMMAND_LINE")});
    if (type == QLatin1String("DNS_REQUEST"))
        return joined({field("DOMAIN_NAME"), field("IP_ADDRESS")});
    if (type.startsWith(QLatin1String("FILE_")) || type == QLatin1String("MODULE_LOAD")
        || type == QLatin1String("CODE_IDENTITY"))
        return field("FILE_PATH");
    if (type.startsWith(QLatin1String("REGISTRY_")))
        return field("REGISTRY_KEY");
    if (type == QLatin1String("NEW_TCP4_CONNECTION")
        || type == QLatin1String("TERMINATE_TCP4_CONNECTION")) {
        const QJsonObject source = event.value(u"SOURCE").toObject();
        const QJsonObject destination = event.value(u"DESTINATION").toObject();
        return textOf(source.value(u"IP_ADDRESS")) + QLatin1Char(':')
               + textOf(source.value(u"PORT")) + QStringLiteral(" \u2192 ")
               + textOf(destination.value(u"IP_ADDRESS")) + QLatin1Char(':')
               + textOf(destination.value(u"PORT"));
    }
    return scalars(event);
}

QString summaryOf(const EventRecord& record, const QString& type, const QString& hostname,
                  const QJsonObject& root)
{
    switch (record.kind) {
    case EventKind::Detection: {
        QString rule = textOf(root.value(u"source_rule"));
        if (rule.isEmpty())
            rule = textOf(root.value(u"cat"));
        return joined({rule, hostname});
    }
    case EventKind::Audit:
        return joined({textOf(root.value(u"msg")), textOf(root.value(u"ident"))});
    case EventKind::Billing:
        return scalars(root.value(u"record").toObject());
    case EventKind::Event:
    case EventKind::Deployment:
        return eventSummary(type, root.value(u"event").toObject());
    case EventKind::Other:
        break;
    }
    return scalars(root);
}

} // namespace

struct LiveEventModel::Private
{
    EventStore* store = nullptr;
    LiveEventFilter filter;
    QString foldedHost;
    QString sidPrefix;
    // UTF-8, ASCII letters lower-cased. Known shortcoming: other letters match only in the
    // case typed ("документы" does not find "Документы"); host: folds every script.
    std::vector<QByteArray> words;

    std::vector<qint64> rows; // sequence numbers, rows start at `head`
    size_t head = 0;
    qint64 seenEnd = 0; // end of what the store has announced

    std::vector<quint8> typeVerdicts;
    std::vector<quint8> hostVerdicts;
    std::vector<quint8> sidVerdicts;
    std::vector<QString> foldedHosts; // kept across filters: folding is the costly part

    qsizetype shown() const { return static_cast<qsizetype>(rows.size() - head); }

    static bool verdict(std::vector<quint8>& cache, quint32 id,
                        const std::function<bool(quint32)>& decide)
    {
        if (id >= cache.size())
            cache.resize(std::max<size_t>(id + 1, cache.size() * 2), Unknown);
        quint8& slot = cache[id];
        if (slot == Unknown)
            slot = decide(id) ? Yes : No;
        return slot == Yes;
    }

    bool typeMatches(quint32 id)
    {
        return verdict(typeVerdicts, id, [this](quint32 typeId) {
            const QString type = store->text(typeId);
            return std::any_of(filter.types.cbegin(), filter.types.cend(), [&](const QString& t) {
                return type.contains(t, Qt::CaseInsensitive);
            });
        });
    }

    bool hostMatches(quint32 id)
    {
        return verdict(hostVerdicts, id, [this](quint32 hostId) {
            if (hostId >= foldedHosts.size())
                foldedHosts.resize(std::max<size_t>(hostId + 1, foldedHosts.size() * 2));
            QString& folded = foldedHosts[hostId];
            if (folded.isNull())
                folded = SearchText::fold(store->text(hostId));
            return folded.contains(foldedHost);
        });
    }

    bool sidMatches(quint32 id)
    {
        return verdict(sidVerdicts, id, [this](quint32 sidId) {
            return store->text(sidId).startsWith(sidPrefix, Qt::CaseInsensitive);
        });
    }

    bool wordsMatch(QByteArrayView raw) const
    {
        return std::all_of(words.cbegin(), words.cend(),
                           [&](const QByteArray& word) { return containsFolded(raw, word); });
    }

    bool pathMatches(QByteArrayView raw) const
    {
        const EventJson::Result parsed = EventJson::parse(raw);
        const QJsonValue value = EventJson::valueAt(parsed.value, filter.path);
        if (value.isUndefined())
            return false;
        if (value.isDouble()) {
            bool ok = false;
            const double wanted = filter.pathValue.toDouble(&ok);
            return ok && wanted == value.toDouble();
        }
        if (value.isObject() || value.isArray())
            return false;
        return textOf(value) == filter.pathValue;
    }

    // Cheapest first: kind, then the per-string verdicts, then the raw words, then the JSON.
    bool accepts(const EventRecord& record)
    {
        if (filter.detectionsOnly && record.kind != EventKind::Detection)
            return false;
        if (!filter.types.isEmpty() && !typeMatches(record.type))
            return false;
        if (!foldedHost.isEmpty() && !hostMatches(record.hostname))
            return false;
        if (!sidPrefix.isEmpty() && !sidMatches(record.sensor))
            return false;
        if (!words.empty() && !wordsMatch(record.raw))
            return false;
        if (!filter.path.isEmpty() && !pathMatches(record.raw))
            return false;
        return true;
    }

    void collect(qint64 from, qint64 to, std::vector<qint64>& out)
    {
        from = std::max(from, store->firstSeq());
        to = std::min(to, store->endSeq());
        if (filter.isEmpty()) {
            for (qint64 seq = from; seq < to; ++seq)
                out.push_back(seq);
            return;
        }
        for (qint64 seq = from; seq < to; ++seq) {
            if (accepts(store->at(seq)))
                out.push_back(seq);
        }
    }

    void resetVerdicts()
    {
        typeVerdicts.clear();
        hostVerdicts.clear();
        sidVerdicts.clear();
    }

    void compact()
    {
        if (head > 4096 && head * 2 > rows.size()) {
            rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(head));
            head = 0;
        }
    }
};

LiveEventModel::LiveEventModel(EventStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
    d->seenEnd = store->endSeq();
    d->collect(store->firstSeq(), d->seenEnd, d->rows);

    connect(store, &EventStore::appended, this, [this](qint64 from, qint64 to) {
        from = std::max(from, d->seenEnd);
        d->seenEnd = std::max(d->seenEnd, to);
        if (from >= to)
            return;
        std::vector<qint64> added;
        d->collect(from, to, added);
        if (added.empty())
            return;
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        d->rows.insert(d->rows.end(), added.begin(), added.end());
        endInsertRows();
        emit shownCountChanged(d->shown());
    });
    connect(store, &EventStore::evicted, this, [this](qint64 newFirst) {
        const auto begin = d->rows.begin() + static_cast<std::ptrdiff_t>(d->head);
        const auto gone = std::lower_bound(begin, d->rows.end(), newFirst) - begin;
        if (gone == 0)
            return;
        beginRemoveRows({}, 0, static_cast<int>(gone) - 1);
        d->head += static_cast<size_t>(gone);
        d->compact();
        endRemoveRows();
        emit shownCountChanged(d->shown());
    });
    connect(store, &EventStore::cleared, this, [this] {
        beginResetModel();
        d->rows.clear();
        d->head = 0;
        d->seenEnd = d->store->endSeq();
        // String ids start again after a clear.
        d->resetVerdicts();
        d->foldedHosts.clear();
        endResetModel();
        emit shownCountChanged(0);
    });
}

LiveEventModel::~LiveEventModel() = default;

EventStore* LiveEventModel::store() const
{
    return d->store;
}

void LiveEventModel::setFilter(const LiveEventFilter& filter)
{
    beginResetModel();
    d->filter = filter;
    d->foldedHost = SearchText::fold(filter.host);
    d->sidPrefix = filter.sid;
    d->words.clear();
    for (const QString& word : filter.words) {
        // Words are looked for in the line as received, where a backslash or a quote of the
        // text is escaped: "C:\Windows" is C:\\Windows there.
        QByteArray bytes;
        for (const char c : word.toUtf8()) {
            if (c == '\\' || c == '"')
                bytes += '\\';
            bytes += lowerAscii(c);
        }
        d->words.push_back(bytes);
    }
    d->resetVerdicts();

    d->rows.clear();
    d->head = 0;
    d->collect(d->store->firstSeq(), d->seenEnd, d->rows);
    endResetModel();
    emit shownCountChanged(d->shown());
}

const LiveEventFilter& LiveEventModel::filter() const
{
    return d->filter;
}

qint64 LiveEventModel::sequenceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return d->rows[d->head + static_cast<size_t>(row)];
}

int LiveEventModel::rowOfSequence(qint64 seq) const
{
    const auto begin = d->rows.begin() + static_cast<std::ptrdiff_t>(d->head);
    const auto it = std::lower_bound(begin, d->rows.end(), seq);
    if (it == d->rows.end() || *it != seq)
        return -1;
    return static_cast<int>(it - begin);
}

qsizetype LiveEventModel::shownCount() const
{
    return d->shown();
}

int LiveEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(d->shown());
}

int LiveEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveEventModel::data(const QModelIndex& index, int role) const
{
    const qint64 seq = sequenceAt(index.row());
    // A record evicted since the last publish is still a row until the store says so.
    if (seq < 0 || !d->store->contains(seq))
        return {};
    const EventRecord& record = d->store->at(seq);
    const bool detection = record.kind == EventKind::Detection;

    switch (role) {
    case SequenceRole:
        return seq;
    case KindRole:
        return static_cast<int>(record.kind);
    case RawRole:
        return record.raw.toByteArray();
    case FlagsRole:
        return static_cast<int>(record.flags);
    case Qt::FontRole:
        if (detection) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return detection ? QVariant(QBrush(QColor(0xFF, 0xE4, 0xE1))) : QVariant();
    case Qt::ForegroundRole:
        return detection ? QVariant(QBrush(QColor(0x80, 0x00, 0x00))) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (static_cast<Column>(index.column())) {
    case Column::Time:
        return QDateTime::fromMSecsSinceEpoch(record.timeMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case Column::Hostname:
        return VisibleText::markElided(d->store->text(record.hostname), FieldChars);
    case Column::Type:
        return VisibleText::markElided(d->store->text(record.type), FieldChars);
    case Column::Summary: {
        const EventJson::Result parsed = EventJson::parse(record.raw);
        if (!parsed.error.isEmpty())
            return VisibleText::markElided(VisibleText::decode(record.raw), FieldChars);
        const QString summary = summaryOf(record, d->store->text(record.type),
                                          d->store->text(record.hostname), parsed.value.toObject());
        return VisibleText::markElided(summary, FieldChars);
    }
    }
    return {};
}

QVariant LiveEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Hostname:
        return tr("Hostname");
    case Column::Type:
        return tr("Type");
    case Column::Summary:
        return tr("Summary");
    }
    return {};
}

} // namespace lc
