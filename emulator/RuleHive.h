// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

// The hives of an organisation's rule store: the three D&R rule namespaces and the
// false-positive rules. The legacy rules API names the namespaces; the Hive API names the hives.
enum class RuleHive
{
    General,
    Managed,
    Service,
    Fp,
};

constexpr std::size_t kRuleHiveCount = 4;
constexpr std::array<RuleHive, kRuleHiveCount> kRuleHives = {RuleHive::General, RuleHive::Managed,
                                                             RuleHive::Service, RuleHive::Fp};

inline std::size_t ruleHiveIndex(RuleHive hive)
{
    return static_cast<std::size_t>(hive);
}

inline bool isDrHive(RuleHive hive)
{
    return hive != RuleHive::Fp;
}

// `dr-general`, `dr-managed`, `dr-service`, `fp`.
inline std::string ruleHiveName(RuleHive hive)
{
    switch (hive) {
    case RuleHive::General:
        return "dr-general";
    case RuleHive::Managed:
        return "dr-managed";
    case RuleHive::Service:
        return "dr-service";
    case RuleHive::Fp:
        return "fp";
    }
    return "fp";
}

// The legacy namespace (`general`, `managed`, `service`) and the state files' section name.
inline std::string ruleNamespaceName(RuleHive hive)
{
    switch (hive) {
    case RuleHive::General:
        return "general";
    case RuleHive::Managed:
        return "managed";
    case RuleHive::Service:
        return "service";
    case RuleHive::Fp:
        return "fp";
    }
    return "fp";
}

inline std::optional<RuleHive> ruleHiveFromName(std::string_view name)
{
    for (const RuleHive hive : kRuleHives) {
        if (ruleHiveName(hive) == name) {
            return hive;
        }
    }
    return std::nullopt;
}

// A D&R namespace; `replicant` is the service namespace's old name.
inline std::optional<RuleHive> ruleNamespaceFromName(std::string_view name)
{
    if (name == "replicant") {
        return RuleHive::Service;
    }
    for (const RuleHive hive : {RuleHive::General, RuleHive::Managed, RuleHive::Service}) {
        if (ruleNamespaceName(hive) == name) {
            return hive;
        }
    }
    return std::nullopt;
}
