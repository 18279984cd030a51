// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ListenerRole.h"

enum class RedirectKind
{
    Off,
    CrossHost302,
    CrossHost307,
    HttpsToHttp,
    SameHost303,
};

enum class RateLimitMode
{
    Off,
    All,
    EveryNth,
};

struct FaultSettings
{
    std::int64_t jwtLifetimeSec = 3600;
    std::uint64_t fail401At = 0; // 0 = off; else the Nth authenticated request, once
    RateLimitMode rateLimit = RateLimitMode::Off;
    std::uint64_t rateLimitEvery = 0;
    int retryAfterSec = -1; // < 0: no Retry-After header
    std::int64_t rateQuota = 50;
    std::int64_t ratePeriodSec = 60;
    bool rateWarn = false; // X-RateLimit-* on successful answers too ("over quota, not enforced")
    double errorRate = 0.0;
    int latencyMs = 0;
    RedirectKind redirect = RedirectKind::Off;
    std::vector<ListenerRole> listeners = {ListenerRole::Api};
    // Rule and false-positive data writes (field case C23): the Nth one from now, and the next
    // one to a record of this name, answer 500 and leave the record half-written. Once each.
    std::uint64_t failRuleWriteAt = 0;
    std::string failRuleWriteName;
    // Records with these names are listed but answer 404 when read, in every hive.
    std::vector<std::string> missingRecords;
    // The Hive endpoints answer 404, as on a deployment that only has the legacy rules/ and
    // fp/ endpoints.
    bool hivesOff = false;
};
