// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvestigateSelfTest.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <memory>
#include <vector>

#include "EmulatorProcess.h"
#include "SelfCheck.h"
#include "SpoutClient.h"

namespace {

using Json = nlohmann::json;

const char kForm[] = "application/x-www-form-urlencoded";
// The dropper's SHA-256 as published in emulator/README.md.
const char kDropperHash[] = "ec39617c0fb934220f29b170e35947077cd60bca70f84f25eaa03821db777ce5";
const char kC22Oid[] = "7d2c1f0e-3b4a-4e5f-9a8b-1c2d3e4f5a6b";

void check(bool ok, const std::string& what)
{
    SelfCheck::check(ok, what);
}

std::string text(const Json& value, const char* key)
{
    return EmulatorProcess::text(value, key);
}

std::string percentEncode(const std::string& raw)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(digits[byte >> 4U]);
            out.push_back(digits[byte & 0xFU]);
        }
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
        const unsigned n = (static_cast<unsigned char>(data[i]) << 16U)
                           | (static_cast<unsigned char>(data[i + 1]) << 8U)
                           | static_cast<unsigned char>(data[i + 2]);
        out += {alphabet[(n >> 18U) & 63U], alphabet[(n >> 12U) & 63U], alphabet[(n >> 6U) & 63U],
                alphabet[n & 63U]};
    }
    if (i + 1 == data.size()) {
        const unsigned n = static_cast<unsigned char>(data[i]) << 16U;
        out += {alphabet[(n >> 18U) & 63U], alphabet[(n >> 12U) & 63U], '=', '='};
    } else if (i + 2 == data.size()) {
        const unsigned n = (static_cast<unsigned char>(data[i]) << 16U)
                           | (static_cast<unsigned char>(data[i + 1]) << 8U);
        out += {alphabet[(n >> 18U) & 63U], alphabet[(n >> 12U) & 63U], alphabet[(n >> 6U) & 63U],
                '='};
    }
    return out;
}

// One emulator, a token, and an interactive stream for its investigation.
class Console
{
public:
    Console(const EmulatorProcess& emulator, const std::string& inv)
        : m_emulator(emulator)
        , m_oid(text(emulator.ready(), "oid"))
        , m_key(text(emulator.ready(), "api_key"))
        , m_inv(inv)
        , m_api(SelfCheck::clientFor(emulator, "api"))
    {
        const std::string token = SelfCheck::mintJwt(emulator, "oid=" + m_oid + "&secret=" + m_key);
        m_auth = {{"Authorization", "bearer " + token}};
        m_stream = std::make_unique<SpoutClient>(emulator.host("stream"), emulator.port("stream"));
        m_stream->post("/" + m_oid, "type=event&inv_id=" + inv + "&api_key=" + m_key);
        const auto connected = m_stream->nextLine(3000);
        m_open = connected && connected->text.find("connected") != std::string::npos;
    }

    bool open() const { return m_open; }
    const std::string& oid() const { return m_oid; }
    httplib::Client& api() { return *m_api; }
    const httplib::Headers& auth() const { return m_auth; }

    // Posts a task; the HTTP status (200, or 400 for an offline sensor).
    int post(const std::string& sid, const std::string& task, std::string& trackingId)
    {
        trackingId = m_inv + "/" + std::to_string(++m_count);
        const auto result = m_api->Post(
                "/v1/" + sid, m_auth,
                "tasks=" + percentEncode(task) + "&investigation_id=" + trackingId, kForm);
        return SelfCheck::statusOf(result);
    }

    // The records of one tracking id, receipt included, until `until` accepts the list or
    // `timeoutMs` passes.
    std::vector<Json> collect(const std::string& trackingId, int timeoutMs,
                              const std::function<bool(const std::vector<Json>&)>& until)
    {
        std::vector<Json> out;
        const std::int64_t deadline = SpoutClient::nowMs() + timeoutMs;
        while (!until(out)) {
            const std::int64_t left = deadline - SpoutClient::nowMs();
            if (left <= 0) {
                break;
            }
            const auto line = m_stream->nextLine(static_cast<int>(left));
            if (!line) {
                break;
            }
            const Json record = Json::parse(line->text, nullptr, false);
            if (record.is_object() && record.contains("routing")
                && text(record["routing"], "investigation_id") == trackingId) {
                out.push_back(record);
            }
        }
        return out;
    }

