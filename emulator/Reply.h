// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

// Every answer is JSON: 200 with the payload, or 4xx/5xx with {"error": "..."}.
class Reply
{
public:
    static std::string dump(const nlohmann::ordered_json& value);
    static void json(httplib::Response& response, int status, const nlohmann::ordered_json& body);
    static void rawJson(httplib::Response& response, int status, std::string body);
    static void error(httplib::Response& response, int status, const std::string& message);
};
