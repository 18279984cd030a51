// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

// A task line taken apart the way the sensor's argparse does it, independently of any client:
// whitespace separates tokens; inside double quotes `\\` is one backslash and `\"` a quote,
// any other backslash stays as it is; outside quotes everything is literal (an unquoted
// Windows path keeps its single backslashes). Flags take a value (`-d 3`, `--depth 3`,
// `--depth=3`) or none (`--is-no-validation`); a token such as `-1` is a number, not a flag.
class TaskArguments
{
public:
    struct Flag
    {
        std::vector<std::string> names; // spellings, e.g. {"-d", "--depth"}; the first is the key
        bool takesValue = true;
    };

    // Splits a whole task line (command word included). Nothing on an unterminated quote.
    static std::optional<std::vector<std::string>> tokenize(const std::string& line,
                                                            std::string& error);

    // Parses the tokens after the command word. Nothing (and `error`) on an unknown flag or a
    // flag without its value; positionals are not counted here.
    static std::optional<TaskArguments> parse(const std::vector<std::string>& tokens,
                                              const std::vector<Flag>& flags, std::string& error);

    bool has(const std::string& key) const { return m_values.count(key) != 0; }
    // The last value given for a flag, or "".
    std::string value(const std::string& key) const;
    const std::vector<std::string>& values(const std::string& key) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};
