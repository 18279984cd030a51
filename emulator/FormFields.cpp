// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFields.h"

#include <algorithm>
#include <cctype>

#include "UrlCodec.h"

FormFields FormFields::parse(std::string_view text)
{
    FormFields fields;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('&', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view piece = text.substr(start, end - start);
        if (!piece.empty()) {
            const std::size_t equals = piece.find('=');
            if (equals == std::string_view::npos) {
                fields.add(UrlCodec::decodeFormComponent(piece), std::string());
            } else {
                fields.add(UrlCodec::decodeFormComponent(piece.substr(0, equals)),
                           UrlCodec::decodeFormComponent(piece.substr(equals + 1)));
            }
        }
        start = end + 1;
    }
    return fields;
}

std::optional<bool> FormFields::parseBool(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "true" || lower == "1") {
        return true;
    }
    if (lower == "false" || lower == "0" || lower.empty()) {
        return false;
    }
    return std::nullopt;
}

void FormFields::add(std::string key, std::string value)
{
    m_items.emplace_back(std::move(key), std::move(value));
}

void FormFields::append(const FormFields& other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool FormFields::has(std::string_view key) const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [key](const Item& item) { return item.first == key; });
}

std::optional<std::string> FormFields::first(std::string_view key) const
{
    for (const auto& item : m_items) {
        if (item.first == key) {
            return item.second;
        }
    }
    return std::nullopt;
}

std::string FormFields::value(std::string_view key) const
{
    return first(key).value_or(std::string());
}

std::vector<std::string> FormFields::all(std::string_view key) const
{
    std::vector<std::string> values;
    for (const auto& item : m_items) {
        if (item.first == key) {
            values.push_back(item.second);
        }
    }
    return values;
}
