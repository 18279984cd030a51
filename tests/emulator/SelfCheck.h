// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

class EmulatorProcess;

// What every part of the self-test shares: the verdict printer and small HTTP helpers.
class SelfCheck
{
public:
    static void check(bool ok, const std::string& what);
    static int failures();

    static nlohmann::json parse(const httplib::Result& result);
    static int statusOf(const httplib::Result& result);
    // Standard base64 (characters outside the alphabet skipped), written here rather than
    // taken from the emulator so a wrong encoder there cannot pass its own test.
    static std::string base64Decode(const std::string& text);
    // A client for one listener that sends paths byte for byte.
    static std::unique_ptr<httplib::Client> clientFor(const EmulatorProcess& emulator,
                                                      const std::string& listener);
    static std::string mintJwt(const EmulatorProcess& emulator, const std::string& form);
};