    // Receipt and one reply: the reply's event, or null.
    Json ask(const std::string& sid, const std::string& task)
    {
        std::string id;
        if (post(sid, task, id) != 200) {
            return Json();
        }
        const auto records =
                collect(id, 3000, [](const std::vector<Json>& got) { return got.size() >= 2; });
        for (const Json& record : records) {
            if (text(record["routing"], "event_type") != "CLOUD_NOTIFICATION") {
                return record["event"];
            }
        }
        return Json();
    }

    // Everything up to and including the event whose ERROR_MESSAGE is "done".
    std::vector<Json> askUntilDone(const std::string& sid, const std::string& task,
                                   int timeoutMs = 4000)
    {
        std::string id;
        if (post(sid, task, id) != 200) {
            return {};
        }
        return collect(id, timeoutMs, [](const std::vector<Json>& got) {
            return !got.empty() && got.back().contains("event")
                   && text(got.back()["event"], "ERROR_MESSAGE") == "done";
        });
    }

    Json control(const std::string& method, const std::string& path,
                 const std::string& body = std::string())
    {
        httplib::Result result = method == "GET"      ? m_api->Get(path)
                                 : method == "DELETE" ? m_api->Delete(path)
                                                      : m_api->Post(path, body, "application/json");
        return SelfCheck::parse(result);
    }

private:
    const EmulatorProcess& m_emulator;
    std::string m_oid;
    std::string m_key;
    std::string m_inv;
    std::unique_ptr<httplib::Client> m_api;
    httplib::Headers m_auth;
    std::unique_ptr<SpoutClient> m_stream;
    bool m_open = false;
    int m_count = 0;
};

std::string eventType(const Json& record)
{
    return text(record["routing"], "event_type");
}

bool hasProcess(const Json& reply, int pid)
{
    if (!reply.is_object() || !reply["PROCESSES"].is_array()) {
        return false;
    }
    return std::any_of(reply["PROCESSES"].begin(), reply["PROCESSES"].end(),
                       [pid](const Json& p) { return p["PROCESS_ID"] == pid; });
}

bool listsPath(const Json& reply, const std::string& path)
{
    if (!reply.is_object() || !reply["DIRECTORY_LIST"].is_array()) {
        return false;
    }
    return std::any_of(reply["DIRECTORY_LIST"].begin(), reply["DIRECTORY_LIST"].end(),
                       [&path](const Json& entry) { return text(entry, "FILE_PATH") == path; });
}

// The demo org's hosts of one implant kind, online ones first.
std::vector<Json> implantHosts(const Json& implants, const std::string& kind)
{
    std::vector<Json> hosts;
    for (const Json& host : implants["hosts"]) {
        if (text(host, "kind") == kind) {
            hosts.push_back(host);
        }
    }
    std::stable_sort(hosts.begin(), hosts.end(), [](const Json& a, const Json& b) {
        return a["online"].get<bool>() && !b["online"].get<bool>();
    });
    return hosts;
}

void testQuoting(Console& console, const std::string& windows, const std::string& linux)
{
    // Field case C22's exact task lines: a doubled backslash is one, \" is a quote.
    const Json missing =
            console.ask(windows, "file_info \"C:\\\\Users\\\\Public\\\\evil tool.exe\"");
    check(text(missing, "FILE_PATH") == "C:\\Users\\Public\\evil tool.exe" && missing["ERROR"] == 2,
          "C22 Windows line parses to C:\\Users\\Public\\evil tool.exe (not there yet: ERROR 2)");
    const Json moved =
            console.ask(windows, "file_mov \"C:\\\\Users\\\\Public\\\\Documents\\\\"
                                 "readme.txt\" \"C:\\\\Users\\\\Public\\\\evil tool.exe\"");
    const Json found = console.ask(windows, "file_info \"C:\\\\Users\\\\Public\\\\evil tool.exe\"");
    const Json unquoted =
            console.ask(windows, "file_info C:\\Users\\Public\\Documents\\readme.txt");
    check(moved["ERROR"] == 0 && found["ERROR"] == 0 && found["FILE_SIZE"] == 33
                  && unquoted["ERROR"] == 2,
          "file_mov to the quoted path, file_info finds it there, the source is gone (an "
          "unquoted path keeps its single backslashes)");

    const Json dropper = console.ask(linux, "file_info \"/tmp/dropper \\\"v2\\\"\"");
    check(text(dropper, "FILE_PATH") == "/tmp/dropper \"v2\"" && dropper["ERROR"] == 2,
          "C22 Linux line parses to /tmp/dropper \"v2\" (ERROR 2: the folder exists)");
    console.ask(linux, "file_mov /etc/crontab \"/tmp/dropper \\\"v2\\\"\"");
    const Json there = console.ask(linux, "file_info \"/tmp/dropper \\\"v2\\\"\"");
    const Json quotedRoot = console.ask(linux, "file_info \"/no such dir/x\"");
    check(there["ERROR"] == 0 && quotedRoot["ERROR"] == 3,
          "the moved file is found under the quoted name; a missing folder is ERROR 3");
}

