// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesSelfTest.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include "EmulatorProcess.h"
#include "SelfCheck.h"

namespace {

using Json = nlohmann::ordered_json;
using Form = std::vector<std::pair<std::string, std::string>>;

const char kFormType[] = "application/x-www-form-urlencoded";
const char kNoManagedWriteKey[] = "no_managed_write";

void check(bool ok, const std::string& what)
{
    SelfCheck::check(ok, what);
}

Json parse(const httplib::Result& result)
{
    return result ? Json::parse(result->body, nullptr, false) : Json();
}

int statusOf(const httplib::Result& result)
{
    return SelfCheck::statusOf(result);
}

std::string errorOf(const httplib::Result& result)
{
    Json body = parse(result);
    return body.is_object() && body.contains("error") && body["error"].is_string()
                   ? body["error"].get<std::string>()
                   : std::string();
}

// Percent-encodes everything but RFC 3986 unreserved characters, for paths and forms alike.
std::string encode(const std::string& text)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
                                || (byte >= '0' && byte <= '9') || byte == '-' || byte == '_'
                                || byte == '.' || byte == '~';
        if (unreserved) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(digits[byte >> 4U]);
            out.push_back(digits[byte & 0xFU]);
        }
    }
    return out;
}

std::string formText(const Form& fields)
{
    std::string out;
    for (const auto& [key, value] : fields) {
        if (!out.empty()) {
            out.push_back('&');
        }
        out += encode(key) + "=" + encode(value);
    }
    return out;
}

std::string base64(const std::string& data)
{
    static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        const unsigned value = (static_cast<unsigned char>(data[i]) << 16U)
                               | (static_cast<unsigned char>(data[i + 1]) << 8U)
                               | static_cast<unsigned char>(data[i + 2]);
        for (const unsigned shift : {18U, 12U, 6U, 0U}) {
            out.push_back(alphabet[(value >> shift) & 0x3FU]);
        }
    }
    if (i < data.size()) {
        unsigned value = static_cast<unsigned char>(data[i]) << 16U;
        if (i + 1 < data.size()) {
            value |= static_cast<unsigned char>(data[i + 1]) << 8U;
        }
        out.push_back(alphabet[(value >> 18U) & 0x3FU]);
        out.push_back(alphabet[(value >> 12U) & 0x3FU]);
        out.push_back(i + 1 < data.size() ? alphabet[(value >> 6U) & 0x3FU] : '=');
        out.push_back('=');
    }
    return out;
}

std::string gzip(const std::string& data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Json kRule = Json::parse(R"({"detect": {"event": "NEW_PROCESS", "op": "ends with",
    "path": "event/FILE_PATH", "value": "evil.exe"}, "respond": [{"action": "report",
    "name": "evil"}]})");

// One running emulator and what a test needs to talk to its demo org.
class Org
{
public:
    explicit Org(const EmulatorProcess& process)
        : m_process(process)
        , oid(EmulatorProcess::text(process.ready(), "oid"))
        , api(SelfCheck::clientFor(process, "api"))
        , control(SelfCheck::clientFor(process, "api"))
    {
        full = tokenFor("full");
    }

    httplib::Headers tokenFor(const std::string& role) const
    {
        const std::string key = m_process.ready()["keys"][role].get<std::string>();
        return {{"Authorization",
                 "bearer " + SelfCheck::mintJwt(m_process, "oid=" + oid + "&secret=" + key)}};
    }

    std::string hivePath(const std::string& hive, const std::string& name = std::string(),
                         const std::string& what = std::string()) const
    {
        std::string path = "/v1/hive/" + hive + "/" + oid;
        if (!name.empty()) {
            path += "/" + encode(name);
        }
        if (!what.empty()) {
            path += "/" + what;
        }
        return path;
    }

    httplib::Result post(const std::string& path, const Form& fields,
                         const httplib::Headers& auth) const
    {
        return api->Post(path, auth, formText(fields), kFormType);
    }

    httplib::Result post(const std::string& path, const Form& fields) const
    {
        return post(path, fields, full);
    }

    httplib::Result del(const std::string& path, const Form& fields,
                        const httplib::Headers& auth) const
    {
        return api->Delete(path, auth, formText(fields), kFormType);
    }

    httplib::Result setRule(const std::string& hive, const std::string& name, const Json& data,
                            const httplib::Headers& auth) const
    {
        return post(hivePath(hive, name, "data"), {{"data", data.dump()}}, auth);
    }

    Json list(const std::string& hive) const { return parse(api->Get(hivePath(hive), full)); }

