// SPDX-License-Identifier: GPL-3.0-or-later
#include "SensorCommands.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>

#include "Codec.h"
#include "FileCommands.h"
#include "HostBuilder.h"
#include "ImplantPlan.h"
#include "PlatformCodes.h"
#include "YaraRules.h"

namespace {

using Json = nlohmann::ordered_json;
using Flag = TaskArguments::Flag;
using Handler = std::function<std::vector<CommandReply>(const CommandContext&)>;

constexpr unsigned W = 1;
constexpr unsigned L = 2;
constexpr unsigned M = 4;
constexpr unsigned C = 8;
constexpr unsigned WLM = W | L | M;
constexpr std::int64_t kReply = SensorCommands::kReplyMs;
// Scans of a whole host take a while; scans of one file or process do not.
constexpr std::int64_t kWideScanMs = 2000;
constexpr std::int64_t kNarrowScanMs = 600;

struct Command
{
    unsigned platforms;
    std::vector<Flag> flags;
    std::size_t minPositionals;
    std::size_t maxPositionals;
    std::string usage;
    Handler handler;
};

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<long long> integer(const std::string& text, int base = 10)
{
    if (text.empty()) {
        return std::nullopt;
    }
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, base);
    if (end == nullptr || *end != '\0') {
        return std::nullopt;
    }
    return value;
}

unsigned platformBit(std::uint32_t plat)
{
    switch (plat) {
    case PlatformCodes::Windows:
        return W;
    case PlatformCodes::Linux:
        return L;
    case PlatformCodes::MacOs:
        return M;
    case PlatformCodes::ChromeOs:
        return C;
    default:
        return 0;
    }
}

Json osVersion(const Sensor& sensor)
{
    switch (sensor.plat) {
    case PlatformCodes::Windows:
        return {{"ERROR", 0},         {"VERSION_MAJOR", 10},
                {"VERSION_MINOR", 0}, {"BUILD_NUMBER", 19045},
                {"PRODUCT_TYPE", 1},  {"VERSION_STRING", "Windows 10 Enterprise 22H2"}};
    case PlatformCodes::Linux:
        return {{"ERROR", 0},
                {"VERSION_STRING", "Debian GNU/Linux 12 (bookworm)"},
                {"KERNEL_VERSION", "6.1.0-21-amd64"}};
    case PlatformCodes::MacOs:
        return {{"ERROR", 0},
                {"VERSION_MAJOR", 14},
                {"VERSION_MINOR", 5},
                {"BUILD_NUMBER", 0},
                {"VERSION_STRING", "macOS 14.5 (23F79)"}};
    default:
        return {{"ERROR", 0}, {"VERSION_STRING", PlatformCodes::platformName(sensor.plat)}};
    }
}

// The file a process runs from, when the host has it.
const SimulatedHost::File* imageOf(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    return process.path.empty() ? nullptr : host.file(process.path);
}

std::string imageHash(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    const SimulatedHost::File* image = imageOf(host, process);
    return image == nullptr ? std::string() : host.sha256(*image);
}

// What a scan of a process's memory sees: its image, its command line and its path.
std::string processMemory(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    const SimulatedHost::File* image = imageOf(host, process);
    std::string memory = image == nullptr ? std::string() : host.content(*image);
    memory += '\0' + process.commandLine + '\0' + process.path + '\0';
    return memory;
}

Json modulesOf(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    std::vector<std::string> paths = {process.path};
    switch (host.os()) {
    case SimulatedHost::Os::Windows:
        paths.push_back("C:\\Windows\\System32\\ntdll.dll");
        paths.push_back("C:\\Windows\\System32\\KERNEL32.DLL");
        break;
    case SimulatedHost::Os::Linux:
        paths.push_back("/lib/x86_64-linux-gnu/libc.so.6");
        break;
    default:
        paths.push_back("/usr/lib/libSystem.B.dylib");
        break;
    }
    Json modules = Json::array();
    std::uint64_t base = process.baseAddress;
    for (const std::string& path : paths) {
        if (path.empty()) {
            continue;
        }
        const SimulatedHost::File* file = host.file(path);
        const std::uint64_t size = file == nullptr ? 1048576 : (file->size + 4095) / 4096 * 4096;
        modules.push_back({{"FILE_PATH", path},
                           {"MODULE_NAME", host.nameOf(path)},
                           {"BASE_ADDRESS", base},
                           {"MEMORY_SIZE", size}});
        base += size + 0x10000000ULL;
    }
    return modules;
}

Json processJson(const SimulatedHost& host, const SimulatedHost::Process& process, bool modules)
{
    Json out = {{"PROCESS_ID", process.pid},     {"PARENT_PROCESS_ID", process.parentPid},
                {"FILE_PATH", process.path},     {"COMMAND_LINE", process.commandLine},
                {"USER_NAME", process.user},     {"MEMORY_USAGE", process.memoryUsage},
                {"THREADS", process.threads},    {"BASE_ADDRESS", process.baseAddress},
                {"TIMESTAMP", process.startedMs}};
    const std::string hash = imageHash(host, process);
    if (!hash.empty()) {
        out["HASH"] = hash;
    }
    if (process.suspended) {
        out["IS_SUSPENDED"] = 1;
    }
    if (modules) {
        out["MODULES"] = modulesOf(host, process);
    }
    return out;
}

