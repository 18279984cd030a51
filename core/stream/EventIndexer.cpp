// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventIndexer.h"

#include <QDateTime>
#include <QString>

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <string>
#include <utility>

#include "stream/JsonText.h"

namespace lc {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::raw_json_string;
using simdjson::ondemand::value;

qint64 normalizedMs(double t)
{
    if (!std::isfinite(t))
        return 0;
    // Seconds and milliseconds both occur in the wild; 1e11 ms is 1973, 1e11 s year 5138.
    if (std::fabs(t) < 1e11)
        t *= 1000.0;
    if (std::fabs(t) > 9e15)
        return 0;
    return static_cast<qint64>(t);
}

// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

// "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DDTHH:MM:SS[Z]" in UTC, the audit log's usual forms,
// without building a QDateTime: audit records arrive at stream rates too. -1 when the text
// has another shape.
qint64 fastDateMs(std::string_view text)
{
    if (text.size() != 19 && !(text.size() == 20 && text[19] == 'Z'))
        return -1;
    const auto digits = [&text](size_t from, size_t count, unsigned& value) {
        value = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return true;
    };
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':'
        || text[16] != ':' || !digits(0, 4, year) || !digits(5, 2, month) || !digits(8, 2, day)
        || !digits(11, 2, hour) || !digits(14, 2, minute) || !digits(17, 2, second) || month < 1
        || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return -1;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000;
}

qint64 dateMs(std::string_view text)
{
    if (text.empty())
        return 0;
    bool digits = true;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits && text.size() <= 16)
        return normalizedMs(std::stod(std::string(text)));

    const qint64 fast = fastDateMs(text);
    if (fast >= 0)
        return fast;

    QString iso = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return 0;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

qint64 timeOf(value& v)
{
    json_type type;
    if (v.type().get(type))
        return 0;
    if (type == json_type::number) {
        int64_t whole = 0;
        if (!v.get_int64().get(whole))
            return normalizedMs(static_cast<double>(whole));
        double real = 0;
        if (!v.get_double().get(real))
            return normalizedMs(real);
        return 0;
    }
    if (type == json_type::string) {
        std::string_view text;
        if (!v.get_string().get(text))
            return dateMs(text);
    }
    return 0;
}

std::string_view stringOf(value& v)
{
    std::string_view text;
    if (v.get_string().get(text))
        return {};
    return text;
}

bool isKey(const raw_json_string& key, const char* name)
{
    return key.unsafe_is_equal(name);
}

struct Routing
{
    bool seen = false;
    std::string_view sid;
    std::string_view hostname;
    std::string_view eventType;
    std::string_view investigation;
    qint64 eventTime = 0;
};

struct Fields
{
    Routing routing;
    Routing detectRouting;
    bool hasTrace = false;
    bool hasCat = false;
    bool hasDetect = false;
    bool hasEtype = false;
    bool hasRecord = false;
    std::string_view trace;
    qint64 n = 0;
    std::string_view cat;
    std::string_view etype;
    std::string_view recordCat;
    qint64 ts = 0;
    qint64 genTime = 0;
    qint64 time = 0;
    qint64 recordTs = 0;
};

bool readRouting(value& v, Routing& routing)
{
    simdjson::ondemand::object object;
    if (v.get_object().get(object))
        return true; // not an object: ignored, not an error
    routing.seen = true;
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (std::move(fieldResult).get(field))
            return false;
        const raw_json_string key = field.key();
        value& item = field.value();
        switch (key.raw()[0]) {
        case 's':
            if (isKey(key, "sid"))
                routing.sid = stringOf(item);
            break;
        case 'h':
            if (isKey(key, "hostname"))
                routing.hostname = stringOf(item);
            break;
        case 'e':
            if (isKey(key, "event_type"))
                routing.eventType = stringOf(item);
            else if (isKey(key, "event_time"))
                routing.eventTime = timeOf(item);
            break;
        case 'i':
            if (isKey(key, "investigation_id"))
                routing.investigation = stringOf(item);
            break;
        default:
            break;
        }
    }
    return true;
}

