// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "CommandContext.h"

// The file, directory and registry commands of the simulated sensors.
class FileCommands
{
public:
    static std::vector<CommandReply> fileInfo(const CommandContext& context);
    static std::vector<CommandReply> fileHash(const CommandContext& context);
    static std::vector<CommandReply> fileGet(const CommandContext& context);
    static std::vector<CommandReply> fileDelete(const CommandContext& context);
    static std::vector<CommandReply> fileMove(const CommandContext& context);
    static std::vector<CommandReply> dirList(const CommandContext& context);
    static std::vector<CommandReply> dirFindHash(const CommandContext& context);
    static std::vector<CommandReply> registryList(const CommandContext& context);

    // `*` and `?` against a name; case-insensitive when `noCase`.
    static bool wildcardMatch(const std::string& pattern, const std::string& text, bool noCase);
    // The file's entry as listings show it.
    static nlohmann::ordered_json entry(const SimulatedHost& host, const SimulatedHost::File& file);
    // 2 when the file's folder exists, 3 when it does not.
    static int missingCode(const SimulatedHost& host, const std::string& path);

    static constexpr std::int64_t kReplyMs = 300;
};
