// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskArguments.h"

#include <cctype>

namespace {

bool isNumber(const std::string& token)
{
    if (token.size() < 2 || token[0] != '-') {
        return false;
    }
    for (std::size_t i = 1; i < token.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(token[i])) == 0) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<std::vector<std::string>> TaskArguments::tokenize(const std::string& line,
                                                                std::string& error)
{
    std::vector<std::string> tokens;
    std::string current;
    bool inToken = false;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '\\' && i + 1 < line.size() && (line[i + 1] == '\\' || line[i + 1] == '"')) {
                current.push_back(line[++i]);
            } else if (c == '"') {
                quoted = false;
            } else {
                current.push_back(c);
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (inToken) {
                tokens.push_back(current);
                current.clear();
                inToken = false;
            }
            continue;
        }
        inToken = true;
        if (c == '"') {
            quoted = true;
        } else {
            current.push_back(c);
        }
    }
    if (quoted) {
        error = "unterminated quote";
        return std::nullopt;
    }
    if (inToken) {
        tokens.push_back(current);
    }
    return tokens;
}

std::optional<TaskArguments> TaskArguments::parse(const std::vector<std::string>& tokens,
                                                  const std::vector<Flag>& flags,
                                                  std::string& error)
{
    TaskArguments parsed;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& token = tokens[i];
        if (token.size() < 2 || token[0] != '-' || isNumber(token)) {
            parsed.m_positionals.push_back(token);
            continue;
        }
        std::string name = token;
        std::optional<std::string> inlineValue;
        const std::size_t equals = token.find('=');
        if (token.rfind("--", 0) == 0 && equals != std::string::npos) {
            name = token.substr(0, equals);
            inlineValue = token.substr(equals + 1);
        }
        const Flag* flag = nullptr;
        for (const Flag& candidate : flags) {
            for (const std::string& spelling : candidate.names) {
                if (spelling == name) {
                    flag = &candidate;
                }
            }
        }
        if (flag == nullptr) {
            error = "unrecognized argument " + token;
            return std::nullopt;
        }
        const std::string& key = flag->names.front();
        if (!flag->takesValue) {
            if (inlineValue) {
                error = "argument " + name + " takes no value";
                return std::nullopt;
            }
            parsed.m_values[key].push_back("true");
            continue;
        }
        if (inlineValue) {
            parsed.m_values[key].push_back(*inlineValue);
            continue;
        }
        if (i + 1 >= tokens.size()
            || (tokens[i + 1].size() > 1 && tokens[i + 1][0] == '-' && !isNumber(tokens[i + 1]))) {
            error = "argument " + name + " expected a value";
            return std::nullopt;
        }
        parsed.m_values[key].push_back(tokens[++i]);
    }
    return parsed;
}

std::string TaskArguments::value(const std::string& key) const
{
    const auto it = m_values.find(key);
    return it == m_values.end() || it->second.empty() ? std::string() : it->second.back();
}

const std::vector<std::string>& TaskArguments::values(const std::string& key) const
{
    static const std::vector<std::string> none;
    const auto it = m_values.find(key);
    return it == m_values.end() ? none : it->second;
}
