// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace lc {

// One value of a sync config as the official tools read it (YAML 1.1 resolved to JSON types),
// with where it was written. Numbers keep the exact text they were read from, so a 64-bit
// integer or a float travels from file to wire unchanged. Map keys keep their file order;
// equality ignores it.
class ConfigValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Integer, // text holds the decimal digits (any size)
        Float,   // text holds a JSON number
        String,
        List,
        Map,
    };
    using Entry = std::pair<QString, ConfigValue>;

    ConfigValue() = default;
    static ConfigValue null();
    static ConfigValue boolean(bool value);
    static ConfigValue integer(const QString& digits);
    static ConfigValue floating(const QString& jsonNumber);
    static ConfigValue string(const QString& text);
    static ConfigValue list();
    static ConfigValue map();

    Type type() const;
    bool isNull() const;
    bool isMap() const;
    bool isList() const;
    bool isString() const;
    bool toBool() const;
    const QString& text() const; // String, Integer and Float

    const std::vector<ConfigValue>& items() const;
    const std::vector<Entry>& entries() const;
    void append(ConfigValue value);
    // Replaces the value of key, or adds it at the end.
    void insert(const QString& key, ConfigValue value);
    bool contains(const QString& key) const;
    // The value of key, or a Null value.
    const ConfigValue& value(const QString& key) const;

    int line() const; // 1-based; 0 when made in code
    int column() const;
    void setPosition(int line, int column);

    // Compact JSON, keys in file order.
    QByteArray toJson() const;
    // Reads JSON keeping every number's exact text (an API answer read this way compares with
    // a file digit for digit). Returns false and says why on malformed input.
    static bool fromJson(QByteArrayView json, ConfigValue* out, QString* error = nullptr);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::vector<ConfigValue> m_items;
    std::vector<Entry> m_entries;
    int m_line = 0;
    int m_column = 0;
};

} // namespace lc
