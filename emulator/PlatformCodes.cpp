// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformCodes.h"

#include <cstdlib>
#include <utility>

namespace {

using Entry = std::pair<std::uint32_t, const char*>;

const Entry kPlatforms[] = {
        {0x10000000U, "windows"},
        {0x20000000U, "linux"},
        {0x30000000U, "macos"},
        {0x40000000U, "ios"},
        {0x50000000U, "android"},
        {0x60000000U, "chrome"},
        {0x70000000U, "vpn"},
        {0x80000000U, "text"},
        {0x90000000U, "json"},
        {0xA0000000U, "gcp"},
        {0xB0000000U, "aws"},
        {0xC0000000U, "carbon_black"},
        {0xD0000000U, "1password"},
        {0xE0000000U, "office365"},
        {0xF0000000U, "sophos"},
        {0x01000000U, "crowdstrike"},
        {0x02000000U, "xml"},
        {0x03000000U, "wel"},
        {0x04000000U, "msdefender"},
        {0x05000000U, "duo"},
        {0x06000000U, "okta"},
        {0x07000000U, "sentinel_one"},
        {0x08000000U, "github"},
        {0x09000000U, "slack"},
        {0x0A000000U, "cef"},
        {0x0B000000U, "lc_event"},
        {0x0C000000U, "azure_ad"},
        {0x0D000000U, "azure_monitor"},
        {0x0E000000U, "canary_token"},
        {0x0F000000U, "guard_duty"},
        {0x11000000U, "itglue"},
        {0x12000000U, "k8s_pods"},
        {0x13000000U, "zeek"},
        {0x14000000U, "mac_unified_logging"},
        {0x15000000U, "azure_event_hub_namespace"},
        {0x16000000U, "azure_key_vault"},
        {0x17000000U, "azure_kubernetes_service"},
        {0x18000000U, "azure_network_security_group"},
        {0x19000000U, "azure_sql_audit"},
        {0x1A000000U, "email"},
        {0x1B000000U, "fortigate"},
        {0x1C000000U, "trend_worryfree"},
        {0x1D000000U, "netscaler"},
        {0x1E000000U, "paloalto_fw"},
        {0x1F000000U, "iis"},
        {0x21000000U, "hubspot"},
        {0x22000000U, "zendesk"},
        {0x23000000U, "pandadoc"},
        {0x24000000U, "falconcloud"},
        {0x25000000U, "mimecast"},
        {0x26000000U, "sublime"},
        {0x27000000U, "box"},
        {0x28000000U, "cylance"},
        {0x29000000U, "proofpoint"},
        {0x2A000000U, "entraid"},
        {0x2B000000U, "wiz"},
        {0x2C000000U, "bitwarden"},
        {0x2D000000U, "trend_micro"},
        {0x2E000000U, "otel"},
        {0x2F000000U, "cortex_xdr"},
        {0x31000000U, "harmony"},
        {0x32000000U, "threatlocker"},
        {0x33000000U, "halopsa"},
        // Python spells these differently from Go; both are understood.
        {0x60000000U, "chromeos"},
        {0x30000000U, "mac"},
};

const Entry kArchitectures[] = {
        {1, "x86"},         {2, "x64"},      {3, "arm"},       {4, "arm64"},
        {5, "alpine64"},    {6, "chromium"}, {7, "wireguard"}, {8, "arml"},
        {9, "usp_adapter"}, {6, "chrome"},   {2, "x86_64"},
};

std::optional<std::uint32_t> parseNumber(std::string_view text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    const std::string copy(text);
    char* end = nullptr;
    const unsigned long value = std::strtoul(copy.c_str(), &end, 0);
    if (end == nullptr || *end != '\0' || value > 0xFFFFFFFFUL) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(value);
}

template <std::size_t N>
std::optional<std::uint32_t> lookup(const Entry (&table)[N], std::string_view name)
{
    for (const auto& [code, entryName] : table) {
        if (name == entryName) {
            return code;
        }
    }
    return parseNumber(name);
}

template <std::size_t N>
std::string nameOf(const Entry (&table)[N], std::uint32_t code)
{
    for (const auto& [entryCode, name] : table) {
        if (entryCode == code) {
            return name;
        }
    }
    return std::to_string(code);
}

} // namespace

std::optional<std::uint32_t> PlatformCodes::platformFromName(std::string_view name)
{
    return lookup(kPlatforms, name);
}

std::string PlatformCodes::platformName(std::uint32_t code)
{
    return nameOf(kPlatforms, code);
}

std::optional<std::uint32_t> PlatformCodes::architectureFromName(std::string_view name)
{
    return lookup(kArchitectures, name);
}

std::string PlatformCodes::architectureName(std::uint32_t code)
{
    return nameOf(kArchitectures, code);
}
