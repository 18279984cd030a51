// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <string>

#include "ConnectionStream.h"
#include "ListenerRole.h"
#include "ScriptPlayer.h"

class ApiRequest;
class ApiService;
class ControlApi;
class FaultInjector;
class JwtService;
class RequestLog;
class StreamService;
class WriteLog;

struct Endpoints
{
    std::string apiBase;      // scheme://host:port of the api listener
    std::string plainApiBase; // http://host:port; the api listener itself without --tls
    std::string plainApiHost; // host:port of plainApiBase
    std::string foreignBase;  // empty without a foreign listener
};

// The path every request takes: control API, request log, script, faults, then the service
// behind the listener.
class RequestDispatcher
{
public:
    RequestDispatcher(RequestLog& log, WriteLog& writes, FaultInjector& faults,
                      ScriptPlayer& script, ApiService& api, JwtService& jwt, StreamService& stream,
                      ControlApi& control);

    // Called once before any listener starts; read-only afterwards.
    void setEndpoints(Endpoints endpoints);

    void handle(ListenerRole role, const httplib::Request& request, httplib::Response& response);
    void recordRejectedHead(ListenerRole role, const RequestHead& head, int status);
    // Turns httplib's own error answers (bad request line, URI too long, ...) into JSON.
    httplib::Server::HandlerResponse handleError(ListenerRole role, const httplib::Request& request,
                                                 httplib::Response& response);

private:
    void serve(const ApiRequest& request, httplib::Response& response);
    bool applyFaults(const ApiRequest& request, httplib::Response& response);
    std::string redirectLocation(const ApiRequest& request, const std::string& base) const;

    RequestLog& m_log;
    WriteLog& m_writes;
    FaultInjector& m_faults;
    ScriptPlayer& m_script;
    ApiService& m_api;
    JwtService& m_jwt;
    StreamService& m_stream;
    ControlApi& m_control;
    Endpoints m_endpoints;
};
