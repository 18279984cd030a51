// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

// A scripted stream in the format of the field cases' timeline.yaml: what one Spout connection
// receives and when, instead of generated telemetry. Steps are timed from the request
// (`t: 1.2`) or from each task POST (`t: task_post+0.5`); times are multiplied by the time
// scale. After the last step the socket stays open and silent, unless `then: close`.
class StreamTimeline
{
public:
    enum class Anchor
    {
        Request,
        TaskPost,
    };

    struct Step
    {
        Anchor anchor = Anchor::Request;
        double seconds = 0.0;
        std::string bytes;  // may be empty (a status-line marker or a bare `then`)
        bool close = false; // end the stream after this step
    };

    struct Script
    {
        std::vector<Step> steps;
        bool closeAtEnd = false;
    };

    // The placeholder replaced by the investigation id of the task that triggered a step.
    static constexpr const char* kInvestigationPlaceholder = "<inv_id used by the task>";

    static std::shared_ptr<const StreamTimeline> load(const std::string& file, std::string& error);

    const std::string& file() const { return m_file; }
    // The script of the first connection, and of every later one (`second_connection`, or the
    // first script again when the file has none).
    const Script& first() const { return m_first; }
    const Script& later() const { return m_hasLater ? m_later : m_first; }
    // Sensors the records mention (routing.sid, routing.hostname), so they can be added to the
    // fleet and tasked.
    const std::vector<std::pair<std::string, std::string>>& sensors() const { return m_sensors; }
    nlohmann::ordered_json toJson() const;

    static std::string withInvestigation(const std::string& bytes,
                                         const std::string& investigationId);

private:
    std::string m_file;
    Script m_first;
    Script m_later;
    bool m_hasLater = false;
    std::vector<std::pair<std::string, std::string>> m_sensors;
};
