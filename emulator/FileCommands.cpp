// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCommands.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <optional>
#include <set>

#include "Codec.h"

namespace {

using Json = nlohmann::ordered_json;

constexpr std::int64_t kDirectoryTimeMs = 1640995200000LL; // 2022-01-01

std::uint64_t fnv(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<long long> integer(const std::string& text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 0);
    if (end == nullptr || *end != '\0') {
        return std::nullopt;
    }
    return value;
}

bool isSha256(const std::string& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return std::isxdigit(static_cast<unsigned char>(c)) != 0;
           });
}

std::uint32_t fileAttributes(const SimulatedHost& host, const SimulatedHost::File& file)
{
    if (host.isWindows()) {
        return file.denied ? 32U | 4U : 32U; // ARCHIVE, plus SYSTEM for protected files
    }
    const bool executable = file.kind == SimulatedHost::ContentKind::Executable;
    return executable ? 0100755U : (file.denied ? 0100640U : 0100644U);
}

Json directoryEntry(const SimulatedHost& host, const std::string& path)
{
    const std::int64_t created =
            kDirectoryTimeMs + static_cast<std::int64_t>(fnv(path) % (86400000ULL * 700));
    return {{"FILE_NAME", host.nameOf(path)},
            {"FILE_PATH", path},
            {"FILE_SIZE", 0},
            {"ATTRIBUTES", host.isWindows() ? 16U : 040755U},
            {"CREATION_TIME", created},
            {"MODIFICATION_TIME", created + 86400000},
            {"ACCESS_TIME", created + 2 * 86400000}};
}

struct Walk
{
    const SimulatedHost& host;
    std::string pattern;
    long long depth = 0;
    bool directories = true;
    std::vector<std::pair<std::string, const SimulatedHost::File*>> files;
    std::vector<std::string> folders;

    void run(const std::string& directory, long long level)
    {
        const bool noCase = host.isWindows();
        for (const SimulatedHost::File* file : host.filesIn(directory)) {
            if (FileCommands::wildcardMatch(pattern, host.nameOf(file->path), noCase)) {
                files.emplace_back(host.normalize(file->path), file);
            }
        }
        for (const std::string& sub : host.directoriesIn(directory)) {
            const std::string shown = host.directoryPath(sub);
            if (directories && FileCommands::wildcardMatch(pattern, host.nameOf(shown), noCase)) {
                folders.push_back(shown);
            }
            if (level < depth) {
                run(sub, level + 1);
            }
        }
    }
};

} // namespace

