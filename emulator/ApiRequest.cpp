// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequest.h"

#include <strings.h>

#include "UrlCodec.h"
#include "UtcTime.h"

ApiRequest::ApiRequest(ListenerRole role, const httplib::Request& request, const RequestHead& head)
    : m_role(role)
    , m_tls(head.tls)
    , m_method(request.method)
    , m_target(head.target.empty() ? request.target : head.target)
    , m_body(request.body)
    , m_receivedMs(head.receivedMs != 0 ? head.receivedMs : UtcTime::nowMs())
{
    if (!head.headers.empty()) {
        m_headers = head.headers;
    } else {
        for (const auto& [name, value] : request.headers) {
            m_headers.emplace_back(name, value);
        }
    }
    splitTarget();
    const std::string contentType = header("Content-Type");
    const bool isJson = contentType.find("json") != std::string::npos;
    const bool isMultipart = contentType.find("multipart/") != std::string::npos;
    if (!isJson && !isMultipart) {
        m_form = FormFields::parse(m_body);
    }
    m_params = m_query;
    m_params.append(m_form);
}

void ApiRequest::splitTarget()
{
    std::string_view target = m_target;
    const std::size_t hash = target.find('#');
    if (hash != std::string_view::npos) {
        target = target.substr(0, hash);
    }
    const std::size_t question = target.find('?');
    m_rawPath = std::string(target.substr(0, question));
    if (question != std::string_view::npos) {
        m_rawQuery = std::string(target.substr(question + 1));
        m_query = FormFields::parse(m_rawQuery);
    }
    if (m_rawPath.empty() || m_rawPath.front() != '/') {
        m_pathError = "request target must start with '/'";
        return;
    }
    std::size_t start = 1;
    while (start <= m_rawPath.size()) {
        std::size_t end = m_rawPath.find('/', start);
        if (end == std::string::npos) {
            end = m_rawPath.size();
        }
        const std::string_view raw = std::string_view(m_rawPath).substr(start, end - start);
        const auto decoded = UrlCodec::decodePathSegment(raw);
        if (!decoded) {
            m_pathError = "malformed percent-encoding in path segment '" + std::string(raw) + "'";
            return;
        }
        // A dot segment would address a different resource once any proxy normalizes the path.
        if (*decoded == "." || *decoded == "..") {
            m_pathError = "path segment '" + std::string(raw) + "' is a dot segment";
            return;
        }
        m_segments.push_back(*decoded);
        start = end + 1;
    }
    // "/v1/who/" and "/v1/who" name the same thing; a trailing empty segment is dropped.
    if (m_segments.size() > 1 && m_segments.back().empty()) {
        m_segments.pop_back();
    }
}

std::string ApiRequest::header(std::string_view name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
            return value;
        }
    }
    return std::string();
}

bool ApiRequest::isControl() const
{
    return (m_role == ListenerRole::Api || m_role == ListenerRole::PlainApi)
           && (m_rawPath == "/_emulator" || m_rawPath.rfind("/_emulator/", 0) == 0);
}