bool isProtected(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    const std::string name = lower(host.nameOf(process.path));
    return process.pid == 4 || process.pid == 1 || name == "rphcp.exe" || name == "rphcp"
           || name == "lsass.exe" || name == "csrss.exe";
}

// The process a `-p PID` names, or an error reply.
std::optional<std::vector<CommandReply>>
findProcess(const CommandContext& context, SimulatedHost::Process*& found, bool required = true)
{
    found = nullptr;
    if (!context.args.has("-p")) {
        if (!required) {
            return std::nullopt;
        }
        if (context.args.has("-a")) {
            return context.reply({{"ERROR", 2}, {"ERROR_MESSAGE", "no process with that atom"}},
                                 kReply);
        }
        return context.badArguments("a process is required (-p PID)", kReply);
    }
    const auto pid = integer(context.args.value("-p"));
    if (!pid) {
        return context.badArguments("PID must be a number", kReply);
    }
    found = context.host.process(static_cast<int>(*pid));
    if (found == nullptr) {
        Json event = {{"ERROR", 87},
                      {"ERROR_MESSAGE", context.usage},
                      {"ERROR_DETAIL", "no process with pid " + std::to_string(*pid)},
                      {"PROCESS_ID", *pid}};
        return context.reply(event, kReply);
    }
    return std::nullopt;
}

std::vector<CommandReply> withDone(const CommandContext& context, std::vector<CommandReply> replies,
                                   std::int64_t doneMs)
{
    replies.push_back(
            CommandReply{context.eventType, {{"ERROR", 0}, {"ERROR_MESSAGE", "done"}}, doneMs});
    return replies;
}

// Events spread evenly between the first reply time and the end of the scan.
void spread(std::vector<CommandReply>& replies, std::int64_t endMs)
{
    const auto count = static_cast<std::int64_t>(replies.size());
    for (std::int64_t i = 0; i < count; ++i) {
        replies[static_cast<std::size_t>(i)].delayMs =
                kReply + (endMs - kReply - 50) * i / std::max<std::int64_t>(1, count);
    }
}

std::vector<CommandReply> processes(const CommandContext& context)
{
    const bool modules = !context.args.has("--is-no-modules");
    Json list = Json::array();
    std::optional<long long> only;
    if (context.args.has("-p")) {
        only = integer(context.args.value("-p"));
        if (!only) {
            return context.badArguments("PID must be a number", kReply);
        }
    }
    for (const SimulatedHost::Process& process : context.host.processes()) {
        if (!only || process.pid == *only) {
            list.push_back(processJson(context.host, process, modules));
        }
    }
    return context.reply({{"ERROR", 0}, {"PROCESSES", list}}, kReply);
}

Json servicesJson(const SimulatedHost& host, const std::vector<SimulatedHost::Service>& services)
{
    Json list = Json::array();
    for (const SimulatedHost::Service& service : services) {
        Json item = {{"SVC_NAME", service.name},  {"SVC_DISPLAY_NAME", service.displayName},
                     {"SVC_TYPE", service.type},  {"SVC_STATE", service.state},
                     {"PROCESS_ID", service.pid}, {"EXECUTABLE", service.executable}};
        if (!service.dll.empty()) {
            item["DLL"] = service.dll;
        }
        if (const SimulatedHost::File* file = host.file(service.executable)) {
            item["HASH"] = host.sha256(*file);
        }
        list.push_back(item);
    }
    return list;
}

std::vector<CommandReply> autoruns(const CommandContext& context)
{
    Json list = Json::array();
    for (const SimulatedHost::Autorun& autorun : context.host.autoruns()) {
        Json item =
                context.host.isWindows()
                        ? Json{{"REGISTRY_KEY", autorun.location}, {"FILE_PATH", autorun.filePath}}
                        : Json{{"SOURCE", autorun.location}, {"FILE_PATH", autorun.filePath}};
        if (const SimulatedHost::File* file = context.host.file(autorun.filePath)) {
            item["HASH"] = context.host.sha256(*file);
        }
        list.push_back(item);
    }
    return context.reply({{"ERROR", 0}, {"AUTORUNS", list}}, kReply);
}

std::vector<CommandReply> netstat(const CommandContext& context)
{
    Json list = Json::array();
    for (const SimulatedHost::Connection& connection : context.host.connections()) {
        if (context.host.segregated() && connection.state == "ESTABLISHED") {
            continue;
        }
        Json item = {
                {"PROTOCOL", connection.protocol},
                {"SOURCE", {{"IP_ADDRESS", connection.sourceIp}, {"PORT", connection.sourcePort}}},
                {"DESTINATION",
                 {{"IP_ADDRESS", connection.destinationIp}, {"PORT", connection.destinationPort}}},
                {"PROCESS_ID", connection.pid}};
        if (!connection.state.empty()) {
            item["STATE"] = connection.state;
        }
        list.push_back(item);
    }
    return context.reply({{"ERROR", 0}, {"NETWORK_ACTIVITY", list}}, kReply);
}

std::vector<CommandReply> killProcess(const CommandContext& context)
{
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    const int pid = process->pid;
    if (isProtected(context.host, *process)) {
        return context.reply(
                {{"ERROR", 5}, {"ERROR_MESSAGE", "access denied"}, {"PROCESS_ID", pid}}, kReply);
    }
    context.host.killProcess(pid);
    return context.reply({{"ERROR", 0}, {"PROCESS_ID", pid}}, kReply);
}