bool FileCommands::wildcardMatch(const std::string& pattern, const std::string& text, bool noCase)
{
    const std::string p = noCase ? lower(pattern) : pattern;
    const std::string t = noCase ? lower(text) : text;
    std::size_t pi = 0;
    std::size_t ti = 0;
    std::size_t star = std::string::npos;
    std::size_t mark = 0;
    while (ti < t.size()) {
        if (pi < p.size() && (p[pi] == '?' || p[pi] == t[ti])) {
            ++pi;
            ++ti;
        } else if (pi < p.size() && p[pi] == '*') {
            star = pi++;
            mark = ti;
        } else if (star != std::string::npos) {
            pi = star + 1;
            ti = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*') {
        ++pi;
    }
    return pi == p.size();
}

Json FileCommands::entry(const SimulatedHost& host, const SimulatedHost::File& file)
{
    Json out = {{"FILE_NAME", host.nameOf(file.path)},
                {"FILE_PATH", file.path},
                {"FILE_SIZE", file.size},
                {"ATTRIBUTES", fileAttributes(host, file)},
                {"CREATION_TIME", file.createdMs},
                {"MODIFICATION_TIME", file.modifiedMs},
                {"ACCESS_TIME", file.accessedMs}};
    if (host.isWindows()) {
        Json streams = Json::array({{{"FILE_NAME", "::$DATA"}, {"SIZE", file.size}}});
        if (lower(file.path).find("\\downloads\\") != std::string::npos) {
            streams.push_back({{"FILE_NAME", ":Zone.Identifier:$DATA"}, {"SIZE", 123}});
        }
        out["STREAMS"] = streams;
    }
    return out;
}

int FileCommands::missingCode(const SimulatedHost& host, const std::string& path)
{
    const std::string parent = host.parentOf(host.normalize(path));
    return !parent.empty() && host.isDirectory(parent) ? 2 : 3;
}

std::vector<CommandReply> FileCommands::fileInfo(const CommandContext& context)
{
    const std::string path = context.args.positionals().front();
    const SimulatedHost& host = context.host;
    if (const SimulatedHost::File* file = host.file(path)) {
        return context.reply({{"ERROR", 0},
                              {"FILE_PATH", path},
                              {"FILE_SIZE", file->size},
                              {"ATTRIBUTES", fileAttributes(host, *file)},
                              {"CREATION_TIME", file->createdMs},
                              {"MODIFICATION_TIME", file->modifiedMs},
                              {"ACCESS_TIME", file->accessedMs},
                              {"FILE_IS_SIGNED", file->isSigned ? 1 : 0}},
                             kReplyMs);
    }
    if (host.isDirectory(path)) {
        Json event = directoryEntry(host, host.directoryPath(path));
        event.erase("FILE_NAME");
        event["FILE_PATH"] = path;
        event["FILE_IS_SIGNED"] = 0;
        event.insert(event.begin(), {"ERROR", 0});
        return context.reply(event, kReplyMs);
    }
    return context.reply({{"ERROR", missingCode(host, path)}, {"FILE_PATH", path}}, kReplyMs);
}

std::vector<CommandReply> FileCommands::fileHash(const CommandContext& context)
{
    const std::string path = context.args.positionals().front();
    const SimulatedHost::File* file = context.host.file(path);
    if (file == nullptr) {
        const int code = context.host.isDirectory(path) ? 5 : missingCode(context.host, path);
        return context.reply({{"ERROR", code}, {"FILE_PATH", path}}, kReplyMs);
    }
    if (file->denied) {
        return context.reply(
                {{"ERROR", 5}, {"ERROR_MESSAGE", "access denied"}, {"FILE_PATH", path}}, kReplyMs);
    }
    const bool isSigned = file->isSigned && context.host.os() != SimulatedHost::Os::Linux;
    Json signature = {{"FILE_PATH", file->path},
                      {"FILE_IS_SIGNED", isSigned ? 1 : 0},
                      {"CERT_ISSUER", isSigned ? "C=US, O=Example Code Signing CA" : ""},
                      {"CERT_SUBJECT", isSigned ? "C=US, O=Example Software Inc." : ""},
                      {"CERT_CHAIN_STATUS", isSigned ? 0 : 124}};
    return context.reply({{"ERROR", 0},
                          {"FILE_PATH", path},
                          {"HASH", context.host.sha256(*file)},
                          {"FILE_IS_SIGNED", isSigned ? 1 : 0},
                          {"SIGNATURE", signature}},
                         kReplyMs);
}

std::vector<CommandReply> FileCommands::fileGet(const CommandContext& context)
{
    const std::string path = context.args.positionals().front();
    const auto offset = context.args.has("-o") ? integer(context.args.value("-o"))
                                               : std::optional<long long>(0);
    const auto maxSize = context.args.has("-s") ? integer(context.args.value("-s"))
                                                : std::optional<long long>(LLONG_MAX);
    if (!offset || !maxSize || *offset < 0 || *maxSize < 0) {
        return context.badArguments("OFFSET and MAXSIZE must be non-negative numbers", kReplyMs);
    }
    const SimulatedHost::File* file = context.host.file(path);
    if (file == nullptr) {
        const int code = context.host.isDirectory(path) ? 5 : missingCode(context.host, path);
        return context.reply({{"ERROR", code}, {"FILE_PATH", path}}, kReplyMs);
    }
    if (file->denied) {
        return context.reply(
                {{"ERROR", 5}, {"ERROR_MESSAGE", "access denied"}, {"FILE_PATH", path}}, kReplyMs);
    }
    const std::string content = context.host.content(*file);
    const auto start = static_cast<std::size_t>(
            std::min<long long>(*offset, static_cast<long long>(content.size())));
    const auto length = static_cast<std::size_t>(
            std::min<long long>(*maxSize, static_cast<long long>(content.size() - start)));
    return context.reply({{"ERROR", 0},
                          {"FILE_PATH", path},
                          {"FILE_SIZE", length},
                          {"FILE_CONTENT", Codec::base64(content.substr(start, length))}},
                         kReplyMs + static_cast<std::int64_t>(length / 100000));
}

std::vector<CommandReply> FileCommands::fileDelete(const CommandContext& context)
{
    const std::string path = context.args.positionals().front();
    SimulatedHost& host = context.host;
    const SimulatedHost::File* file = host.file(path);
    if (file == nullptr) {
        const int code = host.isDirectory(path) ? 5 : missingCode(host, path);
        return context.reply({{"ERROR", code}, {"FILE_PATH", path}}, kReplyMs);
    }
    if (file->denied) {
        return context.reply(
                {{"ERROR", 5}, {"ERROR_MESSAGE", "access denied"}, {"FILE_PATH", path}}, kReplyMs);
    }
    host.removeFile(path);
    return context.reply({{"ERROR", 0}, {"FILE_PATH", path}}, kReplyMs);
}

std::vector<CommandReply> FileCommands::fileMove(const CommandContext& context)
{
    const std::string source = context.args.positionals()[0];
    const std::string destination = context.args.positionals()[1];
    SimulatedHost& host = context.host;
    const SimulatedHost::File* file = host.file(source);
    int code = 0;
    std::string message;
    if (file == nullptr) {
        code = host.isDirectory(source) ? 5 : missingCode(host, source);
    } else if (file->denied) {
        code = 5;
        message = "access denied";
    } else if (host.file(destination) != nullptr || host.isDirectory(destination)) {
        code = 183;
        message = "the destination already exists";
    } else if (!host.moveFile(source, destination)) {
        code = 3;
    }
    Json event = {{"ERROR", code}, {"SOURCE", source}, {"DESTINATION", destination}};
    if (!message.empty()) {
        event["ERROR_MESSAGE"] = message;
    }
    return context.reply(event, kReplyMs);
}

std::vector<CommandReply> FileCommands::dirList(const CommandContext& context)
{
    const std::string root = context.args.positionals()[0];
    const std::string pattern = context.args.positionals()[1];
    const auto depth = context.args.has("-d") ? integer(context.args.value("-d"))
                                              : std::optional<long long>(0);
    if (!depth || *depth < 0) {
        return context.badArguments("DEPTH must be a non-negative number", kReplyMs);
    }
    const SimulatedHost& host = context.host;
    Json event = {{"ERROR", 0},
                  {"DIRECTORY_PATH", root},
                  {"FILE_PATH", pattern},
                  {"DIRECTORY_LIST_DEPTH", *depth}};
    if (!host.isDirectory(root)) {
        event["ERROR"] = host.file(root) != nullptr ? 267 : 3;
        event["DIRECTORY_LIST"] = Json::array();
        return context.reply(event, kReplyMs);
    }
    Walk walk{host, pattern, *depth, true, {}, {}};
    walk.run(host.normalize(root), 0);
    std::vector<std::pair<std::string, Json>> entries;
    for (const auto& [key, file] : walk.files) {
        entries.emplace_back(key, entry(host, *file));
    }
    for (const std::string& folder : walk.folders) {
        entries.emplace_back(host.normalize(folder), directoryEntry(host, folder));
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    Json list = Json::array();
    for (auto& item : entries) {
        list.push_back(std::move(item.second));
    }
    event["DIRECTORY_LIST"] = list;
    return context.reply(event, kReplyMs + static_cast<std::int64_t>(list.size()));
}

std::vector<CommandReply> FileCommands::dirFindHash(const CommandContext& context)
{
    const auto& positionals = context.args.positionals();
    const std::string root = positionals[0];
    const std::string pattern = positionals[1];
    std::vector<std::string> hashes = context.args.values("--hash");
    if (positionals.size() == 3) {
        hashes.push_back(positionals[2]);
    }
    if (hashes.empty()) {
        return context.badArguments("at least one --hash is required", kReplyMs);
    }
    std::set<std::string> wanted;
    for (const std::string& hash : hashes) {
        if (!isSha256(hash)) {
            return context.badArguments("not a SHA-256: " + hash, kReplyMs);
        }
        wanted.insert(lower(hash));
    }
    const auto depth = context.args.has("-d") ? integer(context.args.value("-d"))
                                              : std::optional<long long>(0);
    if (!depth || *depth < 0) {
        return context.badArguments("DEPTH must be a non-negative number", kReplyMs);
    }
    const SimulatedHost& host = context.host;
    Json event = {{"ERROR", 0},
                  {"HASH", Json(std::vector<std::string>(wanted.begin(), wanted.end()))},
                  {"FILE_PATH", pattern},
                  {"DIRECTORY_PATH", root},
                  {"DIRECTORY_LIST_DEPTH", *depth}};
    // Searching a tree is slow on a real host: a second, plus a little per file looked at.
    constexpr std::int64_t kBaseMs = 1000;
    if (!host.isDirectory(root)) {
        event["ERROR"] = host.file(root) != nullptr ? 267 : 3;
        event["DIRECTORY_LIST"] = Json::array();
        return context.reply(event, kBaseMs);
    }
    Walk walk{host, pattern, *depth, false, {}, {}};
    walk.run(host.normalize(root), 0);
    Json list = Json::array();
    for (const auto& [key, file] : walk.files) {
        if (file->denied || wanted.count(host.sha256(*file)) == 0) {
            continue;
        }
        Json item = entry(host, *file);
        item["HASH"] = host.sha256(*file);
        list.push_back(item);
    }
    event["DIRECTORY_LIST"] = list;
    const auto looked = static_cast<std::int64_t>(walk.files.size());
    return context.reply(event, std::min<std::int64_t>(3000, kBaseMs + 40 * looked));
}

std::vector<CommandReply> FileCommands::registryList(const CommandContext& context)
{
    const std::string key = context.args.positionals().front();
    const std::string normalized = SimulatedHost::normalizeRegistry(key);
    const std::string root = normalized.substr(0, normalized.find('\\'));
    if (root != "hkcr" && root != "hkcc" && root != "hkcu" && root != "hklm" && root != "hku") {
        return context.badArguments("the key must start with hkcr, hkcc, hkcu, hklm or hku",
                                    kReplyMs);
    }
    const SimulatedHost::RegistryKey* found = context.host.registryKey(key);
    if (found == nullptr) {
        return context.reply({{"ERROR", 2},
                              {"ROOT", key},
                              {"REGISTRY_KEY", Json::array()},
                              {"REGISTRY_VALUE", Json::array()}},
                             kReplyMs);
    }
    Json values = Json::array();
    for (const SimulatedHost::RegistryValue& value : found->values) {
        values.push_back({{"NAME", value.name}, {"TYPE", value.type}, {"VALUE", value.data}});
    }
    return context.reply({{"ERROR", 0},
                          {"ROOT", key},
                          {"REGISTRY_KEY", context.host.registrySubkeys(key)},
                          {"REGISTRY_VALUE", values}},
                         kReplyMs);
}
