// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConfigValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <simdjson.h>

namespace lc {

ConfigValue ConfigValue::null()
{
    return ConfigValue();
}

ConfigValue ConfigValue::boolean(bool value)
{
    ConfigValue result;
    result.m_type = Type::Bool;
    result.m_bool = value;
    return result;
}

ConfigValue ConfigValue::integer(const QString& digits)
{
    ConfigValue result;
    result.m_type = Type::Integer;
    result.m_text = digits;
    return result;
}

ConfigValue ConfigValue::floating(const QString& jsonNumber)
{
    ConfigValue result;
    result.m_type = Type::Float;
    result.m_text = jsonNumber;
    return result;
}

ConfigValue ConfigValue::string(const QString& text)
{
    ConfigValue result;
    result.m_type = Type::String;
    result.m_text = text;
    return result;
}

ConfigValue ConfigValue::list()
{
    ConfigValue result;
    result.m_type = Type::List;
    return result;
}

ConfigValue ConfigValue::map()
{
    ConfigValue result;
    result.m_type = Type::Map;
    return result;
}

ConfigValue::Type ConfigValue::type() const
{
    return m_type;
}

bool ConfigValue::isNull() const
{
    return m_type == Type::Null;
}

bool ConfigValue::isMap() const
{
    return m_type == Type::Map;
}

bool ConfigValue::isList() const
{
    return m_type == Type::List;
}

bool ConfigValue::isString() const
{
    return m_type == Type::String;
}

bool ConfigValue::toBool() const
{
    return m_bool;
}

const QString& ConfigValue::text() const
{
    return m_text;
}

const std::vector<ConfigValue>& ConfigValue::items() const
{
    return m_items;
}

const std::vector<ConfigValue::Entry>& ConfigValue::entries() const
{
    return m_entries;
}

void ConfigValue::append(ConfigValue value)
{
    m_items.push_back(std::move(value));
}

void ConfigValue::insert(const QString& key, ConfigValue value)
{
    for (Entry& entry : m_entries) {
        if (entry.first == key) {
            entry.second = std::move(value);
            return;
        }
    }
    m_entries.emplace_back(key, std::move(value));
}

bool ConfigValue::contains(const QString& key) const
{
    for (const Entry& entry : m_entries) {
        if (entry.first == key)
            return true;
    }
    return false;
}

const ConfigValue& ConfigValue::value(const QString& key) const
{
    static const ConfigValue none;
    for (const Entry& entry : m_entries) {
        if (entry.first == key)
            return entry.second;
    }
    return none;
}

int ConfigValue::line() const
{
    return m_line;
}

int ConfigValue::column() const
{
    return m_column;
}

void ConfigValue::setPosition(int line, int column)
{
    m_line = line;
    m_column = column;
}

namespace {

void writeString(const QString& text, QByteArray& out)
{
    // QJsonValue escapes exactly as JSON requires; the surrounding array is cut away.
    const QByteArray array =
            QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    out += array.mid(1, array.size() - 2);
}

void writeJson(const ConfigValue& value, QByteArray& out)
{
    switch (value.type()) {
    case ConfigValue::Type::Null:
        out += "null";
        break;
    case ConfigValue::Type::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case ConfigValue::Type::Integer:
    case ConfigValue::Type::Float:
        out += value.text().toLatin1();
        break;
    case ConfigValue::Type::String:
        writeString(value.text(), out);
        break;
    case ConfigValue::Type::List: {
        out += '[';
        bool first = true;
        for (const ConfigValue& item : value.items()) {
            if (!first)
                out += ',';
            first = false;
            writeJson(item, out);
        }
        out += ']';
        break;
    }
    case ConfigValue::Type::Map: {
        out += '{';
        bool first = true;
        for (const ConfigValue::Entry& entry : value.entries()) {
            if (!first)
                out += ',';
            first = false;
            writeString(entry.first, out);
            out += ':';
            writeJson(entry.second, out);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

namespace {

using simdjson::ondemand::json_type;

// The JSON number grammar. On-Demand hands out a number's token without checking it, and the
// token is what travels on, so "0x1", "01" or a NUL after the digits must be refused here.
bool isJsonNumber(std::string_view token)
{
    size_t i = 0;
    const auto digits = [&token, &i] {
        const size_t from = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < token.size() && token[i] == '-')
        ++i;
    if (i < token.size() && token[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == token.size();
}

// A scalar's text as sent, without the blanks On-Demand leaves after it.
std::string_view trimmedToken(simdjson::ondemand::value& item)
{
    std::string_view token = item.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

simdjson::error_code readJson(simdjson::ondemand::value item, ConfigValue* out, int depth)
{
    if (depth > 512)
        return simdjson::DEPTH_ERROR;
    json_type type;
    if (auto error = item.type().get(type))
        return error;

    switch (type) {
    case json_type::object: {
        simdjson::ondemand::object object;
        if (auto error = item.get_object().get(object))
            return error;
        *out = ConfigValue::map();
        for (auto fieldResult : object) {
            simdjson::ondemand::field field;
            if (auto error = std::move(fieldResult).get(field))
                return error;
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            ConfigValue child;
            if (auto error = readJson(field.value(), &child, depth + 1))
                return error;
            out->insert(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())),
                        std::move(child));
        }
        return simdjson::SUCCESS;
    }
    case json_type::array: {
        simdjson::ondemand::array array;
        if (auto error = item.get_array().get(array))
            return error;
        *out = ConfigValue::list();
        for (auto elementResult : array) {
            simdjson::ondemand::value element;
            if (auto error = std::move(elementResult).get(element))
                return error;
            ConfigValue child;
            if (auto error = readJson(element, &child, depth + 1))
                return error;
            out->append(std::move(child));
        }
        return simdjson::SUCCESS;
    }
    case json_type::string: {
        std::string_view text;
        if (auto error = item.get_string().get(text))
            return error;
        *out = ConfigValue::string(
                QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        return simdjson::SUCCESS;
    }
    case json_type::number: {
        // The token exactly as sent: no trip through a double.
        const std::string_view token = trimmedToken(item);
        if (!isJsonNumber(token))
            return simdjson::NUMBER_ERROR;
        const QString text =
                QString::fromLatin1(token.data(), static_cast<qsizetype>(token.size()));
        const bool whole = !text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e'))
                           && !text.contains(QLatin1Char('E'));
        *out = whole ? ConfigValue::integer(text) : ConfigValue::floating(text);
        return simdjson::SUCCESS;
    }
    case json_type::boolean: {
        // Read from its token: On-Demand's get_bool takes "trueX" for true.
        const std::string_view token = trimmedToken(item);
        if (token != "true" && token != "false")
            return simdjson::T_ATOM_ERROR;
        *out = ConfigValue::boolean(token == "true");
        return simdjson::SUCCESS;
    }
    case json_type::null: {
        const std::string_view token = trimmedToken(item);
        // is_null() as a bool would throw on a broken atom ("nul"): read its error instead.
        bool isNull = false;
        if (auto error = item.is_null().get(isNull))
            return error;
        *out = ConfigValue::null();
        return isNull && token == "null" ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

} // namespace

bool ConfigValue::fromJson(QByteArrayView json, ConfigValue* out, QString* error)
{
    *out = ConfigValue();

    // A byte order mark before the text is allowed, as other JSON readers allow it.
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3);

    // Read inside a list: On-Demand walks a scalar document differently from a value, and
    // this way a bare number or string is read by the same code as any other value.
    QByteArray wrapped;
    wrapped.reserve(json.size() + 2 + static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));
    wrapped.append('[');
    wrapped.append(json);
    wrapped.append(']');
    simdjson::padded_string padded(wrapped.constData(), static_cast<size_t>(wrapped.size()));

    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::error_code code = parser.iterate(padded).get(document);
    ConfigValue list;
    if (!code) {
        simdjson::ondemand::value root;
        code = document.get_value().get(root);
        if (!code)
            code = readJson(root, &list, 0);
    }
    const char* trailing = nullptr;
    if (!code && document.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS)
        code = simdjson::TRAILING_CONTENT;
    if (!code && list.items().size() != 1)
        code = simdjson::TAPE_ERROR;
    if (code) {
        if (error)
            *error = QString::fromUtf8(simdjson::error_message(code));
        return false;
    }
    *out = list.items().front();
    return true;
}

QByteArray ConfigValue::toJson() const
{
    QByteArray out;
    writeJson(*this, out);
    return out;
}

} // namespace lc
