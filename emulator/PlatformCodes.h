// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Platform and architecture codes of the API (uint32; USP codes do not fit an int32).
class PlatformCodes
{
public:
    static constexpr std::uint32_t Windows = 0x10000000U;
    static constexpr std::uint32_t Linux = 0x20000000U;
    static constexpr std::uint32_t MacOs = 0x30000000U;
    static constexpr std::uint32_t ChromeOs = 0x60000000U;
    static constexpr std::uint32_t Vpn = 0x70000000U;
    static constexpr std::uint32_t Text = 0x80000000U;
    static constexpr std::uint32_t Aws = 0xB0000000U;
    static constexpr std::uint32_t CrowdStrike = 0x01000000U;

    static constexpr std::uint32_t X86 = 1;
    static constexpr std::uint32_t X64 = 2;
    static constexpr std::uint32_t Arm = 3;
    static constexpr std::uint32_t Arm64 = 4;
    static constexpr std::uint32_t Alpine64 = 5;
    static constexpr std::uint32_t Chromium = 6;
    static constexpr std::uint32_t Wireguard = 7;
    static constexpr std::uint32_t Arml = 8;
    static constexpr std::uint32_t UspAdapter = 9;

    // Names as in the selector language; numbers (decimal or 0x...) are accepted too.
    static std::optional<std::uint32_t> platformFromName(std::string_view name);
    static std::string platformName(std::uint32_t code);
    static std::optional<std::uint32_t> architectureFromName(std::string_view name);
    static std::string architectureName(std::uint32_t code);
};
