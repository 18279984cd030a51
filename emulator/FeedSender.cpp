// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedSender.h"

#include <openssl/ssl.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <vector>

#include "Codec.h"
#include "LoopbackAddress.h"
#include "OutboundConnection.h"

namespace {

enum class Ending
{
    CloseNotify,
    Fin,
};

struct Write
{
    std::string connection;
    std::string payload;
    std::string source;
};

struct Plan
{
    std::vector<Write> writes;
    std::map<std::string, Ending> endings;
    Ending defaultEnding = Ending::CloseNotify;
};

std::string directoryOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
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

bool parseEnding(const std::string& text, Ending& ending)
{
    // Accepts the wording of the field cases ("tcp_fin_without_tls_close_notify", "both close
    // with close_notify") as well as the short forms.
    if (text == "fin" || text.find("without") != std::string::npos) {
        ending = Ending::Fin;
        return true;
    }
    if (text == "close_notify" || text.find("close_notify") != std::string::npos) {
        ending = Ending::CloseNotify;
        return true;
    }
    return false;
}

std::string endingName(Ending ending)
{
    return ending == Ending::Fin ? "fin" : "close_notify";
}

bool planFromSession(const std::string& file, const std::string& scenario, Plan& plan,
                     std::string& error)
{
    try {
        const YAML::Node root = YAML::LoadFile(file);
        const YAML::Node node = root[scenario];
        if (!node || !node.IsMap()) {
            error = file + " has no scenario '" + scenario + "'";
            return false;
        }
        const std::string baseDir = directoryOf(file);
        if (node["order"]) {
            for (const auto& step : node["order"]) {
                Write write;
                write.connection = step["connection"].as<std::string>();
                write.source = step["write"].as<std::string>();
                if (!readFile(baseDir + "/" + write.source, write.payload, error)) {
                    return false;
                }
                plan.writes.push_back(write);
            }
        } else {
            const std::string connection =
                    node["connection"] ? node["connection"].as<std::string>() : std::string("a");
            for (const auto& item : node["writes"]) {
                Write write;
                write.connection = connection;
                write.source = item.as<std::string>();
                if (!readFile(baseDir + "/" + write.source, write.payload, error)) {
                    return false;
                }
                plan.writes.push_back(write);
            }
        }
        if (node["end"] && !parseEnding(node["end"].as<std::string>(), plan.defaultEnding)) {
            error = "unknown end '" + node["end"].as<std::string>() + "'";
            return false;
        }
    } catch (const YAML::Exception& exception) {
        error = "cannot load session " + file + ": " + exception.what();
        return false;
    }
    return true;
}

bool planFromJson(const nlohmann::json& request, Plan& plan, std::string& error)
{
    const std::string baseDir = request.contains("base_dir") && request["base_dir"].is_string()
                                        ? request["base_dir"].get<std::string>()
                                        : std::string(".");
    if (!request.contains("writes") || !request["writes"].is_array()) {
        error = "expected writes: [{connection, file | data | data_b64}, ...] or session";
        return false;
    }
    for (const auto& item : request["writes"]) {
        if (!item.is_object()) {
            error = "every write must be an object";
            return false;
        }
        Write write;
        write.connection = item.contains("connection") && item["connection"].is_string()
                                   ? item["connection"].get<std::string>()
                                   : std::string("a");
        if (item.contains("file") && item["file"].is_string()) {
            write.source = item["file"].get<std::string>();
            const std::string path =
                    write.source.rfind('/', 0) == 0 ? write.source : baseDir + "/" + write.source;
            if (!readFile(path, write.payload, error)) {
                return false;
            }
        } else if (item.contains("data") && item["data"].is_string()) {
            write.payload = item["data"].get<std::string>();
            write.source = "data";
        } else if (item.contains("data_b64") && item["data_b64"].is_string()) {
            const auto decoded = Codec::fromBase64(item["data_b64"].get<std::string>());
            if (!decoded) {
                error = "data_b64 is not base64";
                return false;
            }
            write.payload = *decoded;
            write.source = "data_b64";
        } else {
            error = "every write needs file, data or data_b64";
            return false;
        }
        plan.writes.push_back(write);
    }
    return true;
}

} // namespace

FeedSender::FeedSender(std::function<bool()> stopping)
    : m_stopping(std::move(stopping))
{}