std::vector<CommandReply> suspendOrResume(const CommandContext& context, bool suspend)
{
    if (!context.args.has("-p") && context.args.has("-t")) {
        const auto tid = integer(context.args.value("-t"));
        if (!tid) {
            return context.badArguments("TID must be a number", kReply);
        }
        return context.reply({{"ERROR", 0}, {"THREAD_ID", *tid}}, kReply);
    }
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    if (isProtected(context.host, *process)) {
        return context.reply(
                {{"ERROR", 5}, {"ERROR_MESSAGE", "access denied"}, {"PROCESS_ID", process->pid}},
                kReply);
    }
    process->suspended = suspend;
    return context.reply({{"ERROR", 0}, {"PROCESS_ID", process->pid}}, kReply);
}

std::vector<CommandReply> memoryMap(const CommandContext& context)
{
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    constexpr int kImage = 0x1000000;
    constexpr int kPrivate = 0x20000;
    constexpr int kMapped = 0x40000;
    Json regions = Json::array();
    for (const Json& module : modulesOf(context.host, *process)) {
        const std::uint64_t base = module["BASE_ADDRESS"].get<std::uint64_t>();
        regions.push_back({{"BASE_ADDRESS", base},
                           {"MEMORY_ACCESS", 0x02},
                           {"MEMORY_SIZE", 4096},
                           {"MEMORY_TYPE", kImage}});
        regions.push_back({{"BASE_ADDRESS", base + 4096},
                           {"MEMORY_ACCESS", 0x20},
                           {"MEMORY_SIZE", module["MEMORY_SIZE"].get<std::uint64_t>() - 4096},
                           {"MEMORY_TYPE", kImage}});
    }
    regions.push_back({{"BASE_ADDRESS", 0x000001d4a0000000ULL},
                       {"MEMORY_ACCESS", 0x04},
                       {"MEMORY_SIZE", process->memoryUsage / 2},
                       {"MEMORY_TYPE", kPrivate}});
    regions.push_back({{"BASE_ADDRESS", 0x000000e8c7f00000ULL},
                       {"MEMORY_ACCESS", 0x04},
                       {"MEMORY_SIZE", 1048576},
                       {"MEMORY_TYPE", kPrivate}});
    regions.push_back({{"BASE_ADDRESS", 0x00007ffe0000ULL},
                       {"MEMORY_ACCESS", 0x02},
                       {"MEMORY_SIZE", 4096},
                       {"MEMORY_TYPE", kMapped}});
    return context.reply({{"ERROR", 0}, {"PROCESS_ID", process->pid}, {"MEMORY_MAP", regions}},
                         kReply);
}

std::vector<std::string> printableRuns(const std::string& data, std::size_t minimum)
{
    std::vector<std::string> runs;
    std::string current;
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F) {
            current.push_back(c);
            continue;
        }
        if (current.size() >= minimum) {
            runs.push_back(current);
        }
        current.clear();
    }
    if (current.size() >= minimum) {
        runs.push_back(current);
    }
    return runs;
}

std::vector<CommandReply> memoryStrings(const CommandContext& context)
{
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    // The image's headers and data section; the rest of a simulated image is noise.
    const SimulatedHost::File* image = imageOf(context.host, *process);
    std::string head = image == nullptr ? std::string() : context.host.content(*image);
    head.resize(std::min<std::size_t>(head.size(), 1024));
    std::vector<std::string> ascii = printableRuns(head, 5);
    const std::vector<std::string> common =
            context.host.isWindows()
                    ? std::vector<std::string>{"KERNEL32.dll", "GetProcAddress", "LoadLibraryW",
                                               "CreateFileW"}
                    : std::vector<std::string>{"libc.so.6", "__libc_start_main", "malloc"};
    ascii.insert(ascii.end(), common.begin(), common.end());
    const std::vector<std::string> wide = {process->commandLine, process->path, process->user};
    return context.reply(
            {{"ERROR", 0}, {"PROCESS_ID", process->pid}, {"STRINGSA", ascii}, {"STRINGSW", wide}},
            kReply);
}

std::vector<CommandReply> memoryRead(const CommandContext& context)
{
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    const auto& positionals = context.args.positionals();
    const auto base = integer(positionals[0], 16);
    const auto size = integer(positionals[1], 16);
    if (!base || !size || *size <= 0 || *size > 16 * 1048576) {
        return context.badArguments("baseAddr and memSize must be hexadecimal numbers", kReply);
    }
    const SimulatedHost::File* image = imageOf(context.host, *process);
    const auto start = static_cast<std::uint64_t>(*base);
    if (image == nullptr || start < process->baseAddress
        || start + static_cast<std::uint64_t>(*size) > process->baseAddress + image->size) {
        return context.reply({{"ERROR", 487},
                              {"ERROR_MESSAGE", "attempt to access invalid address"},
                              {"PROCESS_ID", process->pid}},
                             kReply);
    }
    const std::string bytes = context.host.content(*image).substr(start - process->baseAddress,
                                                                  static_cast<std::size_t>(*size));
    return context.reply({{"ERROR", 0},
                          {"PROCESS_ID", process->pid},
                          {"BASE_ADDRESS", start},
                          {"MEMORY_DUMP", Codec::base64(bytes)}},
                         kReply);
}

