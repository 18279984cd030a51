// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDispatcher.h"

#include <chrono>
#include <thread>

#include "ApiRequest.h"
#include "ApiService.h"
#include "ControlApi.h"
#include "FaultInjector.h"
#include "JwtService.h"
#include "Reply.h"
#include "RequestLog.h"
#include "StreamService.h"
#include "WriteLog.h"

namespace {

// Added to redirect targets so the emulator does not redirect the followed request again.
const char kRedirectMarker[] = "_redirected=1";

std::string statusText(int status)
{
    switch (status) {
    case 400:
        return "bad request";
    case 404:
        return "not found";
    case 405:
        return "method not allowed";
    case 413:
        return "payload too large";
    case 414:
        return "request target too long";
    case 416:
        return "range not satisfiable";
    case 417:
        return "expectation failed";
    case 500:
        return "internal server error";
    default:
        return "http error " + std::to_string(status);
    }
}

} // namespace

RequestDispatcher::RequestDispatcher(RequestLog& log, WriteLog& writes, FaultInjector& faults,
                                     ScriptPlayer& script, ApiService& api, JwtService& jwt,
                                     StreamService& stream, ControlApi& control)
    : m_log(log)
    , m_writes(writes)
    , m_faults(faults)
    , m_script(script)
    , m_api(api)
    , m_jwt(jwt)
    , m_stream(stream)
    , m_control(control)
{}

void RequestDispatcher::setEndpoints(Endpoints endpoints)
{
    m_endpoints = std::move(endpoints);
}

void RequestDispatcher::handle(ListenerRole role, const httplib::Request& request,
                               httplib::Response& response)
{
    RequestHead fallback;
    RequestHead* head = ConnectionStream::current();
    if (head == nullptr) {
        head = &fallback;
    }
    const ApiRequest apiRequest(role, request, *head);
    if (apiRequest.isControl()) {
        m_control.handle(apiRequest, response);
        return;
    }
    head->logId = m_log.add(apiRequest);
    serve(apiRequest, response);
    const int status = response.status < 0 ? 200 : response.status;
    m_log.setStatus(head->logId, status);
    // Recorded before the answer is sent, so a client that has its answer finds it counted.
    if (WriteLog::isWrite(apiRequest)) {
        m_writes.add(apiRequest, head->logId, status);
    }
}

void RequestDispatcher::serve(const ApiRequest& request, httplib::Response& response)
{
    if (request.role() == ListenerRole::Foreign) {
        Reply::json(response, 200, {{"foreign", true}});
        return;
    }
    if (m_script.play(request, ScriptEndpoints{m_endpoints.foreignBase, m_endpoints.plainApiHost},
                      response)) {
        return;
    }
    if (!request.pathError().empty()) {
        Reply::error(response, 400, request.pathError());
        return;
    }
    if (applyFaults(request, response)) {
        return;
    }
    switch (request.role()) {
    case ListenerRole::Api:
    case ListenerRole::PlainApi:
        m_api.handle(request, response);
        break;
    case ListenerRole::Jwt:
        m_jwt.handle(request, response);
        break;
    case ListenerRole::Stream:
        m_stream.handle(request, response);
        break;
    case ListenerRole::Foreign:
        break;
    }
    const FaultSettings settings = m_faults.settings();
    if (settings.rateWarn && response.status == 200) {
        response.set_header("X-RateLimit-Quota", std::to_string(settings.rateQuota));
        response.set_header("X-RateLimit-Period", std::to_string(settings.ratePeriodSec));
    }
}

std::string RequestDispatcher::redirectLocation(const ApiRequest& request,
                                                const std::string& base) const
{
    const std::string& target = request.target();
    const char separator = target.find('?') == std::string::npos ? '?' : '&';
    return base + target + separator + kRedirectMarker;
}

bool RequestDispatcher::applyFaults(const ApiRequest& request, httplib::Response& response)
{
    const bool redirected = request.query().value("_redirected") == "1";
    const FaultDecision decision = m_faults.decide(request.role(), redirected);
    if (decision.latencyMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(decision.latencyMs));
    }
    switch (decision.redirect) {
    case RedirectKind::Off:
        break;
    case RedirectKind::CrossHost302:
    case RedirectKind::CrossHost307:
        response.set_header("Location", redirectLocation(request, m_endpoints.foreignBase));
        Reply::error(response, decision.redirect == RedirectKind::CrossHost302 ? 302 : 307,
                     "moved to another host (redirect fault)");
        return true;
    case RedirectKind::HttpsToHttp:
        response.set_header("Location", redirectLocation(request, m_endpoints.plainApiBase));
        Reply::error(response, 301, "moved to plain http (redirect fault)");
        return true;
    case RedirectKind::SameHost303:
        response.set_header("Location", redirectLocation(request, m_endpoints.apiBase));
        Reply::error(response, 303, "see other (redirect fault)");
        return true;
    }
    if (decision.rateLimited) {
        const FaultSettings settings = m_faults.settings();
        response.set_header("X-RateLimit-Quota", std::to_string(settings.rateQuota));
        response.set_header("X-RateLimit-Period", std::to_string(settings.ratePeriodSec));
        if (settings.retryAfterSec >= 0) {
            response.set_header("Retry-After", std::to_string(settings.retryAfterSec));
        }
        Reply::error(response, 429, "quota exceeded");
        return true;
    }
    if (decision.errorStatus != 0) {
        const char* message = decision.errorStatus == 500   ? "internal server error"
                              : decision.errorStatus == 502 ? "bad gateway"
                              : decision.errorStatus == 503 ? "service unavailable"
                                                            : "gateway timeout";
        Reply::error(response, decision.errorStatus, std::string(message) + " (error_rate fault)");
        return true;
    }
    return false;
}

void RequestDispatcher::recordRejectedHead(ListenerRole role, const RequestHead& head, int status)
{
    m_log.addRejected(role, head, status);
}

httplib::Server::HandlerResponse RequestDispatcher::handleError(ListenerRole role,
                                                                const httplib::Request& /*request*/,
                                                                httplib::Response& response)
{
    if (!response.body.empty() || response.has_header("Location")) {
        return httplib::Server::HandlerResponse::Unhandled;
    }
    RequestHead* head = ConnectionStream::current();
    if (head != nullptr) {
        head->closeConnection = true;
    }
    response.set_header("Connection", "close");
    if (head != nullptr && head->logId < 0 && !(head->method.empty() && head->target.empty())) {
        const bool control = head->target.rfind("/_emulator", 0) == 0;
        if (!control) {
            head->logId = m_log.addRejected(role, *head, response.status);
        }
    }
    Reply::error(response, response.status, statusText(response.status));
    return httplib::Server::HandlerResponse::Handled;
}
