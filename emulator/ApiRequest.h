// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ConnectionStream.h"
#include "FormFields.h"
#include "ListenerRole.h"

// One incoming request as the emulator sees it. Routing uses the raw target: each path segment
// is percent-decoded on its own, so "%2F" stays inside its segment and '+' stays a plus.
class ApiRequest
{
public:
    ApiRequest(ListenerRole role, const httplib::Request& request, const RequestHead& head);

    ListenerRole role() const { return m_role; }
    bool isTls() const { return m_tls; }
    const std::string& method() const { return m_method; }
    const std::string& target() const { return m_target; }
    const std::string& rawPath() const { return m_rawPath; }
    const std::vector<std::string>& segments() const { return m_segments; }
    // Non-empty when the path cannot be routed safely (bad escape, "." or ".." segment).
    const std::string& pathError() const { return m_pathError; }
    const FormFields& query() const { return m_query; }
    const FormFields& form() const { return m_form; }
    // Query first, then body: GET parameters arrive in the query, but Python also sends form
    // bodies on GET and DELETE.
    const FormFields& params() const { return m_params; }
    const std::string& body() const { return m_body; }
    const std::vector<std::pair<std::string, std::string>>& headers() const { return m_headers; }
    std::string header(std::string_view name) const;
    std::int64_t receivedMs() const { return m_receivedMs; }
    bool isControl() const;

private:
    void splitTarget();

    ListenerRole m_role;
    bool m_tls = false;
    std::string m_method;
    std::string m_target;
    std::string m_rawPath;
    std::string m_rawQuery;
    std::vector<std::string> m_segments;
    std::string m_pathError;
    FormFields m_query;
    FormFields m_form;
    FormFields m_params;
    std::string m_body;
    std::vector<std::pair<std::string, std::string>> m_headers;
    std::int64_t m_receivedMs = 0;
};
