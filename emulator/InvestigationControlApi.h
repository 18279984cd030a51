// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <mutex>
#include <string>

#include "ApiRequest.h"

class AccountDirectory;
class StreamHub;

// The investigation side of the control API: task settings (late, duplicate, missing
// replies), canned task responses, a fleet file for the demo org, the planted indicators and
// a look at a sensor's simulated host.
class InvestigationControlApi
{
public:
    InvestigationControlApi(const AccountDirectory& directory, StreamHub& hub, std::uint64_t seed);

    // False when the request is not one of these endpoints.
    bool handle(const ApiRequest& request, httplib::Response& response);

    // Replaces the demo org's sensors with those of a fleet file (also --fleet).
    bool loadFleet(const std::string& file, std::string& error);
    // Chooses the demo org's implant hosts from its generated fleet (at start-up).
    void planImplants();

private:
    void taskSettings(const ApiRequest& request, httplib::Response& response);
    void taskResponses(const ApiRequest& request, httplib::Response& response);
    void fleet(const ApiRequest& request, httplib::Response& response);
    void implants(const ApiRequest& request, httplib::Response& response);
    void host(const ApiRequest& request, const std::string& sid, httplib::Response& response);

    const AccountDirectory& m_directory;
    StreamHub& m_hub;
    std::uint64_t m_seed;
    std::mutex m_mutex;
    std::string m_fleetFile;
};
