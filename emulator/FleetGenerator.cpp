// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetGenerator.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <thread>

#include "PlatformCodes.h"
#include "Rng.h"
#include "UtcTime.h"

namespace {

enum class Kind
{
    WindowsDesktop,
    WindowsLaptop,
    WindowsWorkstation,
    WindowsServer,
    LinuxServer,
    Mac,
    Chromebook,
    Adapter,
};

struct Special
{
    std::size_t index;
    const char* hostname;
    Kind kind;
};

// Hostnames that trip up naive clients: NFC and NFD spellings of the same-looking name, CJK,
// umlauts. The NFD ones use combining marks (U+0301, U+0308) on purpose.
const std::array<Special, 9> kSpecials = {{
        {3, "B\xC3\xBCro-PC-04", Kind::WindowsWorkstation},
        {11, "cafe\xCC\x81-kasse-2", Kind::WindowsDesktop},
        {19, "caf\xC3\xA9-kasse-1", Kind::WindowsDesktop},
        {28, "\xE6\x9D\xB1\xE4\xBA\xAC-srv-01", Kind::LinuxServer},
        {41, "\xC3\x84rztezimmer", Kind::WindowsWorkstation},
        {57, "A\xCC\x88rztezimmer-2", Kind::WindowsWorkstation},
        {73,
         "\xC5\x82\xC3\xB3"
         "d\xC5\xBA-ws-01",
         Kind::WindowsLaptop},
        {96, "\xCE\x94\xCE\xBF\xCE\xBA\xCE\xB9\xCE\xBC\xCE\xAE-laptop", Kind::Mac},
        {130, "M\xC3\xBCller-MBP", Kind::Mac},
}};

const std::array<const char*, 8> kDepartments = {"finance", "hr",  "sales",     "eng",
                                                 "legal",   "ops", "marketing", "support"};
const std::array<const char*, 7> kWindowsServerRoles = {"dc",  "file",  "sql", "exch",
                                                        "app", "print", "rds"};
const std::array<const char*, 9> kLinuxRoles = {"db",       "web",   "app", "cache", "mq",
                                                "k8s-node", "build", "log", "proxy"};
const std::array<const char*, 12> kPeople = {"jdoe",     "asmith", "mgarcia",  "lchen",
                                             "pmueller", "kwong",  "rpatel",   "sjohnson",
                                             "tnguyen",  "ebrown", "ofischer", "ymori"};
const std::array<const char*, 4> kMacModels = {"mbp", "macbook-air", "imac", "mbp-m3"};

template <std::size_t N>
const char* pick(Rng& rng, const std::array<const char*, N>& items)
{
    return items[rng.below(N)];
}

std::string upperAlnum(Rng& rng, std::size_t length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string out;
    for (std::size_t i = 0; i < length; ++i) {
        out.push_back(alphabet[rng.below(36)]);
    }
    return out;
}

std::string numbered(const std::string& prefix, std::uint64_t number, int width)
{
    char digits[16];
    std::snprintf(digits, sizeof digits, "%0*llu", width, static_cast<unsigned long long>(number));
    return prefix + digits;
}

Kind chooseKind(Rng& rng)
{
    const std::uint64_t roll = rng.below(1000);
    if (roll < 220) {
        return Kind::WindowsDesktop;
    }
    if (roll < 330) {
        return Kind::WindowsLaptop;
    }
    if (roll < 440) {
        return Kind::WindowsWorkstation;
    }
    if (roll < 500) {
        return Kind::WindowsServer;
    }
    if (roll < 750) {
        return Kind::LinuxServer;
    }
    if (roll < 880) {
        return Kind::Mac;
    }
    if (roll < 940) {
        return Kind::Chromebook;
    }
    return Kind::Adapter;
}

std::string internalIp(Rng& rng)
{
    const std::uint64_t roll = rng.below(10);
    if (roll < 6) {
        return "10." + std::to_string(rng.below(256)) + "." + std::to_string(rng.below(256)) + "."
               + std::to_string(1 + rng.below(254));
    }
    if (roll < 8) {
        return "172." + std::to_string(16 + rng.below(16)) + "." + std::to_string(rng.below(256))
               + "." + std::to_string(1 + rng.below(254));
    }
    return "192.168." + std::to_string(rng.below(256)) + "." + std::to_string(1 + rng.below(254));
}

std::string externalIp(Rng& rng)
{
    return std::string(rng.chance(0.5) ? "203.0.113." : "198.51.100.")
           + std::to_string(1 + rng.below(254));
}

void addTag(Sensor& sensor, const std::string& tag, const std::string& added)
{
    sensor.tags[tag] = TagEntry{"installation-key", added, 0};
}

} // namespace