std::pair<int, nlohmann::ordered_json> FeedSender::run(const nlohmann::json& request) const
{
    auto failure = [](int status, const std::string& message) {
        return std::make_pair(status, nlohmann::ordered_json{{"error", message}});
    };
    if (!request.is_object() || !request.contains("dest") || !request["dest"].is_string()) {
        return failure(400, "expected {\"dest\": \"127.0.0.1:PORT\", ...}");
    }
    std::string error;
    const auto address = LoopbackAddress::parse(request["dest"].get<std::string>(), error);
    if (!address) {
        return failure(400, error);
    }
    Plan plan;
    if (request.contains("session")) {
        const std::string scenario = request.contains("scenario") && request["scenario"].is_string()
                                             ? request["scenario"].get<std::string>()
                                             : std::string("scenario_1");
        if (!request["session"].is_string()
            || !planFromSession(request["session"].get<std::string>(), scenario, plan, error)) {
            return failure(400, error.empty() ? std::string("session must be a path") : error);
        }
    } else if (!planFromJson(request, plan, error)) {
        return failure(400, error);
    }
    if (request.contains("end")) {
        const auto& end = request["end"];
        if (end.is_string()) {
            if (!parseEnding(end.get<std::string>(), plan.defaultEnding)) {
                return failure(400, "end must be close_notify or fin");
            }
        } else if (end.is_object()) {
            for (const auto& [name, value] : end.items()) {
                Ending ending = Ending::CloseNotify;
                if (!value.is_string() || !parseEnding(value.get<std::string>(), ending)) {
                    return failure(400, "end." + name + " must be close_notify or fin");
                }
                plan.endings[name] = ending;
            }
        } else {
            return failure(400, "end must be a string or an object per connection");
        }
    }
    const int delayMs = request.contains("delay_ms") && request["delay_ms"].is_number_integer()
                                ? request["delay_ms"].get<int>()
                                : 100;
    OutboundTls tls;
    tls.enabled =
            !request.contains("tls") || !request["tls"].is_boolean() || request["tls"].get<bool>();

    // Connections open in the order they first appear, before anything is written.
    std::vector<std::string> order;
    std::map<std::string, std::unique_ptr<OutboundConnection>> connections;
    for (const Write& write : plan.writes) {
        if (connections.count(write.connection) != 0) {
            continue;
        }
        auto connection = OutboundConnection::open(*address, tls, 3000, m_stopping, error);
        if (!connection) {
            return failure(502, error);
        }
        connection->setNoDelay(true);
        order.push_back(write.connection);
        connections.emplace(write.connection, std::move(connection));
    }

    const auto started = std::chrono::steady_clock::now();
    nlohmann::ordered_json written = nlohmann::ordered_json::array();
    std::map<std::string, std::pair<std::size_t, std::size_t>> totals; // writes, bytes
    for (std::size_t i = 0; i < plan.writes.size(); ++i) {
        const Write& write = plan.writes[i];
        if (i > 0 && delayMs > 0) {
            const auto until =
                    std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs);
            while (std::chrono::steady_clock::now() < until) {
                if (m_stopping()) {
                    return failure(503, "the emulator is stopping");
                }
                std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(
                        until - std::chrono::steady_clock::now(), std::chrono::milliseconds(20)));
            }
        }
        OutboundConnection& connection = *connections.at(write.connection);
        bool ok = true;
        if (connection.ssl() != nullptr) {
            ok = SSL_write(connection.ssl(), write.payload.data(),
                           static_cast<int>(write.payload.size()))
                 == static_cast<int>(write.payload.size());
        } else {
            ok = ::send(connection.fd(), write.payload.data(), write.payload.size(), MSG_NOSIGNAL)
                 == static_cast<ssize_t>(write.payload.size());
        }
        if (!ok) {
            return failure(502, "write " + std::to_string(i + 1) + " on connection "
                                        + write.connection + " failed: " + std::strerror(errno));
        }
        const auto atMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::steady_clock::now() - started)
                                  .count();
        written.push_back({{"connection", write.connection},
                           {"source", write.source},
                           {"bytes", write.payload.size()},
                           {"at_ms", atMs}});
        totals[write.connection].first += 1;
        totals[write.connection].second += write.payload.size();
    }
    nlohmann::ordered_json summary = nlohmann::ordered_json::array();
    for (const std::string& name : order) {
        const auto it = plan.endings.find(name);
        const Ending ending = it != plan.endings.end() ? it->second : plan.defaultEnding;
        OutboundConnection& connection = *connections.at(name);
        if (ending == Ending::Fin) {
            connection.shutdownWithoutNotify();
        } else {
            connection.closeNotify();
        }
        summary.push_back({{"name", name},
                           {"writes", totals[name].first},
                           {"bytes", totals[name].second},
                           {"end", tls.enabled ? endingName(ending) : std::string("fin")}});
    }
    connections.clear();
    return {200,
            {{"dest", address->text()},
             {"tls", tls.enabled},
             {"connections", summary},
             {"writes", written},
             {"elapsed_ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::steady_clock::now() - started)
                                    .count()}}};
}