    Json state() const { return parse(control->Get("/_emulator/rules")); }

    bool setState(const std::string& state) const
    {
        return statusOf(control->Put("/_emulator/rules", state, "application/json")) == 200;
    }

    bool setFaults(const Json& faults) const
    {
        return statusOf(control->Post("/_emulator/faults", faults.dump(), "application/json"))
               == 200;
    }

    std::uint64_t writes() const
    {
        Json log = parse(control->Get("/_emulator/writes"));
        return log.is_object() ? log["count"].get<std::uint64_t>() : 999999;
    }

private:
    const EmulatorProcess& m_process;

public:
    std::string oid;
    std::unique_ptr<httplib::Client> api;
    std::unique_ptr<httplib::Client> control;
    httplib::Headers full;
};

std::int64_t elapsedMs(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                 - since)
            .count();
}

void testDemoRules(const Org& org, const std::string& rulesDir)
{
    const auto started = std::chrono::steady_clock::now();
    Json general = org.list("dr-general");
    const std::int64_t firstListMs = elapsedMs(started);
    std::map<std::string, std::string> folderOf;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(rulesDir)) {
        if (entry.is_regular_file()) {
            folderOf[entry.path().stem().string()] = entry.path().parent_path().string();
        }
    }
    std::set<std::string> folders;
    bool fromPack = true;
    bool shaped = true;
    for (auto& [name, record] : general.items()) {
        if (name == "__lc-service-rule") {
            continue;
        }
        fromPack = fromPack && folderOf.count(name) == 1;
        if (folderOf.count(name) == 1) {
            folders.insert(folderOf[name]);
        }
        shaped = shaped && record["data"]["detect"].is_object()
                 && record["data"]["respond"].is_array() && record["usr_mtd"]["enabled"] == true
                 && record["usr_mtd"]["expiry"] == 0 && record["sys_mtd"]["etag"].is_string()
                 && record["sys_mtd"]["guid"].get<std::string>().size() == 36;
    }
    check(general.is_object() && general.size() == 301 && general.contains("__lc-service-rule"),
          "demo org: 300 community rules and __lc-service-rule in dr-general (first list "
                  + std::to_string(firstListMs) + " ms, rules read at first use)");
    check(fromPack && folders.size() == 3,
          "demo rules are named after their files and come from all 3 folders of the pack");
    check(shaped, "demo records: data {detect, respond}, usr_mtd defaults, sys_mtd etag and guid");
    check(org.list("dr-managed").size() == 3 && org.list("fp").size() == 2
                  && org.list("dr-service").empty(),
          "demo org: 3 managed rules, 2 false-positive rules, no dr-service records");

    Json legacy = parse(org.api->Get("/v1/rules/" + org.oid, org.full));
    Json managed = parse(org.api->Get("/v1/rules/" + org.oid + "?namespace=managed", org.full));
    bool legacyShaped = legacy.is_object() && legacy.size() == 301;
    for (auto& [name, rule] : legacy.items()) {
        legacyShaped = legacyShaped && rule["name"] == name && rule["namespace"] == "general"
                       && rule["detect"] == general[name]["data"]["detect"]
                       && rule["respond"] == general[name]["data"]["respond"]
                       && rule["is_enabled"] == true && !rule.contains("expire_on");
    }
    check(legacyShaped, "legacy rules list: the same rules as detect/respond, namespace general");
    check(managed.size() == 3 && managed["managed-office-spawns-shell"]["is_enabled"] == false
                  && managed["managed-office-spawns-shell"]["namespace"] == "managed"
                  && !legacy.contains("managed-office-spawns-shell"),
          "legacy namespace=managed lists the managed rules (one disabled), general does not");
}

