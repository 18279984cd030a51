// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

void JsonText::appendString(std::string& out, std::string_view value)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20U) {
                out.append("\\u00");
                out.push_back(hex[byte >> 4U]);
                out.push_back(hex[byte & 0xFU]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

std::string JsonText::quoted(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 2);
    appendString(out, value);
    return out;
}
