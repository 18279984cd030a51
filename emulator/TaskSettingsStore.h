// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

// How tasks are answered, changeable at run time (POST /_emulator/task-settings), so client
// tests can make replies late, duplicated or missing.
class TaskSettingsStore
{
public:
    struct Settings
    {
        // Every reply event after this many real milliseconds (not time-scaled); < 0: the
        // command's own timing.
        std::int64_t replyDelayMs = -1;
        bool duplicateReplies = false;
        bool dropReceipts = false;
        bool dropReplies = false;
    };

    Settings settings() const;
    // Applies any subset of {"reply_delay_ms","duplicate_replies","drop_receipts",
    // "drop_replies"}; `reply_delay_ms` null restores the commands' own timing.
    bool merge(const nlohmann::json& changes, std::string& error);
    void reset();
    nlohmann::ordered_json toJson() const;

private:
    mutable std::mutex m_mutex;
    Settings m_settings;
};
