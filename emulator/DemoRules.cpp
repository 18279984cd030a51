// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRules.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "RuleHive.h"
#include "RuleRecord.h"
#include "YamlJson.h"

namespace {

// Written as JSON so they read like what the API returns.
const char kManagedRules[] = R"({
  "managed-lsass-memory-access": {
    "detect": {"event": "SENSITIVE_PROCESS_ACCESS", "op": "ends with",
               "path": "event/TARGET/FILE_PATH", "value": "lsass.exe", "case sensitive": false},
    "respond": [{"action": "report", "name": "Credential access: LSASS memory read",
                 "priority": 4}],
    "usr_mtd": {"enabled": true, "expiry": 0, "tags": ["managed", "credential-access"],
                "comment": "Maintained by the security team; change through the managed pack."}
  },
  "managed-ransomware-canary": {
    "detect": {"event": "FILE_MODIFIED", "op": "contains", "path": "event/FILE_PATH",
               "value": "\\lcdesk-canary\\"},
    "respond": [{"action": "report", "name": "Ransomware canary file touched", "priority": 5},
                {"action": "task", "command": "history_dump"},
                {"action": "isolate network"}],
    "usr_mtd": {"enabled": true, "expiry": 0, "tags": ["managed", "impact"],
                "comment": "Isolates the host; do not disable without the incident lead."}
  },
  "managed-office-spawns-shell": {
    "detect": {"event": "NEW_PROCESS", "op": "and", "rules": [
      {"op": "matches", "path": "event/PARENT/FILE_PATH",
       "re": "(?i)\\\\(winword|excel|powerpnt)\\.exe$"},
      {"op": "matches", "path": "event/FILE_PATH",
       "re": "(?i)\\\\(cmd|powershell|wscript|mshta)\\.exe$"}]},
    "respond": [{"action": "report", "name": "Office application started a shell"}],
    "usr_mtd": {"enabled": false, "expiry": 0, "tags": ["managed", "execution"],
                "comment": "Disabled while the finance macros are reviewed."}
  }
})";

const char kServiceOwnedRule[] = R"({
  "detect": {"event": "CONNECTED", "op": "exists", "path": "event"},
  "respond": [{"action": "report", "name": "__lc-service-rule", "suppression":
               {"max_count": 1, "period": "1h", "is_global": true, "keys": ["{{ .routing.sid }}"]}}],
  "usr_mtd": {"enabled": true, "expiry": 0, "tags": ["service"],
              "comment": "Created by a service; Sync leaves rules named __* alone."}
})";

const char kFalsePositiveRules[] = R"({
  "fp-backup-agent-vssadmin": {
    "data": {"op": "and", "rules": [
      {"op": "is", "path": "cat", "value": "Shadow copies deleted"},
      {"op": "ends with", "path": "detect/event/PARENT/FILE_PATH", "value": "\\backupagent.exe",
       "case sensitive": false}]},
    "usr_mtd": {"enabled": true, "expiry": 0, "tags": ["backup"],
                "comment": "The nightly backup prunes its own snapshots."}
  },
  "fp-it-admin-hosts": {
    "data": {"op": "and", "rules": [
      {"op": "starts with", "path": "routing/hostname", "value": "it-admin-"},
      {"op": "is", "path": "cat", "value": "Remote execution tool"}]},
    "usr_mtd": {"enabled": true, "expiry": 0, "tags": null, "comment": ""}
  }
})";

} // namespace

nlohmann::ordered_json DemoRules::communityRules(const std::string& rulesDir, std::string& warnings)
{
    nlohmann::ordered_json rules = nlohmann::ordered_json::object();
    if (rulesDir.empty()) {
        return rules;
    }
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(rulesDir, error), end; !error && it != end;
         it.increment(error)) {
        const std::string extension = it->path().extension().string();
        if (it->is_regular_file() && (extension == ".yml" || extension == ".yaml")) {
            files.push_back(it->path());
        }
    }
    if (error) {
        warnings += "cannot list " + rulesDir + ": " + error.message() + "\n";
    }

    // Every (n/300)th file of the sorted list: the same rules every run, drawn from every
    // folder in proportion to its size.
    std::sort(files.begin(), files.end());
    const std::size_t wanted = std::min(files.size(), kCommunityRules);
    for (std::size_t i = 0; i < wanted; ++i) {
        const fs::path& file = files[i * files.size() / wanted];
        const std::string name = file.stem().string();
        try {
            const nlohmann::ordered_json rule = YamlJson::convert(YAML::LoadFile(file.string()));
            std::string problem;
            if (!RuleRecord::checkData(RuleHive::General, rule, problem)) {
                warnings += file.string() + ": " + problem + "\n";
                continue;
            }
            if (!rules.contains(name)) {
                rules[name] = rule;
            }
        } catch (const YAML::Exception& exception) {
            warnings += file.string() + ": " + exception.what() + "\n";
        }
    }
    return rules;
}

nlohmann::ordered_json DemoRules::state(const std::string& rulesDir, std::string& warnings)
{
    nlohmann::ordered_json general = communityRules(rulesDir, warnings);
    general["__lc-service-rule"] = nlohmann::ordered_json::parse(kServiceOwnedRule);
    return {{"general", general},
            {"managed", nlohmann::ordered_json::parse(kManagedRules)},
            {"service", nlohmann::ordered_json::object()},
            {"fp", nlohmann::ordered_json::parse(kFalsePositiveRules)}};
}
