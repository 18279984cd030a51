// SPDX-License-Identifier: GPL-3.0-or-later
#include "SensorSelector.h"

#include <array>
#include <cctype>
#include <regex>
#include <vector>

#include "FormFields.h"
#include "PlatformCodes.h"

enum class SelectorField
{
    Sid,
    Oid,
    Iid,
    Did,
    Plat,
    ExtPlat,
    Arch,
    Enroll,
    Alive,
    Hostname,
    MacAddr,
    IntIp,
    ExtIp,
    Isolated,
    ShouldIsolate,
    Kernel,
};

enum class SelectorNodeKind
{
    And,
    Or,
    Equals,
    NotEquals,
    Matches,
    NotMatches,
    Contains,
    InTags,
    NotInTags,
};

struct SensorSelector::Node
{
    SelectorNodeKind kind = SelectorNodeKind::Equals;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
    SelectorField field = SelectorField::Sid;
    std::string value;
    std::uint32_t code = 0; // platform or architecture for == / !=
    std::regex pattern;
};

namespace {

using Node = SensorSelector::Node;

const std::array<std::pair<const char*, SelectorField>, 16> kFields = {{
        {"sid", SelectorField::Sid},
        {"oid", SelectorField::Oid},
        {"iid", SelectorField::Iid},
        {"did", SelectorField::Did},
        {"plat", SelectorField::Plat},
        {"ext_plat", SelectorField::ExtPlat},
        {"arch", SelectorField::Arch},
        {"enroll", SelectorField::Enroll},
        {"alive", SelectorField::Alive},
        {"hostname", SelectorField::Hostname},
        {"mac_addr", SelectorField::MacAddr},
        {"int_ip", SelectorField::IntIp},
        {"ext_ip", SelectorField::ExtIp},
        {"isolated", SelectorField::Isolated},
        {"should_isolate", SelectorField::ShouldIsolate},
        {"kernel", SelectorField::Kernel},
}};

enum class TokenKind
{
    Word,
    Quoted,
    LeftParen,
    RightParen,
    Equal,
    NotEqual,
    End,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    std::string text;
    std::size_t position = 0;
};

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {}