void testWindows(Console& console, const std::string& sid)
{
    const Json version = console.ask(sid, "os_version");
    check(version["VERSION_MAJOR"] == 10 && version["ERROR"] == 0, "Windows os_version");

    const Json all = console.ask(sid, "os_processes");
    bool complete = all.is_object() && all["PROCESSES"].size() > 10;
    int notepad = 0;
    for (const Json& process : all["PROCESSES"]) {
        for (const char* key : {"PROCESS_ID", "PARENT_PROCESS_ID", "FILE_PATH", "COMMAND_LINE",
                                "USER_NAME", "MEMORY_USAGE", "THREADS"}) {
            complete = complete && process.contains(key);
        }
        if (text(process, "FILE_PATH") == "C:\\Windows\\System32\\notepad.exe") {
            notepad = process["PROCESS_ID"];
        }
    }
    check(complete && notepad != 0,
          "os_processes: a table with PID, parent, path, command line, user, memory, threads, "
          "including the telemetry's notepad.exe");
    const Json one = console.ask(sid, "os_processes -p " + std::to_string(notepad));
    check(one["PROCESSES"].size() == 1 && hasProcess(one, notepad), "os_processes -p PID");

    const Json killed = console.ask(sid, "os_kill_process -p " + std::to_string(notepad));
    const Json after = console.ask(sid, "os_processes --is-no-modules");
    const Json again = console.ask(sid, "os_kill_process -p " + std::to_string(notepad));
    const Json system = console.ask(sid, "os_kill_process -p 4");
    check(killed["ERROR"] == 0 && killed["PROCESS_ID"] == notepad && !hasProcess(after, notepad)
                  && hasProcess(after, 4) && again["ERROR"] == 87 && system["ERROR"] == 5,
          "kill: ERROR 0, the pid is gone from os_processes, killing it again is ERROR 87, "
          "the System process is access denied");

    const Json shallow = console.ask(sid, "dir_list \"C:\\\\Windows\\\\System32\" *.sys");
    const Json deeper = console.ask(sid, "dir_list -d 1 \"C:\\\\Windows\\\\System32\" *.sys");
    const Json exes = console.ask(sid, "dir_list --depth 0 C:\\Windows\\System32 ?md.exe");
    check(shallow["DIRECTORY_LIST"].empty() && shallow["ERROR"] == 0
                  && listsPath(deeper, "C:\\Windows\\System32\\drivers\\tcpip.sys")
                  && deeper["DIRECTORY_LIST_DEPTH"] == 1 && exes["DIRECTORY_LIST"].size() == 1
                  && listsPath(exes, "C:\\Windows\\System32\\cmd.exe"),
          "dir_list: depth 0 stays in the folder, -d 1 reaches drivers\\*.sys, ? and * match");
    const Json nowhere = console.ask(sid, "dir_list C:\\Nowhere *");
    check(nowhere["ERROR"] == 3, "dir_list of a missing folder: ERROR 3");

    const Json run =
            console.ask(sid, "reg_list hklm\\software\\microsoft\\windows\\currentversion\\run");
    bool security = false;
    for (const Json& value : run["REGISTRY_VALUE"]) {
        security = security || text(value, "NAME") == "SecurityHealth";
    }
    const Json parent = console.ask(sid, "reg_list \"HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft"
                                         "\\\\Windows\\\\CurrentVersion\"");
    const bool runListed =
            parent["REGISTRY_KEY"].is_array()
            && std::find(parent["REGISTRY_KEY"].begin(), parent["REGISTRY_KEY"].end(), "Run")
                       != parent["REGISTRY_KEY"].end();
    const Json noKey = console.ask(sid, "reg_list hklm\\software\\nothing-here");
    const Json badRoot = console.ask(sid, "reg_list software\\x");
    check(run["ERROR"] == 0 && security && runListed && noKey["ERROR"] == 2
                  && badRoot["ERROR"] == 87,
          "reg_list: values of Run, subkeys of CurrentVersion, ERROR 2 for a missing key, 87 for "
          "a key without a hive");
}

