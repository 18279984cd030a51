// SPDX-License-Identifier: GPL-3.0-or-later
#include "YaraRules.h"

#include <algorithm>
#include <cctype>

#include "Codec.h"
#include "UrlCodec.h"

namespace {

bool isIdentifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool containsRule(const std::string& text)
{
    for (std::size_t at = text.find("rule"); at != std::string::npos;
         at = text.find("rule", at + 4)) {
        const bool startOk = at == 0 || !isIdentifierChar(text[at - 1]);
        const bool endOk =
                at + 4 < text.size() && std::isspace(static_cast<unsigned char>(text[at + 4])) != 0;
        if (startOk && endOk && text.find('{', at) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// A quoted YARA string starting at `at` (on the quote); returns the position after it.
std::size_t readQuoted(const std::string& text, std::size_t at, std::string& out)
{
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            return i + 1;
        }
        if (c != '\\' || i + 1 >= text.size()) {
            out.push_back(c);
            continue;
        }
        const char next = text[++i];
        if (next == 'n') {
            out.push_back('\n');
        } else if (next == 't') {
            out.push_back('\t');
        } else if (next == 'r') {
            out.push_back('\r');
        } else if (next == 'x' && i + 2 < text.size() && UrlCodec::hexValue(text[i + 1]) >= 0
                   && UrlCodec::hexValue(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(UrlCodec::hexValue(text[i + 1]) * 16
                                            + UrlCodec::hexValue(text[i + 2])));
            i += 2;
        } else {
            out.push_back(next);
        }
    }
    return std::string::npos;
}

// The end of a rule's body: the brace that closes the one at `open`, skipping quoted text.
std::size_t closingBrace(const std::string& text, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '"') {
            std::string ignored;
            i = readQuoted(text, i, ignored);
            if (i == std::string::npos) {
                return std::string::npos;
            }
            --i;
        } else if (text[i] == '{') {
            ++depth;
        } else if (text[i] == '}' && --depth == 0) {
            return i;
        }
    }
    return std::string::npos;
}

// The modifiers after a string (up to the end of its line or the next string).
std::string modifiersAt(const std::string& section, std::size_t at)
{
    const std::size_t end = std::min(section.find_first_of("\n$", at), section.size());
    return section.substr(at, end - at);
}

void addNeedle(YaraRules::Rule& rule, const std::string& needle, const std::string& modifiers)
{
    if (needle.empty()) {
        return;
    }
    const bool noCase = modifiers.find("nocase") != std::string::npos;
    const bool wide = modifiers.find("wide") != std::string::npos;
    const bool ascii = modifiers.find("ascii") != std::string::npos || !wide;
    const std::string text = noCase ? lower(needle) : needle;
    if (ascii) {
        rule.needles.push_back(text);
        rule.noCase.push_back(noCase);
    }
    if (wide) {
        std::string utf16;
        for (const char c : text) {
            utf16.push_back(c);
            utf16.push_back('\0');
        }
        rule.needles.push_back(utf16);
        rule.noCase.push_back(noCase);
    }
}

// Every quoted text string and plain hex string of a `strings:` section, with or without its
// `$name =`; regular expressions are skipped.
void parseStrings(const std::string& section, YaraRules::Rule& rule)
{
    std::size_t i = 0;
    while (i < section.size()) {
        const char c = section[i];
        if (c == '"') {
            std::string needle;
            const std::size_t end = readQuoted(section, i, needle);
            if (end == std::string::npos) {
                return;
            }
            addNeedle(rule, needle, modifiersAt(section, end));
            i = end;
        } else if (c == '{') {
            const std::size_t end = section.find('}', i);
            if (end == std::string::npos) {
                return;
            }
            std::string needle;
            int high = -1;
            for (std::size_t k = i + 1; k < end; ++k) {
                if (std::isspace(static_cast<unsigned char>(section[k])) != 0) {
                    continue;
                }
                const int digit = UrlCodec::hexValue(section[k]);
                if (digit < 0) {
                    // Wildcards, jumps and alternatives are not evaluated.
                    needle.clear();
                    break;
                }
                if (high < 0) {
                    high = digit;
                } else {
                    needle.push_back(static_cast<char>(high * 16 + digit));
                    high = -1;
                }
            }
            addNeedle(rule, needle, modifiersAt(section, end + 1));
            i = end + 1;
        } else if (c == '/') {
            std::size_t end = i + 1;
            while (end < section.size() && section[end] != '/') {
                end += section[end] == '\\' ? 2 : 1;
            }
            i = end + 1;
        } else {
            ++i;
        }
    }
}

} // namespace