Json handlesOf(const SimulatedHost& host, const SimulatedHost::Process& process)
{
    Json list = Json::array();
    const std::string folder = process.path.substr(0, process.path.find_last_of('\\'));
    const std::string name = host.nameOf(process.path);
    const std::vector<std::pair<std::string, std::string>> handles = {
            {"File", folder},
            {"Key", "\\REGISTRY\\MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"},
            {"Event", "\\BaseNamedObjects\\" + name + "-ready"},
            {"Mutant", "\\Sessions\\1\\BaseNamedObjects\\" + name + "-single-instance"},
            {"Section", "\\BaseNamedObjects\\__ComCatalogCache__"},
    };
    int value = 4;
    for (const auto& [type, handle] : handles) {
        list.push_back({{"HANDLE_NAME", handle},
                        {"HANDLE_TYPE", type},
                        {"HANDLE_VALUE", value},
                        {"PROCESS_ID", process.pid}});
        value += 4;
    }
    if (process.hiddenModule) {
        list.push_back({{"HANDLE_NAME", std::string("\\BaseNamedObjects\\Global\\")
                                                + ImplantPlan::kMarker + "-mtx"},
                        {"HANDLE_TYPE", "Mutant"},
                        {"HANDLE_VALUE", value},
                        {"PROCESS_ID", process.pid}});
    }
    return list;
}

std::vector<CommandReply> memoryHandles(const CommandContext& context)
{
    Json list = Json::array();
    const bool all = !context.args.has("-p") || context.args.value("-p") == "0";
    if (all && context.args.has("-a")) {
        return context.reply({{"ERROR", 2}, {"ERROR_MESSAGE", "no process with that atom"}},
                             kReply);
    }
    if (all) {
        for (const SimulatedHost::Process& process : context.host.processes()) {
            for (const Json& handle : handlesOf(context.host, process)) {
                list.push_back(handle);
            }
        }
        return context.reply({{"ERROR", 0}, {"HANDLES", list}}, kReply);
    }
    SimulatedHost::Process* process = nullptr;
    if (auto error = findProcess(context, process)) {
        return *error;
    }
    return context.reply({{"ERROR", 0}, {"HANDLES", handlesOf(context.host, *process)}}, kReply);
}

std::vector<CommandReply> findHandle(const CommandContext& context)
{
    const std::string needle = lower(context.args.positionals().front());
    Json list = Json::array();
    for (const SimulatedHost::Process& process : context.host.processes()) {
        for (const Json& handle : handlesOf(context.host, process)) {
            if (lower(handle["HANDLE_NAME"].get<std::string>()).find(needle) != std::string::npos) {
                list.push_back(handle);
            }
        }
    }
    return context.reply({{"ERROR", 0}, {"HANDLES", list}}, kReply);
}

std::vector<CommandReply> findString(const CommandContext& context)
{
    const auto pid = integer(context.args.positionals().front());
    if (!pid || !context.args.has("-s")) {
        return context.badArguments("-s STRING and a numeric pid are required", kReply);
    }
    Json found = Json::array();
    for (const SimulatedHost::Process& process : context.host.processes()) {
        if (*pid != 0 && process.pid != *pid) {
            continue;
        }
        const std::string memory = processMemory(context.host, process);
        for (const std::string& needle : context.args.values("-s")) {
            const std::size_t at = memory.find(needle);
            if (at != std::string::npos) {
                found.push_back({{"STRING", needle},
                                 {"PROCESS_ID", process.pid},
                                 {"BASE_ADDRESS", process.baseAddress + at}});
            }
        }
    }
    return context.reply({{"ERROR", 0}, {"STRINGS", found}}, kWideScanMs / 2);
}

std::vector<CommandReply> hiddenModuleScan(const CommandContext& context)
{
    const auto pid = integer(context.args.positionals().front());
    if (!pid) {
        return withDone(context, context.badArguments("pid must be a number (-1 for all)", kReply),
                        kReply + 50);
    }
    const bool all = *pid == -1;
    if (!all && context.host.process(static_cast<int>(*pid)) == nullptr) {
        Json event = {{"ERROR", 87},
                      {"ERROR_MESSAGE", context.usage},
                      {"ERROR_DETAIL", "no process with pid " + std::to_string(*pid)}};
        return withDone(context, context.reply(event, kReply), kReply + 50);
    }
    std::vector<CommandReply> replies;
    for (const SimulatedHost::Process& process : context.host.processes()) {
        if ((all || process.pid == *pid) && process.hiddenModule) {
            const std::string folder =
                    process.path.substr(0, process.path.find_last_of(context.host.separator()));
            const std::string module =
                    folder + context.host.separator()
                    + (context.host.isWindows() ? "msvcp_win32.dll" : "libudev-helper.so");
            replies.push_back(CommandReply{context.eventType,
                                           {{"ERROR", 0},
                                            {"PROCESS_ID", process.pid},
                                            {"FILE_PATH", module},
                                            {"BASE_ADDRESS", process.baseAddress + 0x2000000},
                                            {"MEMORY_SIZE", 94208}},
                                           0});
        }
    }
    const std::int64_t end = all ? kWideScanMs : kNarrowScanMs;
    spread(replies, end);
    return withDone(context, replies, end);
}

