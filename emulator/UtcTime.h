// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

class UtcTime
{
public:
    static std::int64_t nowMs();
    static std::int64_t nowSec();
    // The API's "YYYY-MM-DD HH:MM:SS" (UTC) form used by enroll, alive and tag timestamps.
    static std::string format(std::int64_t epochSec);
};
