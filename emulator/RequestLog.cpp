// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLog.h"

#include <algorithm>
#include <array>
#include <strings.h>

#include "UrlCodec.h"

namespace {

const std::array<const char*, 5> kSecretFields = {"secret", "api_key", "jwt", "fb_auth",
                                                  "password"};

bool isSecretField(const std::string& name)
{
    return std::any_of(kSecretFields.begin(), kSecretFields.end(),
                       [&name](const char* field) { return name == field; });
}

void maskJson(nlohmann::ordered_json& value)
{
    if (value.is_object()) {
        for (auto& [key, item] : value.items()) {
            if (isSecretField(key) && item.is_string()) {
                item = "<redacted:" + std::to_string(item.get<std::string>().size()) + ">";
            } else {
                maskJson(item);
            }
        }
    } else if (value.is_array()) {
        for (auto& item : value) {
            maskJson(item);
        }
    }
}

} // namespace

RequestLog::RequestLog(std::size_t limit)
    : m_limit(limit == 0 ? 1 : limit)
{}

std::string RequestLog::maskHeaderValue(const std::string& name, const std::string& value)
{
    if (strcasecmp(name.c_str(), "Authorization") == 0
        || strcasecmp(name.c_str(), "Proxy-Authorization") == 0) {
        // The scheme word stays as sent (tests check it); only the credential is hidden.
        const std::size_t space = value.find(' ');
        const std::string scheme =
                space == std::string::npos ? std::string() : value.substr(0, space);
        const std::string credential = space == std::string::npos ? value : value.substr(space + 1);
        return (scheme.empty() ? std::string() : scheme + " ")
               + "<redacted:" + std::to_string(credential.size()) + ">";
    }
    if (strcasecmp(name.c_str(), "X-Api-Key") == 0 || strcasecmp(name.c_str(), "Cookie") == 0) {
        return "<redacted:" + std::to_string(value.size()) + ">";
    }
    return value;
}

// Rewrites only the values of secret fields, so the rest of the text stays byte-exact.
std::string RequestLog::maskFormText(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('&', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string piece = text.substr(start, end - start);
        const std::size_t equals = piece.find('=');
        if (equals != std::string::npos
            && isSecretField(UrlCodec::decodeFormComponent(piece.substr(0, equals)))) {
            const std::string value = UrlCodec::decodeFormComponent(piece.substr(equals + 1));
            out += piece.substr(0, equals + 1) + "<redacted:" + std::to_string(value.size()) + ">";
        } else {
            out += piece;
        }
        if (end < text.size()) {
            out.push_back('&');
        }
        start = end + 1;
    }
    return out;
}

std::string RequestLog::maskTarget(const std::string& target)
{
    const std::size_t question = target.find('?');
    if (question == std::string::npos) {
        return target;
    }
    return target.substr(0, question + 1) + maskFormText(target.substr(question + 1));
}

std::int64_t RequestLog::store(Entry entry)
{
    std::lock_guard lock(m_mutex);
    entry.id = m_nextId++;
    const std::int64_t id = entry.id;
    m_entries.push_back(std::move(entry));
    while (m_entries.size() > m_limit) {
        m_entries.pop_front();
    }
    return id;
}

std::int64_t RequestLog::add(const ApiRequest& request)
{
    Entry entry;
    entry.role = request.role();
    entry.method = request.method();
    entry.target = maskTarget(request.target());
    entry.timeMs = request.receivedMs();
    entry.tls = request.isTls();
    for (const auto& [name, value] : request.headers()) {
        entry.headers.emplace_back(name, maskHeaderValue(name, value));
    }
    const std::string contentType = request.header("Content-Type");
    if (contentType.find("json") != std::string::npos) {
        auto parsed = nlohmann::ordered_json::parse(request.body(), nullptr, false);
        if (parsed.is_discarded()) {
            entry.body = request.body();
        } else {
            maskJson(parsed);
            entry.body =
                    parsed.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        }
    } else {
        entry.body = maskFormText(request.body());
    }
    return store(std::move(entry));
}

std::int64_t RequestLog::addRejected(ListenerRole role, const RequestHead& head, int status)
{
    Entry entry;
    entry.role = role;
    entry.method = head.method;
    entry.target = maskTarget(head.target);
    entry.timeMs = head.receivedMs;
    entry.status = status;
    entry.tls = head.tls;
    for (const auto& [name, value] : head.headers) {
        entry.headers.emplace_back(name, maskHeaderValue(name, value));
    }
    return store(std::move(entry));
}

void RequestLog::setStatus(std::int64_t id, int status)
{
    std::lock_guard lock(m_mutex);
    // Entries are in id order, so the one just answered is almost always at the back.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == id) {
            it->status = status;
            return;
        }
        if (it->id < id) {
            return;
        }
    }
}

nlohmann::ordered_json RequestLog::toJson(std::int64_t sinceId,
                                          std::optional<ListenerRole> role) const
{
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Entry& entry : m_entries) {
        if (entry.id <= sinceId || (role && entry.role != *role)) {
            continue;
        }
        nlohmann::ordered_json headers = nlohmann::ordered_json::array();
        for (const auto& [name, value] : entry.headers) {
            headers.push_back({name, value});
        }
        list.push_back({{"id", entry.id},
                        {"listener", listenerRoleName(entry.role)},
                        {"method", entry.method},
                        {"target", entry.target},
                        {"headers", headers},
                        {"body", entry.body},
                        {"time_ms", entry.timeMs},
                        {"status", entry.status == 0 ? nlohmann::ordered_json()
                                                     : nlohmann::ordered_json(entry.status)},
                        {"tls", entry.tls}});
    }
    return list;
}

void RequestLog::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::size_t RequestLog::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}