std::optional<std::string> YaraRules::ruleText(const std::string& argument, std::string& error)
{
    const std::string start = lower(argument.substr(0, 8));
    if (start.rfind("https://", 0) == 0 || start.rfind("http://", 0) == 0) {
        error = "cannot fetch rules from " + argument
                + ": the emulator has no network access; send the rule as text or base64";
        return std::nullopt;
    }
    if (containsRule(argument)) {
        return argument;
    }
    std::string encoded = argument;
    // SEED formats Python 3 bytes directly into the task: b'...'.
    if (encoded.size() >= 3 && encoded[0] == 'b' && (encoded[1] == '\'' || encoded[1] == '"')
        && encoded.back() == encoded[1]) {
        encoded = encoded.substr(2, encoded.size() - 3);
    }
    const auto decoded = Codec::fromBase64(encoded);
    if (decoded && containsRule(*decoded)) {
        return *decoded;
    }
    error = "the rule is neither YARA text nor base64 of it";
    return std::nullopt;
}

std::optional<YaraRules> YaraRules::parse(const std::string& text, std::string& error)
{
    YaraRules rules;
    std::size_t at = 0;
    while ((at = text.find("rule", at)) != std::string::npos) {
        const bool startOk = at == 0 || !isIdentifierChar(text[at - 1]);
        const std::size_t nameStart = text.find_first_not_of(" \t\r\n", at + 4);
        if (!startOk || nameStart == at + 4 || nameStart == std::string::npos) {
            at += 4;
            continue;
        }
        std::size_t nameEnd = nameStart;
        while (nameEnd < text.size() && isIdentifierChar(text[nameEnd])) {
            ++nameEnd;
        }
        const std::size_t open = text.find('{', nameEnd);
        const std::size_t close = open == std::string::npos ? open : closingBrace(text, open);
        if (nameEnd == nameStart || close == std::string::npos) {
            error = "syntax error in rule near offset " + std::to_string(at);
            return std::nullopt;
        }
        Rule rule;
        rule.name = text.substr(nameStart, nameEnd - nameStart);
        const std::string body = text.substr(open + 1, close - open - 1);
        const std::size_t strings = body.find("strings:");
        const std::size_t condition = body.find("condition:");
        if (condition == std::string::npos) {
            error = "rule " + rule.name + " has no condition";
            return std::nullopt;
        }
        if (strings != std::string::npos && strings < condition) {
            parseStrings(body.substr(strings + 8, condition - strings - 8), rule);
        }
        std::string conditionText = body.substr(condition + 10);
        conditionText.erase(0, conditionText.find_first_not_of(" \t\r\n"));
        conditionText.erase(conditionText.find_last_not_of(" \t\r\n") + 1);
        rule.all = conditionText.find("all of") != std::string::npos;
        rule.always = conditionText == "true";
        rules.m_rules.push_back(std::move(rule));
        at = close;
    }
    if (rules.m_rules.empty()) {
        error = "no rule found";
        return std::nullopt;
    }
    return rules;
}

std::vector<std::string> YaraRules::matches(const std::string& data) const
{
    std::vector<std::string> names;
    std::string folded;
    for (const Rule& rule : m_rules) {
        if (rule.needles.empty()) {
            if (rule.always) {
                names.push_back(rule.name);
            }
            continue;
        }
        std::size_t found = 0;
        for (std::size_t i = 0; i < rule.needles.size(); ++i) {
            if (rule.noCase[i] && folded.empty()) {
                folded = lower(data);
            }
            const std::string& haystack = rule.noCase[i] ? folded : data;
            found += haystack.find(rule.needles[i]) != std::string::npos ? 1 : 0;
        }
        if (rule.all ? found == rule.needles.size() : found > 0) {
            names.push_back(rule.name);
        }
    }
    return names;
}
