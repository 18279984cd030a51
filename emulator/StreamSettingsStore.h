// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "StreamSettings.h"

// The current stream settings, shared by every connection. Each change gets a new revision so
// that connections can tell (e.g. to restart their rate clock or re-arm a stall).
class StreamSettingsStore
{
public:
    explicit StreamSettingsStore(StreamSettings initial);

    StreamSettings settings() const;
    std::uint64_t revision() const;
    void apply(const StreamSettings& settings);
    void reset();
    std::optional<StreamSettings> merged(const nlohmann::ordered_json& changes,
                                         std::string& error) const;
    nlohmann::ordered_json toJson() const;

    // "max" or a non-negative number of records per second.
    static std::optional<double> parseRate(const std::string& text);
    static nlohmann::ordered_json rateJson(double rate);

private:
    mutable std::mutex m_mutex;
    StreamSettings m_initial;
    StreamSettings m_settings;
    std::uint64_t m_revision = 1;
};
