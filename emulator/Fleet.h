// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "Sensor.h"

class Rng;
class SensorSelector;

struct SensorFilter
{
    std::string hostnamePrefix;
    std::string ip;
    bool onlineOnly = false;
    const SensorSelector* selector = nullptr;
};

struct SensorPage
{
    std::string sensorsJson; // a JSON array
    std::size_t count = 0;
    bool hasMore = false;
    std::size_t nextIndex = 0;
};

struct TaskRecord
{
    std::string sid;
    std::vector<std::string> tasks;
    std::string investigationId;
    std::int64_t timeMs = 0;
};

// The sensors of one organisation and their mutable state (online, isolation, seal, tags).
// Sensor JSON is cached per sensor, so serving a page is mostly string concatenation.
class Fleet
{
public:
    enum class Outcome
    {
        Done,
        NotFound,
        Offline,
    };

    Fleet(std::string oid, std::vector<Sensor> sensors);

    const std::string& oid() const { return m_oid; }
    std::size_t size() const;
    bool contains(const std::string& sid) const;

    // Resumes at `start` (an index into the whole fleet, so filtered paging stays linear).
    SensorPage page(std::size_t start, std::size_t limit, const SensorFilter& filter) const;
    std::optional<std::string> infoJson(const std::string& sid) const;
    std::optional<bool> isOnline(const std::string& sid) const;
    std::size_t onlineCount() const;

    Outcome task(const std::string& sid, const std::vector<std::string>& tasks,
                 const std::string& investigationId);
    Outcome setIsolation(const std::string& sid, bool isolate);
    Outcome setSeal(const std::string& sid, bool seal);
    Outcome setOnline(const std::string& sid, bool online);
    // An online check by a client (GET <sid>, POST online/<oid>): a sensor with an online
    // schedule takes its next value, the last one repeating; others stay as they are.
    void checkOnline(const std::string& sid);
    // Replaces every sensor (a fleet file); `schedules` maps sids to their online schedule.
    void replaceSensors(std::vector<Sensor> sensors,
                        std::unordered_map<std::string, std::vector<bool>> schedules);

    std::optional<nlohmann::ordered_json> tagsJson(const std::string& sid) const;
    Outcome addTags(const std::string& sid, const std::vector<std::string>& tags,
                    const std::string& by, std::int64_t ttlSec);
    Outcome removeTags(const std::string& sid, const std::vector<std::string>& tags);
    std::vector<std::string> allTags() const;
    nlohmann::ordered_json sensorsWithTag(const std::string& tag) const;
    std::vector<std::pair<std::string, std::string>> hostnames(std::string_view prefix) const;

    std::vector<TaskRecord> tasks() const;
    void clearTasks();

    // Copies of up to `limit` sensors that `keep` accepts, spread evenly over the fleet.
    std::vector<Sensor> select(const std::function<bool(const Sensor&)>& keep,
                               std::size_t limit) const;
    std::optional<Sensor> sensor(const std::string& sid) const;
    // Calls `visit` for every sensor in fleet order, under the fleet's lock.
    void forEach(const std::function<void(const Sensor&)>& visit) const;
    // Appends a sensor with a new sid; false when the sid is taken.
    bool addSensor(Sensor sensor);
    // Changes whenever a sensor goes on- or offline, changes tags or state, or joins, so
    // that derived data (the stream generator's records) knows when to be rebuilt.
    std::uint64_t revision() const { return m_revision.load(); }

    // Flips a few sensors between online and offline, as a live org does.
    std::size_t churn(Rng& rng);
    void purgeExpiredTags();

private:
    const std::string& sensorJson(std::size_t index) const;
    bool passes(const Sensor& sensor, const SensorFilter& filter, std::int64_t nowMs) const;
    Sensor* find(const std::string& sid);
    const Sensor* find(const std::string& sid) const;
    void invalidate(const Sensor& sensor);
    static void applyOnline(Sensor& sensor, bool online, std::int64_t nowSec);

    std::string m_oid;
    mutable std::mutex m_mutex;
    std::vector<Sensor> m_sensors;
    std::unordered_map<std::string, std::size_t> m_index;
    mutable std::vector<std::string> m_json;
    std::vector<TaskRecord> m_tasks;
    struct Schedule
    {
        std::vector<bool> values;
        std::size_t next = 0;
    };
    std::unordered_map<std::string, Schedule> m_schedules;
    std::atomic<std::uint64_t> m_revision{1};
};
