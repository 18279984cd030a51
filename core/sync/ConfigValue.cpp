// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConfigValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

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

QByteArray ConfigValue::toJson() const
{
    QByteArray out;
    writeJson(*this, out);
    return out;
}

} // namespace lc
