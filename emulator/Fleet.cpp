// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fleet.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "JsonText.h"
#include "Rng.h"
#include "SensorSelector.h"
#include "UtcTime.h"

namespace {

constexpr std::size_t kTaskHistory = 1000;

const char* boolText(bool value)
{
    return value ? "true" : "false";
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    if (prefix.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const auto a = static_cast<unsigned char>(text[i]);
        const auto b = static_cast<unsigned char>(prefix[i]);
        if (std::tolower(a) != std::tolower(b)) {
            return false;
        }
    }
    return true;
}

} // namespace

Fleet::Fleet(std::string oid, std::vector<Sensor> sensors)
    : m_oid(std::move(oid))
    , m_sensors(std::move(sensors))
    , m_json(m_sensors.size())
{
    m_index.reserve(m_sensors.size());
    for (std::size_t i = 0; i < m_sensors.size(); ++i) {
        m_index.emplace(m_sensors[i].sid, i);
    }
}

std::size_t Fleet::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sensors.size();
}

bool Fleet::contains(const std::string& sid) const
{
    std::lock_guard lock(m_mutex);
    return m_index.count(sid) != 0;
}

Sensor* Fleet::find(const std::string& sid)
{
    const auto it = m_index.find(sid);
    return it == m_index.end() ? nullptr : &m_sensors[it->second];
}

const Sensor* Fleet::find(const std::string& sid) const
{
    const auto it = m_index.find(sid);
    return it == m_index.end() ? nullptr : &m_sensors[it->second];
}

void Fleet::invalidate(const Sensor& sensor)
{
    m_json[m_index.at(sensor.sid)].clear();
    ++m_revision;
}

const std::string& Fleet::sensorJson(std::size_t index) const
{
    std::string& out = m_json[index];
    if (!out.empty()) {
        return out;
    }
    const Sensor& sensor = m_sensors[index];
    out.reserve(420);
    out.append("{\"sid\":");
    JsonText::appendString(out, sensor.sid);
    out.append(",\"oid\":");
    JsonText::appendString(out, m_oid);
    out.append(",\"iid\":");
    JsonText::appendString(out, sensor.iid);
    if (!sensor.did.empty()) {
        out.append(",\"did\":");
        JsonText::appendString(out, sensor.did);
    }
    out.append(",\"plat\":").append(std::to_string(sensor.plat));
    out.append(",\"arch\":").append(std::to_string(sensor.arch));
    out.append(",\"hostname\":");
    JsonText::appendString(out, sensor.hostname);
    out.append(",\"int_ip\":");
    JsonText::appendString(out, sensor.intIp);
    out.append(",\"ext_ip\":");
    JsonText::appendString(out, sensor.extIp);
    out.append(",\"enroll\":");
    JsonText::appendString(out, sensor.enroll);
    out.append(",\"alive\":");
    JsonText::appendString(out, sensor.alive);
    out.append(",\"isolated\":").append(boolText(sensor.isolated));
    out.append(",\"should_isolate\":").append(boolText(sensor.shouldIsolate));
    out.append(",\"kernel\":").append(boolText(sensor.kernel));
    if (sensor.reportsSeal) {
        out.append(",\"sealed\":").append(boolText(sensor.sealed));
        out.append(",\"should_seal\":").append(boolText(sensor.shouldSeal));
    }
    out.push_back('}');
    return out;
}

bool Fleet::passes(const Sensor& sensor, const SensorFilter& filter, std::int64_t nowMs) const
{
    if (filter.onlineOnly && !sensor.online) {
        return false;
    }
    if (!filter.ip.empty() && sensor.intIp != filter.ip && sensor.extIp != filter.ip) {
        return false;
    }
    if (!filter.hostnamePrefix.empty()
        && !startsWithIgnoringCase(sensor.hostname, filter.hostnamePrefix)) {
        return false;
    }
    return filter.selector == nullptr || filter.selector->matches(sensor, m_oid, nowMs);
}

SensorPage Fleet::page(std::size_t start, std::size_t limit, const SensorFilter& filter) const
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    SensorPage page;
    page.sensorsJson.reserve(std::min(limit, m_sensors.size()) * 400 + 2);
    page.sensorsJson.push_back('[');
    std::size_t index = start;
    for (; index < m_sensors.size() && page.count < limit; ++index) {
        if (!passes(m_sensors[index], filter, nowMs)) {
            continue;
        }
        if (page.count > 0) {
            page.sensorsJson.push_back(',');
        }
        page.sensorsJson.append(sensorJson(index));
        ++page.count;
    }
    page.sensorsJson.push_back(']');
    // Look ahead so the last page is recognised as such and never followed by an empty one.
    for (; index < m_sensors.size(); ++index) {
        if (passes(m_sensors[index], filter, nowMs)) {
            page.hasMore = true;
            page.nextIndex = index;
            break;
        }
    }
    return page;
}