void testImplants(Console& console, const Json& implants)
{
    const auto windows = implantHosts(implants, "windows-dropper");
    const auto linux = implantHosts(implants, "linux-helper");
    const auto mac = implantHosts(implants, "macos-agent");
    const auto online = std::count_if(windows.begin(), windows.end(),
                                      [](const Json& h) { return h["online"].get<bool>(); });
    std::string hash;
    for (const Json& indicator : implants["indicators"]) {
        if (text(indicator, "kind") == "windows-dropper") {
            hash = text(indicator, "sha256");
        }
    }
    check(windows.size() >= 3 && online >= 2 && linux.size() == 2 && mac.size() == 1
                  && hash == kDropperHash && text(implants, "marker") == "LCDESK-DEMO-IMPLANT",
          "planted indicators: >= 3 Windows hosts (2 online), 2 Linux, 1 Mac, published hash");
    if (windows.empty() || !windows[0]["online"].get<bool>()) {
        return;
    }
    const std::string sid = text(windows[0], "sid");

    const Json info =
            console.ask(sid, "file_info \"C:\\\\ProgramData\\\\Updater\\\\svcupdate.exe\"");
    const Json fileHash = console.ask(sid, "file_hash C:\\ProgramData\\Updater\\svcupdate.exe");
    check(info["ERROR"] == 0 && info["FILE_SIZE"] == 48640 && text(fileHash, "HASH") == hash,
          "file_info and file_hash find the dropper");
    const Json positional = console.ask(sid, "dir_find_hash \"C:\\\\ProgramData\\\\\" \"*.exe\" "
                                                     + hash + " --depth 3");
    const Json flagged =
            console.ask(sid, "dir_find_hash -d 3 --hash " + hash + " \"C:\\\\\" \"svc*.exe\"");
    const Json tooShallow = console.ask(sid, "dir_find_hash -d 1 --hash " + hash + " C:\\ *.exe");
    const Json badHash = console.ask(sid, "dir_find_hash -d 1 --hash zz12 C:\\ *.exe");
    check(listsPath(positional, "C:\\ProgramData\\Updater\\svcupdate.exe")
                  && listsPath(flagged, "C:\\ProgramData\\Updater\\svcupdate.exe")
                  && text(flagged["DIRECTORY_LIST"][0], "HASH") == hash
                  && tooShallow["DIRECTORY_LIST"].empty() && badHash["ERROR"] == 87,
          "dir_find_hash finds the dropper (positional hash and --hash forms, depth honoured, "
          "a bad hash is ERROR 87)");
    const Json runKey = console.ask(sid, "reg_list \"hklm\\\\software\\\\microsoft\\\\windows\\\\"
                                         "currentversion\\\\run\"");
    bool svcUpdate = false;
    for (const Json& value : runKey["REGISTRY_VALUE"]) {
        svcUpdate = svcUpdate
                    || (text(value, "NAME") == "SvcUpdate"
                        && text(value, "VALUE").find("svcupdate.exe") != std::string::npos);
    }
    check(svcUpdate, "the Run key holds the SvcUpdate value");

    const std::string rule = "rule demo_implant { strings: $a = \"LCDESK-DEMO-IMPLANT\" "
                             "condition: $a }";
    const auto scan =
            console.askUntilDone(sid, "yara_scan " + base64(rule) + " --is-no-validation");
    bool detection = false;
    for (const Json& record : scan) {
        if (eventType(record) == "YARA_DETECTION"
            && text(record["event"], "RULE_NAME") == "demo_implant") {
            detection =
                    text(record["event"], "FILE_PATH") == "C:\\ProgramData\\Updater\\svcupdate.exe"
                    && record["event"]["PROCESS_ID"] != 0;
        }
    }
    check(scan.size() >= 3 && eventType(scan.front()) == "CLOUD_NOTIFICATION" && detection
                  && eventType(scan.back()) == "YARA_DETECTION"
                  && text(scan.back()["event"], "ERROR_MESSAGE") == "done",
          "yara_scan (base64 rule, whole host): receipt, a detection in the dropper's process, "
          "done last");
    const auto fileScan = console.askUntilDone(
            sid, "yara_scan -f C:\\ProgramData\\Updater\\svcupdate.exe \""
                         + std::string(
                                 "rule literal { strings: $a = \\\"svc-update-agent\\\" condition: "
                                 "any of them }")
                         + "\"");
    check(fileScan.size() == 3 && text(fileScan[1]["event"], "RULE_NAME") == "literal"
                  && text(fileScan[1]["event"], "HASH") == hash,
          "yara_scan -f with a literal rule: one detection with the file's hash, then done");
    const auto clean = console.askUntilDone(sid, "yara_scan -f C:\\Windows\\System32\\cmd.exe "
                                                         + base64(rule));
    const auto url = console.askUntilDone(sid, "yara_scan https://rules.example.com/x.yar");
    check(clean.size() == 2 && url.size() == 3 && url[1]["event"]["ERROR"] == 50
                  && text(url[1]["event"], "ERROR_MESSAGE").find("cannot fetch")
                             != std::string::npos,
          "a clean file gives only done; an https rule is an error saying it cannot be fetched, "
          "then done");
    const auto hidden = console.askUntilDone(sid, "hidden_module_scan -1");
    check(hidden.size() == 3 && eventType(hidden[1]) == "HIDDEN_MODULE_DETECTED",
          "hidden_module_scan -1: one hidden module in the dropper's process, then done");

    if (!linux.empty() && linux[0]["online"].get<bool>()) {
        const std::string linuxSid = text(linux[0], "sid");
        const Json helper = console.ask(linuxSid, "file_hash /tmp/.cache/kworker-upd");
        const auto linuxScan =
                console.askUntilDone(linuxSid, "yara_scan -e *kworker* " + base64(rule));
        check(helper["ERROR"] == 0 && text(helper, "HASH").size() == 64 && linuxScan.size() == 3,
              "Linux helper: file_hash and a yara_scan -e of its process");
    }
}

