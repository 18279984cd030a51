// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigValue::fromJson, which reads the API's answers for sync: it accepts exactly the valid
// JSON documents (checked against nlohmann::json's strict reader), and what it read writes back
// as valid JSON that reads back the same.
#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include "FuzzCheck.h"
#include "sync/ConfigValue.h"

namespace {

bool isValidJson(const QByteArray& text)
{
    // nlohmann::json stops at a NUL byte; JSON has none outside escapes.
    if (text.contains('\0'))
        return false;
    // 1e999 is valid JSON that nlohmann::json refuses to hold: exponents outside strings are
    // checked as "e0", which keeps the syntax as it is.
    QByteArray checked;
    bool inString = false;
    bool inExponent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const bool digit = c >= '0' && c <= '9';
        if (inExponent && digit) {
            if (!checked.endsWith('0'))
                checked += '0';
            continue;
        }
        inExponent = false;
        checked += c;
        if (inString) {
            if (c == '\\' && i + 1 < text.size())
                checked += text.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if ((c == 'e' || c == 'E') && i > 0 && text.at(i - 1) >= '0'
                   && text.at(i - 1) <= '9') {
            if (i + 1 < text.size() && (text.at(i + 1) == '+' || text.at(i + 1) == '-'))
                checked += text.at(++i);
            inExponent = true;
        }
    }
    return nlohmann::json::accept(checked.constData(), checked.constData() + checked.size());
}

// Nesting beyond what fromJson reads on purpose (it refuses deeper documents).
bool isDeep(const QByteArray& text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest > 500;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    lc::ConfigValue value;
    QString error;
    const bool read = lc::ConfigValue::fromJson(input, &value, &error);
    if (!read) {
        LCDESK_FUZZ_CHECK(!error.isEmpty(), "a refusal without a reason");
        LCDESK_FUZZ_CHECK(!isValidJson(input) || isDeep(input), "valid JSON was refused");
        return 0;
    }
    LCDESK_FUZZ_CHECK(isValidJson(input), "invalid JSON was accepted");

    const QByteArray written = value.toJson();
    LCDESK_FUZZ_CHECK(isValidJson(written), "what was read writes back as invalid JSON");
    lc::ConfigValue again;
    LCDESK_FUZZ_CHECK(lc::ConfigValue::fromJson(written, &again), "the written JSON is refused");
    LCDESK_FUZZ_CHECK(again.toJson() == written, "the written JSON reads back differently");
    return 0;
}