std::optional<std::string> Fleet::infoJson(const std::string& sid) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(sid);
    if (it == m_index.end()) {
        return std::nullopt;
    }
    const Sensor& sensor = m_sensors[it->second];
    std::string out = "{\"info\":" + sensorJson(it->second) + ",\"online\":";
    if (sensor.online) {
        out += "{\"connected_at\":" + std::to_string(sensor.connectedAt) + "}";
    } else {
        out += "{}";
    }
    out += ",\"is_online\":";
    out += boolText(sensor.online);
    out += "}";
    return out;
}

std::optional<bool> Fleet::isOnline(const std::string& sid) const
{
    std::lock_guard lock(m_mutex);
    const Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return std::nullopt;
    }
    return sensor->online;
}

std::size_t Fleet::onlineCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(
            std::count_if(m_sensors.begin(), m_sensors.end(),
                          [](const Sensor& sensor) { return sensor.online; }));
}

Fleet::Outcome Fleet::task(const std::string& sid, const std::vector<std::string>& tasks,
                           const std::string& investigationId)
{
    std::lock_guard lock(m_mutex);
    const Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    if (!sensor->online) {
        return Outcome::Offline;
    }
    m_tasks.push_back(TaskRecord{sid, tasks, investigationId, UtcTime::nowMs()});
    if (m_tasks.size() > kTaskHistory) {
        m_tasks.erase(m_tasks.begin());
    }
    return Outcome::Done;
}

Fleet::Outcome Fleet::setIsolation(const std::string& sid, bool isolate)
{
    std::lock_guard lock(m_mutex);
    Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    sensor->shouldIsolate = isolate;
    if (sensor->online) {
        sensor->isolated = isolate;
    }
    invalidate(*sensor);
    return Outcome::Done;
}

Fleet::Outcome Fleet::setSeal(const std::string& sid, bool seal)
{
    std::lock_guard lock(m_mutex);
    Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    sensor->shouldSeal = seal;
    // Once asked about sealing, a sensor reports the fields like a current sensor version does.
    sensor->reportsSeal = true;
    if (sensor->online) {
        sensor->sealed = seal;
    }
    invalidate(*sensor);
    return Outcome::Done;
}

void Fleet::applyOnline(Sensor& sensor, bool online, std::int64_t nowSec)
{
    if (sensor.online == online) {
        return;
    }
    sensor.online = online;
    sensor.alive = UtcTime::format(nowSec);
    if (online) {
        sensor.connectedAt = nowSec;
        // A reconnecting sensor applies the isolation and seal state the cloud holds for it.
        sensor.isolated = sensor.shouldIsolate;
        sensor.sealed = sensor.shouldSeal;
    } else {
        sensor.connectedAt = 0;
    }
}

Fleet::Outcome Fleet::setOnline(const std::string& sid, bool online)
{
    std::lock_guard lock(m_mutex);
    Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    applyOnline(*sensor, online, UtcTime::nowSec());
    invalidate(*sensor);
    return Outcome::Done;
}

void Fleet::checkOnline(const std::string& sid)
{
    std::lock_guard lock(m_mutex);
    const auto schedule = m_schedules.find(sid);
    Sensor* sensor = find(sid);
    if (schedule == m_schedules.end() || sensor == nullptr) {
        return;
    }
    Schedule& entry = schedule->second;
    const bool online = entry.values[std::min(entry.next, entry.values.size() - 1)];
    ++entry.next;
    if (sensor->online != online) {
        applyOnline(*sensor, online, UtcTime::nowSec());
        invalidate(*sensor);
    }
}

void Fleet::replaceSensors(std::vector<Sensor> sensors,
                           std::unordered_map<std::string, std::vector<bool>> schedules)
{
    std::lock_guard lock(m_mutex);
    m_sensors = std::move(sensors);
    m_index.clear();
    for (std::size_t i = 0; i < m_sensors.size(); ++i) {
        m_index.emplace(m_sensors[i].sid, i);
    }
    m_json.assign(m_sensors.size(), std::string());
    m_schedules.clear();
    for (auto& [sid, values] : schedules) {
        if (!values.empty()) {
            m_schedules[sid] = Schedule{std::move(values), 0};
        }
    }
    m_tasks.clear();
    ++m_revision;
}

std::optional<nlohmann::ordered_json> Fleet::tagsJson(const std::string& sid) const
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    const Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return std::nullopt;
    }
    nlohmann::ordered_json tags = nlohmann::ordered_json::object();
    for (const auto& [tag, entry] : sensor->tags) {
        if (entry.isLive(nowMs)) {
            // A fifth element (inferred, see README): when a tag with a TTL expires, "" for a
            // permanent tag. Readers that take the first four ignore it.
            const std::string expires =
                    entry.expiresMs == 0 ? std::string() : UtcTime::format(entry.expiresMs / 1000);
            tags[tag] = nlohmann::ordered_json::array({sid, tag, entry.by, entry.added, expires});
        }
    }
    nlohmann::ordered_json bySensor = nlohmann::ordered_json::object();
    bySensor[sid] = std::move(tags);
    nlohmann::ordered_json result = nlohmann::ordered_json::object();
    result["tags"] = std::move(bySensor);
    return result;
}

