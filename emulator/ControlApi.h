// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>

#include "ApiRequest.h"
#include "FaultSettings.h"

class AccountDirectory;
class FaultInjector;
class RequestLog;
class ScriptPlayer;

struct ControlHooks
{
    std::function<nlohmann::ordered_json()> readyInfo;
    // Returns an error when the settings need a listener this run does not have.
    std::function<std::string(const FaultSettings&)> checkFaults;
    std::function<bool()> hasForeignListener;
    std::string certificatePem;
    FaultSettings defaultFaults;
    // Further endpoints (the stream side); returns false when it does not know the request.
    std::function<bool(const ApiRequest&, httplib::Response&)> moreEndpoints;
};

// /_emulator/...: the test harness's view into and handle on the emulator. No authentication,
// never scripted, never faulted, not recorded in the request log.
class ControlApi
{
public:
    ControlApi(RequestLog& log, FaultInjector& faults, const AccountDirectory& directory,
               ScriptPlayer& script, ControlHooks hooks);

    void handle(const ApiRequest& request, httplib::Response& response);

private:
    void requests(const ApiRequest& request, httplib::Response& response);
    void faults(const ApiRequest& request, httplib::Response& response);
    void sensor(const ApiRequest& request, const std::string& sid, httplib::Response& response);
    void tasks(const ApiRequest& request, httplib::Response& response);
    void script(const ApiRequest& request, httplib::Response& response);

    RequestLog& m_log;
    FaultInjector& m_faults;
    const AccountDirectory& m_directory;
    ScriptPlayer& m_script;
    ControlHooks m_hooks;
    std::int64_t m_startedMs;
};
