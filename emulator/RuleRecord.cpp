// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleRecord.h"

nlohmann::ordered_json UserMetadata::toJson() const
{
    return {{"enabled", enabled}, {"expiry", expiry}, {"tags", tags}, {"comment", comment}};
}

std::optional<UserMetadata> UserMetadata::fromJson(const nlohmann::ordered_json& value,
                                                   std::string& error)
{
    if (!value.is_object()) {
        error = "usr_mtd must be a JSON object";
        return std::nullopt;
    }
    UserMetadata metadata;
    if (const auto it = value.find("enabled"); it != value.end() && !it->is_null()) {
        if (!it->is_boolean()) {
            error = "usr_mtd.enabled must be a boolean";
            return std::nullopt;
        }
        metadata.enabled = it->get<bool>();
    }
    if (const auto it = value.find("expiry"); it != value.end() && !it->is_null()) {
        if (!it->is_number_integer()) {
            error = "usr_mtd.expiry must be an integer";
            return std::nullopt;
        }
        metadata.expiry = it->get<std::int64_t>();
    }
    if (const auto it = value.find("tags"); it != value.end() && !it->is_null()) {
        bool strings = it->is_array();
        for (const auto& tag : *it) {
            strings = strings && tag.is_string();
        }
        if (!strings) {
            error = "usr_mtd.tags must be a list of strings";
            return std::nullopt;
        }
        metadata.tags = *it;
    }
    if (const auto it = value.find("comment"); it != value.end() && !it->is_null()) {
        if (!it->is_string()) {
            error = "usr_mtd.comment must be a string";
            return std::nullopt;
        }
        metadata.comment = it->get<std::string>();
    }
    return metadata;
}

nlohmann::ordered_json RuleRecord::systemJson() const
{
    return {{"etag", etag},
            {"created_by", createdBy},
            {"created_at", createdAt},
            {"last_author", lastAuthor},
            {"last_mod", lastMod},
            {"guid", guid},
            {"last_error", lastError},
            {"last_error_ts", lastErrorTs}};
}

nlohmann::ordered_json RuleRecord::toHiveJson(bool withData) const
{
    return {{"data", withData ? data : nlohmann::ordered_json::object()},
            {"usr_mtd", usr.toJson()},
            {"sys_mtd", systemJson()}};
}

bool RuleRecord::checkData(RuleHive hive, const nlohmann::ordered_json& data, std::string& error)
{
    if (!data.is_object()) {
        error = isDrHive(hive) ? "a D&R rule must be an object with detect and respond"
                               : "a false-positive rule must be a JSON object";
        return false;
    }
    if (!isDrHive(hive)) {
        return true;
    }
    const auto detect = data.find("detect");
    if (detect == data.end() || !detect->is_object()) {
        error = "a D&R rule needs a detect object";
        return false;
    }
    const auto respond = data.find("respond");
    if (respond != data.end() && !respond->is_array() && !respond->is_null()) {
        error = "respond must be a list of actions";
        return false;
    }
    return true;
}
