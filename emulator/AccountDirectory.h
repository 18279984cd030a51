// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "Fleet.h"

enum class KeyKind
{
    Org,
    User,
};

struct ApiKeyRecord
{
    std::string key;
    std::string role; // how the ready line and the README name it: full, read_only, ...
    KeyKind kind = KeyKind::Org;
    std::string oid;   // org keys: the one org the key belongs to
    std::string ident; // key name (org keys) or user e-mail (user keys)
    std::string uid;   // user keys only
    std::vector<std::string> perms;
    bool revoked = false;
};

struct Organization
{
    std::string oid;
    std::string name;
    std::vector<std::string> iids;
    std::unique_ptr<Fleet> fleet;
};

struct DirectorySpec
{
    std::string primaryOid;
    std::string fullAccessKey;
    std::size_t sensorCount = 300;
    std::uint64_t seed = 1;
    std::int64_t nowSec = 0;
};

// The demo organisations and the API keys that can reach them. Fixed values, so scripts and
// documentation can rely on them.
class AccountDirectory
{
public:
    static constexpr const char* kDefaultOid = "d3e0c0de-0000-4000-8000-00000000d3e0";
    static constexpr const char* kLabOid = "d3e0c0de-0000-4000-8000-00000000a1ab";
    static constexpr const char* kBranchOid = "d3e0c0de-0000-4000-8000-00000000b4a7";
    static constexpr const char* kFullKey = "d3e0f011-acce-4000-8000-000000000001";
    static constexpr const char* kReadOnlyKey = "d3e0ae0d-0000-4000-8000-000000000002";
    static constexpr const char* kRevokedKey = "d3e0dead-0000-4000-8000-000000000003";
    static constexpr const char* kUserKey = "d3e05e40-0000-4000-8000-000000000004";
    // An org key for the rules-as-code tests: every permission except changing managed rules.
    static constexpr const char* kNoManagedWriteKey = "d3e0c0a1-0000-4000-8000-000000000005";
    static constexpr const char* kUserUid = "demo-analyst-uid-0000000000000001";
    static constexpr const char* kUserEmail = "analyst@example.com";

    explicit AccountDirectory(const DirectorySpec& spec);

    const Organization* org(const std::string& oid) const;
    const Organization& primary() const { return *m_orgs.front(); }
    std::vector<const Organization*> orgs() const;
    // The org whose fleet holds the sensor, or null.
    const Organization* orgOfSensor(const std::string& sid) const;
    const ApiKeyRecord* findKey(const std::string& secret) const;
    const std::vector<ApiKeyRecord>& keys() const { return m_keys; }
    const ApiKeyRecord& keyByRole(const std::string& role) const;

    static const std::vector<std::string>& fullPermissions();

private:
    std::vector<std::unique_ptr<Organization>> m_orgs;
    std::vector<ApiKeyRecord> m_keys;
};
