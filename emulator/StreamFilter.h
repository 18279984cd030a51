// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "StreamRecord.h"
#include "StreamType.h"

// What one Spout connection or output asked for: its data type and the generic filters `sid`,
// `tag`, `cat` and `inv_id`. Empty fields do not filter.
struct StreamFilter
{
    StreamType type = StreamType::Event;
    std::string sid;
    std::string tag;
    std::string cat;
    std::string invId;

    // The part of an investigation id that `inv_id` is compared with: up to the first '/'.
    static std::string investigationPrefix(const std::string& investigationId);

    // Whether records about this sensor may pass (sid and tag); records that concern no
    // sensor pass only when neither is set.
    bool acceptsSensor(const std::string& sensorSid, const std::vector<std::string>& tags) const;
    bool accepts(const StreamRecord& record) const;
    nlohmann::ordered_json toJson() const;
};
