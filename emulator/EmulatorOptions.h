// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "FaultSettings.h"
#include "StreamSettings.h"

// What the sensor list sends as continuation_token on its last page. Real clients differ in
// what they accept, so tests can pick each form.
enum class LastPageToken
{
    Absent,
    Null,
    Empty,
    Repeat,
};

struct EmulatorOptions
{
    std::string bindAddress = "127.0.0.1";
    int apiPort = 0;
    int jwtPort = 0;
    int streamPort = 0;
    int foreignPort = -1; // < 0: no foreign listener
    bool tls = false;
    std::string certOut;
    std::string readyFile;
    bool exitOnStdinClose = false;
    bool quiet = false;
    std::size_t sensorCount = 300;
    std::uint64_t seed = 1;
    int churnSec = 0;
    std::size_t pageSize = 1000;
    LastPageToken lastPageToken = LastPageToken::Absent;
    std::size_t maxHeaderBytes = 8192;
    std::size_t logLimit = 20000;
    std::string scriptFile;
    std::string scriptGroup;
    std::string oid;
    std::string apiKey;
    FaultSettings faults;
    StreamSettings stream;
    std::string streamTimeline;
    std::string syslogCa;
    // The demo org's start rules: the community rules in rulesDir, or the state in rulesState.
    std::string rulesDir;
    bool rulesDirGiven = false;
    std::string rulesState;
    // The demo org's sensors from a fleet file instead of the generated ones.
    std::string fleetFile;
    // Canned task replies (command -> sid -> event).
    std::string taskResponses;
};
