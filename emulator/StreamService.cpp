// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamService.h"

#include <algorithm>
#include <atomic>

#include "AccountDirectory.h"
#include "JwtIssuer.h"
#include "PlatformCodes.h"
#include "Reply.h"
#include "Rng.h"
#include "StreamHub.h"
#include "StreamPump.h"
#include "StreamSocket.h"
#include "StreamTimeline.h"
#include "UtcTime.h"

namespace {

// The permission a Spout needs: the stream is served by a temporary output (inferred).
constexpr const char* kStreamPermission = "output.set";
constexpr std::size_t kLegacyLimit = 256;

const char kUnauthorized[] = "error: unauthorized\n";

struct Session
{
    std::shared_ptr<Subscription> subscription;
    std::string end = "not started";
    std::atomic<bool> closed{false};
};

// A sensor the timeline's records name, so that the console can list and task it.
Sensor timelineSensor(const std::string& sid, const std::string& hostname, const Organization& org)
{
    const std::int64_t nowSec = UtcTime::nowSec();
    Sensor sensor;
    sensor.sid = sid;
    sensor.iid = org.iids.empty() ? std::string() : org.iids.front();
    sensor.hostname = hostname.empty() ? "timeline-" + sid.substr(0, 8) : hostname;
    sensor.intIp = "10.0.0.21";
    sensor.extIp = "203.0.113.10";
    sensor.enroll = UtcTime::format(nowSec - 86400);
    sensor.alive = UtcTime::format(nowSec);
    sensor.plat = PlatformCodes::Windows;
    sensor.arch = PlatformCodes::X64;
    sensor.kernel = true;
    sensor.online = true;
    sensor.connectedAt = nowSec;
    return sensor;
}

} // namespace

StreamService::StreamService(const AccountDirectory& directory, const JwtIssuer& issuer,
                             StreamHub& hub)
    : m_directory(directory)
    , m_issuer(issuer)
    , m_hub(hub)
{}

void StreamService::setBaseUrl(std::string baseUrl)
{
    m_baseUrl = std::move(baseUrl);
}

bool StreamService::loadTimeline(const std::string& file, std::string& error)
{
    auto timeline = StreamTimeline::load(file, error);
    if (!timeline) {
        return false;
    }
    const Organization& primary = m_directory.primary();
    for (const auto& [sid, hostname] : timeline->sensors()) {
        if (m_directory.orgOfSensor(sid) == nullptr) {
            primary.fleet->addSensor(timelineSensor(sid, hostname, primary));
        }
    }
    std::lock_guard lock(m_mutex);
    m_timeline = std::move(timeline);
    m_timelineConnections = 0;
    return true;
}

void StreamService::clearTimeline()
{
    std::lock_guard lock(m_mutex);
    m_timeline.reset();
    m_timelineConnections = 0;
}

nlohmann::ordered_json StreamService::timelineStatus() const
{
    std::lock_guard lock(m_mutex);
    if (!m_timeline) {
        return {{"loaded", false}};
    }
    nlohmann::ordered_json status = m_timeline->toJson();
    status["loaded"] = true;
    status["connections"] = m_timelineConnections;
    return status;
}

StreamService::Access StreamService::authorize(const FormFields& params,
                                               const std::string& oid) const
{
    Access access;
    access.errorLine = kUnauthorized;
    const std::string apiKey = params.value("api_key");
    const std::string jwt = params.value("jwt");
    std::vector<std::string> perms;
    // An API key wins when both are sent, as the SEED and V1 SDKs do.
    if (!apiKey.empty()) {
        const ApiKeyRecord* key = m_directory.findKey(apiKey);
        if (key == nullptr || key->revoked) {
            return access;
        }
        if (key->kind == KeyKind::User ? params.value("uid") != key->uid : key->oid != oid) {
            return access;
        }
        perms = key->perms;
    } else if (!jwt.empty()) {
        std::string error;
        const auto claims = m_issuer.verify(jwt, UtcTime::nowSec(), error);
        if (!claims || !claims->coversOrg(oid)) {
            return access;
        }
        perms = claims->perms;
    } else {
        return access;
    }
    access.org = m_directory.org(oid);
    if (access.org == nullptr) {
        access.errorLine = "error: unknown organization " + oid + "\n";
        return access;
    }
    if (std::find(perms.begin(), perms.end(), kStreamPermission) == perms.end()) {
        access.errorLine =
                std::string("error: unauthorized: missing permission ") + kStreamPermission + "\n";
        return access;
    }
    access.errorLine.clear();
    return access;
}

void StreamService::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    const std::string& method = request.method();
    if (s.size() == 1 && !s[0].empty()) {
        if (method != "POST") {
            Reply::error(response, 405, "use POST to open a stream");
            return;
        }
        openStream(request, request.params(), s[0], response);
        return;
    }
    if (s.size() == 2 && s[0] == "output") {
        if (method != "POST") {
            Reply::error(response, 405, "use POST to open a stream");
            return;
        }
        legacyRedirect(request, s[1], response);
        return;
    }
    if (s.size() == 3 && s[0] == "output" && (method == "GET" || method == "POST")) {
        std::optional<FormFields> params;
        {
            std::lock_guard lock(m_mutex);
            for (const auto& [token, form] : m_legacy) {
                if (token == s[2]) {
                    params = form;
                }
            }
        }
        if (!params) {
            Reply::error(response, 404, "unknown or expired stream " + request.rawPath());
            return;
        }
        openStream(request, *params, s[1], response);
        return;
    }
    Reply::error(response, 404,
                 "no stream endpoint at " + request.rawPath()
                         + " (streams are opened with POST /<oid>)");
}

