// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "Rng.h"
#include "RuleHive.h"
#include "RuleRecord.h"

class FaultInjector;

// One change to a record, as the REST calls ask for it.
struct RuleWrite
{
    RuleHive hive = RuleHive::General;
    std::string name;
    std::optional<nlohmann::ordered_json> data; // absent: metadata only (the record must exist)
    std::optional<UserMetadata> usr;            // absent: kept; defaults for a new record
    std::optional<bool> enabled;                // the legacy calls set only these two
    std::optional<std::int64_t> expiry;
    std::string etag;        // empty: no check
    bool createOnly = false; // the legacy is_replace=false
    std::string author;
};

enum class RuleWriteOutcome
{
    Written,
    NotFound,
    EtagMismatch,
    AlreadyExists,
    InjectedFailure, // the write fault: the record is left half-written
};

struct RuleWriteResult
{
    RuleWriteOutcome outcome = RuleWriteOutcome::Written;
    std::string guid;
};

// The D&R and false-positive rules of every organisation. An org's records are created at its
// first use from its start state (the demo org reads its rules from disk then), so runs that
// never touch rules pay nothing for them.
class RuleStore
{
public:
    using StateSource = std::function<nlohmann::ordered_json()>;

    RuleStore(FaultInjector& faults, std::uint64_t seed);

    // The org's records at start and after reset(); without one the org starts empty.
    void setStartState(const std::string& oid, StateSource source);

    std::vector<std::pair<std::string, RuleRecord>> list(const std::string& oid, RuleHive hive);
    // Nothing for a record that is missing or half-written, or named by the missing-record
    // fault.
    std::optional<RuleRecord> read(const std::string& oid, RuleHive hive, const std::string& name);
    RuleWriteResult write(const std::string& oid, const RuleWrite& change);
    bool remove(const std::string& oid, RuleHive hive, const std::string& name);
    std::size_t count(const std::string& oid, RuleHive hive);
    // The hives_off fault: only the legacy endpoints answer.
    bool hivesOff() const;

    // The rule-state format of the field cases, with each record's metadata.
    nlohmann::ordered_json state(const std::string& oid);
    bool replaceState(const std::string& oid, const nlohmann::ordered_json& state,
                      std::string& error);
    void reset(const std::string& oid);
    // Checks a rule state without applying it.
    static bool checkState(const nlohmann::ordered_json& state, std::string& error);

private:
    using Records = std::array<std::map<std::string, RuleRecord>, kRuleHiveCount>;

    struct OrgRules
    {
        Records hives;
        bool started = false;
    };

    struct StartState
    {
        StateSource source;
        std::optional<nlohmann::ordered_json> built; // the source runs once
    };

    static std::optional<Records> parseState(const nlohmann::ordered_json& state,
                                             std::string& error);
    OrgRules& orgLocked(const std::string& oid);
    void startLocked(const std::string& oid, OrgRules& org);
    void installLocked(OrgRules& org, Records records);
    std::string newEtagLocked();

    FaultInjector& m_faults;
    std::mutex m_mutex;
    std::map<std::string, OrgRules> m_orgs;
    std::map<std::string, StartState> m_startStates;
    Rng m_rng;
};