void testPlatforms(Console& console, const std::string& linuxSid, const std::string& macSid,
                   const std::string& hostname)
{
    const Json content = console.ask(linuxSid, "file_get /etc/hostname");
    check(content["ERROR"] == 0
                  && SelfCheck::base64Decode(text(content, "FILE_CONTENT")) == hostname + "\n"
                  && content["FILE_SIZE"] == hostname.size() + 1,
          "file_get: FILE_CONTENT is base64 of the file");
    const Json part = console.ask(linuxSid, "file_get -o 1 -s 3 /etc/hostname");
    const Json shadow = console.ask(linuxSid, "file_get /etc/shadow");
    check(SelfCheck::base64Decode(text(part, "FILE_CONTENT")) == hostname.substr(1, 3)
                  && shadow["ERROR"] == 5,
          "file_get -o/-s reads a slice; a protected file is ERROR 5");
    const Json registry = console.ask(linuxSid, "reg_list hklm\\software");
    const Json packages = console.ask(macSid, "os_packages");
    check(registry["ERROR"] == 50
                  && text(registry, "ERROR_MESSAGE") == "not supported on this platform"
                  && packages["ERROR"] == 50,
          "reg_list on Linux and os_packages on macOS: ERROR 50 not supported on this platform");
    const Json usage = console.ask(linuxSid, "dir_list /tmp");
    const Json flag = console.ask(linuxSid, "os_processes --bogus");
    const Json unknown = console.ask(linuxSid, "make_coffee --now");
    check(usage["ERROR"] == 87
                  && text(usage, "ERROR_MESSAGE")
                             == "usage: dir_list [-d DEPTH] "
                                "rootDir fileExp"
                  && flag["ERROR"] == 87 && unknown["ERROR"] == 87
                  && text(unknown, "ERROR_MESSAGE") == "unknown command",
          "bad arguments: ERROR 87 with the usage line; an unknown command: ERROR 87");
    const Json linuxVersion = console.ask(linuxSid, "os_version");
    const Json services = console.ask(linuxSid, "os_services");
    const Json macProcesses = console.ask(macSid, "os_processes");
    check(text(linuxVersion, "VERSION_STRING").find("Debian") != std::string::npos
                  && services["SVCS"].size() >= 3 && hasProcess(macProcesses, 1),
          "Linux os_version and os_services, macOS processes with launchd");
}

