// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

// The data streams a Spout or an output can carry. Outputs also accept `artifact` and
// `tailored`, for which the emulator has no data.
enum class StreamType
{
    Event,
    Detect,
    Audit,
    Deployment,
    Billing,
};

constexpr std::size_t kStreamTypeCount = 5;

inline std::string streamTypeName(StreamType type)
{
    switch (type) {
    case StreamType::Event:
        return "event";
    case StreamType::Detect:
        return "detect";
    case StreamType::Audit:
        return "audit";
    case StreamType::Deployment:
        return "deployment";
    case StreamType::Billing:
        return "billing";
    }
    return "event";
}

inline std::optional<StreamType> streamTypeFromName(std::string_view name)
{
    for (const StreamType type : {StreamType::Event, StreamType::Detect, StreamType::Audit,
                                  StreamType::Deployment, StreamType::Billing}) {
        if (streamTypeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

inline std::size_t streamTypeIndex(StreamType type)
{
    return static_cast<std::size_t>(type);
}
