// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamControlApi.h"

#include "AccountDirectory.h"
#include "Codec.h"
#include "FeedSender.h"
#include "OutputStore.h"
#include "Reply.h"
#include "StreamHub.h"
#include "StreamService.h"
#include "StreamSettingsStore.h"
#include "SyslogDelivery.h"

namespace {

nlohmann::json bodyJson(const ApiRequest& request)
{
    return request.body().empty() ? nlohmann::json::object()
                                  : nlohmann::json::parse(request.body(), nullptr, false);
}

std::string textOf(const nlohmann::json& value)
{
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "true" : "false";
    }
    return value.dump();
}

} // namespace

StreamControlApi::StreamControlApi(const AccountDirectory& directory, StreamHub& hub,
                                   StreamSettingsStore& settings, StreamService& streams,
                                   OutputStore& outputs, SyslogDelivery& delivery,
                                   FeedSender& feeder)
    : m_directory(directory)
    , m_hub(hub)
    , m_settings(settings)
    , m_streams(streams)
    , m_outputs(outputs)
    , m_delivery(delivery)
    , m_feeder(feeder)
{}

bool StreamControlApi::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    const std::string what = s.size() >= 2 ? s[1] : std::string();
    if (s.size() == 2 && what == "streams") {
        streams(request, response);
    } else if (s.size() == 3 && what == "streams" && s[2] == "inject") {
        inject(request, response);
    } else if (s.size() == 2 && what == "stream-settings") {
        settings(request, response);
    } else if (s.size() == 2 && what == "stream-timeline") {
        timeline(request, response);
    } else if (s.size() == 2 && what == "outputs") {
        outputs(request, response);
    } else if (s.size() == 2 && what == "feed") {
        feed(request, response);
    } else {
        return false;
    }
    return true;
}

void StreamControlApi::streams(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() != "GET") {
        Reply::error(response, 405, "use GET");
        return;
    }
    nlohmann::ordered_json body = m_hub.toJson();
    body["settings"] = m_settings.toJson();
    Reply::json(response, 200, body);
}

void StreamControlApi::inject(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() != "POST") {
        Reply::error(response, 405, "use POST");
        return;
    }
    const auto body = bodyJson(request);
    std::string bytes;
    if (body.is_object() && body.contains("data") && body["data"].is_string()) {
        bytes = body["data"].get<std::string>();
    } else if (body.is_object() && body.contains("data_b64") && body["data_b64"].is_string()) {
        const auto decoded = Codec::fromBase64(body["data_b64"].get<std::string>());
        if (!decoded) {
            Reply::error(response, 400, "data_b64 is not base64");
            return;
        }
        bytes = *decoded;
    } else {
        Reply::error(response, 400, "expected {\"data\": \"...\"} or {\"data_b64\": \"...\"}");
        return;
    }
    if (bytes.empty() || bytes.back() != '\n') {
        Reply::error(response, 400, "the data must end with a newline (whole records only)");
        return;
    }
    std::optional<std::uint64_t> id;
    if (body.contains("id")) {
        if (!body["id"].is_number_unsigned()) {
            Reply::error(response, 400, "id must be a connection id");
            return;
        }
        id = body["id"].get<std::uint64_t>();
    }
    Reply::json(response, 200, {{"connections", m_hub.inject(bytes, id)}});
}

void StreamControlApi::settings(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    if (method == "DELETE") {
        m_settings.reset();
    } else if (method == "POST" || method == "PUT") {
        std::string error;
        const auto next = m_settings.merged(bodyJson(request), error);
        if (!next) {
            Reply::error(response, 400, error);
            return;
        }
        m_settings.apply(*next);
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    Reply::json(response, 200, m_settings.toJson());
}

void StreamControlApi::timeline(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    if (method == "DELETE") {
        m_streams.clearTimeline();
    } else if (method == "POST" || method == "PUT") {
        const auto body = bodyJson(request);
        if (!body.is_object() || !body.contains("file") || !body["file"].is_string()) {
            Reply::error(response, 400, "expected {\"file\": \"...\"}");
            return;
        }
        std::string error;
        if (!m_streams.loadTimeline(body["file"].get<std::string>(), error)) {
            Reply::error(response, 400, error);
            return;
        }
    } else if (method != "GET") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    Reply::json(response, 200, m_streams.timelineStatus());
}

void StreamControlApi::outputs(const ApiRequest& request, httplib::Response& response)
{
    const std::string& method = request.method();
    const auto body = bodyJson(request);
    if (method == "GET") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const OutputConfig& output : m_outputs.all()) {
            nlohmann::ordered_json item = {{"oid", output.oid}};
            item.update(output.toJson());
            item["delivery"] = m_delivery.status(output.oid, output.name);
            list.push_back(item);
        }
        Reply::json(response, 200, list);
        return;
    }
    if (!body.is_object()) {
        Reply::error(response, 400, "expected a JSON object");
        return;
    }
    const std::string oid = body.contains("oid") && body["oid"].is_string()
                                    ? body["oid"].get<std::string>()
                                    : m_directory.primary().oid;
    if (m_directory.org(oid) == nullptr) {
        Reply::error(response, 404, "unknown org " + oid);
        return;
    }
    if (method == "DELETE") {
        std::size_t removed = 0;
        if (body.contains("name") && body["name"].is_string()) {
            removed = m_outputs.remove(oid, body["name"].get<std::string>()) ? 1 : 0;
        } else {
            removed = m_outputs.all().size();
            m_outputs.clear();
        }
        Reply::json(response, 200, {{"deleted", removed}});
        return;
    }
    if (method != "POST" && method != "PUT") {
        Reply::error(response, 405, "use GET, POST or DELETE");
        return;
    }
    OutputConfig output;
    output.oid = oid;
    for (const auto& [key, value] : body.items()) {
        if (key == "oid") {
            continue;
        }
        if (key == "name") {
            output.name = textOf(value);
        } else if (key == "module") {
            output.module = textOf(value);
        } else if (key == "type" || key == "for") {
            output.type = textOf(value);
        } else {
            output.params.emplace_back(key, textOf(value));
        }
    }
    std::string error;
    const auto stored = m_outputs.add(std::move(output), error);
    if (!stored) {
        Reply::error(response, 400, error);
        return;
    }
    nlohmann::ordered_json answer = {{"oid", stored->oid}};
    answer.update(stored->toJson());
    Reply::json(response, 200, answer);
}

void StreamControlApi::feed(const ApiRequest& request, httplib::Response& response)
{
    if (request.method() != "POST") {
        Reply::error(response, 405, "use POST");
        return;
    }
    const auto [status, answer] = m_feeder.run(bodyJson(request));
    Reply::json(response, status, answer);
}
