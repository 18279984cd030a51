// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCheck.h"

#include <array>
#include <cstdio>

#include "EmulatorProcess.h"

namespace {

int g_failures = 0;

} // namespace

void SelfCheck::check(bool ok, const std::string& what)
{
    if (ok) {
        std::printf("ok   %s\n", what.c_str());
    } else {
        ++g_failures;
        std::printf("FAIL %s\n", what.c_str());
    }
    std::fflush(stdout);
}

int SelfCheck::failures()
{
    return g_failures;
}

nlohmann::json SelfCheck::parse(const httplib::Result& result)
{
    return result ? nlohmann::json::parse(result->body, nullptr, false) : nlohmann::json();
}

int SelfCheck::statusOf(const httplib::Result& result)
{
    return result ? result->status : -1;
}

std::unique_ptr<httplib::Client> SelfCheck::clientFor(const EmulatorProcess& emulator,
                                                      const std::string& listener)
{
    auto client =
            std::make_unique<httplib::Client>(emulator.host(listener), emulator.port(listener));
    client->set_url_encode(false);
    client->set_read_timeout(10, 0);
    return client;
}

std::string SelfCheck::mintJwt(const EmulatorProcess& emulator, const std::string& form)
{
    auto jwt = clientFor(emulator, "jwt");
    const auto result = jwt->Post("/", form, "application/x-www-form-urlencoded");
    return EmulatorProcess::text(parse(result), "jwt");
}

std::string SelfCheck::base64Decode(const std::string& text)
{
    std::array<int, 256> table{};
    table.fill(-1);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < alphabet.size(); ++i) {
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
    }
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = table[static_cast<unsigned char>(c)];
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 6U) | static_cast<unsigned>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> static_cast<unsigned>(bits)) & 0xFFU));
        }
    }
    return out;
}
