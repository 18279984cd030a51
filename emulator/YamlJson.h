// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

// YAML to JSON the way the official command line reads rule files (PyYAML, YAML 1.1): plain
// yes/No/on are booleans, 0755 is octal, 0x1F hex, 1_000 an integer, 12:30 sexagesimal, ~ null;
// merge keys are applied (explicit keys win, earlier maps of a merge list win). Quoted
// scalars stay strings. Dates stay strings, as do .inf and .nan, which JSON cannot hold.
class YamlJson
{
public:
    static nlohmann::ordered_json convert(const YAML::Node& node);

private:
    static nlohmann::ordered_json scalar(const YAML::Node& node);
    static nlohmann::ordered_json mapping(const YAML::Node& node);
};
