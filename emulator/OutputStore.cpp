// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputStore.h"

#include <algorithm>
#include <array>

#include "FormFields.h"

namespace {

const std::array<const char*, 24> kModules = {"s3",
                                              "gcs",
                                              "pubsub",
                                              "bigquery",
                                              "scp",
                                              "sftp",
                                              "slack",
                                              "syslog",
                                              "webhook",
                                              "webhook_bulk",
                                              "smtp",
                                              "humio",
                                              "kafka",
                                              "azure_storage_blob",
                                              "azure_event_hub",
                                              "elastic",
                                              "tines",
                                              "torq",
                                              "datadog",
                                              "opensearch",
                                              "websocket",
                                              "telegram",
                                              "ms_teams",
                                              "live_stream"};
const std::array<const char*, 7> kTypes = {"event",    "detect",  "audit",   "deployment",
                                           "artifact", "billing", "tailored"};

} // namespace

std::string OutputConfig::param(const std::string& key) const
{
    for (const auto& [paramKey, value] : params) {
        if (paramKey == key) {
            return value;
        }
    }
    return std::string();
}

bool OutputConfig::flag(const std::string& key) const
{
    return FormFields::parseBool(param(key)).value_or(false);
}

nlohmann::ordered_json OutputConfig::toJson() const
{
    nlohmann::ordered_json out = {{"name", name}, {"module", module}, {"for", type}};
    for (const auto& [key, value] : params) {
        out[key] = value;
    }
    return out;
}

bool OutputStore::isKnownModule(const std::string& module)
{
    return std::any_of(kModules.begin(), kModules.end(),
                       [&module](const char* known) { return module == known; });
}

bool OutputStore::isKnownType(const std::string& type)
{
    return std::any_of(kTypes.begin(), kTypes.end(),
                       [&type](const char* known) { return type == known; });
}

void OutputStore::setListener(Listener listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

std::optional<OutputConfig> OutputStore::add(OutputConfig output, std::string& error)
{
    if (output.name.empty()) {
        error = "missing name";
        return std::nullopt;
    }
    if (output.module.empty()) {
        error = "missing module";
        return std::nullopt;
    }
    if (!isKnownModule(output.module)) {
        error = "unknown module '" + output.module + "'";
        return std::nullopt;
    }
    if (output.type.empty()) {
        error = "missing type";
        return std::nullopt;
    }
    if (!isKnownType(output.type)) {
        error = "invalid type '" + output.type
                + "': expected event, detect, audit, deployment, artifact, billing or tailored";
        return std::nullopt;
    }
    if (output.module == "syslog" && output.param("dest_host").empty()) {
        error = "syslog outputs need dest_host";
        return std::nullopt;
    }
    // Boolean parameters come back as "true"/"false" whichever spelling was sent.
    for (auto& [key, value] : output.params) {
        if (key.rfind("is_", 0) == 0) {
            const auto parsed = FormFields::parseBool(value);
            if (!parsed) {
                error = key + " must be true or false";
                return std::nullopt;
            }
            value = *parsed ? "true" : "false";
        }
    }
    Listener listener;
    {
        std::lock_guard lock(m_mutex);
        m_outputs[output.oid][output.name] = output;
        listener = m_listener;
    }
    if (listener) {
        listener(output.oid, output.name, output);
    }
    return output;
}

bool OutputStore::remove(const std::string& oid, const std::string& name)
{
    Listener listener;
    {
        std::lock_guard lock(m_mutex);
        const auto org = m_outputs.find(oid);
        if (org == m_outputs.end() || org->second.erase(name) == 0) {
            return false;
        }
        listener = m_listener;
    }
    if (listener) {
        listener(oid, name, std::nullopt);
    }
    return true;
}

void OutputStore::clear()
{
    for (const OutputConfig& output : all()) {
        remove(output.oid, output.name);
    }
}

std::vector<OutputConfig> OutputStore::list(const std::string& oid) const
{
    std::lock_guard lock(m_mutex);
    std::vector<OutputConfig> outputs;
    const auto org = m_outputs.find(oid);
    if (org != m_outputs.end()) {
        for (const auto& [name, output] : org->second) {
            outputs.push_back(output);
        }
    }
    return outputs;
}

std::vector<OutputConfig> OutputStore::all() const
{
    std::lock_guard lock(m_mutex);
    std::vector<OutputConfig> outputs;
    for (const auto& [oid, byName] : m_outputs) {
        for (const auto& [name, output] : byName) {
            outputs.push_back(output);
        }
    }
    return outputs;
}

std::optional<OutputConfig> OutputStore::find(const std::string& oid, const std::string& name) const
{
    std::lock_guard lock(m_mutex);
    const auto org = m_outputs.find(oid);
    if (org == m_outputs.end()) {
        return std::nullopt;
    }
    const auto it = org->second.find(name);
    return it == org->second.end() ? std::nullopt : std::optional<OutputConfig>(it->second);
}
