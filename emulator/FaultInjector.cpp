// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <algorithm>
#include <array>

namespace {

const std::array<std::pair<RedirectKind, const char*>, 7> kRedirects = {{
        {RedirectKind::Off, "off"},
        {RedirectKind::CrossHost302, "cross-host-302"},
        {RedirectKind::CrossHost307, "cross-host-307"},
        {RedirectKind::HttpsToHttp, "https-to-http"},
        {RedirectKind::SameHost303, "same-host-303"},
        {RedirectKind::CrossHost302, "cross-host"},
        {RedirectKind::Off, "none"},
}};

std::optional<std::uint64_t> parseCount(std::string_view text)
{
    if (text.empty() || text.size() > 18) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

} // namespace

FaultInjector::FaultInjector(FaultSettings initial, std::uint64_t seed)
    : m_settings(std::move(initial))
    , m_rng(Rng::mix(seed, 0xFA017))
{}

FaultSettings FaultInjector::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

void FaultInjector::apply(const FaultSettings& settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
    m_requests = 0;
    m_authenticated = 0;
    m_fail401Done = false;
    m_ruleWrites = 0;
    m_ruleWriteDone = false;
    m_ruleNameDone = false;
}

bool FaultInjector::parseRateLimit(std::string_view text, FaultSettings& settings,
                                   std::string& error)
{
    if (text == "off" || text == "0" || text.empty()) {
        settings.rateLimit = RateLimitMode::Off;
        settings.rateLimitEvery = 0;
        return true;
    }
    if (text == "all" || text == "1" || text == "every:1") {
        settings.rateLimit = RateLimitMode::All;
        settings.rateLimitEvery = 1;
        return true;
    }
    std::string_view number = text;
    if (number.rfind("every:", 0) == 0) {
        number.remove_prefix(6);
    }
    const auto every = parseCount(number);
    if (!every || *every == 0) {
        error = "rate limit must be off, all, every:N or N, not '" + std::string(text) + "'";
        return false;
    }
    settings.rateLimit = *every == 1 ? RateLimitMode::All : RateLimitMode::EveryNth;
    settings.rateLimitEvery = *every;
    return true;
}

std::optional<RedirectKind> FaultInjector::parseRedirect(std::string_view text)
{
    for (const auto& [kind, name] : kRedirects) {
        if (text == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string FaultInjector::redirectName(RedirectKind kind)
{
    for (const auto& [candidate, name] : kRedirects) {
        if (candidate == kind) {
            return name;
        }
    }
    return "off";
}

std::string FaultInjector::rateLimitText(const FaultSettings& settings)
{
    switch (settings.rateLimit) {
    case RateLimitMode::Off:
        return "off";
    case RateLimitMode::All:
        return "all";
    case RateLimitMode::EveryNth:
        return "every:" + std::to_string(settings.rateLimitEvery);
    }
    return "off";
}

bool FaultInjector::parseListeners(std::string_view text, FaultSettings& settings,
                                   std::string& error)
{
    std::vector<ListenerRole> roles;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view name = text.substr(start, end - start);
        if (!name.empty()) {
            const auto role = listenerRoleFromName(name);
            if (!role) {
                error = "unknown listener '" + std::string(name) + "'";
                return false;
            }
            roles.push_back(*role);
        }
        start = end + 1;
    }
    settings.listeners = roles;
    return true;
}

std::optional<FaultSettings> FaultInjector::merged(const nlohmann::ordered_json& changes,
                                                   std::string& error) const
{
    if (!changes.is_object()) {
        error = "faults must be a JSON object";
        return std::nullopt;
    }
    FaultSettings next = settings();
    try {
        for (const auto& [key, value] : changes.items()) {
            if (key == "jwt_lifetime") {
                next.jwtLifetimeSec = value.get<std::int64_t>();
            } else if (key == "fail_401") {
                next.fail401At = value.is_null() ? 0 : value.get<std::uint64_t>();
            } else if (key == "rate_limit") {
                const std::string text = value.is_number()
                                                 ? std::to_string(value.get<std::uint64_t>())
                                         : value.is_null() ? std::string("off")
                                                           : value.get<std::string>();
                if (!parseRateLimit(text, next, error)) {
                    return std::nullopt;
                }
            } else if (key == "retry_after") {
                next.retryAfterSec = value.is_null() ? -1 : value.get<int>();
            } else if (key == "rate_quota") {
                next.rateQuota = value.get<std::int64_t>();
            } else if (key == "rate_period") {
                next.ratePeriodSec = value.get<std::int64_t>();
            } else if (key == "rate_warn") {
                next.rateWarn = value.get<bool>();
            } else if (key == "error_rate") {
                next.errorRate = value.get<double>();
                if (next.errorRate < 0.0 || next.errorRate > 1.0) {
                    error = "error_rate must be between 0 and 1";
                    return std::nullopt;
                }
            } else if (key == "latency_ms") {
                next.latencyMs = std::max(0, value.get<int>());
            } else if (key == "redirect") {
                const auto kind = parseRedirect(value.is_null() ? std::string("off")
                                                                : value.get<std::string>());
                if (!kind) {
                    error = "unknown redirect kind " + value.dump();
                    return std::nullopt;
                }
                next.redirect = *kind;
            } else if (key == "fault_listeners") {
                std::string joined;
                for (const auto& item : value) {
                    joined += item.get<std::string>() + ",";
                }
                if (!parseListeners(joined, next, error)) {
                    return std::nullopt;
                }
            } else if (key == "fail_rule_write") {
                next.failRuleWriteAt = value.is_null() ? 0 : value.get<std::uint64_t>();
            } else if (key == "fail_rule_write_name") {
                next.failRuleWriteName = value.is_null() ? std::string() : value.get<std::string>();
            } else if (key == "hives_off") {
                next.hivesOff = value.is_boolean() && value.get<bool>();
            } else if (key == "missing_records") {
                next.missingRecords.clear();
                for (const auto& item : value) {
                    next.missingRecords.push_back(item.get<std::string>());
                }
            } else {
                error = "unknown fault '" + key + "'";
                return std::nullopt;
            }
        }
    } catch (const nlohmann::ordered_json::exception& exception) {
        error = std::string("bad fault value: ") + exception.what();
        return std::nullopt;
    }
    return next;
}

nlohmann::ordered_json FaultInjector::toJson() const
{
    const FaultSettings current = settings();
    nlohmann::ordered_json listeners = nlohmann::ordered_json::array();
    for (const ListenerRole role : current.listeners) {
        listeners.push_back(listenerRoleName(role));
    }
    return {{"jwt_lifetime", current.jwtLifetimeSec},
            {"fail_401", current.fail401At},
            {"rate_limit", rateLimitText(current)},
            {"retry_after", current.retryAfterSec < 0
                                    ? nlohmann::ordered_json()
                                    : nlohmann::ordered_json(current.retryAfterSec)},
            {"rate_quota", current.rateQuota},
            {"rate_period", current.ratePeriodSec},
            {"rate_warn", current.rateWarn},
            {"error_rate", current.errorRate},
            {"latency_ms", current.latencyMs},
            {"redirect", redirectName(current.redirect)},
            {"fault_listeners", listeners},
            {"fail_rule_write", current.failRuleWriteAt},
            {"fail_rule_write_name", current.failRuleWriteName.empty()
                                             ? nlohmann::ordered_json()
                                             : nlohmann::ordered_json(current.failRuleWriteName)},
            {"missing_records", current.missingRecords},
            {"hives_off", current.hivesOff}};
}

bool FaultInjector::appliesTo(ListenerRole role) const
{
    return std::find(m_settings.listeners.begin(), m_settings.listeners.end(), role)
           != m_settings.listeners.end();
}

FaultDecision FaultInjector::decide(ListenerRole role, bool alreadyRedirected)
{
    std::lock_guard lock(m_mutex);
    FaultDecision decision;
    if (!appliesTo(role)) {
        return decision;
    }
    decision.latencyMs = m_settings.latencyMs;
    // Redirects only make sense on the REST listener; the marker stops redirect loops.
    if (m_settings.redirect != RedirectKind::Off && role == ListenerRole::Api
        && !alreadyRedirected) {
        decision.redirect = m_settings.redirect;
        return decision;
    }
    ++m_requests;
    if (m_settings.rateLimit == RateLimitMode::All
        || (m_settings.rateLimit == RateLimitMode::EveryNth && m_settings.rateLimitEvery > 0
            && m_requests % m_settings.rateLimitEvery == 0)) {
        decision.rateLimited = true;
        return decision;
    }
    if (m_settings.errorRate > 0.0 && m_rng.chance(m_settings.errorRate)) {
        static const std::array<int, 4> statuses = {500, 502, 503, 504};
        decision.errorStatus = statuses[m_rng.below(statuses.size())];
    }
    return decision;
}

bool FaultInjector::takeFail401(ListenerRole role)
{
    std::lock_guard lock(m_mutex);
    if (m_settings.fail401At == 0 || m_fail401Done || !appliesTo(role)) {
        return false;
    }
    if (++m_authenticated == m_settings.fail401At) {
        m_fail401Done = true;
        return true;
    }
    return false;
}

bool FaultInjector::takeRuleWriteFault(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    ++m_ruleWrites;
    if (m_settings.failRuleWriteAt != 0 && !m_ruleWriteDone
        && m_ruleWrites == m_settings.failRuleWriteAt) {
        m_ruleWriteDone = true;
        return true;
    }
    if (!m_settings.failRuleWriteName.empty() && !m_ruleNameDone
        && name == m_settings.failRuleWriteName) {
        m_ruleNameDone = true;
        return true;
    }
    return false;
}

bool FaultInjector::hivesOff() const
{
    std::lock_guard lock(m_mutex);
    return m_settings.hivesOff;
}

bool FaultInjector::isMissingRecord(const std::string& name) const
{
    std::lock_guard lock(m_mutex);
    return std::find(m_settings.missingRecords.begin(), m_settings.missingRecords.end(), name)
           != m_settings.missingRecords.end();
}
