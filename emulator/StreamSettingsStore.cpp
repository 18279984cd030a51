// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamSettingsStore.h"

#include <cmath>
#include <cstdlib>

namespace {

std::optional<double> rateFrom(const nlohmann::ordered_json& value)
{
    if (value.is_string()) {
        return StreamSettingsStore::parseRate(value.get<std::string>());
    }
    if (value.is_number() && value.get<double>() >= 0.0 && std::isfinite(value.get<double>())) {
        return value.get<double>();
    }
    return std::nullopt;
}

bool number(const nlohmann::ordered_json& value, double low, double high, double& out)
{
    if (!value.is_number()) {
        return false;
    }
    const double candidate = value.get<double>();
    if (!std::isfinite(candidate) || candidate < low || candidate > high) {
        return false;
    }
    out = candidate;
    return true;
}

bool count(const nlohmann::ordered_json& value, std::uint64_t high, std::uint64_t& out)
{
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0
        || value.get<std::uint64_t>() > high) {
        return false;
    }
    out = value.get<std::uint64_t>();
    return true;
}

bool mergeRates(const nlohmann::ordered_json& rates, StreamSettings& next, std::string& error)
{
    for (const auto& [typeName, rateValue] : rates.items()) {
        const auto type = streamTypeFromName(typeName);
        const auto rate = rateFrom(rateValue);
        if (!type || !rate) {
            error = "rates." + typeName
                    + ": expected event, detect, audit, deployment or billing with a number or "
                      "\"max\"";
            return false;
        }
        next.rates[streamTypeIndex(*type)] = *rate;
    }
    return true;
}

} // namespace

StreamSettingsStore::StreamSettingsStore(StreamSettings initial)
    : m_initial(initial)
    , m_settings(initial)
{}

StreamSettings StreamSettingsStore::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

std::uint64_t StreamSettingsStore::revision() const
{
    std::lock_guard lock(m_mutex);
    return m_revision;
}

void StreamSettingsStore::apply(const StreamSettings& settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
    ++m_revision;
}

void StreamSettingsStore::reset()
{
    std::lock_guard lock(m_mutex);
    m_settings = m_initial;
    ++m_revision;
}

std::optional<double> StreamSettingsStore::parseRate(const std::string& text)
{
    if (text == "max") {
        return StreamSettings::kMaxRate;
    }
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end == nullptr || *end != '\0' || !std::isfinite(value) || value < 0.0) {
        return std::nullopt;
    }
    return value;
}

nlohmann::ordered_json StreamSettingsStore::rateJson(double rate)
{
    return rate < 0.0 ? nlohmann::ordered_json("max") : nlohmann::ordered_json(rate);
}

std::optional<StreamSettings> StreamSettingsStore::merged(const nlohmann::ordered_json& changes,
                                                          std::string& error) const
{
    if (!changes.is_object()) {
        error = "expected a JSON object";
        return std::nullopt;
    }
    StreamSettings next = settings();
    for (const auto& [key, value] : changes.items()) {
        bool ok = true;
        if (key == "rates") {
            ok = value.is_object();
            if (ok && !mergeRates(value, next, error)) {
                return std::nullopt;
            }
        } else if (key == "event_rate") {
            const auto rate = rateFrom(value);
            ok = rate.has_value();
            if (ok) {
                next.rates[streamTypeIndex(StreamType::Event)] = *rate;
            }
        } else if (key == "time_scale") {
            ok = number(value, 0.0001, 1000.0, next.timeScale);
        } else if (key == "connected_delay_sec") {
            if (value == "never") {
                next.connectedDelaySec = -1.0;
            } else {
                ok = number(value, -1.0, 86400.0, next.connectedDelaySec);
            }
        } else if (key == "keepalive_sec") {
            ok = number(value, 0.0, 86400.0, next.keepaliveSec);
        } else if (key == "queue_records") {
            std::uint64_t records = 0;
            ok = count(value, 10000000, records) && records > 0;
            next.queueRecords = static_cast<std::size_t>(records);
        } else if (key == "disconnect_every") {
            ok = count(value, UINT64_MAX, next.disconnectEvery);
        } else if (key == "disconnect_style") {
            ok = value == "clean" || value == "abort";
            next.disconnectStyle =
                    value == "abort" ? DisconnectStyle::Abort : DisconnectStyle::Clean;
        } else if (key == "split_writes") {
            ok = value.is_boolean();
            next.splitWrites = ok && value.get<bool>();
        } else if (key == "split_pause_ms") {
            double pause = 0.0;
            ok = number(value, 0.0, 10000.0, pause);
            next.splitPauseMs = static_cast<int>(pause);
        } else if (key == "stall_after") {
            ok = count(value, UINT64_MAX, next.stallAfter);
        } else if (key == "stall_sec") {
            if (value == "forever") {
                next.stallSec = -1.0;
            } else {
                ok = number(value, 0.0, 86400.0, next.stallSec);
            }
        } else {
            error = "unknown stream setting " + key;
            return std::nullopt;
        }
        if (!ok) {
            error = "bad value for " + key + ": " + value.dump();
            return std::nullopt;
        }
    }
    return next;
}

nlohmann::ordered_json StreamSettingsStore::toJson() const
{
    std::uint64_t revision = 0;
    const StreamSettings s = [this, &revision] {
        std::lock_guard lock(m_mutex);
        revision = m_revision;
        return m_settings;
    }();
    nlohmann::ordered_json rates = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < kStreamTypeCount; ++i) {
        rates[streamTypeName(static_cast<StreamType>(i))] = rateJson(s.rates[i]);
    }
    return {{"rates", rates},
            {"time_scale", s.timeScale},
            {"connected_delay_sec", s.connectedDelaySec < 0.0
                                            ? nlohmann::ordered_json("never")
                                            : nlohmann::ordered_json(s.connectedDelaySec)},
            {"keepalive_sec", s.keepaliveSec},
            {"queue_records", s.queueRecords},
            {"disconnect_every", s.disconnectEvery},
            {"disconnect_style", s.disconnectStyle == DisconnectStyle::Abort ? "abort" : "clean"},
            {"split_writes", s.splitWrites},
            {"split_pause_ms", s.splitPauseMs},
            {"stall_after", s.stallAfter},
            {"stall_sec", s.stallSec < 0.0 ? nlohmann::ordered_json("forever")
                                           : nlohmann::ordered_json(s.stallSec)},
            {"revision", revision}};
}