void testHiveRecords(const Org& org)
{
    // Names a rule file can carry, each sent percent-encoded in its own path segment.
    const std::vector<std::string> names = {
            "with space",     "slash/inside", "plus+sign", "percent%20literal",
            "question?#hash", "ünïcödé 名前", "data",      "trailing."};
    bool stored = true;
    bool read = true;
    for (const std::string& name : names) {
        const auto result = org.setRule("dr-general", name, kRule, org.full);
        Json answer = parse(result);
        stored = stored && statusOf(result) == 200 && answer["name"] == name
                 && answer["hive"]["name"] == "dr-general" && answer["hive"]["partition"] == org.oid
                 && answer["guid"].get<std::string>().size() == 36;
        Json record = parse(org.api->Get(org.hivePath("dr-general", name, "data"), org.full));
        read = read && record.is_object() && record["data"] == kRule;
    }
    Json general = org.list("dr-general");
    bool listed = true;
    for (const std::string& name : names) {
        listed = listed && general.contains(name);
    }
    check(stored, "hive set: odd keys (space, slash, plus, percent, ?#, unicode, 'data') answer "
                  "{guid, hive {name, partition}, name}");
    check(read && listed, "hive get and list find each odd key under its exact name");

    Json before = parse(org.api->Get(org.hivePath("dr-general", "with space", "mtd"), org.full));
    check(before.is_object() && before["data"] == Json::object()
                  && before["usr_mtd"] == Json::parse(R"({"enabled":true,"expiry":0,"tags":null,
                                                         "comment":""})")
                  && before["sys_mtd"]["created_by"] == "demo-full-access",
          "hive mtd: record with data {} and default usr_mtd");
    const std::string etag = before["sys_mtd"]["etag"];

    const auto stale = org.post(org.hivePath("dr-general", "with space", "data"),
                                {{"data", kRule.dump()}, {"etag", "not-the-etag"}});
    check(statusOf(stale) == 409 && errorOf(stale) == "ETAG_MISMATCH",
          "hive set with a stale etag: 409 ETAG_MISMATCH");
    Json disabled = kRule;
    disabled["respond"].push_back({{"action", "add tag"}, {"tag", "seen"}});
    const auto fresh = org.post(org.hivePath("dr-general", "with space", "data"),
                                {{"data", disabled.dump()},
                                 {"etag", etag},
                                 {"usr_mtd", R"({"enabled": false, "tags": ["a", "b"]})"}});
    Json after = parse(org.api->Get(org.hivePath("dr-general", "with space", "data"), org.full));
    check(statusOf(fresh) == 200 && after["data"] == disabled
                  && after["usr_mtd"]["enabled"] == false
                  && after["usr_mtd"]["tags"] == Json::array({"a", "b"})
                  && after["usr_mtd"]["comment"] == "" && after["sys_mtd"]["etag"] != etag
                  && after["sys_mtd"]["guid"] == before["sys_mtd"]["guid"],
          "hive set with the current etag: written, new etag, same guid, usr_mtd as sent");

    const auto mtdOnly =
            org.post(org.hivePath("dr-general", "with space", "mtd"),
                     {{"usr_mtd", R"({"enabled": true, "comment": "why"})"}, {"data", "null"}});
    Json afterMtd = parse(org.api->Get(org.hivePath("dr-general", "with space", "data"), org.full));
    check(statusOf(mtdOnly) == 200 && afterMtd["data"] == disabled
                  && afterMtd["usr_mtd"]["enabled"] == true
                  && afterMtd["usr_mtd"]["comment"] == "why"
                  && afterMtd["usr_mtd"]["tags"].is_null(),
          "hive mtd set: metadata replaced (missing fields default), data kept, data=null ignored");
    const auto mtdMissing = org.post(org.hivePath("dr-general", "no such rule", "mtd"),
                                     {{"usr_mtd", R"({"enabled": true})"}});
    check(statusOf(mtdMissing) == 404 && errorOf(mtdMissing) == "RECORD_NOT_FOUND",
          "hive mtd set on a missing record: 404 RECORD_NOT_FOUND");

    Json fp = Json::parse(R"({"op": "is", "path": "cat", "value": "Noisy Ünïcode"})");
    const auto zipped = org.post(org.hivePath("fp", "fp/gz", "data"),
                                 {{"gzdata", base64(gzip(fp.dump()))},
                                  {"usr_mtd", R"({"enabled": true, "expiry": 0, "tags": [],
                                                  "comment": ""})"}});
    Json fpRecord = parse(org.api->Get(org.hivePath("fp", "fp/gz", "data"), org.full));
    check(statusOf(zipped) == 200 && parse(zipped)["hive"]["name"] == "fp" && fpRecord["data"] == fp
                  && fpRecord["usr_mtd"]["tags"] == Json::array(),
          "fp hive set with gzdata (base64 of gzip JSON) reads back as the same object");

    const auto notJson = org.post(org.hivePath("dr-general", "bad", "data"), {{"data", "{nope"}});
    const auto noDetect =
            org.post(org.hivePath("dr-general", "bad", "data"), {{"data", R"({"respond": []})"}});
    const auto badUsr = org.post(org.hivePath("dr-general", "bad", "data"),
                                 {{"data", kRule.dump()}, {"usr_mtd", R"({"enabled": "yes"})"}});
    check(statusOf(notJson) == 400 && statusOf(noDetect) == 400 && statusOf(badUsr) == 400
                  && !org.list("dr-general").contains("bad"),
          "hive set refuses data that is not JSON, a rule without detect, a bad usr_mtd (400)");

    const auto removed = org.api->Delete(org.hivePath("dr-general", "slash/inside"), org.full);
    const auto again = org.api->Delete(org.hivePath("dr-general", "slash/inside"), org.full);
    const auto gone = org.api->Get(org.hivePath("dr-general", "slash/inside", "data"), org.full);
    check(statusOf(removed) == 200 && parse(removed) == Json({{"success", true}})
                  && statusOf(again) == 404 && errorOf(again) == "RECORD_NOT_FOUND"
                  && statusOf(gone) == 404 && errorOf(gone) == "RECORD_NOT_FOUND",
          "hive delete: {\"success\": true}, then 404 RECORD_NOT_FOUND for delete and get");

    const auto unknown = org.api->Get("/v1/hive/secret/" + org.oid, org.full);
    const auto unknownSet = org.setRule("lookup", "x", kRule, org.full);
    check(statusOf(unknown) == 404 && statusOf(unknownSet) == 404, "unknown hive: 404");
}

