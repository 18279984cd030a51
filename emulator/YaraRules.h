// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

// Just enough YARA for the simulated sensors: each `rule NAME { strings: ... condition: ... }`
// with text strings ("...", escapes, `nocase`, `wide`) and plain hex strings ({ 4D 5A }).
// A rule matches data holding any of its strings, or all of them when the condition says
// `all of`; a rule without usable strings matches only when its condition is `true`. Regular
// expressions and other conditions are not evaluated.
class YaraRules
{
public:
    struct Rule
    {
        std::string name;
        std::vector<std::string> needles;
        std::vector<bool> noCase;
        bool all = false;
        bool always = false;
    };

    // The rule text from a task argument: literal text, base64 of it (also SEED's `b'...'`
    // form). An http(s) URL cannot be fetched here: nothing, with `error` saying so.
    static std::optional<std::string> ruleText(const std::string& argument, std::string& error);
    static std::optional<YaraRules> parse(const std::string& text, std::string& error);

    // Names of the rules that match `data`.
    std::vector<std::string> matches(const std::string& data) const;
    const std::vector<Rule>& rules() const { return m_rules; }

private:
    std::vector<Rule> m_rules;
};
