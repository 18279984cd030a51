// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// application/x-www-form-urlencoded fields in wire order. Keys may repeat: lists travel as
// repeated keys (`tasks=a&tasks=b`).
class FormFields
{
public:
    using Item = std::pair<std::string, std::string>;

    static FormFields parse(std::string_view text);
    // Accepts the spellings the SDKs produce: true/True/1 and false/False/0 (any case).
    static std::optional<bool> parseBool(std::string_view text);

    void add(std::string key, std::string value);
    void append(const FormFields& other);

    bool has(std::string_view key) const;
    std::optional<std::string> first(std::string_view key) const;
    // First value, or empty when absent; callers treat empty as "not given".
    std::string value(std::string_view key) const;
    std::vector<std::string> all(std::string_view key) const;
    const std::vector<Item>& items() const { return m_items; }

private:
    std::vector<Item> m_items;
};