std::vector<CommandReply> yaraScan(const CommandContext& context)
{
    std::string error;
    const auto text = YaraRules::ruleText(context.args.positionals().front(), error);
    if (!text) {
        const bool url = error.rfind("cannot fetch", 0) == 0;
        Json event = url ? Json{{"ERROR", 50}, {"ERROR_MESSAGE", error}}
                         : Json{{"ERROR", 87},
                                {"ERROR_MESSAGE", context.usage},
                                {"ERROR_DETAIL", error}};
        return withDone(context, context.reply(event, kReply), kReply + 50);
    }
    const auto rules = YaraRules::parse(*text, error);
    if (!rules) {
        return withDone(context, context.badArguments("rule: " + error, kReply), kReply + 50);
    }
    const SimulatedHost& host = context.host;
    std::vector<CommandReply> replies;
    auto detect = [&](const std::string& data, const std::string& path, int pid,
                      const std::string& hash) {
        for (const std::string& name : rules->matches(data)) {
            Json event = {{"ERROR", 0}, {"RULE_NAME", name}, {"FILE_PATH", path}};
            if (!hash.empty()) {
                event["HASH"] = hash;
            }
            event["PROCESS_ID"] = pid;
            replies.push_back(CommandReply{context.eventType, event, 0});
        }
    };

    std::int64_t end = kNarrowScanMs;
    if (context.args.has("-f")) {
        const std::string path = context.args.value("-f");
        const SimulatedHost::File* file = host.file(path);
        if (file == nullptr || file->denied) {
            const int code = file != nullptr ? 5 : FileCommands::missingCode(host, path);
            return withDone(context, context.reply({{"ERROR", code}, {"FILE_PATH", path}}, kReply),
                            kReply + 50);
        }
        detect(host.content(*file), file->path, 0, host.sha256(*file));
    } else if (context.args.has("-p")) {
        SimulatedHost::Process* process = nullptr;
        if (auto failure = findProcess(context, process)) {
            return withDone(context, *failure, kReply + 50);
        }
        detect(processMemory(host, *process), process->path, process->pid,
               imageHash(host, *process));
    } else {
        // A process expression is a wildcard on the image's path or name; none means all.
        const std::string expression = context.args.value("-e");
        for (const SimulatedHost::Process& process : host.processes()) {
            const bool noCase = host.isWindows();
            if (!expression.empty()
                && !FileCommands::wildcardMatch(expression, process.path, noCase)
                && !FileCommands::wildcardMatch(expression, host.nameOf(process.path), noCase)) {
                continue;
            }
            detect(processMemory(host, process), process.path, process.pid,
                   imageHash(host, process));
        }
        end = kWideScanMs;
    }
    spread(replies, end);
    return withDone(context, replies, end);
}

std::vector<CommandReply> historyDump(const CommandContext& context)
{
    const std::string only = context.args.value("-e");
    std::vector<CommandReply> replies;
    const SimulatedHost& host = context.host;
    std::size_t taken = 0;
    for (const SimulatedHost::Process& process : host.processes()) {
        if (taken++ >= 6) {
            break;
        }
        Json event = processJson(host, process, false);
        replies.push_back(CommandReply{"EXISTING_PROCESS", event, 0});
    }
    for (const SimulatedHost::Connection& connection : host.connections()) {
        if (connection.state != "ESTABLISHED") {
            continue;
        }
        replies.push_back(CommandReply{
                "NEW_TCP4_CONNECTION",
                {{"PROCESS_ID", connection.pid},
                 {"SOURCE", {{"IP_ADDRESS", connection.sourceIp}, {"PORT", connection.sourcePort}}},
                 {"DESTINATION",
                  {{"IP_ADDRESS", connection.destinationIp}, {"PORT", connection.destinationPort}}},
                 {"STATE", 5},
                 {"TIMESTAMP", context.nowMs - 60000}},
                0});
    }
    replies.push_back(
            CommandReply{"DNS_REQUEST",
                         {{"DOMAIN_NAME", "cdn.updates-example.net"},
                          {"IP_ADDRESS", HostBuilder::addressOf("cdn.updates-example.net")},
                          {"DNS_TYPE", 1},
                          {"DNS_FLAGS", 0},
                          {"TIMESTAMP", context.nowMs - 120000}},
                         0});
    if (!only.empty()) {
        replies.erase(std::remove_if(replies.begin(), replies.end(),
                                     [&only](const CommandReply& reply) {
                                         return reply.eventType != only;
                                     }),
                      replies.end());
    }
    constexpr std::int64_t kDumpMs = 1500;
    spread(replies, kDumpMs);
    replies.push_back(CommandReply{context.eventType, {{"ERROR", 0}}, kDumpMs});
    return replies;
}