void testTaskSettings(Console& console, const std::string& sid)
{
    std::string id;
    console.control("POST", "/_emulator/task-settings", "{\"duplicate_replies\":true}");
    console.post(sid, "os_version", id);
    auto records =
            console.collect(id, 1500, [](const std::vector<Json>& got) { return got.size() >= 4; });
    check(records.size() == 3 && eventType(records[1]) == "OS_VERSION_REP"
                  && records[1] == records[2],
          "duplicate_replies: the reply arrives twice, byte-identical");

    console.control("POST", "/_emulator/task-settings",
                    "{\"duplicate_replies\":false,\"drop_replies\":true}");
    console.post(sid, "os_version", id);
    records =
            console.collect(id, 600, [](const std::vector<Json>& got) { return got.size() >= 2; });
    check(records.size() == 1 && eventType(records[0]) == "CLOUD_NOTIFICATION",
          "drop_replies: only the receipt");

    const Json settings = console.control(
            "POST", "/_emulator/task-settings",
            "{\"drop_replies\":false,\"drop_receipts\":true,\"reply_delay_ms\":600}");
    const std::int64_t sent = SpoutClient::nowMs();
    console.post(sid, "os_version", id);
    records = console.collect(id, 2000, [](const std::vector<Json>& got) { return !got.empty(); });
    const std::int64_t took = SpoutClient::nowMs() - sent;
    check(settings["reply_delay_ms"] == 600 && records.size() == 1
                  && eventType(records[0]) == "OS_VERSION_REP" && took >= 550,
          "drop_receipts and reply_delay_ms 600 (real ms): the reply alone, after "
                  + std::to_string(took) + " ms");
    const Json reset = console.control("DELETE", "/_emulator/task-settings");
    const Json refused = console.control("POST", "/_emulator/task-settings", "{\"drop\":true}");
    check(reset["reply_delay_ms"].is_null() && reset["drop_receipts"] == false
                  && refused.contains("error"),
          "DELETE restores the defaults; an unknown setting is refused");
}

void testDemo(const std::string& binary)
{
    EmulatorProcess emulator(binary, {"--time-scale", "0.05", "--sensors", "300"});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts " + error);
        return;
    }
    Console console(emulator, "selftest-inv");
    check(console.open(), "interactive stream connected");
    const Json implants = console.control("GET", "/_emulator/implants");
    const auto windows = implantHosts(implants, "windows-dropper");
    const auto linux = implantHosts(implants, "linux-helper");
    const auto mac = implantHosts(implants, "macos-agent");
    if (windows.size() < 2 || linux.empty() || mac.empty() || !linux[0]["online"].get<bool>()
        || !mac[0]["online"].get<bool>()) {
        check(false, "the demo org has online implant hosts to work with");
        return;
    }
    testImplants(console, implants);
    // The second Windows implant host, so the first keeps its processes for the tests above.
    testWindows(console, text(windows[1], "sid"));
    testQuoting(console, text(windows[1], "sid"), text(linux[0], "sid"));
    testPlatforms(console, text(linux[1]["online"].get<bool>() ? linux[1] : linux[0], "sid"),
                  text(mac[0], "sid"),
                  text(linux[1]["online"].get<bool>() ? linux[1] : linux[0], "hostname"));
    testTaskSettings(console, text(windows[1], "sid"));

    const Json tasks = console.control("GET", "/_emulator/tasks");
    bool exact = false;
    for (const Json& entry : tasks) {
        exact = exact
                || (entry["tasks"]
                            == Json::array({"file_info \"C:\\\\Users\\\\Public\\\\evil "
                                            "tool.exe\""})
                    && entry["time_ms"].is_number_integer());
    }
    check(exact, "/_emulator/tasks keeps each task line exactly as received, with time_ms");
}

