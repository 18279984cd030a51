// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "Sensor.h"

// The sensor selector language of `GET sensors/<oid>?selector=`: comparisons on sensor fields
// (==, !=, matches, not matches, contains), `value in tags` / `value not in tags`, combined with
// and / or and parentheses. Platforms and architectures are compared by name.
class SensorSelector
{
public:
    ~SensorSelector();
    SensorSelector(const SensorSelector&) = delete;
    SensorSelector& operator=(const SensorSelector&) = delete;

    // Returns null and fills `error` (naming the problem and its position) on bad input.
    static std::unique_ptr<SensorSelector> parse(std::string_view text, std::string& error);

    bool matches(const Sensor& sensor, const std::string& oid, std::int64_t nowMs) const;

    struct Node;

private:
    explicit SensorSelector(std::unique_ptr<Node> root);

    std::unique_ptr<Node> m_root;
};