void StreamService::legacyRedirect(const ApiRequest& request, const std::string& oid,
                                   httplib::Response& response)
{
    const std::string type = request.params().value("type");
    if (!streamTypeFromName(type)) {
        Reply::error(response, 400,
                     "invalid type '" + type
                             + "': expected event, detect, audit, deployment or billing");
        return;
    }
    Rng rng(Rng::mix(static_cast<std::uint64_t>(UtcTime::nowMs()), m_hub.seed()));
    const std::string token = "s-" + rng.hex(24);
    {
        std::lock_guard lock(m_mutex);
        m_legacy.emplace_back(token, request.params());
        while (m_legacy.size() > kLegacyLimit) {
            m_legacy.pop_front();
        }
    }
    // An absolute URL: SEED clients keep it and reconnect with a plain GET.
    const std::string location = m_baseUrl + "/output/" + oid + "/" + token;
    response.set_header("Location", location);
    Reply::json(response, 303, {{"stream", location}});
}

void StreamService::openStream(const ApiRequest& request, const FormFields& params,
                               const std::string& oid, httplib::Response& response)
{
    const std::string typeName = params.value("type");
    const auto type = streamTypeFromName(typeName);
    if (!type) {
        Reply::error(response, 400,
                     typeName.empty() ? std::string("missing type: expected event, detect, audit, "
                                                    "deployment or billing")
                                      : "invalid type '" + typeName
                                                + "': expected event, detect, audit, deployment "
                                                  "or billing");
        return;
    }
    ConnectionStream* connection = ConnectionStream::currentStream();
    RequestHead* head = ConnectionStream::current();
    if (connection == nullptr) {
        Reply::error(response, 500, "stream connection unavailable");
        return;
    }
    if (head != nullptr) {
        head->closeConnection = true; // a stream connection is never reused
    }

    SubscriptionInfo info;
    info.kind = SubscriptionKind::Spout;
    info.oid = oid;
    info.filter.type = *type;
    info.filter.sid = params.value("sid");
    info.filter.tag = params.value("tag");
    info.filter.cat = params.value("cat");
    info.filter.invId = params.value("inv_id");
    int peerPort = 0;
    connection->get_remote_ip_and_port(info.peer, peerPort);
    info.peer += ":" + std::to_string(peerPort);

    const Access access = authorize(params, oid);
    std::shared_ptr<const StreamTimeline> timeline;
    bool firstTimelineConnection = false;
    if (access.errorLine.empty()) {
        std::lock_guard lock(m_mutex);
        timeline = m_timeline;
        if (timeline) {
            firstTimelineConnection = m_timelineConnections++ == 0;
        }
    }
    info.mode = !access.errorLine.empty() ? SubscriptionMode::Refused
                : timeline                ? SubscriptionMode::Timeline
                                          : SubscriptionMode::Generated;
    auto session = std::make_shared<Session>();
    session->subscription = m_hub.open(info);
    if (!session->subscription) {
        Reply::error(response, 503,
                     "too many stream connections (at most " + std::to_string(StreamHub::kMaxSpouts)
                             + ")");
        return;
    }

    const int fd = connection->socket();
    SSL* ssl = connection->ssl();
    const std::int64_t originMs = request.receivedMs();
    const Organization* org = access.org;
    const std::string errorLine = access.errorLine;
    StreamHub& hub = m_hub;
    response.status = 200;
    // A stream ends with its connection; clients must not queue another request behind it.
    response.set_header("Connection", "close");
    // The real service answers 200 before it checks anything; a refusal is a text line.
    const char* contentType = errorLine.empty() ? "application/x-ndjson" : "text/plain";
    response.set_chunked_content_provider(
            contentType,
            [&hub, session, fd, ssl, originMs, org, errorLine, timeline,
             firstTimelineConnection](std::size_t, httplib::DataSink&) {
                StreamSocket socket(fd, ssl, true, [&hub] { return hub.stopping(); });
                if (!errorLine.empty()) {
                    const bool written = socket.write(errorLine) == StreamSocket::Status::Ok;
                    if (written) {
                        session->subscription->countWritten(0, errorLine.size());
                        socket.finish(true);
                    }
                    session->end = "refused";
                    return false;
                }
                PumpOptions options;
                options.originMs = originMs;
                StreamPump pump(hub, *org, *session->subscription, socket, options);
                const StreamPump::End end =
                        timeline ? pump.runTimeline(firstTimelineConnection ? timeline->first()
                                                                            : timeline->later())
                                 : pump.run();
                session->end = StreamPump::endName(end);
                // Ending the provider with false makes the server close the connection.
                return false;
            },
            [&hub, session](bool) {
                // The releaser runs when the answer is destroyed; once is enough.
                if (!session->closed.exchange(true)) {
                    hub.close(session->subscription, session->end);
                }
            });
}
