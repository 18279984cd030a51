// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlJson.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <regex>
#include <set>
#include <utility>
#include <vector>

namespace {

bool startsLikeNumber(const std::string& text)
{
    const char first = text.empty() ? '\0' : text.front();
    return (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
}

std::string withoutUnderscores(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c != '_') {
            out.push_back(c);
        }
    }
    return out;
}

// "1:30:05" → 1*3600 + 30*60 + 5 (the digits before the first colon may be any length).
double sexagesimal(const std::string& text)
{
    double value = 0.0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(':', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        value = value * 60.0 + std::strtod(text.substr(start, end - start).c_str(), nullptr);
        start = end + 1;
    }
    return value;
}

nlohmann::ordered_json integer(const std::string& plain)
{
    std::string text = withoutUnderscores(plain);
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.erase(0, 1);
    }
    if (text.find(':') != std::string::npos) {
        const auto value = static_cast<long long>(sexagesimal(text));
        return negative ? -value : value;
    }
    int base = 10;
    if (text.rfind("0b", 0) == 0) {
        base = 2;
        text.erase(0, 2);
    } else if (text.rfind("0x", 0) == 0) {
        base = 16;
        text.erase(0, 2);
    } else if (text.size() > 1 && text.front() == '0') {
        base = 8;
    }
    errno = 0;
    const unsigned long long magnitude = std::strtoull(text.c_str(), nullptr, base);
    if (errno == ERANGE) {
        // Beyond 64 bits: kept as the text, as no JSON reader holds it exactly.
        return plain;
    }
    if (!negative) {
        return magnitude;
    }
    if (magnitude > static_cast<unsigned long long>(INT64_MAX)) {
        return plain;
    }
    return -static_cast<long long>(magnitude);
}

} // namespace

nlohmann::ordered_json YamlJson::convert(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return nullptr;
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Sequence: {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const YAML::Node& item : node) {
            list.push_back(convert(item));
        }
        return list;
    }
    case YAML::NodeType::Map:
        return mapping(node);
    }
    return nullptr;
}

nlohmann::ordered_json YamlJson::mapping(const YAML::Node& node)
{
    // As PyYAML does it: the merged pairs come first (later maps of a merge list before
    // earlier ones), then the explicit pairs; a later pair replaces the value of an earlier one.
    std::vector<std::pair<std::string, YAML::Node>> merged;
    std::vector<std::pair<std::string, YAML::Node>> own;
    for (const auto& pair : node) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        const bool isMerge = key == "<<" && pair.first.Tag() == "?";
        if (!isMerge) {
            own.emplace_back(key, pair.second);
            continue;
        }
        std::vector<YAML::Node> sources;
        if (pair.second.IsMap()) {
            sources.push_back(pair.second);
        } else if (pair.second.IsSequence()) {
            for (const YAML::Node& item : pair.second) {
                sources.push_back(item);
            }
        }
        for (auto source = sources.rbegin(); source != sources.rend(); ++source) {
            for (const auto& inner : *source) {
                merged.emplace_back(inner.first.Scalar(), inner.second);
            }
        }
    }
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto* list : {&merged, &own}) {
        for (const auto& [key, value] : *list) {
            object[key] = convert(value);
        }
    }
    return object;
}

nlohmann::ordered_json YamlJson::scalar(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    const std::string& tag = node.Tag();
    if (tag == "tag:yaml.org,2002:str" || (tag != "?" && tag.rfind("tag:yaml.org,2002:", 0) != 0)) {
        return text;
    }
    static const std::set<std::string> nulls = {"", "~", "null", "Null", "NULL"};
    static const std::set<std::string> trues = {"yes",  "Yes", "YES", "true", "True",
                                                "TRUE", "on",  "On",  "ON"};
    static const std::set<std::string> falses = {"no",    "No",  "NO",  "false", "False",
                                                 "FALSE", "off", "Off", "OFF"};
    if (nulls.count(text) != 0) {
        return nullptr;
    }
    if (trues.count(text) != 0) {
        return true;
    }
    if (falses.count(text) != 0) {
        return false;
    }
    if (!startsLikeNumber(text)) {
        return text;
    }
    // The patterns of PyYAML's resolver; only text that starts like a number gets here.
    static const std::regex intPattern("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                       "|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    static const std::regex floatPattern("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                         "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                                         "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*");
    if (std::regex_match(text, intPattern)) {
        return integer(text);
    }
    if (std::regex_match(text, floatPattern)) {
        std::string digits = withoutUnderscores(text);
        bool negative = false;
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
            negative = digits.front() == '-';
            digits.erase(0, 1);
        }
        const double value = digits.find(':') != std::string::npos
                                     ? sexagesimal(digits)
                                     : std::strtod(digits.c_str(), nullptr);
        return negative ? -value : value;
    }
    return text;
}
