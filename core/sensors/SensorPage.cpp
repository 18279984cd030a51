// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorPage.h"

#include <QCoreApplication>
#include <QHash>

#include <simdjson.h>
#include <zlib.h>

namespace lc {

namespace {

// Organisation and installation ids repeat on every sensor; sharing one QString each
// keeps 100,000 sensors from holding 200,000 copies.
class Interner
{
public:
    QString get(std::string_view text)
    {
        const QByteArray key = QByteArray::fromRawData(text.data(), static_cast<int>(text.size()));
        const auto it = m_strings.constFind(key);
        if (it != m_strings.constEnd())
            return it.value();
        const QByteArray owned(text.data(), static_cast<int>(text.size()));
        const QString value = QString::fromUtf8(owned);
        m_strings.insert(owned, value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

quint32 codeOf(simdjson::ondemand::value value)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return 0;
    if (type == simdjson::ondemand::json_type::number) {
        uint64_t unsignedValue = 0;
        if (!value.get_uint64().get(unsignedValue))
            return static_cast<quint32>(unsignedValue);
        double doubleValue = 0;
        if (!value.get_double().get(doubleValue))
            return static_cast<quint32>(static_cast<qint64>(doubleValue));
        return 0;
    }
    if (type == simdjson::ondemand::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text))
            return 0;
        bool ok = false;
        const quint32 code = toQString(text).toUInt(&ok, 0);
        return ok ? code : 0;
    }
    return 0;
}

QString textOf(simdjson::ondemand::value value)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type))
        return {};
    if (type == simdjson::ondemand::json_type::string) {
        std::string_view text;
        return value.get_string().get(text) ? QString() : toQString(text);
    }
    if (type == simdjson::ondemand::json_type::number) {
        std::string_view raw = value.raw_json_token();
        while (!raw.empty()
               && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r'
                   || raw.back() == '\t'))
            raw.remove_suffix(1);
        return toQString(raw);
    }
    return {};
}

bool boolOf(simdjson::ondemand::value value)
{
    bool result = false;
    if (!value.get_bool().get(result))
        return result;
    return false;
}

SensorInfo sensorFrom(simdjson::ondemand::object object, Interner& interner)
{
    SensorInfo info;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            continue;
        simdjson::ondemand::value value;
        if (field.value().get(value))
            continue;

        if (key == "sid") {
            info.sid = textOf(value);
        } else if (key == "hostname") {
            info.hostname = textOf(value);
        } else if (key == "oid") {
            std::string_view text;
            if (!value.get_string().get(text))
                info.oid = interner.get(text);
        } else if (key == "iid") {
            std::string_view text;
            if (!value.get_string().get(text))
                info.iid = interner.get(text);
        } else if (key == "did") {
            info.did = textOf(value);
        } else if (key == "int_ip") {
            info.intIp = textOf(value);
        } else if (key == "ext_ip") {
            info.extIp = textOf(value);
        } else if (key == "enroll") {
            info.enroll = textOf(value);
        } else if (key == "alive") {
            info.alive = textOf(value);
        } else if (key == "plat") {
            info.plat = codeOf(value);
        } else if (key == "arch") {
            info.arch = codeOf(value);
        } else if (key == "isolated") {
            info.isolated = boolOf(value);
        } else if (key == "should_isolate") {
            info.shouldIsolate = boolOf(value);
        } else if (key == "kernel") {
            info.kernel = boolOf(value);
        } else if (key == "sealed") {
            info.sealed = boolOf(value);
        } else if (key == "should_seal") {
            info.shouldSeal = boolOf(value);
        }
    }
    return info;
}

QString parseList(simdjson::ondemand::array array, QVector<SensorInfo>& out)
{
    Interner interner;
    for (auto element : array) {
        simdjson::ondemand::object object;
        if (element.get_object().get(object))
            return QCoreApplication::translate("lc::SensorPage",
                                               "a sensor entry is not a JSON object");
        SensorInfo info = sensorFrom(object, interner);
        if (!info.sid.isEmpty())
            out.append(std::move(info));
    }
    return {};
}

} // namespace

QByteArray SensorPage::decompressField(const QByteArray& base64)
{
    const QByteArray compressed = QByteArray::fromBase64(base64);
    if (compressed.isEmpty())
        return {};

    z_stream stream{};
    // 16 + MAX_WBITS: a gzip container, as the API produces.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};

    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof(buffer) - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

QString SensorPage::peekToken(const QByteArray& body, bool* ok)
{
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body.constData(), static_cast<size_t>(body.size()));
    simdjson::ondemand::document doc;
    simdjson::ondemand::object root;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(root)) {
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;

    // Fields are visited in order and the large `sensors` value is skipped unread.
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            break;
        if (key != "continuation_token")
            continue;
        simdjson::ondemand::value value;
        std::string_view token;
        if (!field.value().get(value) && !value.is_null() && !value.get_string().get(token))
            return toQString(token);
        return {};
    }
    return {};
}

SensorPage SensorPage::parseRecords(const QByteArray& body)
{
    SensorPage page = parse(body);
    page.records.reserve(page.sensors.size());
    for (SensorInfo& info : page.sensors) {
        SensorRecord record;
        record.info = std::move(info);
        record.rebuildDerived();
        page.records.append(std::move(record));
    }
    page.sensors.clear();
    return page;
}

SensorPage SensorPage::parse(const QByteArray& body)
{
    SensorPage page;
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body.constData(), static_cast<size_t>(body.size()));

    simdjson::ondemand::document doc;
    simdjson::ondemand::object root;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(root)) {
        page.error = QCoreApplication::translate("lc::SensorPage",
                                                 "the sensor list is not a JSON object");
        return page;
    }

    QByteArray compressedList;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            continue;
        simdjson::ondemand::value value;
        if (field.value().get(value))
            continue;

        if (key == "continuation_token") {
            // Absent, null and "" all end the list; some servers send each of them.
            std::string_view token;
            if (!value.is_null() && !value.get_string().get(token))
                page.continuationToken = toQString(token);
        } else if (key == "sensors") {
            simdjson::ondemand::json_type type;
            if (value.type().get(type))
                continue;
            if (type == simdjson::ondemand::json_type::array) {
                simdjson::ondemand::array array;
                if (!value.get_array().get(array))
                    page.error = parseList(array, page.sensors);
            } else if (type == simdjson::ondemand::json_type::string) {
                std::string_view text;
                if (!value.get_string().get(text))
                    compressedList = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
            }
        }
    }

    if (!compressedList.isEmpty()) {
        const QByteArray json = decompressField(compressedList);
        const simdjson::padded_string inner(json.constData(), static_cast<size_t>(json.size()));
        simdjson::ondemand::parser innerParser;
        simdjson::ondemand::document innerDoc;
        simdjson::ondemand::array array;
        if (json.isEmpty() || innerParser.iterate(inner).get(innerDoc)
            || innerDoc.get_array().get(array)) {
            page.error = QCoreApplication::translate(
                    "lc::SensorPage", "the compressed sensor list could not be decoded");
            return page;
        }
        page.error = parseList(array, page.sensors);
    }
    return page;
}

} // namespace lc
