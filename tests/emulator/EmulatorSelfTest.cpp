// SPDX-License-Identifier: GPL-3.0-or-later
// Starts lcdesk-emulator and checks the wire behaviour the console and the field-case tests rely
// on. Usage: emulator_selftest <path to lcdesk-emulator> <test data dir>
// [all|core|rules|investigate]
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <set>
#include <string>
#include <thread>

#include "EmulatorProcess.h"
#include "InvestigateSelfTest.h"
#include "RulesSelfTest.h"
#include "SelfCheck.h"
#include "StreamSelfTest.h"

namespace {

std::string gunzip(const std::string& data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return std::string();
    }
    std::string out;
    std::array<char, 65536> chunk{};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.data(), chunk.size() - stream.avail_out);
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : std::string();
}

void check(bool ok, const std::string& what)
{
    SelfCheck::check(ok, what);
}

nlohmann::json parse(const httplib::Result& result)
{
    return SelfCheck::parse(result);
}

int statusOf(const httplib::Result& result)
{
    return SelfCheck::statusOf(result);
}

std::unique_ptr<httplib::Client> clientFor(const EmulatorProcess& emulator,
                                           const std::string& listener)
{
    return SelfCheck::clientFor(emulator, listener);
}

std::string mintJwt(const EmulatorProcess& emulator, const std::string& form)
{
    return SelfCheck::mintJwt(emulator, form);
}