std::vector<CommandReply> dnsResolve(const CommandContext& context)
{
    const std::string domain = context.args.positionals().front();
    const std::string name = lower(domain);
    auto endsWith = [&name](const std::string& suffix) {
        return name.size() >= suffix.size()
               && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (context.host.segregated()) {
        return context.reply({{"ERROR", 1460},
                              {"ERROR_MESSAGE", "timeout: the host is segregated from the network"},
                              {"DOMAIN_NAME", domain}},
                             kReply);
    }
    if (endsWith(".invalid") || endsWith(".test") || name.find('.') == std::string::npos) {
        if (name != "localhost") {
            return context.reply({{"ERROR", 9003},
                                  {"ERROR_MESSAGE", "name does not exist"},
                                  {"DOMAIN_NAME", domain}},
                                 kReply);
        }
    }
    const std::string address = name == "localhost" ? "127.0.0.1" : HostBuilder::addressOf(name);
    return context.reply({{"ERROR", 0},
                          {"DOMAIN_NAME", domain},
                          {"IP_ADDRESS", address},
                          {"DNS_TYPE", 1},
                          {"DNS_FLAGS", 0},
                          {"TIMESTAMP", context.nowMs}},
                         kReply);
}

std::vector<CommandReply> fimAdd(const CommandContext& context)
{
    if (!context.args.has("--pattern")) {
        return context.badArguments("at least one --pattern is required", kReply);
    }
    auto& patterns = context.host.fimPatterns();
    for (const std::string& pattern : context.args.values("--pattern")) {
        if (std::find(patterns.begin(), patterns.end(), pattern) == patterns.end()) {
            patterns.push_back(pattern);
        }
    }
    return context.reply({{"ERROR", 0}}, kReply);
}

std::vector<CommandReply> fimDelete(const CommandContext& context)
{
    if (!context.args.has("--pattern")) {
        return context.badArguments("at least one --pattern is required", kReply);
    }
    auto& patterns = context.host.fimPatterns();
    int error = 0;
    for (const std::string& pattern : context.args.values("--pattern")) {
        const auto it = std::find(patterns.begin(), patterns.end(), pattern);
        if (it == patterns.end()) {
            error = 2;
        } else {
            patterns.erase(it);
        }
    }
    return context.reply({{"ERROR", error}}, kReply);
}

std::vector<CommandReply> none(const CommandContext&)
{
    return {};
}

std::vector<CommandReply> plainSuccess(const CommandContext& context)
{
    return context.reply({{"ERROR", 0}}, kReply);
}

const std::vector<Flag> kProcessFlags = {{{"-p", "--pid"}, true}, {{"-a", "--atom"}, true}};

const std::map<std::string, Command>& commands()
{
    static const std::map<std::string, Command> table = {
            {"os_version",
             {WLM | C,
              {},
              0,
              0,
              "usage: os_version",
              [](const CommandContext& c) {
                  return c.reply(osVersion(c.sensor), kReply);
              }}},
            {"os_processes",
             {WLM,
              {{{"-p", "--pid"}, true}, {{"--is-no-modules"}, false}},
              0,
              0,
              "usage: os_processes [-p PID] [--is-no-modules]",
              processes}},
            {"os_services",
             {WLM,
              {},
              0,
              0,
              "usage: os_services",
              [](const CommandContext& c) {
                  return c.reply({{"ERROR", 0}, {"SVCS", servicesJson(c.host, c.host.services())}},
                                 kReply);
              }}},
            {"os_drivers",
             {W,
              {},
              0,
              0,
              "usage: os_drivers",
              [](const CommandContext& c) {
                  return c.reply({{"ERROR", 0}, {"SVCS", servicesJson(c.host, c.host.drivers())}},
                                 kReply);
              }}},
            {"os_autoruns", {WLM, {}, 0, 0, "usage: os_autoruns", autoruns}},
            {"os_packages",
             {W | L | C,
              {},
              0,
              0,
              "usage: os_packages",
              [](const CommandContext& c) {
                  Json list = Json::array();
                  for (const auto& package : c.host.packages()) {
                      list.push_back({{"PACKAGE_NAME", package.name},
                                      {"PACKAGE_VERSION", package.version},
                                      {"PACKAGE_PUBLISHER", package.publisher}});
                  }
                  // Listing installed packages is slow on a real host.
                  return c.reply({{"ERROR", 0}, {"PACKAGES", list}}, 1200);
              }}},
            {"os_users",
             {W,
              {},
              0,
              0,
              "usage: os_users",
              [](const CommandContext& c) {
                  Json list = Json::array();
                  for (const std::string& user : c.host.users()) {
                      list.push_back({{"USER_NAME", user}});
                  }
                  return c.reply({{"ERROR", 0}, {"USERS", list}}, kReply);
              }}},
            {"netstat", {WLM, {}, 0, 0, "usage: netstat", netstat}},
            {"os_kill_process",
             {WLM, kProcessFlags, 0, 0, "usage: os_kill_process [-p PID] [-a ATOM]", killProcess}},
            {"os_suspend",
             {WLM,
              {{{"-p", "--pid"}, true}, {{"-a", "--atom"}, true}, {{"-t", "--tid"}, true}},
              0,
              0,
              "usage: os_suspend [-p PID] [-a ATOM] [-t TID]",
              [](const CommandContext& c) {
                  return suspendOrResume(c, true);
              }}},
            {"os_resume",
             {WLM,
              {{{"-p", "--pid"}, true}, {{"-a", "--atom"}, true}, {{"-t", "--tid"}, true}},
              0,
              0,
              "usage: os_resume [-p PID] [-a ATOM] [-t TID]",
              [](const CommandContext& c) {
                  return suspendOrResume(c, false);
              }}},
            {"mem_map",
             {WLM, kProcessFlags, 0, 0, "usage: mem_map [-p PID] [-a PROCESSATOM]", memoryMap}},
            {"mem_read",
             {WLM, kProcessFlags, 2, 2, "usage: mem_read [-p PID] [-a ATOM] baseAddr memSize",
              memoryRead}},
            {"mem_strings",
             {WLM, kProcessFlags, 0, 0, "usage: mem_strings [-p PID] [-a ATOM]", memoryStrings}},
            {"mem_handles",
             {W, kProcessFlags, 0, 0, "usage: mem_handles [-p PID] [-a ATOM]", memoryHandles}},
            {"mem_find_handle", {W, {}, 1, 1, "usage: mem_find_handle needle", findHandle}},
            {"mem_find_string",
             {WLM,
              {{{"-s", "--strings"}, true}},
              1,
              1,
              "usage: mem_find_string -s STRING [STRING ...] pid",
              findString}},
            {"hidden_module_scan",
             {W | L, {}, 1, 1, "usage: hidden_module_scan pid", hiddenModuleScan}},
            {"yara_scan",
             {WLM,
              {{{"-p", "--pid"}, true},
               {{"-f", "--filePath"}, true},
               {{"-e", "--processExpr"}, true},
               {{"--is-no-validation"}, false}},
              1,
              1,
              "usage: yara_scan [-p PID] [-f FILEPATH] [-e PROCEXPR] [--is-no-validation] rule",
              yaraScan}},
            {"history_dump",
             {WLM | C,
              {{{"-r", "--rootatom"}, true}, {{"-a", "--atom"}, true}, {{"-e", "--event"}, true}},
              0,
              0,
              "usage: history_dump [-r ROOTATOM] [-a ATOM] [-e EVENT]",
              historyDump}},
            {"dns_resolve", {WLM | C, {}, 1, 1, "usage: dns_resolve domain", dnsResolve}},
            {"fim_add",
             {WLM, {{{"--pattern"}, true}}, 0, 0, "usage: fim_add --pattern PATTERN", fimAdd}},
            {"fim_del",
             {WLM, {{{"--pattern"}, true}}, 0, 0, "usage: fim_del --pattern PATTERN", fimDelete}},
            {"fim_get",
             {WLM,
              {},
              0,
              0,
              "usage: fim_get",
              [](const CommandContext& c) {
                  return c.reply({{"ERROR", 0}, {"PATTERNS", c.host.fimPatterns()}}, kReply);
              }}},
            {"exfil_get",
             {WLM,
              {},
              0,
              0,
              "usage: exfil_get",
              [](const CommandContext& c) {
                  return c.reply({{"ERROR", 0}, {"EVENTS", c.host.exfilEvents()}}, kReply);
              }}},
            {"exfil_add",
             {WLM,
              {{{"-e", "--expire"}, true}},
              1,
              1,
              "usage: exfil_add -e EXPIRE event",
              [](const CommandContext& c) {
                  if (!c.args.has("-e")) {
                      return c.badArguments("-e EXPIRE is required", kReply);
                  }
                  auto& events = c.host.exfilEvents();
                  const std::string& name = c.args.positionals().front();
                  if (std::find(events.begin(), events.end(), name) == events.end()) {
                      events.push_back(name);
                  }
                  return none(c);
              }}},
            {"exfil_del",
             {WLM,
              {},
              1,
              1,
              "usage: exfil_del event",
              [](const CommandContext& c) {
                  auto& events = c.host.exfilEvents();
                  events.erase(
                          std::remove(events.begin(), events.end(), c.args.positionals().front()),
                          events.end());
                  return none(c);
              }}},
            {"segregate_network",
             {WLM | C,
              {},
              0,
              0,
              "usage: segregate_network",
              [](const CommandContext& c) {
                  c.host.setSegregated(true);
                  return plainSuccess(c);
              }}},
            {"rejoin_network",
             {WLM | C,
              {},
              0,
              0,
              "usage: rejoin_network",
              [](const CommandContext& c) {
                  c.host.setSegregated(false);
                  return plainSuccess(c);
              }}},
            {"file_get",
             {WLM,
              {{{"-o", "--offset"}, true}, {{"-s", "--max-size"}, true}},
              1,
              1,
              "usage: file_get [-o OFFSET] [-s MAXSIZE] file",
              FileCommands::fileGet}},
            {"file_info", {WLM, {}, 1, 1, "usage: file_info file", FileCommands::fileInfo}},
            {"file_hash", {WLM, {}, 1, 1, "usage: file_hash file", FileCommands::fileHash}},
            {"file_del", {WLM, {}, 1, 1, "usage: file_del file", FileCommands::fileDelete}},
            {"file_mov",
             {WLM, {}, 2, 2, "usage: file_mov srcFile dstFile", FileCommands::fileMove}},
            {"dir_list",
             {WLM,
              {{{"-d", "--depth"}, true}},
              2,
              2,
              "usage: dir_list [-d DEPTH] rootDir fileExp",
              FileCommands::dirList}},
            {"dir_find_hash",
             {WLM,
              {{{"-d", "--depth"}, true}, {{"--hash"}, true}},
              2,
              3,
              "usage: dir_find_hash [-d DEPTH] --hash HASH rootDir fileExp",
              FileCommands::dirFindHash}},
            {"reg_list", {W, {}, 1, 1, "usage: reg_list reg", FileCommands::registryList}},
            // No reply beyond the receipt.
            {"restart", {WLM, {}, 0, 0, "usage: restart", none}},
            {"uninstall",
             {W | M,
              {{{"--is-confirmed"}, false}},
              0,
              0,
              "usage: uninstall [--is-confirmed]",
              none}},
            {"yara_update", {WLM, {}, 1, 1, "usage: yara_update rule", none}},
            {"deny_tree", {WLM, {}, 1, 64, "usage: deny_tree atom [atom ...]", none}},
            {"set_performance_mode",
             {W,
              {{{"--is-enabled"}, false}},
              0,
              0,
              "usage: set_performance_mode [--is-enabled]",
              none}},
            // Known commands answered with a plain success.
            {"log_get",
             {WLM,
              {{{"--file"}, true},
               {{"--source"}, true},
               {{"--type"}, true},
               {{"--payload-id"}, true},
               {{"--days-retention"}, true},
               {{"--is-ignore-cert"}, false}},
              0,
              0,
              "usage: log_get [--file FILE] [--source SRC] [--type TYPE] [--payload-id ID] "
              "[--days-retention N] [--is-ignore-cert]",
              [](const CommandContext& c) {
                  const std::string file = c.args.value("--file");
                  const bool found = file.empty() || c.host.file(file) != nullptr;
                  // log_get answers with HTTP-style codes.
                  return c.reply({{"ERROR", found ? 200 : 404}, {"FILE_PATH", file}}, 1000);
              }}},
            {"run",
             {WLM,
              {{{"--payload-name"}, true},
               {{"--arguments"}, true},
               {{"--shell-command"}, true},
               {{"--timeout"}, true},
               {{"--is-ignore-cert"}, false}},
              0,
              0,
              "usage: run [--payload-name NAME] [--arguments ARGS] [--shell-command CMD] "
              "[--timeout S] [--is-ignore-cert]",
              plainSuccess}},
            {"pcap_ifaces",
             {L,
              {},
              0,
              0,
              "usage: pcap_ifaces",
              [](const CommandContext& c) {
                  return c.reply(
                          {{"ERROR", 0},
                           {"INTERFACES", Json::array({{{"NAME", "eth0"}}, {{"NAME", "lo"}}})}},
                          kReply);
              }}},
            {"doc_cache_get",
             {W | M,
              {{{"-f", "--file-pattern"}, true}, {{"-s", "--hash"}, true}},
              0,
              0,
              "usage: doc_cache_get [-f FILE_PATTERN] [-s HASH]",
              [](const CommandContext& c) {
                  return c.reply({{"ERROR", 0}, {"DOCUMENTS", Json::array()}}, kReply);
              }}},
    };
    return table;
}

} // namespace

