// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codec.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <zlib.h>

#include <array>
#include <cctype>
#include <cstdint>
#include <stdexcept>

namespace {

const char kStandardAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kUrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string encode(std::string_view data, const char* alphabet, bool pad)
{
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    std::size_t i = 0;
    const auto byteAt = [&data](std::size_t index) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(data[index]));
    };
    for (; i + 2 < data.size(); i += 3) {
        const std::uint32_t n = (byteAt(i) << 16U) | (byteAt(i + 1) << 8U) | byteAt(i + 2);
        out.push_back(alphabet[(n >> 18U) & 63U]);
        out.push_back(alphabet[(n >> 12U) & 63U]);
        out.push_back(alphabet[(n >> 6U) & 63U]);
        out.push_back(alphabet[n & 63U]);
    }
    const std::size_t rest = data.size() - i;
    if (rest == 1) {
        const std::uint32_t n = byteAt(i) << 16U;
        out.push_back(alphabet[(n >> 18U) & 63U]);
        out.push_back(alphabet[(n >> 12U) & 63U]);
        if (pad) {
            out.append("==");
        }
    } else if (rest == 2) {
        const std::uint32_t n = (byteAt(i) << 16U) | (byteAt(i + 1) << 8U);
        out.push_back(alphabet[(n >> 18U) & 63U]);
        out.push_back(alphabet[(n >> 12U) & 63U]);
        out.push_back(alphabet[(n >> 6U) & 63U]);
        if (pad) {
            out.push_back('=');
        }
    }
    return out;
}

} // namespace

std::string Codec::base64(std::string_view data)
{
    return encode(data, kStandardAlphabet, true);
}

std::string Codec::base64Url(std::string_view data)
{
    return encode(data, kUrlAlphabet, false);
}

std::optional<std::string> Codec::fromBase64Url(std::string_view text)
{
    return decode(text, kUrlAlphabet);
}

std::optional<std::string> Codec::fromBase64(std::string_view text)
{
    std::string compact;
    for (const char c : text) {
        if (c != '\n' && c != '\r' && c != ' ') {
            compact.push_back(c);
        }
    }
    return decode(compact, kStandardAlphabet);
}

std::optional<std::string> Codec::decode(std::string_view text, const char* alphabet)
{
    while (!text.empty() && text.back() == '=') {
        text.remove_suffix(1);
    }
    std::array<int, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(alphabet[i])] = i;
    }
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = table[static_cast<unsigned char>(c)];
        if (value < 0) {
            return std::nullopt;
        }
        buffer = (buffer << 6U) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> static_cast<unsigned>(bits)) & 0xFFU));
        }
    }
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    return out;
}

std::string Codec::gzip(std::string_view data)
{
    z_stream stream{};
    // 15 + 16 selects the gzip container, which is what clients inflate with 16 + MAX_WBITS.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        throw std::runtime_error("deflateInit2 failed");
    }
    std::string out;
    out.resize(deflateBound(&stream, static_cast<uLong>(data.size())) + 32);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END) {
        throw std::runtime_error("deflate failed");
    }
    out.resize(stream.total_out);
    return out;
}

std::optional<std::string> Codec::gunzip(std::string_view data, std::size_t limit)
{
    z_stream stream{};
    // 32 + MAX_WBITS: accept either container, as the SDKs differ in what they compress with.
    if (inflateInit2(&stream, 32 + MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    std::string out;
    std::array<char, 65536> chunk{};
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.data(), chunk.size() - stream.avail_out);
        if (out.size() > limit) {
            result = Z_MEM_ERROR;
        }
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END) {
        return std::nullopt;
    }
    return out;
}

std::string Codec::hmacSha256(std::string_view key, std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest.data(), &length);
    return std::string(reinterpret_cast<const char*>(digest.data()), length);
}

std::string Codec::randomBytes(std::size_t count)
{
    std::string out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        throw std::runtime_error("RAND_bytes failed");
    }
    return out;
}

std::string Codec::sha256Hex(std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr);
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(digits[digest[i] >> 4U]);
        out.push_back(digits[digest[i] & 0xFU]);
    }
    return out;
}

bool Codec::isUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (text[i] == '-')
            || (!dash && std::isxdigit(static_cast<unsigned char>(text[i])) == 0)) {
            return false;
        }
    }
    return true;
}
