// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ApiRequest.h"
#include "ConnectionStream.h"
#include "ListenerRole.h"

// Every request any listener received, for tests to inspect. Secrets are masked on the way in
// so that nothing read back from the log can leak an API key or a token.
class RequestLog
{
public:
    explicit RequestLog(std::size_t limit);

    std::int64_t add(const ApiRequest& request);
    std::int64_t addRejected(ListenerRole role, const RequestHead& head, int status);
    void setStatus(std::int64_t id, int status);
    nlohmann::ordered_json toJson(std::int64_t sinceId, std::optional<ListenerRole> role) const;
    void clear();
    std::size_t size() const;

    static std::string maskHeaderValue(const std::string& name, const std::string& value);
    static std::string maskFormText(const std::string& text);
    static std::string maskTarget(const std::string& target);

private:
    struct Entry
    {
        std::int64_t id = 0;
        ListenerRole role = ListenerRole::Api;
        std::string method;
        std::string target;
        std::vector<std::pair<std::string, std::string>> headers;
        std::string body;
        std::int64_t timeMs = 0;
        int status = 0;
        bool tls = false;
    };

    std::int64_t store(Entry entry);

    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
    std::int64_t m_nextId = 1;
    std::size_t m_limit;
};
