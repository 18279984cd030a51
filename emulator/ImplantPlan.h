// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

class Fleet;

// The indicators planted in the demo org, so SpotCheck and the sensor console find something:
// a dropper on about 1 % of the Windows hosts (at least three, two of them online at start),
// a hidden helper on two Linux hosts and a launch agent's binary on one Mac. Which hosts carry
// them follows from the seed and the sids alone, and is fixed at start-up.
class ImplantPlan
{
public:
    enum class Kind
    {
        WindowsDropper,
        LinuxHelper,
        MacAgent,
    };

    // Every implant's content contains this marker (YARA rules and mem_strings find it).
    static constexpr const char* kMarker = "LCDESK-DEMO-IMPLANT";
    static constexpr const char* kWindowsPath = "C:\\ProgramData\\Updater\\svcupdate.exe";
    static constexpr const char* kWindowsRunKey =
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run";
    static constexpr const char* kWindowsRunValue = "SvcUpdate";
    static constexpr const char* kLinuxPath = "/tmp/.cache/kworker-upd";
    static constexpr const char* kMacPath = "/Users/Shared/.helper/agentd";
    static constexpr const char* kMacPlist = "/Library/LaunchAgents/com.apple.helper.agentd.plist";

    ImplantPlan() = default;
    // Chooses the hosts of a generated fleet from its sids and its online state now.
    ImplantPlan(const Fleet& fleet, std::uint64_t seed);

    // The implants of a sensor (none for most).
    std::vector<Kind> implantsOf(const std::string& sid) const;
    // sid -> kind, for the control API and the README.
    const std::multimap<std::string, Kind>& all() const { return m_bySid; }

    // The fixed bytes of each implant (the same on every host and for every seed).
    static const std::string& content(Kind kind);
    static std::string path(Kind kind);
    static std::string kindName(Kind kind);

private:
    std::multimap<std::string, Kind> m_bySid;
};
