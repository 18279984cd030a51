// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleStore.h"

#include <set>

#include "FaultInjector.h"
#include "UtcTime.h"

namespace {

const char kStateAuthor[] = "lcdesk-emulator";

bool parseEntry(RuleHive hive, const std::string& name, const nlohmann::ordered_json& entry,
                RuleRecord& record, std::string& error)
{
    const std::string where = ruleNamespaceName(hive) + "/" + name + ": ";
    if (!entry.is_object()) {
        error = where + "expected an object";
        return false;
    }
    static const std::set<std::string> drKeys = {"detect",  "respond",  "is_enabled",
                                                 "usr_mtd", "sys_mtd",  "half_written",
                                                 "name",    "namespace"};
    static const std::set<std::string> fpKeys = {"data",    "is_enabled",   "usr_mtd",
                                                 "sys_mtd", "half_written", "name"};
    const auto& known = isDrHive(hive) ? drKeys : fpKeys;
    for (const auto& [key, value] : entry.items()) {
        if (known.count(key) == 0) {
            error = where + "unknown field '" + key + "'";
            return false;
        }
    }
    if (entry.contains("name") && entry["name"] != name) {
        error = where + "name differs from its key";
        return false;
    }
    if (entry.contains("namespace") && !entry["namespace"].is_null()) {
        const auto stated = entry["namespace"].is_string()
                                    ? ruleNamespaceFromName(entry["namespace"].get<std::string>())
                                    : std::nullopt;
        if (stated != hive) {
            error = where + "namespace differs from its section";
            return false;
        }
    }

    if (const auto it = entry.find("usr_mtd"); it != entry.end() && !it->is_null()) {
        const auto usr = UserMetadata::fromJson(*it, error);
        if (!usr) {
            error = where + error;
            return false;
        }
        record.usr = *usr;
    }
    if (const auto it = entry.find("is_enabled"); it != entry.end() && !it->is_null()) {
        if (!it->is_boolean()) {
            error = where + "is_enabled must be a boolean";
            return false;
        }
        record.usr.enabled = it->get<bool>();
    }
    const auto halfWritten = entry.find("half_written");
    if (halfWritten != entry.end() && !halfWritten->is_null() && !halfWritten->is_boolean()) {
        error = where + "half_written must be a boolean";
        return false;
    }
    if (halfWritten != entry.end() && halfWritten->is_boolean() && halfWritten->get<bool>()) {
        record.data = nullptr;
        return true;
    }

    nlohmann::ordered_json data;
    if (isDrHive(hive)) {
        data = nlohmann::ordered_json::object();
        if (entry.contains("detect")) {
            data["detect"] = entry["detect"];
        }
        if (entry.contains("respond")) {
            data["respond"] = entry["respond"];
        }
    } else {
        data = entry.contains("data") ? entry["data"] : nlohmann::ordered_json();
    }
    if (!RuleRecord::checkData(hive, data, error)) {
        error = where + error;
        return false;
    }
    record.data = std::move(data);
    return true;
}

nlohmann::ordered_json exportRecord(RuleHive hive, const RuleRecord& record)
{
    nlohmann::ordered_json entry = nlohmann::ordered_json::object();
    if (isDrHive(hive)) {
        if (record.isHalfWritten()) {
            entry["detect"] = nullptr;
            entry["respond"] = nullptr;
        } else {
            for (const auto& [key, value] : record.data.items()) {
                entry[key] = value;
            }
        }
        entry["is_enabled"] = record.usr.enabled;
    } else {
        entry["data"] = record.data;
    }
    if (record.isHalfWritten()) {
        entry["half_written"] = true;
    }
    entry["usr_mtd"] = record.usr.toJson();
    entry["sys_mtd"] = record.systemJson();
    return entry;
}

} // namespace

RuleStore::RuleStore(FaultInjector& faults, std::uint64_t seed)
    : m_faults(faults)
    , m_rng(Rng::mix(seed, 0x4B1E5))
{}

void RuleStore::setStartState(const std::string& oid, StateSource source)
{
    std::lock_guard lock(m_mutex);
    m_startStates[oid] = StartState{std::move(source), std::nullopt};
    m_orgs.erase(oid);
}

std::string RuleStore::newEtagLocked()
{
    return m_rng.hex(32);
}

void RuleStore::installLocked(OrgRules& org, Records records)
{
    const std::int64_t now = UtcTime::nowMs();
    for (auto& hive : records) {
        for (auto& [name, record] : hive) {
            record.etag = newEtagLocked();
            record.guid = m_rng.uuid4();
            record.createdBy = kStateAuthor;
            record.lastAuthor = kStateAuthor;
            record.createdAt = now;
            record.lastMod = now;
            if (record.isHalfWritten()) {
                record.lastError = "internal";
                record.lastErrorTs = now;
            }
        }
    }
    org.hives = std::move(records);
    org.started = true;
}

void RuleStore::startLocked(const std::string& oid, OrgRules& org)
{
    Records records;
    const auto start = m_startStates.find(oid);
    if (start != m_startStates.end()) {
        if (!start->second.built) {
            start->second.built = start->second.source ? start->second.source()
                                                       : nlohmann::ordered_json::object();
        }
        std::string error;
        auto parsed = parseState(*start->second.built, error);
        // Start states are checked when they are given; one that fails here is a bug.
        if (parsed) {
            records = std::move(*parsed);
        }
    }
    installLocked(org, std::move(records));
}

RuleStore::OrgRules& RuleStore::orgLocked(const std::string& oid)
{
    OrgRules& org = m_orgs[oid];
    if (!org.started) {
        startLocked(oid, org);
    }
    return org;
}