void testBasics(const std::string& binary)
{
    EmulatorProcess emulator(binary, {"--sensors", "2500", "--seed", "7"});
    std::string error;
    check(emulator.start(error), "emulator starts " + error);
    if (!error.empty()) {
        return;
    }
    const auto& ready = emulator.ready();
    const std::string oid = ready["oid"];
    const std::string key = ready["api_key"];
    auto api = clientFor(emulator, "api");

    const std::string token = mintJwt(emulator, "oid=" + oid + "&secret=" + key);
    const std::size_t dot = token.find('.');
    check(dot != std::string::npos && token.find('.', dot + 1) != std::string::npos,
          "JWT mint returns a three-part token");
    const httplib::Headers auth = {{"Authorization", "bearer " + token}};

    const auto who = parse(api->Get("/v1/who", auth));
    check(who.is_object() && who.contains("orgs") && who["orgs"] == nlohmann::json({oid}),
          "who lists the org");
    check(statusOf(api->Get("/who", {{"Authorization", "BEARER " + token}})) == 200,
          "/who without /v1 and an upper-case scheme");
    check(statusOf(api->Get("/v1/who")) == 401, "who without a token is 401");

    auto jwt = clientFor(emulator, "jwt");
    const auto revoked =
            jwt->Post("/", "oid=" + oid + "&secret=" + ready["keys"]["revoked"].get<std::string>(),
                      "application/x-www-form-urlencoded");
    check(statusOf(revoked) == 401
                  && EmulatorProcess::text(parse(revoked), "error") == "invalid api key",
          "revoked key is refused with 401 invalid api key");
    const auto wrongUid = jwt->Post(
            "/jwt",
            "oid=" + oid + "&secret=" + ready["keys"]["user"].get<std::string>() + "&uid=nobody",
            "application/x-www-form-urlencoded");
    check(statusOf(wrongUid) == 401
                  && EmulatorProcess::text(parse(wrongUid), "error") == "unknown api key",
          "user key with a wrong uid is refused with 401 unknown api key");

    // Compressed page: base64(gzip(JSON list)) with the same content as the plain page.
    const std::string firstPage = "/v1/sensors/" + oid + "?limit=50";
    const auto plain = parse(api->Get(firstPage, auth));
    const auto packed = parse(api->Get(firstPage + "&is_compressed=true", auth));
    const auto unpacked =
            packed.is_object() && packed["sensors"].is_string() ? nlohmann::json::parse(
                    gunzip(SelfCheck::base64Decode(packed["sensors"])), nullptr, false)
                                                                : nlohmann::json();
    check(unpacked.is_array() && unpacked.size() == 50 && unpacked == plain["sensors"],
          "compressed page decodes to the plain page");

    // Tag with a one-second TTL: present at once, gone everywhere after two seconds.
    const std::string sid = plain["sensors"][0]["sid"];
    const auto added = api->Post("/v1/" + sid + "/tags", auth, "tags=short-lived&ttl=1",
                                 "application/x-www-form-urlencoded");
    check(statusOf(added) == 200, "tag added with ttl=1");
    auto tags = parse(api->Get("/v1/" + sid + "/tags", auth));
    check(tags["tags"][sid].contains("short-lived") && tags["tags"][sid]["short-lived"].size() == 5
                  && tags["tags"][sid]["short-lived"][4].get<std::string>().size() == 19,
          "new tag listed with its four fields and its expiry");
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    tags = parse(api->Get("/v1/" + sid + "/tags", auth));
    const auto orgTags = parse(api->Get("/v1/tags/" + oid, auth));
    const auto withTag = parse(api->Get("/v1/tags/" + oid + "/short-lived", auth));
    check(!tags["tags"][sid].contains("short-lived")
                  && orgTags["tags"].dump().find("short-lived") == std::string::npos
                  && withTag.is_object() && withTag.empty(),
          "tag expired after its ttl everywhere");

    // Tasking: online accepted, offline refused with "host not connected".
    auto control = clientFor(emulator, "api");
    control->Post("/_emulator/sensors/" + sid, "{\"online\":true}", "application/json");
    const auto accepted = api->Post("/v1/" + sid, auth, "tasks=os_version&investigation_id=inv-1",
                                    "application/x-www-form-urlencoded");
    check(statusOf(accepted) == 200 && parse(accepted) == nlohmann::json::object(),
          "task to an online sensor is accepted with {}");
    control->Post("/_emulator/sensors/" + sid, "{\"online\":false}", "application/json");
    const auto refused =
            api->Post("/v1/" + sid, auth, "tasks=os_version", "application/x-www-form-urlencoded");
    check(statusOf(refused) == 400
                  && EmulatorProcess::text(parse(refused), "error") == "host not connected",
          "task to an offline sensor is 400 host not connected");
    const auto tasks = parse(control->Get("/_emulator/tasks"));
    check(tasks.is_array() && tasks.size() == 1 && tasks[0]["investigation_id"] == "inv-1",
          "control API lists the accepted task");

    // The raw target is recorded byte for byte; %2F stays inside the tag segment.
    const std::string rawTarget = "/v1/tags/" + oid + "/team%2Fblue";
    const auto team = api->Get(rawTarget, auth);
    check(statusOf(team) == 200 && parse(team).is_object(), "sensors with tag team/blue");
    const auto log = parse(control->Get("/_emulator/requests?listener=api"));
    bool recorded = false;
    for (const auto& entry : log) {
        if (entry["target"] == rawTarget && entry["method"] == "GET") {
            recorded = true;
            for (const auto& header : entry["headers"]) {
                if (header[0] == "Authorization") {
                    recorded = recorded
                               && header[1].get<std::string>().rfind("bearer <redacted:", 0) == 0;
                }
            }
        }
    }
    check(recorded, "raw target recorded byte-exact, Authorization redacted");
    check(statusOf(api->Get("/v1/tags/" + oid + "/%2E%2E", auth)) == 400, "'..' segment refused");

    // 413 for a header block over 8192 bytes.
    httplib::Headers big = auth;
    big.emplace("X-Filler", std::string(9 * 1024, 'a'));
    check(statusOf(api->Get("/v1/who", big)) == 413, "9 KB header answered 413");
}