std::string SensorCommands::command(const std::string& task)
{
    const std::size_t begin = task.find_first_not_of(" \t");
    if (begin == std::string::npos) {
        return std::string();
    }
    const std::size_t end = task.find_first_of(" \t", begin);
    return lower(task.substr(begin, end == std::string::npos ? end : end - begin));
}

std::string SensorCommands::replyEventType(const std::string& commandWord)
{
    // Commands whose reply is not simply named after them.
    static const std::map<std::string, std::string> special = {
            {"reg_list", "REGISTRY_LIST_REP"},
            {"dir_find_hash", "DIR_FINDHASH_REP"},
            {"mem_find_handle", "MEM_FIND_HANDLES_REP"},
            {"exfil_get", "GET_EXFIL_EVENT_REP"},
            {"fim_get", "FIM_LIST_REP"},
            {"fim_add", "FIM_ADD"},
            {"fim_del", "FIM_DEL"},
            {"doc_cache_get", "GET_DOCUMENT_REP"},
            {"pcap_ifaces", "PCAP_LIST_INTERFACES_REP"},
            {"yara_scan", "YARA_DETECTION"},
            {"hidden_module_scan", "HIDDEN_MODULE_DETECTED"},
            {"segregate_network", "SEGREGATE_NETWORK"},
            {"rejoin_network", "REJOIN_NETWORK"},
            {"dns_resolve", "DNS_REQUEST"},
            {"run", "RECEIPT"},
    };
    const auto it = special.find(commandWord);
    if (it != special.end()) {
        return it->second;
    }
    return upper(commandWord.empty() ? std::string("unknown") : commandWord) + "_REP";
}