void testLegacy(const Org& org)
{
    const std::string path = "/v1/rules/" + org.oid;
    const Form rule = {{"name", "legacy one"},
                       {"is_replace", "False"},
                       {"detection", kRule["detect"].dump()},
                       {"response", kRule["respond"].dump()},
                       {"namespace", "managed"}};
    const auto added = org.post(path, rule);
    const auto duplicate = org.post(path, rule);
    Form replace = rule;
    replace[1].second = "TRUE";
    replace.emplace_back("is_enabled", "FALSE");
    replace.emplace_back("expire_on", "1900000000");
    const auto replaced = org.post(path, replace);
    Json managed = parse(org.api->Get(path + "?namespace=managed", org.full));
    Json record = parse(org.api->Get(org.hivePath("dr-managed", "legacy one", "data"), org.full));
    check(statusOf(added) == 200 && parse(added)["hive"]["name"] == "dr-managed"
                  && parse(added)["hive"]["partition"] == org.oid
                  && parse(added)["name"] == "legacy one",
          "legacy rule add answers hive-style {guid, hive {dr-managed, oid}, name}");
    check(statusOf(duplicate) == 409 && statusOf(replaced) == 200,
          "legacy add: is_replace False on an existing rule is 409, TRUE replaces it");
    check(managed["legacy one"]["is_enabled"] == false
                  && managed["legacy one"]["expire_on"] == 1900000000000LL
                  && managed["legacy one"]["detect"] == kRule["detect"]
                  && record["usr_mtd"]["enabled"] == false
                  && record["usr_mtd"]["expiry"] == 1900000000000LL,
          "legacy is_enabled=FALSE and expire_on in seconds: disabled, expiry in ms in usr_mtd");

    const auto defaults = org.post(path, {{"name", "legacy two"},
                                          {"is_replace", "true"},
                                          {"detection", kRule["detect"].dump()},
                                          {"response", kRule["respond"].dump()}});
    Json general = parse(org.api->Get(path, org.full));
    check(statusOf(defaults) == 200 && parse(defaults)["hive"]["name"] == "dr-general"
                  && general["legacy two"]["is_enabled"] == true
                  && general["legacy two"]["namespace"] == "general",
          "legacy add without namespace or is_enabled: general, enabled");

    const auto badBool = org.post(
            path, {{"name", "x"}, {"is_replace", "maybe"}, {"detection", kRule["detect"].dump()}});
    const auto badNamespace = org.api->Get(path + "?namespace=elsewhere", org.full);
    check(statusOf(badBool) == 400 && statusOf(badNamespace) == 400,
          "legacy: a boolean that is not true/false and an unknown namespace are 400");

    const auto deleted =
            org.del(path, {{"name", "legacy one"}, {"namespace", "managed"}}, org.full);
    const auto missing =
            org.del(path, {{"name", "legacy one"}, {"namespace", "managed"}}, org.full);
    check(statusOf(deleted) == 200 && parse(deleted) == Json::object() && statusOf(missing) == 404
                  && errorOf(missing).find("RECORD_NOT_FOUND") != std::string::npos,
          "legacy delete answers {}; a missing rule is 404 RECORD_NOT_FOUND");

    const std::string fpPath = "/v1/fp/" + org.oid;
    Json fpRule = Json::parse(R"({"op": "is", "path": "routing/hostname", "value": "x"})");
    const auto fpAdded = org.post(
            fpPath, {{"name", "legacy fp"}, {"is_replace", "true"}, {"rule", fpRule.dump()}});
    Json fps = parse(org.api->Get(fpPath, org.full));
    const auto fpDeleted = org.del(fpPath, {{"name", "legacy fp"}}, org.full);
    check(statusOf(fpAdded) == 200 && parse(fpAdded)["hive"]["name"] == "fp"
                  && fps["legacy fp"]["data"] == fpRule && fps["legacy fp"]["name"] == "legacy fp"
                  && fps.contains("fp-backup-agent-vssadmin") && statusOf(fpDeleted) == 200
                  && parse(fpDeleted) == Json::object() && !org.list("fp").contains("legacy fp"),
          "legacy fp: add (hive-style answer), list {name, data}, delete {}");

    Json service = parse(org.api->Get(path + "?namespace=replicant", org.full));
    check(service.is_object() && service.empty(), "legacy namespace=replicant lists dr-service");
}