void testPaging(const std::string& binary, const std::string& mode)
{
    EmulatorProcess emulator(
            binary, {"--sensors", "2500", "--page-size", "1000", "--last-page-token", mode});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts (" + mode + ") " + error);
        return;
    }
    const std::string oid = emulator.ready()["oid"];
    const std::string token = mintJwt(
            emulator, "oid=" + oid + "&secret=" + emulator.ready()["api_key"].get<std::string>());
    const httplib::Headers auth = {{"Authorization", "Bearer " + token}};
    auto api = clientFor(emulator, "api");
    std::set<std::string> sids;
    std::string sent;
    nlohmann::json last;
    int pages = 0;
    for (; pages < 10; ++pages) {
        const auto page = parse(
                api->Get("/v1/sensors/" + oid
                                 + (sent.empty() ? std::string() : "?continuation_token=" + sent),
                         auth));
        if (!page.is_object()) {
            break;
        }
        for (const auto& sensor : page["sensors"]) {
            sids.insert(sensor["sid"].get<std::string>());
        }
        last = page;
        if (!page.contains("continuation_token") || !page["continuation_token"].is_string()
            || page["continuation_token"] == "" || page["continuation_token"] == sent) {
            ++pages;
            break;
        }
        sent = page["continuation_token"];
    }
    bool lastForm = false;
    if (mode == "absent") {
        lastForm = !last.contains("continuation_token");
    } else if (mode == "null") {
        lastForm = last.contains("continuation_token") && last["continuation_token"].is_null();
    } else if (mode == "empty") {
        lastForm = last.contains("continuation_token") && last["continuation_token"] == "";
    } else {
        lastForm = !sent.empty() && EmulatorProcess::text(last, "continuation_token") == sent;
    }
    check(pages == 3 && sids.size() == 2500 && lastForm,
          "paging 2500 sensors in 3 pages, last-page token " + mode);
}

void testScript(const std::string& binary, const std::string& dataDir)
{
    EmulatorProcess emulator(binary, {"--oid", "7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b", "--script",
                                      dataDir + "/C05/exchanges-recover.yaml"});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts with a script " + error);
        return;
    }
    auto api = clientFor(emulator, "api");
    const std::string path = "/v1/sensors/7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b";
    const auto first = api->Get(path);
    const auto second = api->Get(path);
    const auto third = api->Get(path);
    check(statusOf(first) == 429 && first->get_header_value("Retry-After") == "2"
                  && first->get_header_value("X-RateLimit-Quota") == "50",
          "C05 step 1: 429 with Retry-After 2 and the quota headers");
    check(statusOf(second) == 429 && second->get_header_value("Retry-After") == "1",
          "C05 step 2: 429 with Retry-After 1");
    check(statusOf(third) == 200 && parse(third)["sensors"].size() == 1,
          "C05 step 3: 200 with one sensor");
}

} // namespace

int main(int argc, char** argv)
{
    const std::string part = argc == 4 ? argv[3] : "all";
    if ((argc != 3 && argc != 4)
        || (part != "all" && part != "core" && part != "rules" && part != "investigate")) {
        std::fprintf(stderr,
                     "usage: %s <lcdesk-emulator> <data dir> [all|core|rules|investigate]\n",
                     argv[0]);
        return 2;
    }
    // A listener of the test may write to a peer that has already gone (TLS session tickets).
    std::signal(SIGPIPE, SIG_IGN);
    const std::string binary = argv[1];
    if (part == "all" || part == "core") {
        testBasics(binary);
        for (const char* mode : {"absent", "null", "empty", "repeat"}) {
            testPaging(binary, mode);
        }
        testScript(binary, argv[2]);
        StreamSelfTest::run(binary, argv[2]);
    }
    if (part == "all" || part == "rules") {
        RulesSelfTest::run(binary, argv[2], LCDESK_RULES_DIR);
    }
    if (part == "all" || part == "investigate") {
        InvestigateSelfTest::run(binary, argv[2]);
    }
    std::printf("%d failure(s)\n", SelfCheck::failures());
    return SelfCheck::failures() == 0 ? 0 : 1;
}
