// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventIndexer.h"

#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lc {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::raw_json_string;
using simdjson::ondemand::value;

// Characters that hide or disguise text: C0/C1 controls other than tab, LF and CR, the bidi
// embeddings, overrides, isolates and marks, and the zero-width characters.
bool isInvisible(char32_t cp)
{
    if (cp < 0x20)
        return cp != 0x09 && cp != 0x0A && cp != 0x0D;
    if (cp < 0x7F)
        return false;
    if (cp <= 0x9F)
        return true;
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
           || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a "\uXXXX" escape whose hex digits start at s, or -1.
int hex4(const char* s)
{
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(s[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Length of the well-formed UTF-8 sequence at s (Unicode table 3-7), 0 when ill-formed.
int utf8Sequence(const unsigned char* s, qsizetype available, char32_t* cp)
{
    const unsigned char lead = s[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        *cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        *cp = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        *cp = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const unsigned char c = s[i];
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
            return 0;
        *cp = (*cp << 6) | (c & 0x3F);
    }
    return length;
}

struct ScanResult
{
    bool invalidUtf8 = false;
    bool invisible = false;
    QVarLengthArray<qsizetype, 8> loneSurrogates; // offsets of "\uD8xx"-style escapes
};

// Looks at one byte the vector scan stopped at; returns where scanning goes on.
qsizetype examine(const char* s, qsizetype n, qsizetype p, ScanResult& result)
{
    const auto c = static_cast<unsigned char>(s[p]);
    if (c == '\\') {
        if (p + 1 >= n)
            return n;
        if (s[p + 1] != 'u' || p + 6 > n)
            return p + 2;
        const int unit = hex4(s + p + 2);
        if (unit < 0)
            return p + 2;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (p + 12 <= n && s[p + 6] == '\\' && s[p + 7] == 'u') {
                const int next = hex4(s + p + 8);
                if (next >= 0xDC00 && next <= 0xDFFF)
                    return p + 12;
            }
            result.loneSurrogates.append(p);
            return p + 6;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            result.loneSurrogates.append(p);
            return p + 6;
        }
        if (isInvisible(static_cast<char32_t>(unit)))
            result.invisible = true;
        return p + 6;
    }
    if (c < 0x80) {
        if (isInvisible(c))
            result.invisible = true;
        return p + 1;
    }
    char32_t cp = 0;
    const int length = utf8Sequence(reinterpret_cast<const unsigned char*>(s + p), n - p, &cp);
    if (length == 0) {
        result.invalidUtf8 = true;
        return p + 1;
    }
    if (isInvisible(cp))
        result.invisible = true;
    return p + length;
}

// One pass over the line for what simdjson would refuse or what the user must see: escapes,
// control bytes and non-ASCII bytes. Plain ASCII lines cost one vector compare per 16 bytes
// plus a look at each backslash.
void scan(const char* s, qsizetype n, ScanResult& result)
{
    qsizetype i = 0;
    qsizetype next = 0;
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        // Signed compare: bytes >= 0x80 are negative, so "< 0x20" catches them with controls.
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, backslash), _mm_cmplt_epi8(bytes, space))));
        while (mask) {
            const qsizetype p = i + __builtin_ctz(mask);
            mask &= mask - 1;
            if (p >= next)
                next = examine(s, n, p, result);
        }
    }
#endif
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (i >= next && (c == '\\' || c < 0x20 || c >= 0x80))
            next = examine(s, n, i, result);
    }
}

// The line with every lone surrogate escape replaced by "\ufffd" (same length) and every
// ill-formed UTF-8 byte by U+FFFD, for simdjson to read.
void repair(QByteArrayView line, const ScanResult& found, std::string& out)
{
    out.clear();
    out.reserve(static_cast<size_t>(line.size()) + 16);
    const char* s = line.data();
    const qsizetype n = line.size();
    qsizetype nextLone = 0;
    qsizetype p = 0;
    while (p < n) {
        if (nextLone < found.loneSurrogates.size() && found.loneSurrogates[nextLone] == p) {
            out.append("\\ufffd");
            p += 6;
            ++nextLone;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) {
            out.push_back(s[p]);
            ++p;
            continue;
        }
        char32_t cp = 0;
        const int length = utf8Sequence(reinterpret_cast<const unsigned char*>(s + p), n - p, &cp);
        if (length == 0) {
            out.append("\xEF\xBF\xBD");
            ++p;
        } else {
            out.append(s + p, static_cast<size_t>(length));
            p += length;
        }
    }
}

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

qint64 dateMs(std::string_view text)
{
    if (text.empty())
        return 0;
    bool digits = true;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits && text.size() <= 16)
        return normalizedMs(std::stod(std::string(text)));

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

const IndexedLine& EventIndexer::index(QByteArrayView line)
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

    ScanResult found;
    scan(line.data(), line.size(), found);
    if (found.invalidUtf8)
        result.flags |= EventRecord::InvalidUtf8;
    if (!found.loneSurrogates.isEmpty())
        result.flags |= EventRecord::LoneSurrogate;
    if (found.invisible)
        result.flags |= EventRecord::HasControlChars;

    const char* json = nullptr;
    size_t size = 0;
    if (found.invalidUtf8 || !found.loneSurrogates.isEmpty()) {
        repair(line, found, d->repaired);
        json = d->padded(d->repaired.data(), d->repaired.size());
        size = d->repaired.size();
    } else {
        json = d->padded(line.data(), static_cast<size_t>(line.size()));
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
