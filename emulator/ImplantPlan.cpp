// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImplantPlan.h"

#include <algorithm>

#include "Fleet.h"
#include "PlatformCodes.h"
#include "Rng.h"

namespace {

std::uint64_t fnv(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

struct Host
{
    std::string sid;
    std::uint32_t plat = 0;
    bool online = false;
};

struct Candidate
{
    std::uint64_t key;
    const Host* sensor;
};

// The sensors of one platform, ordered by a seeded hash of their sid.
std::vector<Candidate> candidates(const std::vector<Host>& sensors, std::uint32_t plat,
                                  std::uint64_t seed)
{
    std::vector<Candidate> out;
    for (const Host& sensor : sensors) {
        if (sensor.plat == plat) {
            out.push_back(Candidate{Rng::mix(seed, fnv(sensor.sid)), &sensor});
        }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.key < b.key || (a.key == b.key && a.sensor->sid < b.sensor->sid);
    });
    return out;
}

// The first `count` candidates, with at least `online` of them online when there are so many.
std::vector<const Host*> choose(const std::vector<Candidate>& ordered, std::size_t count,
                                std::size_t online)
{
    std::vector<const Host*> chosen;
    std::size_t onlineChosen = 0;
    for (const Candidate& candidate : ordered) {
        if (chosen.size() >= count) {
            break;
        }
        const std::size_t slotsLeft = count - chosen.size();
        const std::size_t onlineMissing = online > onlineChosen ? online - onlineChosen : 0;
        if (!candidate.sensor->online && slotsLeft <= onlineMissing) {
            continue;
        }
        chosen.push_back(candidate.sensor);
        onlineChosen += candidate.sensor->online ? 1 : 0;
    }
    // Too few online sensors: fill up with offline ones.
    for (const Candidate& candidate : ordered) {
        if (chosen.size() >= count) {
            break;
        }
        if (std::find(chosen.begin(), chosen.end(), candidate.sensor) == chosen.end()) {
            chosen.push_back(candidate.sensor);
        }
    }
    return chosen;
}

std::string implantBytes(const std::string& header, const std::string& name, std::size_t size,
                         std::uint64_t seed)
{
    std::string out = header + name + '\0' + ImplantPlan::kMarker + '\0'
                      + "svc-update-agent 2.4.1 build 7731" + '\0'
                      + "beacon https://cdn.updates-example.net/gate.php?id=%s" + '\0';
    Rng rng(seed);
    while (out.size() < size) {
        out.push_back(static_cast<char>(rng.next() & 0xFFU));
    }
    out.resize(size);
    return out;
}

} // namespace

ImplantPlan::ImplantPlan(const Fleet& fleet, std::uint64_t seed)
{
    std::vector<Host> sensors;
    fleet.forEach([&sensors](const Sensor& sensor) {
        const bool desktop = sensor.plat == PlatformCodes::Windows
                             || sensor.plat == PlatformCodes::Linux
                             || sensor.plat == PlatformCodes::MacOs;
        if (desktop) {
            sensors.push_back(Host{sensor.sid, sensor.plat, sensor.online});
        }
    });
    const auto windows = candidates(sensors, PlatformCodes::Windows, seed);
    const std::size_t dropperHosts = std::max<std::size_t>(3, (windows.size() + 50) / 100);
    for (const Host* sensor : choose(windows, dropperHosts, 2)) {
        m_bySid.emplace(sensor->sid, Kind::WindowsDropper);
    }
    for (const Host* sensor : choose(candidates(sensors, PlatformCodes::Linux, seed), 2, 1)) {
        m_bySid.emplace(sensor->sid, Kind::LinuxHelper);
    }
    for (const Host* sensor : choose(candidates(sensors, PlatformCodes::MacOs, seed), 1, 1)) {
        m_bySid.emplace(sensor->sid, Kind::MacAgent);
    }
}

std::vector<ImplantPlan::Kind> ImplantPlan::implantsOf(const std::string& sid) const
{
    std::vector<Kind> kinds;
    const auto range = m_bySid.equal_range(sid);
    for (auto it = range.first; it != range.second; ++it) {
        kinds.push_back(it->second);
    }
    return kinds;
}

const std::string& ImplantPlan::content(Kind kind)
{
    static const std::string windowsBytes = implantBytes(
            std::string("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", 16)
                    + "This program cannot be run in DOS mode.\r\r\n$"
                    + std::string("\0\0PE\0\0", 6),
            "svcupdate.exe", 48640, 0x5EC0DE01);
    static const std::string linuxBytes =
            implantBytes(std::string("\x7f"
                                     "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
                                     16),
                         "kworker-upd", 27392, 0x5EC0DE02);
    static const std::string macBytes = implantBytes(
            std::string("\xcf\xfa\xed\xfe\x07\x00\x00\x01", 8), "agentd", 35840, 0x5EC0DE03);
    switch (kind) {
    case Kind::WindowsDropper:
        return windowsBytes;
    case Kind::LinuxHelper:
        return linuxBytes;
    case Kind::MacAgent:
        break;
    }
    return macBytes;
}

std::string ImplantPlan::path(Kind kind)
{
    switch (kind) {
    case Kind::WindowsDropper:
        return kWindowsPath;
    case Kind::LinuxHelper:
        return kLinuxPath;
    case Kind::MacAgent:
        break;
    }
    return kMacPath;
}

std::string ImplantPlan::kindName(Kind kind)
{
    switch (kind) {
    case Kind::WindowsDropper:
        return "windows-dropper";
    case Kind::LinuxHelper:
        return "linux-helper";
    case Kind::MacAgent:
        break;
    }
    return "macos-agent";
}
