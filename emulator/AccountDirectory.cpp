// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDirectory.h"

#include <stdexcept>

#include "FleetGenerator.h"
#include "Rng.h"

namespace {

std::unique_ptr<Organization> makeOrg(const std::string& oid, const std::string& name,
                                      std::size_t sensors, std::uint64_t seed, std::int64_t nowSec,
                                      bool special)
{
    auto org = std::make_unique<Organization>();
    org->oid = oid;
    org->name = name;
    Rng rng(Rng::mix(seed, 0xC0DE));
    for (int i = 0; i < 3; ++i) {
        org->iids.push_back(rng.uuid4());
    }
    FleetSpec spec;
    spec.oid = oid;
    spec.count = sensors;
    spec.seed = seed;
    spec.iids = org->iids;
    spec.nowSec = nowSec;
    spec.specialHostnames = special;
    org->fleet = std::make_unique<Fleet>(oid, FleetGenerator::generate(spec));
    return org;
}

} // namespace

const std::vector<std::string>& AccountDirectory::fullPermissions()
{
    static const std::vector<std::string> perms = {
            "org.get",         "org.conf.get",    "org.conf.set",
            "sensor.list",     "sensor.get",      "sensor.task",
            "sensor.tag",      "sensor.del",      "dr.list",
            "dr.set",          "dr.del",          "dr.list.managed",
            "dr.set.managed",  "dr.del.managed",  "dr.list.replicant",
            "fp.ctrl",         "ikey.list",       "ikey.set",
            "ikey.del",        "output.list",     "output.set",
            "output.del",      "ingestkey.ctrl",  "audit.get",
            "insight.evt.get", "insight.det.get", "insight.list",
            "insight.stat",    "replicant.get",   "replicant.task"};
    return perms;
}

AccountDirectory::AccountDirectory(const DirectorySpec& spec)
{
    const std::string primaryOid = spec.primaryOid.empty() ? kDefaultOid : spec.primaryOid;
    m_orgs.push_back(
            makeOrg(primaryOid, "LC Desk Demo", spec.sensorCount, spec.seed, spec.nowSec, true));
    m_orgs.push_back(
            makeOrg(kLabOid, "LC Desk Demo Lab", 25, Rng::mix(spec.seed, 2), spec.nowSec, false));
    m_orgs.push_back(makeOrg(kBranchOid, "LC Desk Demo Branch (empty)", 0, Rng::mix(spec.seed, 3),
                             spec.nowSec, false));

    ApiKeyRecord full;
    full.key = spec.fullAccessKey.empty() ? kFullKey : spec.fullAccessKey;
    full.role = "full";
    full.oid = primaryOid;
    full.ident = "demo-full-access";
    full.perms = fullPermissions();
    m_keys.push_back(full);

    ApiKeyRecord readOnly;
    readOnly.key = kReadOnlyKey;
    readOnly.role = "read_only";
    readOnly.oid = primaryOid;
    readOnly.ident = "demo-read-only";
    readOnly.perms = {"org.get", "sensor.list", "sensor.get"};
    m_keys.push_back(readOnly);

    ApiKeyRecord revoked;
    revoked.key = kRevokedKey;
    revoked.role = "revoked";
    revoked.oid = primaryOid;
    revoked.ident = "demo-revoked";
    revoked.perms = fullPermissions();
    revoked.revoked = true;
    m_keys.push_back(revoked);

    ApiKeyRecord noManagedWrite;
    noManagedWrite.key = kNoManagedWriteKey;
    noManagedWrite.role = "no_managed_write";
    noManagedWrite.oid = primaryOid;
    noManagedWrite.ident = "demo-no-managed-write";
    for (const std::string& perm : fullPermissions()) {
        if (perm != "dr.set.managed" && perm != "dr.del.managed") {
            noManagedWrite.perms.push_back(perm);
        }
    }
    m_keys.push_back(noManagedWrite);

    ApiKeyRecord user;
    user.key = kUserKey;
    user.role = "user";
    user.kind = KeyKind::User;
    user.ident = kUserEmail;
    user.uid = kUserUid;
    user.perms = fullPermissions();
    m_keys.push_back(user);
}

const Organization* AccountDirectory::org(const std::string& oid) const
{
    for (const auto& org : m_orgs) {
        if (org->oid == oid) {
            return org.get();
        }
    }
    return nullptr;
}

std::vector<const Organization*> AccountDirectory::orgs() const
{
    std::vector<const Organization*> list;
    for (const auto& org : m_orgs) {
        list.push_back(org.get());
    }
    return list;
}

const Organization* AccountDirectory::orgOfSensor(const std::string& sid) const
{
    for (const auto& org : m_orgs) {
        if (org->fleet->contains(sid)) {
            return org.get();
        }
    }
    return nullptr;
}

const ApiKeyRecord* AccountDirectory::findKey(const std::string& secret) const
{
    for (const ApiKeyRecord& record : m_keys) {
        if (record.key == secret) {
            return &record;
        }
    }
    return nullptr;
}

const ApiKeyRecord& AccountDirectory::keyByRole(const std::string& role) const
{
    for (const ApiKeyRecord& record : m_keys) {
        if (record.role == role) {
            return record;
        }
    }
    throw std::out_of_range("no key with role " + role);
}