void testPermissions(const Org& org)
{
    const httplib::Headers noManaged = org.tokenFor(kNoManagedWriteKey);
    const httplib::Headers readOnly = org.tokenFor("read_only");
    Json who = parse(org.api->Get("/v1/who", noManaged));
    bool hasSetManaged = false;
    bool hasListManaged = false;
    for (const auto& perm : who["perms"]) {
        hasSetManaged = hasSetManaged || perm == "dr.set.managed" || perm == "dr.del.managed";
        hasListManaged = hasListManaged || perm == "dr.list.managed";
    }
    check(who.is_object() && !hasSetManaged && hasListManaged,
          "who for the no_managed_write key: dr.list.managed but no dr.set/del.managed");

    const auto set = org.setRule("dr-managed", "blocked", kRule, noManaged);
    const auto legacySet = org.post("/v1/rules/" + org.oid,
                                    {{"name", "blocked"},
                                     {"is_replace", "true"},
                                     {"detection", kRule["detect"].dump()},
                                     {"namespace", "managed"}},
                                    noManaged);
    const auto del =
            org.api->Delete(org.hivePath("dr-managed", "managed-ransomware-canary"), noManaged);
    const auto legacyDel =
            org.del("/v1/rules/" + org.oid,
                    {{"name", "managed-ransomware-canary"}, {"namespace", "managed"}}, noManaged);
    check(statusOf(set) == 403 && errorOf(set) == "unauthorized: missing permission dr.set.managed"
                  && statusOf(legacySet) == 403
                  && errorOf(legacySet).find("dr.set.managed") != std::string::npos,
          "no dr.set.managed: hive and legacy writes to managed are 403 naming the permission");
    check(statusOf(del) == 403 && errorOf(del).find("dr.del.managed") != std::string::npos
                  && statusOf(legacyDel) == 403 && org.list("dr-managed").size() == 3,
          "no dr.del.managed: hive and legacy deletes in managed are 403, nothing removed");
    const auto listManaged = org.api->Get(org.hivePath("dr-managed"), noManaged);
    const auto setGeneral = org.setRule("dr-general", "allowed", kRule, noManaged);
    check(statusOf(listManaged) == 200 && parse(listManaged).size() == 3
                  && statusOf(setGeneral) == 200,
          "the same key lists managed rules and writes general ones");

    const auto listGeneral = org.api->Get(org.hivePath("dr-general"), readOnly);
    const auto listFp = org.api->Get("/v1/fp/" + org.oid, readOnly);
    const auto delGeneral = org.api->Delete(org.hivePath("dr-general", "allowed"), readOnly);
    check(statusOf(listGeneral) == 403 && errorOf(listGeneral).find("dr.list") != std::string::npos
                  && statusOf(listFp) == 403 && errorOf(listFp).find("fp.ctrl") != std::string::npos
                  && statusOf(delGeneral) == 403
                  && errorOf(delGeneral).find("dr.del") != std::string::npos,
          "read-only key: 403 naming dr.list, fp.ctrl and dr.del");

    const auto service = org.setRule("dr-service", "mine", kRule, org.full);
    const auto serviceDel = org.api->Delete(org.hivePath("dr-service", "mine"), org.full);
    const auto legacyService =
            org.post("/v1/rules/" + org.oid, {{"name", "mine"},
                                              {"is_replace", "true"},
                                              {"detection", kRule["detect"].dump()},
                                              {"namespace", "service"}});
    const auto serviceList = org.api->Get(org.hivePath("dr-service"), org.full);
    check(statusOf(service) == 403 && statusOf(serviceDel) == 403 && statusOf(legacyService) == 403
                  && errorOf(service).find("dr-service") != std::string::npos
                  && statusOf(serviceList) == 200,
          "dr-service: listed with dr.list.replicant, writes and deletes refused even with "
          "every permission");
    check(statusOf(org.api->Get(org.hivePath("dr-general"))) == 401,
          "hive list without a token: 401");
}

