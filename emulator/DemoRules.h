// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

// The demo organisation's rules at start, in the rule-state format of the control API: a spread
// of real community rules in dr-general, a few managed rules, a service-owned rule and two
// false-positive rules.
class DemoRules
{
public:
    static constexpr std::size_t kCommunityRules = 300;

    // Reads the community rules from `rulesDir` (empty: none). Files that cannot be read are
    // skipped with a line in `warnings`.
    static nlohmann::ordered_json state(const std::string& rulesDir, std::string& warnings);

private:
    static nlohmann::ordered_json communityRules(const std::string& rulesDir,
                                                 std::string& warnings);
};