std::vector<Sensor> FleetGenerator::generate(const FleetSpec& spec)
{
    std::vector<Sensor> sensors(spec.count);
    // Sensors are independent of each other, so large fleets are built on all cores.
    const std::size_t workers =
            spec.count < 4096
                    ? 1
                    : std::max<std::size_t>(
                            1, std::min<std::size_t>(8, std::thread::hardware_concurrency()));
    const std::size_t share = (spec.count + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers; ++worker) {
        threads.emplace_back([&spec, &sensors, worker, share] {
            const std::size_t end = std::min(spec.count, (worker + 1) * share);
            for (std::size_t i = worker * share; i < end; ++i) {
                sensors[i] = makeSensor(spec, i);
            }
        });
    }
    for (std::size_t i = 0; i < std::min(spec.count, share); ++i) {
        sensors[i] = makeSensor(spec, i);
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    return sensors;
}

Sensor FleetGenerator::makeSensor(const FleetSpec& spec, std::size_t index)
{
    Rng rng(Rng::mix(spec.seed, index + 1));
    Sensor sensor;
    sensor.sid = rng.uuid4();

    Kind kind = chooseKind(rng);
    std::string special;
    if (spec.specialHostnames) {
        for (const Special& entry : kSpecials) {
            if (entry.index == index) {
                special = entry.hostname;
                kind = entry.kind;
            }
        }
    }

    std::string department;
    std::string linuxRole;
    switch (kind) {
    case Kind::WindowsDesktop:
        sensor.plat = PlatformCodes::Windows;
        sensor.hostname = "DESKTOP-" + upperAlnum(rng, 7);
        break;
    case Kind::WindowsLaptop:
        sensor.plat = PlatformCodes::Windows;
        sensor.hostname = "LAPTOP-" + upperAlnum(rng, 8);
        break;
    case Kind::WindowsWorkstation:
        sensor.plat = PlatformCodes::Windows;
        department = pick(rng, kDepartments);
        sensor.hostname = numbered("ws-" + department + "-", 1 + rng.below(250), 3);
        break;
    case Kind::WindowsServer:
        sensor.plat = PlatformCodes::Windows;
        sensor.hostname = numbered(std::string("srv-") + pick(rng, kWindowsServerRoles) + "-",
                                   1 + rng.below(40), 2);
        break;
    case Kind::LinuxServer:
        sensor.plat = PlatformCodes::Linux;
        linuxRole = pick(rng, kLinuxRoles);
        sensor.hostname = rng.chance(0.15)
                                  ? "ip-10-" + std::to_string(rng.below(256)) + "-"
                                            + std::to_string(rng.below(256)) + "-"
                                            + std::to_string(1 + rng.below(254))
                                  : numbered("srv-" + linuxRole + "-", 1 + rng.below(60), 2);
        break;
    case Kind::Mac:
        sensor.plat = PlatformCodes::MacOs;
        sensor.hostname = std::string(pick(rng, kPeople)) + "-" + pick(rng, kMacModels);
        if (rng.chance(0.4)) {
            sensor.hostname += "-" + std::to_string(2 + rng.below(8));
        }
        break;
    case Kind::Chromebook:
        sensor.plat = PlatformCodes::ChromeOs;
        sensor.hostname = "chromebook-" + rng.hex(6);
        break;
    case Kind::Adapter: {
        const std::uint64_t which = rng.below(4);
        const std::array<std::uint32_t, 4> codes = {PlatformCodes::Text, PlatformCodes::Vpn,
                                                    PlatformCodes::CrowdStrike, PlatformCodes::Aws};
        const std::array<const char*, 4> names = {"syslog-collector-", "vpn-gw-",
                                                  "crowdstrike-adapter-", "aws-cloudtrail-"};
        sensor.plat = codes[which];
        sensor.hostname = numbered(names[which], 1 + rng.below(20), 2);
        break;
    }
    }
    if (!special.empty()) {
        sensor.hostname = special;
    }

    // Architectures follow the platform; arch 12 stands in for codes newer than any client.
    switch (sensor.plat) {
    case PlatformCodes::Windows:
        sensor.arch = rng.chance(0.85)  ? PlatformCodes::X64
                      : rng.chance(0.5) ? PlatformCodes::X86
                                        : PlatformCodes::Arm64;
        break;
    case PlatformCodes::Linux: {
        const std::array<std::uint32_t, 6> choices = {PlatformCodes::X64,      PlatformCodes::X64,
                                                      PlatformCodes::Arm64,    PlatformCodes::Arm,
                                                      PlatformCodes::Alpine64, PlatformCodes::Arml};
        sensor.arch = choices[rng.below(choices.size())];
        break;
    }
    case PlatformCodes::MacOs:
        sensor.arch = rng.chance(0.7) ? PlatformCodes::Arm64 : PlatformCodes::X64;
        break;
    case PlatformCodes::ChromeOs:
        sensor.arch = PlatformCodes::Chromium;
        break;
    case PlatformCodes::Vpn:
        sensor.arch = PlatformCodes::Wireguard;
        break;
    default:
        sensor.arch = PlatformCodes::UspAdapter;
        break;
    }
    if (rng.chance(0.004)) {
        sensor.arch = 12;
    }

    const bool isAdapter = kind == Kind::Adapter;
    const bool isServer = kind == Kind::WindowsServer || kind == Kind::LinuxServer;
    if (spec.iids.size() >= 3) {
        sensor.iid = isAdapter ? spec.iids[2] : isServer ? spec.iids[1] : spec.iids[0];
    }
    sensor.did = (!isAdapter && rng.chance(0.9)) ? rng.uuid4() : std::string();
    sensor.intIp = isAdapter && sensor.plat != PlatformCodes::Vpn ? std::string() : internalIp(rng);
    sensor.extIp = externalIp(rng);

    switch (sensor.plat) {
    case PlatformCodes::Windows:
        sensor.kernel = rng.chance(0.95);
        break;
    case PlatformCodes::Linux:
        sensor.kernel = rng.chance(0.8);
        break;
    case PlatformCodes::MacOs:
        sensor.kernel = rng.chance(0.2);
        break;
    default:
        sensor.kernel = false;
    }

    // Enrolled in 2021..2024: a fixed window keeps enroll times identical across runs.
    const std::int64_t enrollSec =
            std::min(rng.between(1609459200, 1735689599), spec.nowSec - 86400);
    sensor.enroll = UtcTime::format(enrollSec);
    sensor.online = rng.chance(isAdapter ? 0.9 : 0.65);
    std::int64_t aliveSec = 0;
    if (sensor.online) {
        aliveSec = spec.nowSec - rng.between(0, 120);
        sensor.connectedAt = std::max(enrollSec, spec.nowSec - rng.between(60, 30 * 86400));
    } else {
        aliveSec = std::max(enrollSec, spec.nowSec - rng.between(3600, 120 * 86400));
    }
    sensor.alive = UtcTime::format(aliveSec);

    sensor.shouldIsolate = !isAdapter && rng.chance(0.01);
    sensor.isolated = sensor.online && sensor.shouldIsolate;
    sensor.reportsSeal = rng.chance(0.85);
    sensor.shouldSeal = sensor.reportsSeal && !isAdapter && rng.chance(0.03);
    sensor.sealed = sensor.online && sensor.shouldSeal;

    if (rng.chance(0.05)) {
        return sensor; // untagged sensors exist in every real org
    }
    const std::string& added = sensor.enroll;
    switch (kind) {
    case Kind::WindowsDesktop:
    case Kind::WindowsWorkstation:
        addTag(sensor, "workstation", added);
        break;
    case Kind::WindowsLaptop:
    case Kind::Mac:
        addTag(sensor, "workstation", added);
        addTag(sensor, "laptop", added);
        if (rng.chance(0.3)) {
            addTag(sensor, "remote", added);
        }
        break;
    case Kind::Chromebook:
        addTag(sensor, "kiosk", added);
        break;
    case Kind::WindowsServer:
    case Kind::LinuxServer:
        addTag(sensor, "server", added);
        break;
    case Kind::Adapter:
        addTag(sensor, "adapter", added);
        break;
    }
    if (isServer || isAdapter) {
        const std::uint64_t roll = rng.below(100);
        addTag(sensor, roll < 60 ? "prod" : roll < 85 ? "dev" : "staging", added);
        if (linuxRole == "web" && rng.chance(0.4)) {
            addTag(sensor, "dmz", added);
        }
    } else if (rng.chance(0.15)) {
        addTag(sensor, "dev", added);
    }
    if (department == "finance") {
        addTag(sensor, "finance", added);
        if (rng.chance(0.3)) {
            addTag(sensor, "pci", added);
        }
    } else if (department == "hr") {
        addTag(sensor, "hr", added);
    } else if (department == "eng") {
        addTag(sensor, "engineering", added);
    } else if (department == "sales") {
        addTag(sensor, "sales", added);
    }
    if (!isAdapter && rng.chance(0.03)) {
        addTag(sensor, "vip", added);
    }
    // Names with a slash and a space, for clients that must escape tags in URL paths.
    if (rng.chance(0.03)) {
        addTag(sensor, "team/blue", added);
    }
    if (rng.chance(0.015)) {
        addTag(sensor, "ops lab", added);
    }
    return sensor;
}
