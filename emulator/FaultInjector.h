// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "FaultSettings.h"
#include "ListenerRole.h"
#include "Rng.h"

struct FaultDecision
{
    int latencyMs = 0;
    RedirectKind redirect = RedirectKind::Off;
    bool rateLimited = false;
    int errorStatus = 0;
};

// Injected failures, settable from the command line and at run time. Counters restart whenever
// the settings change, so "the Nth request" always counts from that moment.
class FaultInjector
{
public:
    FaultInjector(FaultSettings initial, std::uint64_t seed);

    FaultSettings settings() const;
    void apply(const FaultSettings& settings);
    // Merges a JSON object of changes into a copy of the current settings.
    std::optional<FaultSettings> merged(const nlohmann::ordered_json& changes,
                                        std::string& error) const;
    nlohmann::ordered_json toJson() const;

    FaultDecision decide(ListenerRole role, bool alreadyRedirected);
    bool takeFail401(ListenerRole role);
    // Counts a rule or false-positive data write; true when the write fault picks it.
    bool takeRuleWriteFault(const std::string& name);
    bool hivesOff() const;
    bool isMissingRecord(const std::string& name) const;

    static bool parseRateLimit(std::string_view text, FaultSettings& settings, std::string& error);
    static std::optional<RedirectKind> parseRedirect(std::string_view text);
    static std::string redirectName(RedirectKind kind);
    static std::string rateLimitText(const FaultSettings& settings);
    static bool parseListeners(std::string_view text, FaultSettings& settings, std::string& error);

private:
    bool appliesTo(ListenerRole role) const;

    mutable std::mutex m_mutex;
    FaultSettings m_settings;
    std::uint64_t m_requests = 0;
    std::uint64_t m_authenticated = 0;
    bool m_fail401Done = false;
    std::uint64_t m_ruleWrites = 0;
    bool m_ruleWriteDone = false;
    bool m_ruleNameDone = false;
    Rng m_rng;
};
