// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

class UrlCodec
{
public:
    // Strict: a malformed escape in a path is a client bug the tests must see, so it is refused.
    // '+' stays a literal plus in paths.
    static std::optional<std::string> decodePathSegment(std::string_view segment);
    // Lenient like common form parsers: '+' is a space, a malformed escape is kept literally.
    static std::string decodeFormComponent(std::string_view text);
    static std::string encodeComponent(std::string_view text);
    // The value of one hexadecimal digit, or -1.
    static int hexValue(char c);
};