void testWriteLog(const Org& org)
{
    org.control->Delete("/_emulator/writes");
    org.list("dr-general");
    org.api->Get("/v1/rules/" + org.oid, org.full);
    org.api->Post("/v1/online/" + org.oid, org.full, "sids=x", kFormType);
    const std::uint64_t afterReads = org.writes();
    org.setRule("dr-general", "counted", kRule, org.full);
    org.setRule("dr-service", "refused but sent", kRule, org.full);
    org.api->Delete(org.hivePath("dr-general", "counted"), org.full);
    Json log = parse(org.control->Get("/_emulator/writes"));
    check(afterReads == 0, "write log: lists, the legacy list and the online query are not writes");
    check(log["count"] == 3 && log["writes"].size() == 3 && log["writes"][0]["method"] == "POST"
                  && log["writes"][1]["status"] == 403 && log["writes"][2]["method"] == "DELETE"
                  && log["writes"][2]["target"] == org.hivePath("dr-general", "counted"),
          "write log: every state-changing request counted with its answer, refused ones too");
    org.control->Delete("/_emulator/writes");
    check(org.writes() == 0, "write log: DELETE resets the count");
}

// Field case C23: the third of five writes fails and leaves p3 listed but unreadable.
void testHalfWritten(const Org& org)
{
    check(org.setState("{}"), "rule state replaced by an empty one");
    check(org.setFaults({{"fail_rule_write", 3}}), "fault fail_rule_write 3 set");
    std::vector<int> statuses;
    std::string failure;
    for (const std::string name : {"p1", "p2", "p3", "p4", "p5"}) {
        Json rule = kRule;
        rule["detect"]["value"] = name + ".exe";
        const auto result = org.setRule("dr-general", name, rule, org.full);
        statuses.push_back(statusOf(result));
        if (name == "p3") {
            failure = result ? result->body : std::string();
        }
    }
    check(statuses == std::vector<int>({200, 200, 500, 200, 200})
                  && Json::parse(failure, nullptr, false) == Json({{"error", "internal"}}),
          "C23: the 3rd write answers 500 {\"error\": \"internal\"}, the others 200");
    Json listed = org.list("dr-general");
    const auto p3 = org.api->Get(org.hivePath("dr-general", "p3", "data"), org.full);
    const auto p3Mtd = org.api->Get(org.hivePath("dr-general", "p3", "mtd"), org.full);
    Json legacy = parse(org.api->Get("/v1/rules/" + org.oid, org.full));
    check(listed.size() == 5 && listed.contains("p3") && listed["p3"]["data"].is_null()
                  && listed["p3"]["sys_mtd"]["last_error"] == "internal" && legacy.contains("p3")
                  && legacy["p3"]["detect"].is_null(),
          "C23: p3 is listed (hive and legacy) without data");
    check(statusOf(p3) == 404 && errorOf(p3) == "RECORD_NOT_FOUND" && statusOf(p3Mtd) == 404,
          "C23: get p3 answers 404 RECORD_NOT_FOUND");
    Json state = org.state();
    check(state["general"]["p3"]["half_written"] == true
                  && !state["general"]["p2"].contains("half_written"),
          "C23: the state control call marks p3 half-written");

    Json rule = kRule;
    rule["detect"]["value"] = "p3.exe";
    const auto mtd = org.post(org.hivePath("dr-general", "p3", "mtd"), {{"usr_mtd", "{}"}});
    const auto repaired = org.setRule("dr-general", "p3", rule, org.full);
    Json p3After = parse(org.api->Get(org.hivePath("dr-general", "p3", "data"), org.full));
    check(statusOf(mtd) == 404 && statusOf(repaired) == 200 && p3After["data"] == rule
                  && p3After["sys_mtd"]["last_error"] == ""
                  && !org.state()["general"]["p3"].contains("half_written"),
          "C23: a metadata write cannot repair p3 (404), the next data write does");
    org.control->Delete("/_emulator/faults");

    // The same fault by name, which concurrent pushes can rely on; once only.
    check(org.setFaults({{"fail_rule_write_name", "p4"}}), "fault fail_rule_write_name p4 set");
    const int first = statusOf(org.setRule("dr-general", "p4", kRule, org.full));
    const int second = statusOf(org.setRule("dr-general", "p4", kRule, org.full));
    check(first == 500 && second == 200, "fail_rule_write_name: the next write of p4 fails, once");
    org.control->Delete("/_emulator/faults");
}

