// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lc {

enum class HttpMethod
{
    Get,
    Post,
    Delete,
    Put
};

struct RequestOptions
{
    // 0 uses the client's default. The timeout is per attempt and counts silence, so a
    // slow but moving download is not cut off.
    int timeoutMs = 0;
    // Whether a server error may be retried. Unset: GET and DELETE yes, POST no (a task
    // must not run twice because a gateway timed out after delivering it).
    std::optional<bool> idempotent;
    // Sends the bearer token and refreshes it on a 401.
    bool authenticated = true;
    // A token minted for this one call (the organisation-less token of a user key): sent
    // instead of the session's, and a 401 is final.
    QString bearerToken;
    // A 200 answer is checked to be JSON before finished(). Off for large bodies that their
    // reader parses anyway (sensor pages are read with simdjson on a worker thread).
    bool validateJson = true;
    // Same-origin redirects are followed unless this is off (the JWT exchange carries the
    // API key in its body, so it never follows any redirect).
    bool followSameOriginRedirects = true;
};

} // namespace lc