Fleet::Outcome Fleet::addTags(const std::string& sid, const std::vector<std::string>& tags,
                              const std::string& by, std::int64_t ttlSec)
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    for (const std::string& tag : tags) {
        sensor->tags[tag] =
                TagEntry{by, UtcTime::format(nowMs / 1000), ttlSec > 0 ? nowMs + ttlSec * 1000 : 0};
    }
    ++m_revision;
    return Outcome::Done;
}

Fleet::Outcome Fleet::removeTags(const std::string& sid, const std::vector<std::string>& tags)
{
    std::lock_guard lock(m_mutex);
    Sensor* sensor = find(sid);
    if (sensor == nullptr) {
        return Outcome::NotFound;
    }
    for (const std::string& tag : tags) {
        sensor->tags.erase(tag);
    }
    ++m_revision;
    return Outcome::Done;
}

std::vector<std::string> Fleet::allTags() const
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    std::set<std::string> tags;
    for (const Sensor& sensor : m_sensors) {
        for (const auto& [tag, entry] : sensor.tags) {
            if (entry.isLive(nowMs)) {
                tags.insert(tag);
            }
        }
    }
    return std::vector<std::string>(tags.begin(), tags.end());
}

nlohmann::ordered_json Fleet::sensorsWithTag(const std::string& tag) const
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    nlohmann::ordered_json result = nlohmann::ordered_json::object();
    // Sids are unique, so entries are appended to the object's storage directly: its
    // operator[] searches the keys linearly, which is quadratic for a tag on 30,000 sensors.
    auto& entries = static_cast<nlohmann::ordered_json::object_t::Container&>(
            result.get_ref<nlohmann::ordered_json::object_t&>());
    for (const Sensor& sensor : m_sensors) {
        if (!sensor.hasLiveTag(tag, nowMs)) {
            continue;
        }
        nlohmann::ordered_json tags = nlohmann::ordered_json::array();
        for (const auto& [name, entry] : sensor.tags) {
            if (entry.isLive(nowMs)) {
                tags.push_back(name);
            }
        }
        entries.emplace_back(sensor.sid, std::move(tags));
    }
    return result;
}

std::vector<std::pair<std::string, std::string>> Fleet::hostnames(std::string_view prefix) const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::string, std::string>> matches;
    for (const Sensor& sensor : m_sensors) {
        if (startsWithIgnoringCase(sensor.hostname, prefix)) {
            matches.emplace_back(sensor.sid, sensor.hostname);
        }
    }
    return matches;
}

std::vector<TaskRecord> Fleet::tasks() const
{
    std::lock_guard lock(m_mutex);
    return m_tasks;
}

void Fleet::clearTasks()
{
    std::lock_guard lock(m_mutex);
    m_tasks.clear();
}

std::size_t Fleet::churn(Rng& rng)
{
    const std::int64_t nowSec = UtcTime::nowSec();
    std::lock_guard lock(m_mutex);
    if (m_sensors.empty()) {
        return 0;
    }
    const std::size_t flips = std::clamp<std::size_t>(m_sensors.size() / 200, 1, 50);
    for (std::size_t i = 0; i < flips; ++i) {
        Sensor& sensor = m_sensors[rng.below(m_sensors.size())];
        applyOnline(sensor, !sensor.online, nowSec);
        invalidate(sensor);
    }
    return flips;
}

void Fleet::purgeExpiredTags()
{
    const std::int64_t nowMs = UtcTime::nowMs();
    std::lock_guard lock(m_mutex);
    for (Sensor& sensor : m_sensors) {
        for (auto it = sensor.tags.begin(); it != sensor.tags.end();) {
            if (it->second.isLive(nowMs)) {
                ++it;
            } else {
                it = sensor.tags.erase(it);
                ++m_revision;
            }
        }
    }
}

std::vector<Sensor> Fleet::select(const std::function<bool(const Sensor&)>& keep,
                                  std::size_t limit) const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::size_t> matching;
    for (std::size_t i = 0; i < m_sensors.size(); ++i) {
        if (keep(m_sensors[i])) {
            matching.push_back(i);
        }
    }
    std::vector<Sensor> chosen;
    const std::size_t count = std::min(limit, matching.size());
    chosen.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        chosen.push_back(m_sensors[matching[i * matching.size() / count]]);
    }
    return chosen;
}

std::optional<Sensor> Fleet::sensor(const std::string& sid) const
{
    std::lock_guard lock(m_mutex);
    const Sensor* found = find(sid);
    if (found == nullptr) {
        return std::nullopt;
    }
    return *found;
}

bool Fleet::addSensor(Sensor sensor)
{
    std::lock_guard lock(m_mutex);
    if (m_index.count(sensor.sid) != 0) {
        return false;
    }
    m_index.emplace(sensor.sid, m_sensors.size());
    m_sensors.push_back(std::move(sensor));
    m_json.emplace_back();
    ++m_revision;
    return true;
}

void Fleet::forEach(const std::function<void(const Sensor&)>& visit) const
{
    std::lock_guard lock(m_mutex);
    for (const Sensor& sensor : m_sensors) {
        visit(sensor);
    }
}
