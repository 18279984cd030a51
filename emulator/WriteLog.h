// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>

#include "ApiRequest.h"

// The state-changing REST requests, whatever their answer (a refused or faulted write was
// still sent), so a test can assert that a dry run sent none. Reads, the batch online query
// and the control API are not writes. Kept apart from the request log so its limit and
// clearing do not affect the count.
class WriteLog
{
public:
    static constexpr std::size_t kKept = 10000;

    static bool isWrite(const ApiRequest& request);

    void add(const ApiRequest& request, std::int64_t logId, int status);
    // {"count": n, "writes": [...]} with the writes after request-log id `sinceId`.
    nlohmann::ordered_json toJson(std::int64_t sinceId) const;
    void clear();

private:
    struct Entry
    {
        std::int64_t logId = 0;
        std::string listener;
        std::string method;
        std::string target;
        int status = 0;
        std::int64_t timeMs = 0;
    };

    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
    std::uint64_t m_count = 0;
};