std::vector<std::pair<std::string, RuleRecord>> RuleStore::list(const std::string& oid,
                                                                RuleHive hive)
{
    std::lock_guard lock(m_mutex);
    const auto& records = orgLocked(oid).hives[ruleHiveIndex(hive)];
    return {records.begin(), records.end()};
}

std::size_t RuleStore::count(const std::string& oid, RuleHive hive)
{
    std::lock_guard lock(m_mutex);
    return orgLocked(oid).hives[ruleHiveIndex(hive)].size();
}

std::optional<RuleRecord> RuleStore::read(const std::string& oid, RuleHive hive,
                                          const std::string& name)
{
    std::lock_guard lock(m_mutex);
    const auto& records = orgLocked(oid).hives[ruleHiveIndex(hive)];
    const auto it = records.find(name);
    if (it == records.end() || it->second.isHalfWritten() || m_faults.isMissingRecord(name)) {
        return std::nullopt;
    }
    return it->second;
}

RuleWriteResult RuleStore::write(const std::string& oid, const RuleWrite& change)
{
    std::lock_guard lock(m_mutex);
    auto& records = orgLocked(oid).hives[ruleHiveIndex(change.hive)];
    const auto it = records.find(change.name);
    const bool exists = it != records.end();
    if (!change.data && (!exists || it->second.isHalfWritten())) {
        return {RuleWriteOutcome::NotFound, std::string()};
    }
    if (!change.etag.empty() && (!exists || it->second.etag != change.etag)) {
        return {RuleWriteOutcome::EtagMismatch, std::string()};
    }
    if (change.createOnly && exists) {
        return {RuleWriteOutcome::AlreadyExists, std::string()};
    }

    const std::int64_t now = UtcTime::nowMs();
    RuleRecord record = exists ? it->second : RuleRecord();
    if (!exists) {
        record.guid = m_rng.uuid4();
        record.createdAt = now;
        record.createdBy = change.author;
    }
    if (change.usr) {
        record.usr = *change.usr;
    }
    if (change.enabled) {
        record.usr.enabled = *change.enabled;
    }
    if (change.expiry) {
        record.usr.expiry = *change.expiry;
    }
    record.lastAuthor = change.author;
    record.lastMod = now;
    record.etag = newEtagLocked();

    // The write fault (field case C23): the record is stored without its data, so it is
    // listed but cannot be read until a later write succeeds.
    if (change.data && m_faults.takeRuleWriteFault(change.name)) {
        record.data = nullptr;
        record.lastError = "internal";
        record.lastErrorTs = now;
        records[change.name] = record;
        return {RuleWriteOutcome::InjectedFailure, record.guid};
    }
    if (change.data) {
        record.data = *change.data;
        record.lastError.clear();
        record.lastErrorTs = 0;
    }
    records[change.name] = record;
    return {RuleWriteOutcome::Written, record.guid};
}

bool RuleStore::remove(const std::string& oid, RuleHive hive, const std::string& name)
{
    std::lock_guard lock(m_mutex);
    return orgLocked(oid).hives[ruleHiveIndex(hive)].erase(name) > 0;
}

nlohmann::ordered_json RuleStore::state(const std::string& oid)
{
    std::lock_guard lock(m_mutex);
    const OrgRules& org = orgLocked(oid);
    nlohmann::ordered_json state = nlohmann::ordered_json::object();
    for (const RuleHive hive : kRuleHives) {
        nlohmann::ordered_json section = nlohmann::ordered_json::object();
        for (const auto& [name, record] : org.hives[ruleHiveIndex(hive)]) {
            section[name] = exportRecord(hive, record);
        }
        state[ruleNamespaceName(hive)] = std::move(section);
    }
    return state;
}

std::optional<RuleStore::Records> RuleStore::parseState(const nlohmann::ordered_json& state,
                                                        std::string& error)
{
    if (!state.is_object()) {
        error = "a rule state is a JSON object of sections (general, managed, service, fp)";
        return std::nullopt;
    }
    Records records;
    std::set<RuleHive> seen;
    for (const auto& [section, rules] : state.items()) {
        const auto hive = section == "fp" ? std::optional<RuleHive>(RuleHive::Fp)
                                          : ruleNamespaceFromName(section);
        if (!hive) {
            error = "unknown section '" + section + "' (general, managed, service, fp)";
            return std::nullopt;
        }
        if (!seen.insert(*hive).second) {
            error = "section '" + section + "' given twice (service and replicant)";
            return std::nullopt;
        }
        if (rules.is_null()) {
            continue;
        }
        if (!rules.is_object()) {
            error = "section '" + section + "' must map rule names to rules";
            return std::nullopt;
        }
        for (const auto& [name, entry] : rules.items()) {
            if (name.empty()) {
                error = "section '" + section + "' has a rule without a name";
                return std::nullopt;
            }
            RuleRecord record;
            if (!parseEntry(*hive, name, entry, record, error)) {
                return std::nullopt;
            }
            records[ruleHiveIndex(*hive)][name] = std::move(record);
        }
    }
    return records;
}

bool RuleStore::checkState(const nlohmann::ordered_json& state, std::string& error)
{
    return parseState(state, error).has_value();
}

bool RuleStore::hivesOff() const
{
    return m_faults.hivesOff();
}

bool RuleStore::replaceState(const std::string& oid, const nlohmann::ordered_json& state,
                             std::string& error)
{
    auto records = parseState(state, error);
    if (!records) {
        return false;
    }
    std::lock_guard lock(m_mutex);
    installLocked(m_orgs[oid], std::move(*records));
    return true;
}

void RuleStore::reset(const std::string& oid)
{
    std::lock_guard lock(m_mutex);
    m_orgs.erase(oid);
}
