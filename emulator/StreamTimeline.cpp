// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamTimeline.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "Codec.h"

namespace {

std::string directoryOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// In `send` values the two characters \n stand for one newline byte.
std::string unescapeNewlines(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
            out.push_back('\n');
            ++i;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

bool parseTime(const YAML::Node& node, StreamTimeline::Step& step, std::string& error)
{
    if (!node) {
        return true;
    }
    const std::string text = node.as<std::string>();
    const std::string prefix = "task_post";
    std::string number = text;
    if (text.rfind(prefix, 0) == 0) {
        step.anchor = StreamTimeline::Anchor::TaskPost;
        number = text.substr(prefix.size());
        if (number.empty()) {
            number = "0";
        } else if (number.front() == '+') {
            number.erase(0, 1);
        }
    }
    char* end = nullptr;
    step.seconds = std::strtod(number.c_str(), &end);
    if (number.empty() || end == nullptr || *end != '\0' || step.seconds < 0.0) {
        error = "bad time '" + text + "' (expected seconds or task_post+seconds)";
        return false;
    }
    return true;
}

bool readFile(const std::string& path, std::string& out, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

bool parseStep(const YAML::Node& entry, const std::string& baseDir, StreamTimeline::Step& step,
               bool& keep, std::string& error)
{
    keep = false;
    if (!entry.IsMap()) {
        error = "every timeline entry must be a map";
        return false;
    }
    if (!parseTime(entry["t"], step, error)) {
        return false;
    }
    if (entry["send"]) {
        const std::string send = entry["send"].as<std::string>();
        // Entries such as 'HTTP 200 headers only' describe the status line, which is sent when
        // the request arrives; they carry no body bytes.
        if (send.rfind("HTTP ", 0) != 0 && send.rfind("HTTP/", 0) != 0) {
            step.bytes = unescapeNewlines(send);
        }
        keep = true;
    } else if (entry["send_file"]) {
        if (!readFile(baseDir + "/" + entry["send_file"].as<std::string>(), step.bytes, error)) {
            return false;
        }
        keep = true;
    } else if (entry["send_b64"]) {
        const auto decoded = Codec::fromBase64(entry["send_b64"].as<std::string>());
        if (!decoded) {
            error = "send_b64 is not base64";
            return false;
        }
        step.bytes = *decoded;
        keep = true;
    }
    if (entry["then"]) {
        const std::string then = entry["then"].as<std::string>();
        if (then != "close" && then != "hold_open") {
            error = "then must be close or hold_open, not '" + then + "'";
            return false;
        }
        step.close = then == "close";
        keep = true;
    }
    return true;
}

bool parseScript(const YAML::Node& node, const std::string& baseDir, StreamTimeline::Script& script,
                 std::string& error)
{
    YAML::Node list;
    if (node.IsSequence()) {
        list = node;
    } else if (node.IsMap() && node["timeline"]) {
        list = node["timeline"];
    } else if (node.IsMap()) {
        // A single step given inline, e.g. second_connection: {send: ..., then: hold_open}.
        StreamTimeline::Step step;
        bool keep = false;
        if (!parseStep(node, baseDir, step, keep, error)) {
            return false;
        }
        script.closeAtEnd = step.close;
        step.close = false;
        script.steps.push_back(step);
        return true;
    } else {
        error = "a timeline must be a list of entries";
        return false;
    }
    for (const auto& entry : list) {
        StreamTimeline::Step step;
        bool keep = false;
        if (!parseStep(entry, baseDir, step, keep, error)) {
            return false;
        }
        if (keep) {
            script.steps.push_back(step);
        }
    }
    if (node.IsMap() && node["then"]) {
        script.closeAtEnd = node["then"].as<std::string>() == "close";
    }
    // Stable: steps with the same time keep their file order.
    std::stable_sort(script.steps.begin(), script.steps.end(),
                     [](const StreamTimeline::Step& a, const StreamTimeline::Step& b) {
                         return a.seconds < b.seconds;
                     });
    return true;
}

void collectSensors(const StreamTimeline::Script& script,
                    std::vector<std::pair<std::string, std::string>>& sensors)
{
    for (const StreamTimeline::Step& step : script.steps) {
        std::size_t start = 0;
        while (start < step.bytes.size()) {
            std::size_t end = step.bytes.find('\n', start);
            if (end == std::string::npos) {
                end = step.bytes.size();
            }
            const auto record =
                    nlohmann::json::parse(step.bytes.substr(start, end - start), nullptr, false);
            start = end + 1;
            if (!record.is_object() || !record.contains("routing")
                || !record["routing"].is_object()) {
                continue;
            }
            const auto& routing = record["routing"];
            const auto sid = routing.find("sid");
            if (sid == routing.end() || !sid->is_string()) {
                continue;
            }
            const auto hostname = routing.find("hostname");
            const std::string name = hostname != routing.end() && hostname->is_string()
                                             ? hostname->get<std::string>()
                                             : std::string();
            const bool known = std::any_of(sensors.begin(), sensors.end(), [&sid](const auto& s) {
                return s.first == sid->get<std::string>();
            });
            if (!known) {
                sensors.emplace_back(sid->get<std::string>(), name);
            }
        }
    }
}

nlohmann::ordered_json scriptJson(const StreamTimeline::Script& script)
{
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const StreamTimeline::Step& step : script.steps) {
        steps.push_back({{"t", step.anchor == StreamTimeline::Anchor::TaskPost
                                       ? "task_post+" + std::to_string(step.seconds)
                                       : std::to_string(step.seconds)},
                         {"bytes", step.bytes.size()},
                         {"close", step.close}});
    }
    return {{"steps", steps}, {"then", script.closeAtEnd ? "close" : "hold_open"}};
}

} // namespace

std::shared_ptr<const StreamTimeline> StreamTimeline::load(const std::string& file,
                                                           std::string& error)
{
    auto timeline = std::make_shared<StreamTimeline>();
    timeline->m_file = file;
    try {
        const YAML::Node root = YAML::LoadFile(file);
        const std::string baseDir = directoryOf(file);
        const YAML::Node main = root.IsMap() && root["timeline"] ? root["timeline"] : root;
        if (!parseScript(main, baseDir, timeline->m_first, error)) {
            error = file + ": " + error;
            return nullptr;
        }
        if (root.IsMap() && root["then"]) {
            timeline->m_first.closeAtEnd = root["then"].as<std::string>() == "close";
        }
        if (root.IsMap() && root["second_connection"]) {
            if (!parseScript(root["second_connection"], baseDir, timeline->m_later, error)) {
                error = file + ": second_connection: " + error;
                return nullptr;
            }
            timeline->m_hasLater = true;
        }
    } catch (const YAML::Exception& exception) {
        error = "cannot load timeline " + file + ": " + exception.what();
        return nullptr;
    }
    collectSensors(timeline->m_first, timeline->m_sensors);
    collectSensors(timeline->m_later, timeline->m_sensors);
    return timeline;
}

std::string StreamTimeline::withInvestigation(const std::string& bytes,
                                              const std::string& investigationId)
{
    std::string out = bytes;
    const std::string placeholder = kInvestigationPlaceholder;
    for (std::size_t at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + investigationId.size())) {
        out.replace(at, placeholder.size(), investigationId);
    }
    return out;
}

nlohmann::ordered_json StreamTimeline::toJson() const
{
    nlohmann::ordered_json sensors = nlohmann::ordered_json::array();
    for (const auto& [sid, hostname] : m_sensors) {
        sensors.push_back({{"sid", sid}, {"hostname", hostname}});
    }
    nlohmann::ordered_json out = {{"file", m_file}, {"first", scriptJson(m_first)}};
    if (m_hasLater) {
        out["second_connection"] = scriptJson(m_later);
    }
    out["sensors"] = sensors;
    return out;
}
