// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCheck.h"

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
