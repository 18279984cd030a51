// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskSettingsStore.h"

TaskSettingsStore::Settings TaskSettingsStore::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

bool TaskSettingsStore::merge(const nlohmann::json& changes, std::string& error)
{
    if (!changes.is_object()) {
        error = "expected a JSON object";
        return false;
    }
    Settings next = settings();
    for (const auto& [key, value] : changes.items()) {
        if (key == "reply_delay_ms") {
            if (value.is_null()) {
                next.replyDelayMs = -1;
            } else if (value.is_number_integer() && value.get<std::int64_t>() >= 0
                       && value.get<std::int64_t>() <= 3600000) {
                next.replyDelayMs = value.get<std::int64_t>();
            } else {
                error = "reply_delay_ms must be null or an integer from 0 to 3600000";
                return false;
            }
            continue;
        }
        bool* flag = key == "duplicate_replies" ? &next.duplicateReplies
                     : key == "drop_receipts"   ? &next.dropReceipts
                     : key == "drop_replies"    ? &next.dropReplies
                                                : nullptr;
        if (flag == nullptr) {
            error = "unknown task setting " + key;
            return false;
        }
        if (!value.is_boolean()) {
            error = key + " must be true or false";
            return false;
        }
        *flag = value.get<bool>();
    }
    std::lock_guard lock(m_mutex);
    m_settings = next;
    return true;
}

void TaskSettingsStore::reset()
{
    std::lock_guard lock(m_mutex);
    m_settings = Settings();
}

nlohmann::ordered_json TaskSettingsStore::toJson() const
{
    const Settings current = settings();
    return {{"reply_delay_ms", current.replyDelayMs < 0
                                       ? nlohmann::ordered_json()
                                       : nlohmann::ordered_json(current.replyDelayMs)},
            {"duplicate_replies", current.duplicateReplies},
            {"drop_receipts", current.dropReceipts},
            {"drop_replies", current.dropReplies}};
}