    std::unique_ptr<Node> parse(std::string& error)
    {
        if (!tokenize(error)) {
            return nullptr;
        }
        auto root = parseOr();
        if (root && peek().kind != TokenKind::End) {
            fail("unexpected '" + peek().text + "'", peek().position);
            root.reset();
        }
        if (!root) {
            error = m_error;
        }
        return root;
    }

private:
    bool tokenize(std::string& error)
    {
        std::size_t i = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            if (std::isspace(static_cast<unsigned char>(c)) != 0) {
                ++i;
                continue;
            }
            Token token;
            token.position = i;
            if (c == '(' || c == ')') {
                token.kind = c == '(' ? TokenKind::LeftParen : TokenKind::RightParen;
                token.text = std::string(1, c);
                ++i;
            } else if ((c == '=' || c == '!') && i + 1 < m_text.size() && m_text[i + 1] == '=') {
                token.kind = c == '=' ? TokenKind::Equal : TokenKind::NotEqual;
                token.text = std::string(m_text.substr(i, 2));
                i += 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                const std::size_t close = m_text.find(c, i + 1);
                if (close == std::string_view::npos) {
                    error = "unterminated " + std::string(1, c) + " quote at position "
                            + std::to_string(i);
                    return false;
                }
                token.kind = TokenKind::Quoted;
                token.text = std::string(m_text.substr(i + 1, close - i - 1));
                i = close + 1;
            } else {
                std::size_t end = i;
                while (end < m_text.size()) {
                    const char d = m_text[end];
                    if (std::isspace(static_cast<unsigned char>(d)) != 0 || d == '(' || d == ')'
                        || d == '"' || d == '\'' || d == '`'
                        || ((d == '=' || d == '!') && end + 1 < m_text.size()
                            && m_text[end + 1] == '=')) {
                        break;
                    }
                    ++end;
                }
                if (end == i) {
                    error = "unexpected character '" + std::string(1, c) + "' at position "
                            + std::to_string(i);
                    return false;
                }
                token.kind = TokenKind::Word;
                token.text = std::string(m_text.substr(i, end - i));
                i = end;
            }
            m_tokens.push_back(token);
        }
        Token end;
        end.position = m_text.size();
        end.text = "end of selector";
        m_tokens.push_back(end);
        return true;
    }

    const Token& peek() const { return m_tokens[m_next]; }
    // Never moves past the end token, so a truncated selector cannot read out of range.
    Token take()
    {
        Token token = m_tokens[m_next];
        if (m_next + 1 < m_tokens.size()) {
            ++m_next;
        }
        return token;
    }
    bool isKeyword(const Token& token, const char* keyword) const
    {
        return token.kind == TokenKind::Word && token.text == keyword;
    }

    std::unique_ptr<Node> fail(const std::string& message, std::size_t position)
    {
        if (m_error.empty()) {
            m_error = message + " at position " + std::to_string(position);
        }
        return nullptr;
    }

    std::unique_ptr<Node> combine(SelectorNodeKind kind, std::unique_ptr<Node> left,
                                  std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isKeyword(peek(), "or")) {
            take();
            auto right = parseAnd();
            if (!right) {
                return nullptr;
            }
            left = combine(SelectorNodeKind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseTerm();
        while (left && isKeyword(peek(), "and")) {
            take();
            auto right = parseTerm();
            if (!right) {
                return nullptr;
            }
            left = combine(SelectorNodeKind::And, std::move(left), std::move(right));
        }
        return left;
    }

    bool takeValue(std::string& value)
    {
        const Token token = peek();
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Quoted) {
            fail("expected a value but found '" + token.text + "'", token.position);
            return false;
        }
        take();
        value = token.text;
        return true;
    }

    std::unique_ptr<Node> parseTerm()
    {
        const Token first = peek();
        if (first.kind == TokenKind::LeftParen) {
            take();
            auto inner = parseOr();
            if (!inner) {
                return nullptr;
            }
            if (peek().kind != TokenKind::RightParen) {
                return fail("expected ')' but found '" + peek().text + "'", peek().position);
            }
            take();
            return inner;
        }
        if (first.kind != TokenKind::Word && first.kind != TokenKind::Quoted) {
            return fail("expected a field or value but found '" + first.text + "'", first.position);
        }
        take();
        const Token op = take();
        auto node = std::make_unique<Node>();
        if (isKeyword(op, "in") || (isKeyword(op, "not") && isKeyword(peek(), "in"))) {
            if (isKeyword(op, "not")) {
                take();
            }
            const Token list = take();
            if (!isKeyword(list, "tags")) {
                return fail("only 'tags' can follow 'in', found '" + list.text + "'",
                            list.position);
            }
            node->kind =
                    isKeyword(op, "in") ? SelectorNodeKind::InTags : SelectorNodeKind::NotInTags;
            node->value = first.text;
            return node;
        }
        if (first.kind != TokenKind::Word) {
            return fail("expected a field name but found a quoted value", first.position);
        }
        const SelectorField* field = nullptr;
        for (const auto& [name, candidate] : kFields) {
            if (first.text == name) {
                field = &candidate;
            }
        }
        if (field == nullptr) {
            if (first.text == "tags") {
                return fail("use '<tag> in tags' to test tags", first.position);
            }
            return fail("unknown field '" + first.text + "'", first.position);
        }
        node->field = *field;
        if (op.kind == TokenKind::Equal || op.kind == TokenKind::NotEqual) {
            node->kind = op.kind == TokenKind::Equal ? SelectorNodeKind::Equals
                                                     : SelectorNodeKind::NotEquals;
        } else if (isKeyword(op, "matches")) {
            node->kind = SelectorNodeKind::Matches;
        } else if (isKeyword(op, "not") && isKeyword(peek(), "matches")) {
            take();
            node->kind = SelectorNodeKind::NotMatches;
        } else if (isKeyword(op, "contains")) {
            node->kind = SelectorNodeKind::Contains;
        } else {
            return fail("expected an operator after '" + first.text + "' but found '" + op.text
                                + "'",
                        op.position);
        }
        const std::size_t valuePosition = peek().position;
        if (!takeValue(node->value)) {
            return nullptr;
        }
        return finishComparison(std::move(node), valuePosition);
    }

    std::unique_ptr<Node> finishComparison(std::unique_ptr<Node> node, std::size_t position)
    {
        const bool equality =
                node->kind == SelectorNodeKind::Equals || node->kind == SelectorNodeKind::NotEquals;
        if (equality
            && (node->field == SelectorField::Plat || node->field == SelectorField::ExtPlat)) {
            const auto code = PlatformCodes::platformFromName(node->value);
            if (!code) {
                return fail("unknown platform '" + node->value + "'", position);
            }
            node->code = *code;
        } else if (equality && node->field == SelectorField::Arch) {
            const auto code = PlatformCodes::architectureFromName(node->value);
            if (!code) {
                return fail("unknown architecture '" + node->value + "'", position);
            }
            node->code = *code;
        } else if (equality
                   && (node->field == SelectorField::Isolated
                       || node->field == SelectorField::ShouldIsolate
                       || node->field == SelectorField::Kernel)) {
            const auto flag = FormFields::parseBool(node->value);
            if (!flag || node->value.empty()) {
                return fail("expected true or false but found '" + node->value + "'", position);
            }
            node->value = *flag ? "true" : "false";
        } else if (node->kind == SelectorNodeKind::Matches
                   || node->kind == SelectorNodeKind::NotMatches) {
            try {
                node->pattern = std::regex(node->value, std::regex::ECMAScript);
            } catch (const std::regex_error& error) {
                return fail("invalid regular expression '" + node->value + "' (" + error.what()
                                    + ")",
                            position);
            }
        }
        return node;
    }

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    std::string m_error;
};

