// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "StreamType.h"

// One record made outside the generator (a task receipt or reply, an audit entry for an API
// call, injected bytes), with what the stream filters look at. `line` holds the bytes to send,
// newline included.
struct StreamRecord
{
    StreamType type = StreamType::Event;
    std::shared_ptr<const std::string> line;
    std::string sid;               // the sensor it concerns; empty for org-level records
    std::vector<std::string> tags; // that sensor's tags
    std::string cat;               // detections only
    std::string investigationId;
    bool isReceipt = false; // CLOUD_NOTIFICATION
};