void testFleet(const std::string& binary, const std::string& dataDir)
{
    EmulatorProcess emulator(binary, {"--time-scale", "0.05", "--oid", kC22Oid, "--fleet",
                                      dataDir + "/C22/fleet.yaml", "--task-responses",
                                      dataDir + "/C22/responses.yaml"});
    std::string error;
    if (!emulator.start(error)) {
        check(false, "emulator starts with the C22 fleet " + error);
        return;
    }
    Console console(emulator, "spotcheck-c22a");
    const Json list =
            SelfCheck::parse(console.api().Get("/v1/sensors/" + console.oid(), console.auth()));
    bool lab = false;
    for (const Json& sensor : list["sensors"]) {
        lab = lab || (text(sensor, "hostname") == "lin-01" && sensor["plat"] == 0x20000000);
    }
    check(emulator.ready()["sensors"] == 5 && list["sensors"].size() == 5 && lab,
          "--fleet: the five C22 sensors, lin-01 on Linux");

    const std::string ws02 = "aaaaaaaa-1111-4111-8111-000000000002";
    const std::string ws03 = "aaaaaaaa-1111-4111-8111-000000000003";
    auto onlineByGet = [&console](const std::string& sid) {
        return SelfCheck::parse(console.api().Get("/v1/" + sid, console.auth()))["is_online"];
    };
    auto onlineByBatch = [&console](const std::string& sid) {
        return SelfCheck::parse(console.api().Post("/v1/online/" + console.oid(), console.auth(),
                                                   "sids=" + sid, kForm))[sid];
    };
    std::string id;
    const int early = console.post(ws02, "os_version", id);
    const Json first = onlineByGet(ws02);
    const Json batch = onlineByBatch(ws02);
    const Json second = onlineByGet(ws02);
    const int between = console.post(ws02, "os_version", id);
    const Json third = onlineByGet(ws02);
    const int late = console.post(ws02, "os_version", id);
    const Json fourth = onlineByBatch(ws02);
    const Json fifth = onlineByGet(ws02);
    check(early == 400 && first == false && batch == false && second == false && between == 400
                  && third == true && late == 200 && fourth == true && fifth == true,
          "online_schedule [false, false, true]: one value per GET, the batch call only reports, "
          "tasks refused until the third check, the last value repeats");
    bool neverBack = true;
    for (int i = 0; i < 4; ++i) {
        neverBack = neverBack && onlineByGet(ws03) == false;
    }
    check(neverBack, "ws-03 stays offline");

    const std::string ws05 = "aaaaaaaa-1111-4111-8111-000000000005";
    const Json canned = console.ask(ws05, "file_info \"C:\\\\Users\\\\Public\\\\evil tool.exe\"");
    const Json cannedHash =
            console.ask(ws05, "file_hash \"C:\\\\Users\\\\Public\\\\evil tool.exe\"");
    const Json simulated = console.ask(ws05, "os_version");
    const Json otherPath = console.ask(ws05, "file_info \"/tmp/dropper \\\"v2\\\"\"");
    check(otherPath["ERROR"].is_number() && otherPath["ERROR"] != 0
                  && !otherPath.contains("FILE_SIZE"),
          "--task-responses: a canned file_info naming a file does not answer for another path");
    check(canned["FILE_SIZE"] == 73728
                  && text(canned, "FILE_PATH") == "C:\\Users\\Public\\evil tool.exe"
                  && text(cannedHash, "HASH").rfind("9f2c6a0d", 0) == 0
                  && simulated["VERSION_MAJOR"] == 10,
          "--task-responses: ws-05's canned file_info and file_hash; other commands from its "
          "simulated host");
}

} // namespace

void InvestigateSelfTest::run(const std::string& binary, const std::string& dataDir)
{
    testDemo(binary);
    testFleet(binary, dataDir);
}
