// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "ApiRequest.h"
#include "StreamFilter.h"

class AccountDirectory;
class JwtIssuer;
class StreamHub;
class StreamTimeline;
struct Organization;

// The Spout host (stream.limacharlie.io / stream-tmp.limacharlie.io): `POST /<oid>` with a form
// (type, credentials, filters) answers 200 and then streams newline-delimited JSON for as long
// as the client reads. Also the SEED-era flow `POST /output/<oid>` -> 303 -> `GET` of the
// returned absolute URL. A loaded stream timeline replaces the generated content.
class StreamService
{
public:
    StreamService(const AccountDirectory& directory, const JwtIssuer& issuer, StreamHub& hub);

    // The stream listener's own base URL, for the SEED redirect; set before serving.
    void setBaseUrl(std::string baseUrl);
    void handle(const ApiRequest& request, httplib::Response& response);

    bool loadTimeline(const std::string& file, std::string& error);
    void clearTimeline();
    nlohmann::ordered_json timelineStatus() const;

private:
    struct Access
    {
        const Organization* org = nullptr;
        std::string errorLine; // empty when the stream may be opened
    };

    Access authorize(const FormFields& params, const std::string& oid) const;
    void openStream(const ApiRequest& request, const FormFields& params, const std::string& oid,
                    httplib::Response& response);
    void legacyRedirect(const ApiRequest& request, const std::string& oid,
                        httplib::Response& response);

    const AccountDirectory& m_directory;
    const JwtIssuer& m_issuer;
    StreamHub& m_hub;
    std::string m_baseUrl;

    mutable std::mutex m_mutex;
    std::shared_ptr<const StreamTimeline> m_timeline;
    std::uint64_t m_timelineConnections = 0;
    std::deque<std::pair<std::string, FormFields>> m_legacy; // redirect token -> request form
};
