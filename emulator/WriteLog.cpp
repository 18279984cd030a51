// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteLog.h"

#include "RequestLog.h"

bool WriteLog::isWrite(const ApiRequest& request)
{
    if (request.role() != ListenerRole::Api && request.role() != ListenerRole::PlainApi) {
        return false;
    }
    const std::string& method = request.method();
    if (method != "POST" && method != "PUT" && method != "PATCH" && method != "DELETE") {
        return false;
    }
    // POST online/<oid> asks which sensors are online; it changes nothing.
    const auto& s = request.segments();
    return !(method == "POST" && s.size() == 3 && s[0] == "v1" && s[1] == "online");
}

void WriteLog::add(const ApiRequest& request, std::int64_t logId, int status)
{
    Entry entry;
    entry.logId = logId;
    entry.listener = listenerRoleName(request.role());
    entry.method = request.method();
    entry.target = RequestLog::maskTarget(request.target());
    entry.status = status;
    entry.timeMs = request.receivedMs();
    std::lock_guard lock(m_mutex);
    ++m_count;
    m_entries.push_back(std::move(entry));
    if (m_entries.size() > kKept) {
        m_entries.pop_front();
    }
}

nlohmann::ordered_json WriteLog::toJson(std::int64_t sinceId) const
{
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json writes = nlohmann::ordered_json::array();
    for (const Entry& entry : m_entries) {
        if (entry.logId > sinceId) {
            writes.push_back({{"id", entry.logId},
                              {"listener", entry.listener},
                              {"method", entry.method},
                              {"target", entry.target},
                              {"status", entry.status},
                              {"time_ms", entry.timeMs}});
        }
    }
    return {{"count", m_count}, {"writes", writes}};
}

void WriteLog::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_count = 0;
}
