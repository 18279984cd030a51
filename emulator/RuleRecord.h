// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "RuleHive.h"

// A record's `usr_mtd`: what the user sets besides the rule itself.
struct UserMetadata
{
    bool enabled = true;
    std::int64_t expiry = 0;     // unix milliseconds, 0 = never; stored, not enforced
    nlohmann::ordered_json tags; // an array of strings, or null
    std::string comment;

    nlohmann::ordered_json toJson() const;
    // Fields not given keep their defaults; a field of the wrong type is an error.
    static std::optional<UserMetadata> fromJson(const nlohmann::ordered_json& value,
                                                std::string& error);
};

// One record of a rule hive: a D&R rule ({detect, respond}) or a false-positive rule (any
// object), with the user's and the system's metadata.
struct RuleRecord
{
    // Null while the record is half-written: listed, but its data cannot be read.
    nlohmann::ordered_json data;
    UserMetadata usr;
    std::string etag;
    std::string guid;
    std::string createdBy;
    std::string lastAuthor;
    std::string lastError;
    std::int64_t createdAt = 0; // unix milliseconds
    std::int64_t lastMod = 0;
    std::int64_t lastErrorTs = 0;

    bool isHalfWritten() const { return data.is_null(); }
    nlohmann::ordered_json systemJson() const;
    // The Hive API's record; without data (the `mtd` call) `data` is {}.
    nlohmann::ordered_json toHiveJson(bool withData) const;

    // D&R data must be an object whose `detect` is an object and whose `respond`, when
    // present, is a list (or null); false-positive data must be an object.
    static bool checkData(RuleHive hive, const nlohmann::ordered_json& data, std::string& error);
};