bool SensorCommands::endsWithDone(const std::string& commandWord)
{
    return commandWord == "yara_scan" || commandWord == "hidden_module_scan";
}

std::vector<CommandReply> SensorCommands::run(const std::string& task, const Sensor& sensor,
                                              SimulatedHost& host, std::int64_t nowMs)
{
    const std::string word = command(task);
    const std::string eventType = replyEventType(word);
    const auto& table = commands();
    const auto it = table.find(word);
    if (it == table.end()) {
        return {CommandReply{
                eventType, {{"ERROR", 87}, {"ERROR_MESSAGE", "unknown command"}}, kReplyMs}};
    }
    const Command& spec = it->second;
    const TaskArguments noArguments{};
    const CommandContext bare{sensor, host, noArguments, word, eventType, spec.usage, nowMs};
    auto finish = [&](std::vector<CommandReply> replies) {
        return endsWithDone(word) ? withDone(bare, std::move(replies), kReplyMs + 50) : replies;
    };
    if ((spec.platforms & platformBit(sensor.plat)) == 0) {
        return finish(bare.reply(
                {{"ERROR", 50}, {"ERROR_MESSAGE", "not supported on this platform"}}, kReplyMs));
    }
    std::string error;
    const auto tokens = TaskArguments::tokenize(task, error);
    std::optional<TaskArguments> arguments;
    if (tokens) {
        arguments = TaskArguments::parse(
                std::vector<std::string>(tokens->begin() + 1, tokens->end()), spec.flags, error);
    }
    if (arguments) {
        const std::size_t count = arguments->positionals().size();
        if (count < spec.minPositionals) {
            error = "the following arguments are required";
            arguments.reset();
        } else if (count > spec.maxPositionals) {
            error = "unrecognized arguments";
            arguments.reset();
        }
    }
    if (!arguments) {
        return finish(bare.badArguments(error, kReplyMs));
    }
    const CommandContext context{sensor, host, *arguments, word, eventType, spec.usage, nowMs};
    return spec.handler(context);
}
