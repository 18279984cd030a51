// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetFile.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <set>

#include "Codec.h"
#include "PlatformCodes.h"
#include "Rng.h"
#include "UtcTime.h"
#include "YamlJson.h"

namespace {

using Json = nlohmann::ordered_json;

std::uint64_t fnv(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

std::string textOf(const Json& value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

} // namespace

std::optional<std::vector<FleetFile::Entry>> FleetFile::load(const std::string& file,
                                                             const std::string& iid,
                                                             std::int64_t nowSec,
                                                             std::string& error)
{
    Json root;
    try {
        root = YamlJson::convert(YAML::LoadFile(file));
    } catch (const std::exception& exception) {
        error = "cannot read fleet " + file + ": " + exception.what();
        return std::nullopt;
    }
    if (!root.is_object() || !root.contains("sensors") || !root["sensors"].is_array()) {
        error = file + ": expected a `sensors:` list";
        return std::nullopt;
    }
    std::vector<Entry> entries;
    std::set<std::string> seen;
    for (const Json& item : root["sensors"]) {
        const std::string where = file + " sensor " + std::to_string(entries.size() + 1);
        if (!item.is_object() || !item.contains("sid") || !Codec::isUuid(textOf(item["sid"]))
            || !item.contains("hostname")) {
            error = where + ": needs a uuid `sid` and a `hostname`";
            return std::nullopt;
        }
        Entry entry;
        Sensor& sensor = entry.sensor;
        sensor.sid = textOf(item["sid"]);
        if (!seen.insert(sensor.sid).second) {
            error = where + ": sid " + sensor.sid + " appears twice";
            return std::nullopt;
        }
        sensor.hostname = textOf(item["hostname"]);
        const auto plat = PlatformCodes::platformFromName(
                item.contains("plat") ? textOf(item["plat"]) : std::string("windows"));
        if (!plat) {
            error = where + ": unknown plat " + textOf(item["plat"]);
            return std::nullopt;
        }
        sensor.plat = *plat;
        sensor.arch = sensor.plat == PlatformCodes::ChromeOs ? PlatformCodes::Chromium
                                                             : PlatformCodes::X64;
        if (item.contains("arch")) {
            const auto arch = PlatformCodes::architectureFromName(textOf(item["arch"]));
            if (!arch) {
                error = where + ": unknown arch " + textOf(item["arch"]);
                return std::nullopt;
            }
            sensor.arch = *arch;
        }
        Rng rng(fnv(sensor.sid));
        sensor.iid = iid;
        sensor.did = rng.uuid4();
        sensor.intIp = item.contains("int_ip") ? textOf(item["int_ip"])
                                               : "10.22." + std::to_string(rng.below(256)) + "."
                                                         + std::to_string(1 + rng.below(254));
        sensor.extIp = item.contains("ext_ip") ? textOf(item["ext_ip"])
                                               : "203.0.113." + std::to_string(1 + rng.below(254));
        sensor.enroll = UtcTime::format(1704067200 + static_cast<std::int64_t>(rng.below(8640000)));
        sensor.kernel = sensor.plat == PlatformCodes::Windows;
        if (item.contains("tags")) {
            if (!item["tags"].is_array()) {
                error = where + ": tags must be a list";
                return std::nullopt;
            }
            for (const Json& tag : item["tags"]) {
                sensor.tags[textOf(tag)] = TagEntry{"fleet-file", sensor.enroll, 0};
            }
        }
        if (item.contains("online_schedule")) {
            if (!item["online_schedule"].is_array() || item["online_schedule"].empty()) {
                error = where + ": online_schedule must be a non-empty list of booleans";
                return std::nullopt;
            }
            for (const Json& value : item["online_schedule"]) {
                if (!value.is_boolean()) {
                    error = where + ": online_schedule must be a list of booleans";
                    return std::nullopt;
                }
                entry.schedule.push_back(value.get<bool>());
            }
        } else {
            entry.schedule.push_back(!item.contains("online") || item["online"] == true);
        }
        // Before its first online check a sensor is what its schedule starts with.
        sensor.online = entry.schedule.front();
        sensor.connectedAt = sensor.online ? nowSec - 600 : 0;
        sensor.alive = UtcTime::format(sensor.online ? nowSec : nowSec - 3600);
        entries.push_back(std::move(entry));
    }
    return entries;
}