bool readDetect(value& v, Routing& routing)
{
    simdjson::ondemand::object object;
    if (v.get_object().get(object))
        return true;
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (std::move(fieldResult).get(field))
            return false;
        if (isKey(field.key(), "routing") && !readRouting(field.value(), routing))
            return false;
    }
    return true;
}

bool readRecord(value& v, Fields& fields)
{
    simdjson::ondemand::object object;
    if (v.get_object().get(object))
        return true;
    fields.hasRecord = true;
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (std::move(fieldResult).get(field))
            return false;
        const raw_json_string key = field.key();
        if (isKey(key, "cat"))
            fields.recordCat = stringOf(field.value());
        else if (isKey(key, "ts"))
            fields.recordTs = timeOf(field.value());
    }
    return true;
}

bool isDeploymentType(std::string_view type)
{
    return type == "enrollment" || type == "sensor_clone" || type == "deleted_sensor"
           || type == "sensor_over_quota" || type == "sensor_crash";
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

} // namespace

struct EventIndexer::Private
{
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    size_t capacity = 0;
    std::string repaired;
    IndexedLine result;

    const char* padded(const char* data, size_t size)
    {
        if (capacity < size + simdjson::SIMDJSON_PADDING) {
            capacity = std::max<size_t>(size + simdjson::SIMDJSON_PADDING, capacity * 2);
            buffer = std::make_unique<char[]>(capacity);
        }
        std::memcpy(buffer.get(), data, size);
        std::memset(buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
        return buffer.get();
    }

    bool readObject(const char* json, size_t size, Fields& fields, bool* notAnObject);
    void classify(const Fields& fields);
};

bool EventIndexer::Private::readObject(const char* json, size_t size, Fields& fields,
                                       bool* notAnObject)
{
    simdjson::ondemand::document doc;
    if (parser.iterate(json, size, size + simdjson::SIMDJSON_PADDING).get(doc))
        return false;
    json_type type;
    if (doc.type().get(type))
        return false;
    if (type != json_type::object) {
        *notAnObject = true;
        return false;
    }
    simdjson::ondemand::object object;
    if (doc.get_object().get(object))
        return false;

    // One pass over the top-level keys, in whatever order they come.
    for (auto fieldResult : object) {
        simdjson::ondemand::field field;
        if (std::move(fieldResult).get(field))
            return false;
        const raw_json_string key = field.key();
        value& item = field.value();
        switch (key.raw()[0]) {
        case 'r':
            if (isKey(key, "routing")) {
                if (!readRouting(item, fields.routing))
                    return false;
            } else if (isKey(key, "record")) {
                if (!readRecord(item, fields))
                    return false;
            }
            break;
        case '_':
            if (isKey(key, "__trace")) {
                fields.hasTrace = true;
                fields.trace = stringOf(item);
            }
            break;
        case 'n':
            if (isKey(key, "n")) {
                int64_t count = 0;
                if (!item.get_int64().get(count))
                    fields.n = count;
            }
            break;
        case 'c':
            if (isKey(key, "cat")) {
                fields.hasCat = true;
                fields.cat = stringOf(item);
            }
            break;
        case 'd':
            if (isKey(key, "detect")) {
                fields.hasDetect = true;
                if (!readDetect(item, fields.detectRouting))
                    return false;
            }
            break;
        case 'e':
            if (isKey(key, "etype")) {
                fields.hasEtype = true;
                fields.etype = stringOf(item);
            }
            break;
        case 't':
            if (isKey(key, "ts"))
                fields.ts = timeOf(item);
            else if (isKey(key, "time"))
                fields.time = timeOf(item);
            break;
        case 'g':
            if (isKey(key, "gen_time"))
                fields.genTime = timeOf(item);
            break;
        default:
            break;
        }
    }
    // Anything after the object (a second value on the line) makes the line malformed.
    const char* trailing = nullptr;
    return doc.current_location().get(trailing) == simdjson::OUT_OF_BOUNDS;
}

void EventIndexer::Private::classify(const Fields& fields)
{
    IndexedLine& line = result;
    if (fields.hasTrace) {
        line.kind = IndexedLine::Kind::Trace;
        if (fields.trace == "connected") {
            line.trace = IndexedLine::Trace::Connected;
        } else if (fields.trace == "dropped") {
            line.trace = IndexedLine::Trace::Dropped;
            line.droppedCount = fields.n;
        } else {
            line.trace = IndexedLine::Trace::KeepAlive;
        }
        return;
    }

    line.kind = IndexedLine::Kind::Record;
    line.investigation = fields.routing.investigation;
    if (fields.hasCat && fields.hasDetect) {
        const Routing& routing = fields.routing.seen ? fields.routing : fields.detectRouting;
        line.eventKind = EventKind::Detection;
        line.type = fields.cat;
        line.timeMs = fields.ts ? fields.ts : fields.genTime;
        line.hostname = routing.hostname;
        line.sensor = routing.sid;
        if (line.investigation.empty())
            line.investigation = routing.investigation;
    } else if (fields.hasEtype) {
        line.eventKind = EventKind::Audit;
        line.type = fields.etype;
        line.timeMs = fields.time ? fields.time : fields.ts;
    } else if (fields.hasRecord) {
        line.eventKind = EventKind::Billing;
        line.type = fields.recordCat;
        line.timeMs = fields.recordTs;
    } else if (fields.routing.seen) {
        line.eventKind = isDeploymentType(fields.routing.eventType) ? EventKind::Deployment
                                                                    : EventKind::Event;
        line.type = fields.routing.eventType;
        line.timeMs = fields.routing.eventTime;
        line.hostname = fields.routing.hostname;
        line.sensor = fields.routing.sid;
    } else {
        line.eventKind = EventKind::Other;
        line.timeMs = fields.ts ? fields.ts : (fields.time ? fields.time : fields.genTime);
    }
}

EventIndexer::EventIndexer()
    : d(std::make_unique<Private>())
{}

EventIndexer::~EventIndexer() = default;

static_assert(EventIndexer::ReadAhead >= static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));

