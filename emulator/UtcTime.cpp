// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcTime.h"

#include <chrono>
#include <ctime>

std::int64_t UtcTime::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t UtcTime::nowSec()
{
    return nowMs() / 1000;
}

std::string UtcTime::format(std::int64_t epochSec)
{
    const auto seconds = static_cast<std::time_t>(epochSec);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[32];
    const std::size_t length = std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &parts);
    return std::string(buffer, length);
}