std::string fieldText(SelectorField field, const Sensor& sensor, const std::string& oid)
{
    switch (field) {
    case SelectorField::Sid:
        return sensor.sid;
    case SelectorField::Oid:
        return oid;
    case SelectorField::Iid:
        return sensor.iid;
    case SelectorField::Did:
        return sensor.did;
    case SelectorField::Plat:
    case SelectorField::ExtPlat:
        return PlatformCodes::platformName(sensor.plat);
    case SelectorField::Arch:
        return PlatformCodes::architectureName(sensor.arch);
    case SelectorField::Enroll:
        return sensor.enroll;
    case SelectorField::Alive:
        return sensor.alive;
    case SelectorField::Hostname:
        return sensor.hostname;
    case SelectorField::MacAddr:
        return std::string();
    case SelectorField::IntIp:
        return sensor.intIp;
    case SelectorField::ExtIp:
        return sensor.extIp;
    case SelectorField::Isolated:
        return sensor.isolated ? "true" : "false";
    case SelectorField::ShouldIsolate:
        return sensor.shouldIsolate ? "true" : "false";
    case SelectorField::Kernel:
        return sensor.kernel ? "true" : "false";
    }
    return std::string();
}

bool evaluate(const Node& node, const Sensor& sensor, const std::string& oid, std::int64_t nowMs)
{
    switch (node.kind) {
    case SelectorNodeKind::And:
        return evaluate(*node.left, sensor, oid, nowMs)
               && evaluate(*node.right, sensor, oid, nowMs);
    case SelectorNodeKind::Or:
        return evaluate(*node.left, sensor, oid, nowMs)
               || evaluate(*node.right, sensor, oid, nowMs);
    case SelectorNodeKind::InTags:
        return sensor.hasLiveTag(node.value, nowMs);
    case SelectorNodeKind::NotInTags:
        return !sensor.hasLiveTag(node.value, nowMs);
    case SelectorNodeKind::Equals:
    case SelectorNodeKind::NotEquals: {
        bool equal = false;
        if (node.field == SelectorField::Plat || node.field == SelectorField::ExtPlat) {
            equal = sensor.plat == node.code;
        } else if (node.field == SelectorField::Arch) {
            equal = sensor.arch == node.code;
        } else {
            equal = fieldText(node.field, sensor, oid) == node.value;
        }
        return node.kind == SelectorNodeKind::Equals ? equal : !equal;
    }
    case SelectorNodeKind::Matches:
        return std::regex_search(fieldText(node.field, sensor, oid), node.pattern);
    case SelectorNodeKind::NotMatches:
        return !std::regex_search(fieldText(node.field, sensor, oid), node.pattern);
    case SelectorNodeKind::Contains:
        return fieldText(node.field, sensor, oid).find(node.value) != std::string::npos;
    }
    return false;
}

} // namespace

SensorSelector::SensorSelector(std::unique_ptr<Node> root)
    : m_root(std::move(root))
{}

SensorSelector::~SensorSelector() = default;

std::unique_ptr<SensorSelector> SensorSelector::parse(std::string_view text, std::string& error)
{
    Parser parser(text);
    auto root = parser.parse(error);
    if (!root) {
        return nullptr;
    }
    return std::unique_ptr<SensorSelector>(new SensorSelector(std::move(root)));
}

bool SensorSelector::matches(const Sensor& sensor, const std::string& oid, std::int64_t nowMs) const
{
    return evaluate(*m_root, sensor, oid, nowMs);
}
