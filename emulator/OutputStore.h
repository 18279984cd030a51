// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// One output as the API stores it: every parameter is a string, as the API returns them.
struct OutputConfig
{
    std::string oid;
    std::string name;
    std::string module;
    std::string type;                                        // the stream, returned as `for`
    std::vector<std::pair<std::string, std::string>> params; // in the order they were sent

    std::string param(const std::string& key) const;
    // Boolean parameters: absent means false (the GO SDK omits false values).
    bool flag(const std::string& key) const;
    nlohmann::ordered_json toJson() const;
};

// The outputs of every organisation (outputs/<oid>). Listeners hear about each change, e.g.
// syslog delivery starting or stopping a connection.
class OutputStore
{
public:
    // Called after an output is stored (`output` set) or removed (`output` empty).
    using Listener = std::function<void(const std::string& oid, const std::string& name,
                                        const std::optional<OutputConfig>& output)>;

    void setListener(Listener listener);

    // Validates and stores (replacing an output of the same name); fills `error` otherwise.
    std::optional<OutputConfig> add(OutputConfig output, std::string& error);
    bool remove(const std::string& oid, const std::string& name);
    void clear();
    std::vector<OutputConfig> list(const std::string& oid) const;
    std::vector<OutputConfig> all() const;
    std::optional<OutputConfig> find(const std::string& oid, const std::string& name) const;

    static bool isKnownModule(const std::string& module);
    static bool isKnownType(const std::string& type);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::map<std::string, OutputConfig>> m_outputs;
    Listener m_listener;
};
