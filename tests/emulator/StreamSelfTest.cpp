// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamSelfTest.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <netinet/in.h>
#include <set>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "EmulatorProcess.h"
#include "SelfCheck.h"
#include "SpoutClient.h"
#include "TlsTestServer.h"

namespace {

using Json = nlohmann::json;

const char kForm[] = "application/x-www-form-urlencoded";
const char kConnected[] = "{\"__trace\":\"connected\"}";

void check(bool ok, const std::string& what)
{
    SelfCheck::check(ok, what);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// One running emulator with a token for its demo org.
struct Demo
{
    explicit Demo(const EmulatorProcess& process)
        : emulator(process)
        , oid(EmulatorProcess::text(process.ready(), "oid"))
        , key(EmulatorProcess::text(process.ready(), "api_key"))
        , api(SelfCheck::clientFor(process, "api"))
    {
        const std::string token = SelfCheck::mintJwt(process, "oid=" + oid + "&secret=" + key);
        auth = {{"Authorization", "bearer " + token}};
    }

    std::unique_ptr<SpoutClient> open(const std::string& form, int receiveBuffer = 0) const
    {
        auto client = std::make_unique<SpoutClient>(emulator.host("stream"),
                                                    emulator.port("stream"), receiveBuffer);
        client->post("/" + oid, form);
        return client;
    }

    void settings(const Json& changes) const
    {
        api->Post("/_emulator/stream-settings", changes.dump(), "application/json");
    }

    void resetSettings() const { api->Delete("/_emulator/stream-settings"); }

    Json streams() const { return SelfCheck::parse(api->Get("/_emulator/streams")); }

    std::size_t liveStreams() const
    {
        const Json state = streams();
        return state.is_object() ? state["connections"].size() : 999;
    }

    bool waitLiveStreams(std::size_t count, int timeoutMs) const
    {
        const std::int64_t deadline = SpoutClient::nowMs() + timeoutMs;
        while (SpoutClient::nowMs() < deadline) {
            if (liveStreams() == count) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return liveStreams() == count;
    }

    const EmulatorProcess& emulator;
    std::string oid;
    std::string key;
    std::unique_ptr<httplib::Client> api;
    httplib::Headers auth;
};

// The records (not trace lines) a stream delivers, until `count` or `timeoutMs`.
std::vector<Json> records(SpoutClient& client, std::size_t count, int timeoutMs,
                          std::vector<Json>* traces = nullptr, bool* allValid = nullptr)
{
    std::vector<Json> out;
    const std::int64_t deadline = SpoutClient::nowMs() + timeoutMs;
    while (out.size() < count) {
        const std::int64_t left = deadline - SpoutClient::nowMs();
        const auto line = client.nextLine(static_cast<int>(left > 0 ? left : 0));
        if (!line) {
            break;
        }
        Json value = Json::parse(line->text, nullptr, false);
        if (!value.is_object()) {
            if (allValid != nullptr) {
                *allValid = false;
            }
            continue;
        }
        if (value.contains("__trace")) {
            if (traces != nullptr) {
                traces->push_back(value);
            }
            continue;
        }
        out.push_back(value);
    }
    return out;
}

std::string text(const Json& value, const char* key)
{
    return EmulatorProcess::text(value, key);
}

std::string routingText(const Json& record, const char* key)
{
    return record.contains("routing") ? text(record["routing"], key) : std::string();
}

bool hasTag(const Json& record, const std::string& tag)
{
    if (!record.contains("routing") || !record["routing"].contains("tags")) {
        return false;
    }
    for (const auto& item : record["routing"]["tags"]) {
        if (item == tag) {
            return true;
        }
    }
    return false;
}

// An online Windows sensor of the demo org.
std::string onlineWindowsSensor(const Demo& demo)
{
    const Json page = SelfCheck::parse(
            demo.api->Get("/v1/sensors/" + demo.oid + "?is_online_only=true&limit=200", demo.auth));
    if (page.is_object() && page["sensors"].is_array()) {
        for (const auto& sensor : page["sensors"]) {
            if (sensor["plat"] == 268435456U && sensor["arch"] == 2U) {
                return sensor["sid"].get<std::string>();
            }
        }
    }
    return std::string();
}

void testConnectedAndKeepalive(const Demo& demo)
{
    {
        auto client = demo.open("type=event&api_key=" + demo.key);
        const auto first = client->nextLine(2000);
        check(client->status() == 200 && client->header("Content-Type") == "application/x-ndjson"
                      && client->headerCount("Content-Type") == 1
                      && client->header("Transfer-Encoding") == "chunked",
              "spout answers 200, chunked application/x-ndjson");
        const std::int64_t delay = first ? first->atMs - client->requestMs() : -1;
        check(first && first->text == kConnected && delay >= 3 && delay < 400,
              "connected trace first, 1 s x time scale 0.005 after the request ("
                      + std::to_string(delay) + " ms)");
        bool valid = true;
        const auto events = records(*client, 30, 3000, nullptr, &valid);
        std::set<std::string> ids;
        bool shaped = true;
        const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count();
        for (const Json& event : events) {
            ids.insert(routingText(event, "event_id"));
            const auto& routing = event["routing"];
            shaped = shaped && routing["event_time"].is_number_integer()
                     && std::llabs(routing["event_time"].get<std::int64_t>() - nowMs) < 60000
                     && text(routing, "this").size() == 32 && !text(routing, "hostname").empty()
                     && routing["tags"].is_array() && event["event"].is_object();
        }
        check(events.size() == 30 && valid && shaped && ids.size() == 30,
              "generated events: valid JSON lines, routing with ms event_time, atoms, tags, "
              "unique event ids");
    }
    {
        // No generated telemetry matches an investigation filter: only trace lines arrive.
        auto client = demo.open("type=event&inv_id=quiet&api_key=" + demo.key);
        const auto connected = client->nextLine(2000);
        const auto keepalive = client->nextLine(2000);
        const std::int64_t gap = connected && keepalive ? keepalive->atMs - connected->atMs : -1;
        check(keepalive && keepalive->text == "{\"__trace\":\"keepalive\"}" && gap >= 220
                      && gap < 1500,
              "keep-alive after 60 s x time scale 0.005 of silence (" + std::to_string(gap)
                      + " ms)");
    }
}

void testFilters(const Demo& demo, const std::string& sid)
{
    {
        auto client = demo.open("type=event&sid=" + sid + "&api_key=" + demo.key);
        const auto events = records(*client, 15, 3000);
        bool same = !events.empty();
        for (const Json& event : events) {
            same = same && routingText(event, "sid") == sid;
        }
        check(events.size() == 15 && same, "sid filter: only that sensor's events");
    }
    {
        auto client = demo.open("type=event&tag=server&api_key=" + demo.key);
        const auto events = records(*client, 15, 3000);
        bool tagged = !events.empty();
        for (const Json& event : events) {
            tagged = tagged && hasTag(event, "server");
        }
        check(events.size() == 15 && tagged, "tag filter: only sensors tagged server");
    }
    {
        demo.settings({{"rates", {{"detect", 500}}}});
        auto client = demo.open("type=detect&cat=suspicious-whoami&api_key=" + demo.key);
        const auto detections = records(*client, 5, 3000);
        bool category = !detections.empty();
        for (const Json& detection : detections) {
            category = category && text(detection, "cat") == "suspicious-whoami"
                       && detection["priority"] == 3 && !text(detection, "detect_id").empty()
                       && detection["detect"]["event"].is_object()
                       && detection["ts"].is_number_integer();
        }
        check(detections.size() == 5 && category,
              "cat filter on detections, with priority, detect_id and the event");
        demo.resetSettings();
    }
}

void testTaskReplies(const Demo& demo, const std::string& sid)
{
    auto interactive = demo.open("type=event&inv_id=selftest&api_key=" + demo.key);
    auto all = demo.open("type=event&sid=" + sid + "&api_key=" + demo.key);
    auto other = demo.open("type=event&inv_id=someone-else&api_key=" + demo.key);
    interactive->nextLine(2000);
    all->nextLine(2000);
    other->nextLine(2000);
    const auto posted = demo.api->Post("/v1/" + sid, demo.auth,
                                       "tasks=os_version&investigation_id=selftest/abc-1", kForm);
    check(SelfCheck::statusOf(posted) == 200, "task accepted");
    const auto replies = records(*interactive, 2, 2000);
    const bool receipt =
            replies.size() == 2 && routingText(replies[0], "event_type") == "CLOUD_NOTIFICATION"
            && routingText(replies[0], "investigation_id") == "selftest/abc-1"
            && text(replies[0]["event"]["NOTIFICATION"], "INVESTIGATION_ID") == "selftest/abc-1";
    const bool reply =
            replies.size() == 2 && routingText(replies[1], "event_type") == "OS_VERSION_REP"
            && routingText(replies[1], "investigation_id") == "selftest/abc-1"
            && replies[1]["event"]["ERROR"] == 0 && routingText(replies[1], "sid") == sid;
    check(receipt && reply,
          "inv_id stream gets the CLOUD_NOTIFICATION receipt, then OS_VERSION_REP (prefix match)");
    int seen = 0;
    const std::int64_t deadline = SpoutClient::nowMs() + 2000;
    while (seen < 2 && SpoutClient::nowMs() < deadline) {
        for (const Json& event : records(*all, 1, 500)) {
            seen += routingText(event, "investigation_id") == "selftest/abc-1" ? 1 : 0;
        }
    }
    check(seen == 2, "a stream without inv_id gets the receipt and reply too");
    demo.api->Post("/v1/" + sid, demo.auth,
                   "tasks=file_info%20C%3A%5Cx.txt&investigation_id=selftest/abc-2", kForm);
    const auto generic = records(*interactive, 2, 2000);
    check(generic.size() == 2 && routingText(generic[1], "event_type") == "FILE_INFO_REP"
                  && generic[1]["event"]["ERROR"] == 2
                  && text(generic[1]["event"], "FILE_PATH") == "C:\\x.txt",
          "file_info of a file the host does not have: FILE_INFO_REP with ERROR 2");
    check(records(*other, 1, 150).empty(), "a stream of another investigation gets nothing");
}

void testRefusals(const Demo& demo)
{
    {
        auto client = demo.open("type=event&api_key=00000000-0000-4000-8000-000000000000");
        const auto line = client->nextLine(2000);
        check(client->status() == 200 && line && line->text == "error: unauthorized"
                      && client->waitClosed(2000) && client->sawLastChunk(),
              "bad key: 200, then \"error: unauthorized\" and the stream ends");
    }
    {
        const std::string readOnly = demo.emulator.ready()["keys"]["read_only"];
        auto client = demo.open("type=event&api_key=" + readOnly);
        const auto line = client->nextLine(2000);
        check(line && line->text == "error: unauthorized: missing permission output.set",
              "read-only key: error line naming the missing permission");
    }
    {
        const std::string jwt =
                SelfCheck::mintJwt(demo.emulator, "oid=" + demo.oid + "&secret=" + demo.key);
        auto client = demo.open("type=audit&jwt=" + jwt);
        const auto line = client->nextLine(2000);
        check(line && line->text == kConnected, "a JWT from the emulator opens a stream");
    }
    {
        auto client = demo.open("type=events&api_key=" + demo.key);
        const auto body = client->nextChunk(1000);
        const Json error = body ? Json::parse(body->text, nullptr, false) : Json();
        check(client->status() == 400 && error.is_object() && error.contains("error"),
              "unknown type: 400 with a JSON error");
    }
    const Json log = SelfCheck::parse(demo.api->Get("/_emulator/requests?listener=stream"));
    bool redacted = !log.empty();
    bool found = false;
    for (const auto& entry : log) {
        const std::string body = text(entry, "body");
        found = found || body.find("api_key=<redacted:36>") != std::string::npos;
        redacted = redacted && body.find(demo.key) == std::string::npos
                   && body.find("jwt=ey") == std::string::npos;
    }
    check(found && redacted, "stream requests logged (listener stream) with api_key/jwt redacted");
}

// C20: odd bytes reach a stream unchanged (invalid UTF-8, escapes of lone surrogates, NUL).
void testInjectedBytes(const Demo& demo, const std::string& dataDir)
{
    const std::string bytes = readFile(dataDir + "/C20/stream.bin");
    auto client = demo.open("type=event&inv_id=c20&api_key=" + demo.key);
    client->nextLine(2000);
    std::string encoded;
    {
        // Standard base64 of the file.
        static const char alphabet[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        std::size_t i = 0;
        for (; i + 2 < bytes.size(); i += 3) {
            const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16U)
                               | (static_cast<unsigned char>(bytes[i + 1]) << 8U)
                               | static_cast<unsigned char>(bytes[i + 2]);
            for (int shift = 18; shift >= 0; shift -= 6) {
                encoded.push_back(alphabet[(n >> static_cast<unsigned>(shift)) & 63U]);
            }
        }
        if (i < bytes.size()) {
            unsigned n = static_cast<unsigned char>(bytes[i]) << 16U;
            if (i + 1 < bytes.size()) {
                n |= static_cast<unsigned char>(bytes[i + 1]) << 8U;
            }
            encoded.push_back(alphabet[(n >> 18U) & 63U]);
            encoded.push_back(alphabet[(n >> 12U) & 63U]);
            encoded.push_back(i + 1 < bytes.size() ? alphabet[(n >> 6U) & 63U] : '=');
            encoded.push_back('=');
        }
    }
    const Json answer = SelfCheck::parse(demo.api->Post(
            "/_emulator/streams/inject", Json{{"data_b64", encoded}}.dump(), "application/json"));
    std::string received;
    for (int i = 0; i < 7; ++i) {
        const auto line = client->nextLine(2000);
        if (!line) {
            break;
        }
        received += line->text + "\n";
    }
    check(answer.is_object() && answer["connections"].is_number() && answer["connections"] >= 1
                  && received == bytes,
          "C20 lines injected into a live stream arrive byte for byte");
}

void testManyStreams(const Demo& demo)
{
    check(demo.waitLiveStreams(0, 2000), "closed clients free their subscriptions promptly");
    std::vector<std::unique_ptr<SpoutClient>> clients;
    for (int i = 0; i < 24; ++i) {
        clients.push_back(
                demo.open("type=event&inv_id=idle-" + std::to_string(i) + "&api_key=" + demo.key));
    }
    int connected = 0;
    for (auto& client : clients) {
        const auto line = client->nextLine(2000);
        connected += line && line->text == kConnected ? 1 : 0;
    }
    const auto who = demo.api->Get("/v1/who", demo.auth);
    auto extra = demo.open("type=detect&api_key=" + demo.key);
    const auto extraLine = extra->nextLine(2000);
    check(connected == 24 && SelfCheck::statusOf(who) == 200 && extraLine
                  && extraLine->text == kConnected && demo.liveStreams() == 25,
          "24 concurrent streams, plus API requests and one more stream");
    clients.clear();
    extra.reset();
    check(demo.waitLiveStreams(0, 1000), "all 25 subscriptions freed after the clients closed");
}

void testSlowReader(const Demo& demo)
{
    demo.settings({{"rates", {{"event", 50000}}}, {"queue_records", 100}});
    auto client = demo.open("type=event&api_key=" + demo.key, 4096);
    client->nextLine(2000);
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const Json state = demo.streams();
    std::uint64_t droppedServerSide = 0;
    for (const auto& connection : state["connections"]) {
        droppedServerSide += connection["records_dropped"].get<std::uint64_t>();
    }
    std::vector<Json> traces;
    std::uint64_t reported = 0;
    const std::int64_t deadline = SpoutClient::nowMs() + 4000;
    while (reported == 0 && SpoutClient::nowMs() < deadline) {
        traces.clear();
        records(*client, 2000, 500, &traces);
        for (const Json& trace : traces) {
            if (trace["__trace"] == "dropped") {
                reported += trace["n"].get<std::uint64_t>();
            }
        }
    }
    check(droppedServerSide > 0 && reported > 0,
          "slow reader: records dropped server-side (" + std::to_string(droppedServerSide)
                  + ") and reported as a dropped trace (n=" + std::to_string(reported) + ")");
    client.reset();
    demo.resetSettings();
}

void testFaults(const Demo& demo)
{
    {
        demo.settings(
                {{"split_writes", true}, {"split_pause_ms", 0}, {"rates", {{"event", 2000}}}});
        auto client = demo.open("type=event&api_key=" + demo.key);
        std::string joined;
        bool midLine = false;
        bool midCharacter = false;
        for (int i = 0; i < 2000 && !(midCharacter && joined.size() > 40000); ++i) {
            const auto chunk = client->nextChunk(2000);
            if (!chunk) {
                break;
            }
            const auto firstByte = static_cast<unsigned char>(chunk->text.front());
            midCharacter = midCharacter || (firstByte >= 0x80U && firstByte < 0xC0U);
            midLine = midLine || chunk->text.back() != '\n';
            joined += chunk->text;
        }
        std::istringstream lines(joined.substr(0, joined.rfind('\n') + 1));
        std::string line;
        std::size_t parsed = 0;
        bool valid = true;
        while (std::getline(lines, line)) {
            valid = valid && Json::parse(line, nullptr, false).is_object();
            ++parsed;
        }
        check(midLine && midCharacter && valid && parsed > 20,
              "split writes: pieces end mid-line and inside UTF-8 characters; "
                      + std::to_string(parsed) + " lines reassemble intact");
        demo.resetSettings();
    }
    {
        demo.settings({{"disconnect_every", 5}});
        auto client = demo.open("type=event&api_key=" + demo.key);
        std::vector<Json> traces;
        const auto events = records(*client, 10, 2000, &traces);
        check(events.size() == 5 && traces.size() == 1 && client->sawLastChunk()
                      && client->waitClosed(1000),
              "disconnect every 5 records: the stream ends after 5 records");
        demo.resetSettings();
    }
    {
        demo.settings({{"stall_after", 3}, {"stall_sec", 60}});
        auto client = demo.open("type=event&api_key=" + demo.key);
        client->nextLine(2000);
        const auto early = records(*client, 3, 2000);
        const std::int64_t before = SpoutClient::nowMs();
        const auto after = client->nextLine(3000);
        const std::int64_t gap = after ? after->atMs - before : -1;
        check(early.size() == 3 && gap >= 220,
              "stall after 3 records for 60 s x 0.005 (" + std::to_string(gap) + " ms)");
        demo.resetSettings();
    }
}

void testOutputsApi(const Demo& demo)
{
    const std::string path = "/v1/outputs/" + demo.oid;
    const Json empty = SelfCheck::parse(demo.api->Get(path, demo.auth));
    check(empty.is_object() && empty.contains(demo.oid) && empty[demo.oid].empty(),
          "outputs list without outputs: {\"<oid>\":{}}");
    const auto added = demo.api->Post(
            path, demo.auth,
            "name=siem&module=webhook&type=detect&dest_host=https%3A%2F%2Fhooks.example.com%2Flc"
            "&is_flat=True&sample_rate=1",
            kForm);
    const Json echo = SelfCheck::parse(added);
    check(SelfCheck::statusOf(added) == 200 && text(echo, "for") == "detect"
                  && !echo.contains("type") && text(echo, "is_flat") == "true"
                  && text(echo, "sample_rate") == "1" && text(echo, "name") == "siem",
          "output add echoes the output with for and string parameters");
    const Json listed = SelfCheck::parse(demo.api->Get(path, demo.auth));
    check(listed[demo.oid].contains("siem") && text(listed[demo.oid]["siem"], "for") == "detect"
                  && text(listed[demo.oid]["siem"], "is_flat") == "true",
          "outputs list keyed by oid and name");
    const std::string readOnly = SelfCheck::mintJwt(
            demo.emulator, "oid=" + demo.oid + "&secret="
                                   + demo.emulator.ready()["keys"]["read_only"].get<std::string>());
    check(SelfCheck::statusOf(demo.api->Get(path, {{"Authorization", "bearer " + readOnly}}))
                  == 403,
          "read-only key: 403 on outputs");
    check(SelfCheck::statusOf(
                  demo.api->Post(path, demo.auth, "name=x&module=syslog&type=nope", kForm))
                  == 400,
          "unknown output type: 400");
    const auto removed = demo.api->Delete(path, demo.auth, "name=siem", kForm);
    check(SelfCheck::statusOf(removed) == 200 && SelfCheck::parse(removed) == Json::object()
                  && SelfCheck::parse(demo.api->Get(path, demo.auth))[demo.oid].empty(),
          "output delete answers {} and the output is gone");
}

std::vector<std::string> completeLines(const TlsTestServer::Connection& connection)
{
    std::string all;
    for (const std::string& read : connection.reads) {
        all += read;
    }
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = all.find('\n'); end != std::string::npos; end = all.find('\n', start)) {
        lines.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

void testSyslog(const Demo& demo, TlsTestServer& server, const std::string& sid)
{
    const std::string path = "/v1/outputs/" + demo.oid;
    const std::string dest = "127.0.0.1%3A" + std::to_string(server.port());
    demo.api->Post(path, demo.auth,
                   "name=tmp_live_selftest&module=syslog&type=event&dest_host=" + dest
                           + "&is_tls=true&is_strict_tls=true&is_no_header=true&sid=" + sid,
                   kForm);
    const bool delivered = server.waitFor(
            [](const std::vector<TlsTestServer::Connection>& connections) {
                return !connections.empty() && completeLines(connections[0]).size() >= 5;
            },
            3000);
    bool lines = delivered;
    if (delivered) {
        for (const std::string& line : completeLines(server.connections()[0])) {
            const Json record = Json::parse(line, nullptr, false);
            lines = lines && record.is_object() && !record.contains("__trace")
                    && routingText(record, "sid") == sid;
        }
    }
    check(delivered && lines,
          "syslog TLS output (strict, --syslog-ca): one JSON record per line, no header, "
          "sid filter");
    demo.api->Delete(path, demo.auth, "name=tmp_live_selftest", kForm);
    check(server.waitFor(
                  [](const std::vector<TlsTestServer::Connection>& connections) {
                      return !connections.empty() && connections[0].end == "close_notify";
                  },
                  2000),
          "deleting the output ends the delivery with close_notify");

    demo.api->Post(path, demo.auth,
                   "name=with-header&module=syslog&type=event&dest_host=" + dest
                           + "&is_tls=true&structured_data=%5Blc%40123%5D&sid=" + sid,
                   kForm);
    const bool headed = server.waitFor(
            [](const std::vector<TlsTestServer::Connection>& connections) {
                return connections.size() >= 2 && !completeLines(connections[1]).empty();
            },
            3000);
    const auto connections = server.connections();
    const std::string first = headed ? completeLines(connections[1])[0] : std::string();
    check(headed && first.rfind("<14>1 ", 0) == 0 && first.find(" [lc@123] {") != std::string::npos,
          "without is_no_header each record has an RFC 5424 header");
    demo.api->Delete(path, demo.auth, "name=with-header", kForm);

    demo.api->Post(path, demo.auth,
                   "name=elsewhere&module=syslog&type=event&dest_host=203.0.113.50%3A4444"
                   "&is_tls=true",
                   kForm);
    demo.api->Post(path, demo.auth,
                   "name=failing&module=syslog&type=event&is_tls=true&is_delete_on_failure=true"
                   "&dest_host=127.0.0.1%3A"
                           + std::to_string(closedPort()),
                   kForm);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::string state;
    for (const auto& output : SelfCheck::parse(demo.api->Get("/_emulator/outputs"))) {
        if (output["name"] == "elsewhere") {
            state = text(output["delivery"], "state");
        }
    }
    check(state == "refused", "a dest_host that is not loopback is never dialed");
    bool deleted = false;
    for (int i = 0; i < 100 && !deleted; ++i) {
        deleted = !SelfCheck::parse(demo.api->Get(path, demo.auth))[demo.oid].contains("failing");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    check(deleted, "is_delete_on_failure: the output is deleted after repeated failures");

    const auto created = demo.api->Post("/_emulator/outputs",
                                        Json{{"name", "ctl"},
                                             {"module", "webhook"},
                                             {"type", "event"},
                                             {"is_flat", true},
                                             {"sample_rate", 2}}
                                                .dump(),
                                        "application/json");
    const Json listed = SelfCheck::parse(demo.api->Get(path, demo.auth));
    check(SelfCheck::statusOf(created) == 200 && listed[demo.oid].contains("ctl")
                  && text(listed[demo.oid]["ctl"], "is_flat") == "true"
                  && text(listed[demo.oid]["ctl"], "sample_rate") == "2",
          "control API pre-creates an output the REST API lists");
    demo.api->Delete("/_emulator/outputs", "", "application/json");
    check(SelfCheck::parse(demo.api->Get(path, demo.auth))[demo.oid].empty(),
          "control API deletes outputs");
}

void testFeed(const Demo& demo, const std::string& dataDir)
{
    TlsTestServer listener;
    std::string error;
    if (!listener.start(error)) {
        check(false, "feed listener starts: " + error);
        return;
    }
    const std::string dest = "127.0.0.1:" + std::to_string(listener.port());
    const std::string dir = dataDir + "/C02";
    const Json first = SelfCheck::parse(demo.api->Post("/_emulator/feed",
                                                       Json{{"dest", dest},
                                                            {"session", dir + "/session.yaml"},
                                                            {"scenario", "scenario_1"},
                                                            {"delay_ms", 40}}
                                                               .dump(),
                                                       "application/json"));
    const bool ended = listener.waitFor(
            [](const std::vector<TlsTestServer::Connection>& connections) {
                return connections.size() == 1 && !connections[0].end.empty();
            },
            2000);
    const auto one = listener.connections();
    const std::vector<std::string> expected = {
            readFile(dir + "/conn-a/01.bin"), readFile(dir + "/conn-a/02.bin"),
            readFile(dir + "/conn-a/03.bin"), readFile(dir + "/conn-a/04.bin")};
    check(ended && one[0].reads == expected && one[0].end == "eof"
                  && first["connections"][0]["end"] == "fin" && first["writes"].size() == 4,
          "C02 feed: four writes arrive as four reads, then FIN without close_notify");

    const Json second = SelfCheck::parse(demo.api->Post("/_emulator/feed",
                                                        Json{{"dest", dest},
                                                             {"session", dir + "/session.yaml"},
                                                             {"scenario", "scenario_2"},
                                                             {"delay_ms", 30}}
                                                                .dump(),
                                                        "application/json"));
    const bool both = listener.waitFor(
            [](const std::vector<TlsTestServer::Connection>& connections) {
                return connections.size() == 3 && !connections[1].end.empty()
                       && !connections[2].end.empty();
            },
            2000);
    const auto three = listener.connections();
    check(both && three[1].reads.size() == 4 && three[2].reads.size() == 2
                  && three[1].end == "close_notify" && three[2].end == "close_notify"
                  && second["connections"].size() == 2,
          "C02 feed: two interleaved connections, both closed with close_notify");
}

void testTimeline(const std::string& binary, const std::string& dataDir)
{
    EmulatorProcess emulator(binary, {"--time-scale", "0.1", "--stream-timeline",
                                      dataDir + "/C03/b-connected-gate/timeline.yaml", "--script",
                                      dataDir + "/C03/a-auth-error/exchange.yaml"});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts with a stream timeline " + error);
        return;
    }
    Demo demo(emulator);
    {
        SpoutClient client(emulator.host("stream"), emulator.port("stream"));
        client.post("/7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b", "type=event");
        const auto line = client.nextLine(2000);
        check(client.status() == 200 && client.header("Content-Type") == "text/plain"
                      && client.headerCount("Content-Type") == 1 && line
                      && line->text == "error: unauthorized" && client.waitClosed(2000),
              "C03 a: scripted 200 with the error line, then the connection closes (then: close)");
    }
    const std::string sid = "aaaaaaaa-1111-4111-8111-000000000001";
    check(SelfCheck::statusOf(demo.api->Get("/v1/" + sid, demo.auth)) == 200,
          "the timeline's sensor is in the fleet");
    auto client = demo.open("type=event&api_key=" + demo.key);
    const auto connected = client->nextLine(2000);
    const auto dropped = client->nextLine(2000);
    const auto event = client->nextLine(2000);
    const std::int64_t at = connected ? connected->atMs - client->requestMs() : -1;
    check(connected && connected->text == kConnected && at >= 100 && at < 1000,
          "C03 b: connected at 1.2 s x 0.1 (" + std::to_string(at) + " ms)");
    check(dropped && dropped->text == "{\"__trace\":\"dropped\",\"n\":37}" && event
                  && Json::parse(event->text, nullptr, false)["event"]["PROCESS_ID"] == 77,
          "C03 b: dropped 37, then the unrelated event");
    const std::int64_t posted = SpoutClient::nowMs();
    const auto task = demo.api->Post("/v1/" + sid, demo.auth,
                                     "tasks=os_version&investigation_id=ui-task-7", kForm);
    const auto receipt = client->nextLine(2000);
    const auto reply = client->nextLine(2000);
    const Json receiptJson = receipt ? Json::parse(receipt->text, nullptr, false) : Json();
    const Json replyJson = reply ? Json::parse(reply->text, nullptr, false) : Json();
    const std::int64_t receiptAt = receipt ? receipt->atMs - posted : -1;
    const std::int64_t replyAt = reply ? reply->atMs - posted : -1;
    check(SelfCheck::statusOf(task) == 200
                  && routingText(receiptJson, "event_type") == "CLOUD_NOTIFICATION"
                  && routingText(receiptJson, "investigation_id") == "ui-task-7"
                  && routingText(replyJson, "investigation_id") == "ui-task-7"
                  && replyJson["event"]["VERSION_BUILD"] == 22631 && receiptAt >= 30
                  && replyAt >= 70 && replyAt < 1500,
          "C03 b: receipt and reply at task_post+0.5/+0.9 x 0.1 (" + std::to_string(receiptAt)
                  + ", " + std::to_string(replyAt) + " ms) with the task's investigation id");
    check(!client->nextLine(200) && !client->closedByServer(),
          "C03 b: then silence on an open socket");
    const Json status = SelfCheck::parse(demo.api->Get("/_emulator/stream-timeline"));
    check(status["loaded"] == true && status["connections"] == 1, "timeline status");
    const Json c06 = SelfCheck::parse(demo.api->Post(
            "/_emulator/stream-timeline", Json{{"file", dataDir + "/C06/timeline.yaml"}}.dump(),
            "application/json"));
    check(c06["loaded"] == true && c06["first"]["steps"].size() == 7
                  && c06.contains("second_connection"),
          "C06 timeline loads with its second connection");
}

} // namespace

void StreamSelfTest::run(const std::string& binary, const std::string& dataDir)
{
    TlsTestServer syslogServer;
    std::string error;
    char caFile[] = "/tmp/lcdesk-selftest-ca-XXXXXX";
    const int caFd = ::mkstemp(caFile);
    if (caFd >= 0) {
        ::close(caFd);
    }
    if (caFd < 0 || !syslogServer.start(error) || !syslogServer.writeCertificate(caFile)) {
        check(false, "syslog test listener starts " + error);
        return;
    }
    {
        EmulatorProcess emulator(binary,
                                 {"--time-scale", "0.005", "--seed", "5", "--syslog-ca", caFile});
        if (!emulator.start(error)) {
            check(false, "emulator starts for the stream tests " + error);
            ::unlink(caFile);
            return;
        }
        check(emulator.ready()["time_scale"] == 0.005, "ready line reports the time scale");
        const Demo demo(emulator);
        const std::string sid = onlineWindowsSensor(demo);
        check(!sid.empty(), "an online Windows sensor to watch");
        testConnectedAndKeepalive(demo);
        testFilters(demo, sid);
        testTaskReplies(demo, sid);
        testRefusals(demo);
        testInjectedBytes(demo, dataDir);
        testManyStreams(demo);
        testSlowReader(demo);
        testFaults(demo);
        testOutputsApi(demo);
        testSyslog(demo, syslogServer, sid);
        testFeed(demo, dataDir);
    }
    ::unlink(caFile);
    syslogServer.stop();
    testTimeline(binary, dataDir);
}
