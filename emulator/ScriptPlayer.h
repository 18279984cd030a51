// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ApiRequest.h"

struct ScriptEndpoints
{
    std::string foreignBase;  // "https://127.0.0.2:PORT" or empty without a foreign listener
    std::string plainApiHost; // host:port of the plain-http api listener
};

// Scripted exchanges (the field cases' exchanges*.yaml): each request is compared with the next
// step; a match gets the scripted answer, anything else falls through to normal behaviour.
class ScriptPlayer
{
public:
    bool load(const std::string& file, const std::string& group, std::string& error);
    // Tells `then: hold_open` answers when the emulator stops.
    void setStopping(std::function<bool()> stopping);
    void clear();
    bool isLoaded() const;
    bool needsForeignListener() const;
    nlohmann::ordered_json status() const;

    // Answers the request if it matches the script; returns false to fall through.
    bool play(const ApiRequest& request, const ScriptEndpoints& endpoints,
              httplib::Response& response);

private:
    struct Step
    {
        std::string method;
        std::string host;
        std::string path;
        std::vector<std::pair<std::string, std::string>> form;
        std::vector<std::pair<std::string, std::string>> headers;
        int status = 200;
        std::vector<std::pair<std::string, std::string>> responseHeaders;
        std::string body;
        std::vector<std::string> chunks;
        // `then: close` / `then: hold_open`: the body is streamed (chunked), then the connection
        // is closed, or kept open and silent until the client leaves.
        enum class Then
        {
            None,
            Close,
            HoldOpen,
        } then = Then::None;
    };

    static bool matches(const Step& step, const ApiRequest& request);
    void respond(const Step& step, const ScriptEndpoints& endpoints,
                 httplib::Response& response) const;

    mutable std::mutex m_mutex;
    std::function<bool()> m_stopping;
    std::string m_file;
    std::string m_group;
    std::vector<Step> m_steps;
    std::optional<Step> m_repeat;
    std::size_t m_next = 0;
    std::size_t m_repeatCount = 0;
};