void testMissingRecordFault(const Org& org)
{
    check(org.setFaults({{"missing_records", {"p1"}}}), "fault missing_records [p1] set");
    const auto read = org.api->Get(org.hivePath("dr-general", "p1", "data"), org.full);
    check(org.list("dr-general").contains("p1") && !org.list("dr-general")["p1"]["data"].is_null()
                  && statusOf(read) == 404 && errorOf(read) == "RECORD_NOT_FOUND",
          "missing_records: p1 is listed with its data but get answers 404");
    org.control->Delete("/_emulator/faults");
    check(statusOf(org.api->Get(org.hivePath("dr-general", "p1", "data"), org.full)) == 200,
          "missing_records cleared: p1 reads again");
}

void testState(const Org& org, const std::string& dataDir)
{
    // Started with --rules-state C08/org-state.json.
    Json start = org.state();
    check(start.is_object() && start["general"].size() == 3 && start["managed"].empty()
                  && start["general"]["alpha"]["respond"][0]["name"] == "alpha"
                  && start["general"]["beta"]["is_enabled"] == true
                  && start["general"]["gamma"]["usr_mtd"]["enabled"] == true
                  && start["general"]["gamma"]["sys_mtd"]["created_by"] == "lcdesk-emulator",
          "--rules-state C08: alpha, beta, gamma in general, with usr_mtd and sys_mtd");

    check(org.setState(readFile(dataDir + "/C10/cloud-rules.json")), "C10 cloud rules loaded");
    Json legacy = parse(org.api->Get("/v1/rules/" + org.oid, org.full));
    Json r1 = parse(org.api->Get(org.hivePath("dr-general", "r1-keyorder", "data"), org.full));
    std::vector<std::string> r1Keys;
    for (const auto& [key, value] : r1["data"]["detect"].items()) {
        r1Keys.push_back(key);
    }
    check(legacy.size() == 9 && !legacy.contains("alpha")
                  && legacy["r9-disabled"]["is_enabled"] == false
                  && legacy["r7-string-vs-number"]["detect"]["value"] == 4
                  && legacy["r5-int-vs-float"]["detect"]["value"].is_number_float()
                  && r1Keys == std::vector<std::string>({"value", "path", "op", "event"}),
          "C10: 9 rules replace the state; r9 disabled, numbers and key order kept as given");

    const auto bad = org.control->Put("/_emulator/rules",
                                      R"({"general": {"x": {"detect": {}, "colour": 1}}})",
                                      "application/json");
    const auto badSection =
            org.control->Put("/_emulator/rules", R"({"elsewhere": {}})", "application/json");
    check(statusOf(bad) == 400 && statusOf(badSection) == 400 && org.state()["general"].size() == 9,
          "a rule state with an unknown field or section is refused, the state kept");

    const auto reset = org.control->Delete("/_emulator/rules");
    check(statusOf(reset) == 200 && parse(reset)["general"] == 3
                  && org.state()["general"].contains("alpha"),
          "DELETE /_emulator/rules goes back to the start state");
    const auto lab = org.control->Get("/_emulator/rules?oid=d3e0c0de-0000-4000-8000-00000000a1ab");
    check(statusOf(lab) == 200 && parse(lab)["general"].empty()
                  && statusOf(org.control->Get("/_emulator/rules?oid=nope")) == 404,
          "other orgs start without rules; an unknown org is 404");
}

