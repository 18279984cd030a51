// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptPlayer.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <sstream>
#include <strings.h>

#include "ConnectionStream.h"
#include "StreamSocket.h"

namespace {

const char kJwtPlaceholder[] = "<jwt>";
const char kApiHostPlaceholder[] = "<api host>";

std::string readFile(const std::string& path, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path;
        return std::string();
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string directoryOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::vector<std::pair<std::string, std::string>> pairsOf(const YAML::Node& node)
{
    std::vector<std::pair<std::string, std::string>> pairs;
    if (node && node.IsMap()) {
        for (const auto& item : node) {
            pairs.emplace_back(item.first.as<std::string>(), item.second.as<std::string>());
        }
    }
    return pairs;
}

bool equalsIgnoringCase(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && strncasecmp(a.c_str(), b.c_str(), a.size()) == 0;
}

// "<jwt>" stands for any token; the literal text around it is compared case-insensitively
// because the auth scheme is ("Bearer" and "bearer" are both sent by real SDKs).
bool headerValueMatches(const std::string& expected, const std::string& actual)
{
    const std::size_t placeholder = expected.find(kJwtPlaceholder);
    if (placeholder == std::string::npos) {
        return actual == expected;
    }
    const std::string prefix = expected.substr(0, placeholder);
    const std::string suffix = expected.substr(placeholder + sizeof kJwtPlaceholder - 1);
    if (actual.size() <= prefix.size() + suffix.size()) {
        return false;
    }
    return equalsIgnoringCase(actual.substr(0, prefix.size()), prefix)
           && equalsIgnoringCase(actual.substr(actual.size() - suffix.size()), suffix);
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    std::size_t position = 0;
    while ((position = text.find(from, position)) != std::string::npos) {
        text.replace(position, from.size(), to);
        position += to.size();
    }
    return text;
}

// Hosts under the reserved .invalid TLD stand for "somewhere else"; they are mapped to the
// foreign listener so that a client following the redirect is caught in the request log.
std::string rewriteLocation(const std::string& location, const std::string& foreignBase)
{
    const std::size_t scheme = location.find("://");
    if (scheme == std::string::npos || foreignBase.empty()) {
        return location;
    }
    const std::size_t authorityStart = scheme + 3;
    const std::size_t authorityEnd = location.find_first_of("/?#", authorityStart);
    const std::string authority = location.substr(
            authorityStart,
            authorityEnd == std::string::npos ? std::string::npos : authorityEnd - authorityStart);
    std::string host = authority.substr(
            authority.rfind('@') == std::string::npos ? 0 : authority.rfind('@') + 1);
    if (!host.empty() && host.front() != '[') {
        host = host.substr(0, host.find(':'));
    }
    std::string lowered = host;
    for (char& c : lowered) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const std::string tld = ".invalid";
    if (lowered.size() < tld.size()
        || lowered.compare(lowered.size() - tld.size(), tld.size(), tld) != 0) {
        return location;
    }
    return foreignBase + (authorityEnd == std::string::npos ? "/" : location.substr(authorityEnd));
}

} // namespace

bool ScriptPlayer::load(const std::string& file, const std::string& group, std::string& error)
{
    std::vector<Step> steps;
    std::optional<Step> repeat;
    try {
        const YAML::Node root = YAML::LoadFile(file);
        YAML::Node node = root;
        if (!group.empty()) {
            node = root[group];
            if (!node) {
                error = "script " + file + " has no group '" + group + "'";
                return false;
            }
        } else if (root.IsMap() && !root["steps"] && !root["repeat"]) {
            std::string groups;
            for (const auto& item : root) {
                groups += (groups.empty() ? "" : ", ") + item.first.as<std::string>();
            }
            error = "script " + file + " has groups (" + groups
                    + "); choose one with --script-group";
            return false;
        }
        const std::string baseDir = directoryOf(file);
        auto parseStep = [&baseDir, &error](const YAML::Node& entry) -> std::optional<Step> {
            Step step;
            const YAML::Node req = entry["req"];
            const YAML::Node resp = entry["resp"];
            if (!req || !resp) {
                error = "every step needs req and resp";
                return std::nullopt;
            }
            step.method = req["method"] ? req["method"].as<std::string>() : std::string();
            step.host = req["host"] ? req["host"].as<std::string>() : std::string();
            step.path = req["path"] ? req["path"].as<std::string>() : std::string();
            step.form = pairsOf(req["form"]);
            step.headers = pairsOf(req["headers"]);
            step.status = resp["status"] ? resp["status"].as<int>() : 200;
            step.responseHeaders = pairsOf(resp["headers"]);
            if (resp["body"]) {
                step.body = resp["body"].as<std::string>();
            } else if (resp["body_file"]) {
                step.body = readFile(baseDir + "/" + resp["body_file"].as<std::string>(), error);
                if (!error.empty()) {
                    return std::nullopt;
                }
            }
            if (resp["body_chunks"]) {
                for (const auto& chunk : resp["body_chunks"]) {
                    step.chunks.push_back(readFile(baseDir + "/" + chunk.as<std::string>(), error));
                    if (!error.empty()) {
                        return std::nullopt;
                    }
                }
            }
            if (resp["then"]) {
                const std::string then = resp["then"].as<std::string>();
                if (then == "close") {
                    step.then = Step::Then::Close;
                } else if (then == "hold_open") {
                    step.then = Step::Then::HoldOpen;
                } else {
                    error = "then must be close or hold_open, not '" + then + "'";
                    return std::nullopt;
                }
            }
            return step;
        };
        YAML::Node list;
        if (node.IsSequence()) {
            list = node;
        } else if (node.IsMap()) {
            list = node["steps"];
            if (node["repeat"]) {
                repeat = parseStep(node["repeat"]);
                if (!repeat) {
                    return false;
                }
            }
        } else {
            error = "script " + file + " holds no steps";
            return false;
        }
        if (list) {
            for (const auto& entry : list) {
                auto step = parseStep(entry);
                if (!step) {
                    return false;
                }
                steps.push_back(std::move(*step));
            }
        }
    } catch (const YAML::Exception& exception) {
        error = "cannot load script " + file + ": " + exception.what();
        return false;
    }
    std::lock_guard lock(m_mutex);
    m_file = file;
    m_group = group;
    m_steps = std::move(steps);
    m_repeat = std::move(repeat);
    m_next = 0;
    m_repeatCount = 0;
    return true;
}

void ScriptPlayer::setStopping(std::function<bool()> stopping)
{
    std::lock_guard lock(m_mutex);
    m_stopping = std::move(stopping);
}

void ScriptPlayer::clear()
{
    std::lock_guard lock(m_mutex);
    m_file.clear();
    m_group.clear();
    m_steps.clear();
    m_repeat.reset();
    m_next = 0;
    m_repeatCount = 0;
}

bool ScriptPlayer::isLoaded() const
{
    std::lock_guard lock(m_mutex);
    return !m_steps.empty() || m_repeat.has_value();
}

bool ScriptPlayer::needsForeignListener() const
{
    std::lock_guard lock(m_mutex);
    auto mentionsInvalid = [](const Step& step) {
        for (const auto& [name, value] : step.responseHeaders) {
            if (equalsIgnoringCase(name, "Location")
                && value.find(".invalid") != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    for (const Step& step : m_steps) {
        if (mentionsInvalid(step)) {
            return true;
        }
    }
    return m_repeat && mentionsInvalid(*m_repeat);
}

nlohmann::ordered_json ScriptPlayer::status() const
{
    std::lock_guard lock(m_mutex);
    return {{"file", m_file},
            {"group", m_group},
            {"steps", m_steps.size()},
            {"steps_used", m_next},
            {"repeat", m_repeat.has_value()},
            {"repeat_used", m_repeatCount}};
}

bool ScriptPlayer::matches(const Step& step, const ApiRequest& request)
{
    const std::string role = listenerRoleName(request.role());
    if (step.host.empty() ? (role != "api" && role != "stream") : step.host != role) {
        return false;
    }
    if (!step.method.empty() && !equalsIgnoringCase(step.method, request.method())) {
        return false;
    }
    if (!step.path.empty()) {
        const bool withQuery = step.path.find('?') != std::string::npos;
        if (step.path != (withQuery ? request.target() : request.rawPath())) {
            return false;
        }
    }
    for (const auto& [name, value] : step.form) {
        const auto values = request.params().all(name);
        if (std::find(values.begin(), values.end(), value) == values.end()) {
            return false;
        }
    }
    for (const auto& [name, value] : step.headers) {
        bool found = false;
        for (const auto& [actualName, actualValue] : request.headers()) {
            if (equalsIgnoringCase(actualName, name) && headerValueMatches(value, actualValue)) {
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

void ScriptPlayer::respond(const Step& step, const ScriptEndpoints& endpoints,
                           httplib::Response& response) const
{
    response.status = step.status;
    bool hasContentType = false;
    for (const auto& [name, rawValue] : step.responseHeaders) {
        std::string value = replaceAll(rawValue, kApiHostPlaceholder, endpoints.plainApiHost);
        if (equalsIgnoringCase(name, "Location")) {
            value = rewriteLocation(value, endpoints.foreignBase);
        }
        hasContentType = hasContentType || equalsIgnoringCase(name, "Content-Type");
        response.set_header(name, value);
    }
    const std::string contentType = hasContentType ? response.get_header_value("Content-Type")
                                                   : std::string("application/json");
    ConnectionStream* connection = ConnectionStream::currentStream();
    if (step.then != Step::Then::None && connection != nullptr) {
        if (RequestHead* head = ConnectionStream::current()) {
            head->closeConnection = true;
        }
        response.set_header("Connection", "close");
        // The provider sets Content-Type itself; a scripted one would be sent twice.
        response.headers.erase("Content-Type");
        auto pieces = std::make_shared<std::vector<std::string>>();
        if (step.chunks.empty()) {
            pieces->push_back(replaceAll(step.body, kApiHostPlaceholder, endpoints.plainApiHost));
        }
        for (const std::string& chunk : step.chunks) {
            pieces->push_back(replaceAll(chunk, kApiHostPlaceholder, endpoints.plainApiHost));
        }
        const int fd = connection->socket();
        SSL* ssl = connection->ssl();
        const bool hold = step.then == Step::Then::HoldOpen;
        std::function<bool()> stopping;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stopping ? m_stopping : [] {
                return false;
            };
        }
        response.set_chunked_content_provider(
                contentType, [pieces, fd, ssl, hold, stopping](std::size_t, httplib::DataSink&) {
                    StreamSocket socket(fd, ssl, true, stopping);
                    for (const std::string& piece : *pieces) {
                        if (socket.write(piece) != StreamSocket::Status::Ok) {
                            return false;
                        }
                    }
                    if (!hold) {
                        socket.finish(true);
                        return false;
                    }
                    while (socket.wait(1000, -1) == StreamSocket::Status::Ok) {
                    }
                    return false;
                });
        return;
    }
    if (!step.chunks.empty()) {
        // Each chunk file is handed to the socket in one write, as the field cases specify.
        auto chunks = std::make_shared<std::vector<std::string>>();
        std::size_t total = 0;
        for (const std::string& chunk : step.chunks) {
            chunks->push_back(replaceAll(chunk, kApiHostPlaceholder, endpoints.plainApiHost));
            total += chunks->back().size();
        }
        response.set_content_provider(
                total, contentType,
                [chunks](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                    std::size_t position = 0;
                    for (const std::string& chunk : *chunks) {
                        if (offset < position + chunk.size()) {
                            const std::size_t skip = offset - position;
                            sink.write(chunk.data() + skip, chunk.size() - skip);
                            return true;
                        }
                        position += chunk.size();
                    }
                    return false;
                });
        return;
    }
    if (!step.body.empty()) {
        response.set_content(replaceAll(step.body, kApiHostPlaceholder, endpoints.plainApiHost),
                             contentType);
    }
}

bool ScriptPlayer::play(const ApiRequest& request, const ScriptEndpoints& endpoints,
                        httplib::Response& response)
{
    if (request.isControl()) {
        return false;
    }
    Step step;
    {
        std::lock_guard lock(m_mutex);
        if (m_next < m_steps.size() && matches(m_steps[m_next], request)) {
            step = m_steps[m_next++];
        } else if (m_next >= m_steps.size() && m_repeat && matches(*m_repeat, request)) {
            step = *m_repeat;
            ++m_repeatCount;
        } else {
            return false;
        }
    }
    respond(step, endpoints, response);
    return true;
}