const IndexedLine& EventIndexer::index(QByteArrayView line, qsizetype readableAfter)
{
    IndexedLine& result = d->result;
    result = IndexedLine();
    result.raw = line;

    // The stream host writes plain "error: ..." text after the 200 when it refuses us.
    const QByteArrayView text = trimmed(line);
    if (text.startsWith("error:")) {
        result.kind = IndexedLine::Kind::ServerError;
        result.errorText = trimmed(text.sliced(6));
        return result;
    }

    const JsonText::Scan found = JsonText::scan(line);
    if (found.invalidUtf8)
        result.flags |= EventRecord::InvalidUtf8;
    if (!found.loneSurrogates.isEmpty())
        result.flags |= EventRecord::LoneSurrogate;
    if (found.invisible)
        result.flags |= EventRecord::HasControlChars;

    const char* json = nullptr;
    size_t size = 0;
    if (found.invalidUtf8 || !found.loneSurrogates.isEmpty()) {
        JsonText::repair(line, found, d->repaired);
        json = d->padded(d->repaired.data(), d->repaired.size());
        size = d->repaired.size();
    } else {
        json = readableAfter >= ReadAhead
                       ? line.data()
                       : d->padded(line.data(), static_cast<size_t>(line.size()));
        size = static_cast<size_t>(line.size());
    }

    Fields fields;
    bool notAnObject = false;
    if (!d->readObject(json, size, fields, &notAnObject)) {
        // A bare value (number, list, string) is valid JSON but no record: malformed too.
        Q_UNUSED(notAnObject)
        result.kind = IndexedLine::Kind::Malformed;
        result.flags |= EventRecord::NotAnObject;
        return result;
    }
    d->classify(fields);
    return result;
}

} // namespace lc