// The latency fault delays each request on its own: concurrent requests overlap their delays.
void testLatencyOverlaps(const Org& org, const EmulatorProcess& process)
{
    constexpr int kLatencyMs = 300;
    constexpr int kRequests = 16;
    check(org.setFaults({{"latency_ms", kLatencyMs}}), "fault latency_ms 300 set");
    std::vector<std::int64_t> each(kRequests, 0);
    std::vector<int> statuses(kRequests, 0);
    std::vector<std::thread> threads;
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < kRequests; ++i) {
        threads.emplace_back([&, i] {
            auto client = SelfCheck::clientFor(process, "api");
            const auto begun = std::chrono::steady_clock::now();
            Json rule = kRule;
            rule["detect"]["value"] = std::to_string(i);
            statuses[static_cast<std::size_t>(i)] = statusOf(client->Post(
                    org.hivePath("dr-general", "concurrent-" + std::to_string(i), "data"), org.full,
                    formText({{"data", rule.dump()}}), kFormType));
            each[static_cast<std::size_t>(i)] = elapsedMs(begun);
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    const std::int64_t total = elapsedMs(started);
    org.control->Delete("/_emulator/faults");
    bool delayed = true;
    for (int i = 0; i < kRequests; ++i) {
        delayed = delayed && statuses[static_cast<std::size_t>(i)] == 200
                  && each[static_cast<std::size_t>(i)] >= kLatencyMs;
    }
    // A second above the delay is what a refused connection costs (one SYN retransmission).
    check(delayed && total < kLatencyMs + 700,
          "latency 300 ms: 16 concurrent writes each delayed, all done in " + std::to_string(total)
                  + " ms (one after another would take 4800 ms)");
}

void testCommandLineFaults(const std::string& binary, const std::string& dataDir)
{
    EmulatorProcess emulator(binary,
                             {"--sensors", "5", "--rules-state", dataDir + "/C08/org-state.json",
                              "--fail-rule-write-name", "beta", "--missing-record", "gamma",
                              "--fail-rule-write", "2"});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts with rule faults on the command line " + error);
        return;
    }
    Org org(emulator);
    Json faults = parse(org.control->Get("/_emulator/faults"));
    check(faults["fail_rule_write"] == 2 && faults["fail_rule_write_name"] == "beta"
                  && faults["missing_records"] == Json::array({"gamma"}),
          "--fail-rule-write, --fail-rule-write-name and --missing-record show in the faults");
    const int first = statusOf(org.setRule("dr-general", "alpha", kRule, org.full));
    const int second = statusOf(org.setRule("dr-general", "delta", kRule, org.full));
    const int third = statusOf(org.setRule("dr-general", "beta", kRule, org.full));
    const int gamma = statusOf(org.api->Get(org.hivePath("dr-general", "gamma", "data"), org.full));
    check(first == 200 && second == 500 && third == 500 && gamma == 404
                  && org.list("dr-general").contains("gamma"),
          "command-line rule faults: 2nd write and the write of beta fail, gamma is unreadable");

    EmulatorProcess broken(binary, {"--rules-state", dataDir + "/C10/missing.json"});
    check(!broken.start(error), "--rules-state with a missing file stops the emulator at start");
}

} // namespace

namespace {

// A missing field reads as null (the values are not const), but a value of the wrong type
// throws: that fails the part instead of ending the whole run.
template <typename Test>
void guarded(const std::string& part, Test test)
{
    try {
        test();
    } catch (const std::exception& exception) {
        check(false, part + " stopped: " + exception.what());
    }
}

} // namespace

void RulesSelfTest::run(const std::string& binary, const std::string& dataDir,
                        const std::string& rulesDir)
{
    {
        const auto started = std::chrono::steady_clock::now();
        EmulatorProcess emulator(binary, {"--sensors", "50"});
        std::string error;
        if (!emulator.start(error)) {
            check(false, "emulator starts with the demo rules " + error);
            return;
        }
        std::printf("info demo emulator ready in %lld ms\n",
                    static_cast<long long>(elapsedMs(started)));
        Org org(emulator);
        guarded("testDemoRules", [&] { testDemoRules(org, rulesDir); });
        guarded("testHiveRecords", [&] { testHiveRecords(org); });
        guarded("testLegacy", [&] { testLegacy(org); });
        guarded("testPermissions", [&] { testPermissions(org); });
        guarded("testWriteLog", [&] { testWriteLog(org); });
    }
    {
        EmulatorProcess emulator(
                binary, {"--sensors", "5", "--rules-state", dataDir + "/C08/org-state.json"});
        std::string error;
        if (!emulator.start(error)) {
            check(false, "emulator starts with --rules-state " + error);
            return;
        }
        Org org(emulator);
        guarded("testState", [&] { testState(org, dataDir); });
        guarded("testHalfWritten", [&] { testHalfWritten(org); });
        guarded("testMissingRecordFault", [&] { testMissingRecordFault(org); });
        guarded("testLatencyOverlaps", [&] { testLatencyOverlaps(org, emulator); });
    }
    guarded("testCommandLineFaults", [&] { testCommandLineFaults(binary, dataDir); });
}
