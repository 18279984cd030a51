// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Byte-level encodings the wire format needs: base64 for compressed payloads, base64url and
// HMAC for tokens, gzip for `is_compressed=true`.
class Codec
{
public:
    static std::string base64(std::string_view data);
    static std::string base64Url(std::string_view data);
    static std::optional<std::string> fromBase64Url(std::string_view text);
    // Standard alphabet; padding optional, line breaks ignored.
    static std::optional<std::string> fromBase64(std::string_view text);
    static std::string gzip(std::string_view data);
    // gzip or zlib data (hive `gzdata`); nullopt when it does not inflate or would exceed
    // `limit` bytes.
    static std::optional<std::string> gunzip(std::string_view data, std::size_t limit);
    static std::string hmacSha256(std::string_view key, std::string_view data);
    // Lower-case hex.
    static std::string sha256Hex(std::string_view data);
    static std::string randomBytes(std::size_t count);
    // 8-4-4-4-12 hexadecimal digits (sids, oids, API keys).
    static bool isUuid(std::string_view text);

private:
    static std::optional<std::string> decode(std::string_view text, const char* alphabet);
};
