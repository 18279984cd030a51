// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reply.h"

std::string Reply::dump(const nlohmann::ordered_json& value)
{
    // Names decoded from request paths may hold any bytes; never let them abort a reply.
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void Reply::json(httplib::Response& response, int status, const nlohmann::ordered_json& body)
{
    rawJson(response, status, dump(body));
}

void Reply::rawJson(httplib::Response& response, int status, std::string body)
{
    response.status = status;
    response.set_content(std::move(body), "application/json");
}

void Reply::error(httplib::Response& response, int status, const std::string& message)
{
    json(response, status, nlohmann::ordered_json{{"error", message}});
}
