// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiService.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <strings.h>
#include <unordered_set>

#include "AccountDirectory.h"
#include "Codec.h"
#include "FaultInjector.h"
#include "JsonText.h"
#include "OutputStore.h"
#include "Reply.h"
#include "SensorSelector.h"
#include "StreamHub.h"
#include "UtcTime.h"

namespace {

const char kTokenPrefix[] = "sensors:";

std::optional<long long> parseInteger(const std::string& text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (end == nullptr || *end != '\0') {
        return std::nullopt;
    }
    return value;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> nonEmpty(std::vector<std::string> values)
{
    values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
    return values;
}

std::vector<std::string> splitCommas(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return nonEmpty(parts);
}

} // namespace

ApiService::ApiService(const AccountDirectory& directory, const JwtIssuer& issuer,
                       FaultInjector& faults, std::size_t pageSize, LastPageToken lastPageToken,
                       OutputStore& outputs, StreamHub& hub, RuleStore& rules)
    : m_directory(directory)
    , m_issuer(issuer)
    , m_faults(faults)
    , m_pageSize(pageSize)
    , m_lastPageToken(lastPageToken)
    , m_outputs(outputs)
    , m_hub(hub)
    , m_rules(rules, hub)
{}

bool ApiService::allowMethods(const ApiRequest& request, std::initializer_list<const char*> methods,
                              httplib::Response& response) const
{
    for (const char* method : methods) {
        if (request.method() == method
            || (request.method() == "HEAD" && std::string(method) == "GET")) {
            return true;
        }
    }
    Reply::error(response, 405,
                 "method " + request.method() + " not allowed on " + request.rawPath());
    return false;
}

void ApiService::handle(const ApiRequest& request, httplib::Response& response)
{
    const auto& s = request.segments();
    if (s.size() == 1 && s[0] == "who") {
        who(request, response);
        return;
    }
    if (s.size() < 2 || s[0] != "v1") {
        Reply::error(response, 404, "not found: " + request.rawPath());
        return;
    }
    const std::vector<std::string> tail(s.begin() + 1, s.end());
    const std::string& head = tail[0];
    if (tail.size() == 1 && head == "who") {
        who(request, response);
    } else if (tail.size() == 2 && head == "user" && tail[1] == "orgs") {
        userOrgs(request, response);
    } else if (tail.size() == 2 && head == "orgs") {
        orgInfo(request, tail[1], response);
    } else if (tail.size() == 3 && head == "orgs" && tail[2] == "url") {
        orgUrls(request, tail[1], response);
    } else if (tail.size() == 2 && head == "sensors") {
        listSensors(request, tail[1], response);
    } else if (tail.size() == 2 && head == "online") {
        online(request, tail[1], response);
    } else if (tail.size() == 2 && head == "tags") {
        orgTags(request, tail[1], response);
    } else if (tail.size() == 3 && head == "tags") {
        sensorsWithTag(request, tail[1], tail[2], response);
    } else if (tail.size() == 2 && head == "hostnames") {
        hostnames(request, tail[1], response);
    } else if (tail.size() == 2 && head == "outputs") {
        outputs(request, tail[1], response);
    } else if (RuleApi::handles(tail)) {
        rules(request, tail, response);
    } else if (tail.size() <= 2 && Codec::isUuid(head)) {
        sensor(request, head, tail.size() == 2 ? tail[1] : std::string(), response);
    } else {
        Reply::error(response, 404, "not found: " + request.rawPath());
    }
}

std::optional<TokenClaims> ApiService::authenticate(const ApiRequest& request,
                                                    httplib::Response& response)
{
    const std::string header = request.header("Authorization");
    const std::size_t space = header.find_first_of(" \t");
    const std::string scheme = header.substr(0, space);
    std::string token = space == std::string::npos ? std::string() : header.substr(space + 1);
    token.erase(0, token.find_first_not_of(" \t"));
    if (header.empty()) {
        Reply::error(response, 401, "missing authorization header");
        return std::nullopt;
    }
    if (strcasecmp(scheme.c_str(), "bearer") != 0) {
        Reply::error(response, 401, "authorization scheme must be bearer");
        return std::nullopt;
    }
    if (token.empty()) {
        Reply::error(response, 401, "missing jwt");
        return std::nullopt;
    }
    std::string error;
    auto claims = m_issuer.verify(token, UtcTime::nowSec(), error);
    if (!claims) {
        Reply::error(response, 401, error);
        return std::nullopt;
    }
    if (m_faults.takeFail401(request.role())) {
        Reply::error(response, 401, "jwt rejected (fail_401 fault)");
        return std::nullopt;
    }
    return claims;
}

const Organization* ApiService::authorizeOrg(const TokenClaims& claims, const std::string& oid,
                                             const char* perm, httplib::Response& response) const
{
    if (!claims.coversOrg(oid)) {
        Reply::error(response, 403, "unauthorized: token is not valid for org " + oid);
        return nullptr;
    }
    if (!claims.hasPerm(perm)) {
        Reply::error(response, 403, std::string("unauthorized: missing permission ") + perm);
        return nullptr;
    }
    const Organization* org = m_directory.org(oid);
    if (org == nullptr) {
        Reply::error(response, 404, "org not found");
    }
    return org;
}

void ApiService::who(const ApiRequest& request, httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    nlohmann::ordered_json body = {{"ident", claims->ident}};
    if (claims->isUser()) {
        nlohmann::ordered_json userPerms = nlohmann::ordered_json::object();
        for (const Organization* org : m_directory.orgs()) {
            if (claims->coversOrg(org->oid)) {
                userPerms[org->oid] = claims->perms;
            }
        }
        body["user_perms"] = userPerms;
    } else {
        body["orgs"] = claims->oid == "-" ? nlohmann::ordered_json::array()
                                          : nlohmann::ordered_json::array({claims->oid});
        body["perms"] = claims->perms;
    }
    Reply::json(response, 200, body);
}

void ApiService::userOrgs(const ApiRequest& request, httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    if (!claims->isUser()) {
        Reply::error(response, 403, "unauthorized: listing orgs needs a user api key");
        return;
    }
    const FormFields& params = request.params();
    const std::string filter = lower(params.value("filter"));
    std::vector<const Organization*> orgs;
    for (const Organization* org : m_directory.orgs()) {
        if (filter.empty() || lower(org->name).find(filter) != std::string::npos
            || org->oid.find(filter) != std::string::npos) {
            orgs.push_back(org);
        }
    }
    const bool byOid = params.value("sort_by") == "oid";
    const bool descending = lower(params.value("sort_order")) == "desc";
    std::sort(orgs.begin(), orgs.end(),
              [byOid, descending](const Organization* a, const Organization* b) {
                  const std::string& left = byOid ? a->oid : lower(a->name);
                  const std::string& right = byOid ? b->oid : lower(b->name);
                  return descending ? right < left : left < right;
              });
    const auto offset = parseInteger(params.value("offset")).value_or(0);
    const auto limit = parseInteger(params.value("limit")).value_or(0);
    if (offset < 0 || limit < 0) {
        Reply::error(response, 400, "offset and limit must not be negative");
        return;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (std::size_t i = static_cast<std::size_t>(offset); i < orgs.size(); ++i) {
        if (limit > 0 && list.size() >= static_cast<std::size_t>(limit)) {
            break;
        }
        list.push_back({{"oid", orgs[i]->oid}, {"name", orgs[i]->name}});
    }
    Reply::json(response, 200, {{"orgs", list}, {"total", orgs.size()}});
}

void ApiService::orgInfo(const ApiRequest& request, const std::string& oid,
                         httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* org = authorizeOrg(*claims, oid, "org.get", response);
    if (org == nullptr) {
        return;
    }
    const std::size_t sensors = org->fleet->size();
    const std::size_t quota = std::max<std::size_t>(50, (sensors * 12 / 10 + 49) / 50 * 50);
    Reply::json(response, 200,
                {{"oid", org->oid},
                 {"name", org->name},
                 {"sensor_version", "4.33.0"},
                 {"latest_versions", {{"release", "4.33.0"}, {"stable", "4.32.5"}}},
                 {"n_outputs", 2},
                 {"n_installation_keys", org->iids.size()},
                 {"n_rules", 12},
                 {"sensor_quota", quota}});
}

void ApiService::orgUrls(const ApiRequest& request, const std::string& oid,
                         httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    if (m_directory.org(oid) == nullptr) {
        Reply::error(response, 404, "org not found");
        return;
    }
    const std::string prefix = oid.substr(0, 8);
    Reply::json(response, 200,
                {{"url",
                  {{"lc", prefix + ".lc.limacharlie.io"},
                   {"lc_wss", prefix + ".wss.limacharlie.io"},
                   {"edr", prefix + ".edr.limacharlie.io"},
                   {"logs", prefix + ".ingest.limacharlie.io"},
                   {"artifacts", prefix + ".ingest.limacharlie.io"},
                   {"replay", prefix + ".replay.limacharlie.io"},
                   {"live", prefix + ".live.limacharlie.io"},
                   {"hooks", prefix + ".hook.limacharlie.io"},
                   {"search", prefix + ".search.limacharlie.io"},
                   {"region_code", "us"}}},
                 {"certs", nlohmann::ordered_json::object()},
                 {"site_name", "us"}});
}

std::string ApiService::pageToken(std::size_t index)
{
    return Codec::base64Url(kTokenPrefix + std::to_string(index));
}

std::optional<std::size_t> ApiService::parsePageToken(const std::string& token)
{
    const auto decoded = Codec::fromBase64Url(token);
    const std::size_t prefixLength = sizeof kTokenPrefix - 1;
    if (!decoded || decoded->compare(0, prefixLength, kTokenPrefix) != 0) {
        return std::nullopt;
    }
    const auto index = parseInteger(decoded->substr(prefixLength));
    if (!index || *index < 0) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(*index);
}

void ApiService::listSensors(const ApiRequest& request, const std::string& oid,
                             httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* org = authorizeOrg(*claims, oid, "sensor.list", response);
    if (org == nullptr) {
        return;
    }
    const FormFields& params = request.params();
    const std::string incomingToken = params.value("continuation_token");
    std::size_t start = 0;
    if (!incomingToken.empty()) {
        const auto index = parsePageToken(incomingToken);
        if (!index) {
            Reply::error(response, 400, "invalid continuation_token");
            return;
        }
        start = *index;
    }
    std::size_t limit = m_pageSize;
    const std::string limitText = params.value("limit");
    if (!limitText.empty()) {
        const auto value = parseInteger(limitText);
        if (!value || *value < 0) {
            Reply::error(response, 400, "limit must be a non-negative integer");
            return;
        }
        // Go sends limit=0 when the caller set none: zero means the default page size.
        if (*value > 0) {
            limit = static_cast<std::size_t>(*value);
        }
    }
    SensorFilter filter;
    filter.hostnamePrefix = params.value("with_hostname_prefix");
    filter.ip = params.value("with_ip");
    const auto onlineOnly = FormFields::parseBool(params.value("is_online_only"));
    const auto compressed = FormFields::parseBool(params.value("is_compressed"));
    if (!onlineOnly || !compressed) {
        Reply::error(response, 400, "is_online_only and is_compressed must be true or false");
        return;
    }
    filter.onlineOnly = *onlineOnly;
    std::unique_ptr<SensorSelector> selector;
    const std::string selectorText = params.value("selector");
    if (!selectorText.empty()) {
        std::string error;
        selector = SensorSelector::parse(selectorText, error);
        if (!selector) {
            Reply::error(response, 400, "invalid selector: " + error);
            return;
        }
        filter.selector = selector.get();
    }

    const SensorPage page = org->fleet->page(start, limit, filter);
    std::string body;
    body.reserve(page.sensorsJson.size() + 128);
    body.append("{\"sensors\":");
    if (*compressed) {
        JsonText::appendString(body, Codec::base64(Codec::gzip(page.sensorsJson)));
    } else {
        body.append(page.sensorsJson);
    }
    if (page.hasMore) {
        body.append(",\"continuation_token\":").append(JsonText::quoted(pageToken(page.nextIndex)));
    } else {
        switch (m_lastPageToken) {
        case LastPageToken::Absent:
            break;
        case LastPageToken::Null:
            body.append(",\"continuation_token\":null");
            break;
        case LastPageToken::Empty:
            body.append(",\"continuation_token\":\"\"");
            break;
        case LastPageToken::Repeat:
            // A single-page answer had no incoming token; pointing back at the start is the
            // same trap: a client that trusts the token loops forever.
            body.append(",\"continuation_token\":")
                    .append(JsonText::quoted(incomingToken.empty() ? pageToken(0) : incomingToken));
            break;
        }
    }
    body.push_back('}');
    Reply::rawJson(response, 200, std::move(body));
}

void ApiService::online(const ApiRequest& request, const std::string& oid,
                        httplib::Response& response)
{
    if (!allowMethods(request, {"GET", "POST"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const bool batch = request.method() == "POST";
    const Organization* org =
            authorizeOrg(*claims, oid, batch ? "sensor.get" : "sensor.list", response);
    if (org == nullptr) {
        return;
    }
    if (!batch) {
        Reply::json(response, 200, {{"count", org->fleet->onlineCount()}});
        return;
    }
    // Written directly: an ordered JSON object looks each key up linearly, which made a
    // 500-sid query cost more than the whole sensor page.
    std::string body = "{";
    std::unordered_set<std::string> seen;
    for (const std::string& value : request.params().all("sids")) {
        for (const std::string& sid : splitCommas(value)) {
            if (!seen.insert(sid).second) {
                continue;
            }
            if (body.size() > 1) {
                body += ',';
            }
            // Only the per-sensor GET is an online check that moves a schedule on: the batch
            // call is how a list is decorated, and reports where each schedule stands.
            JsonText::appendString(body, sid);
            body += org->fleet->isOnline(sid).value_or(false) ? ":true" : ":false";
        }
    }
    body += '}';
    Reply::rawJson(response, 200, std::move(body));
}

void ApiService::orgTags(const ApiRequest& request, const std::string& oid,
                         httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* org = authorizeOrg(*claims, oid, "sensor.list", response);
    if (org != nullptr) {
        Reply::json(response, 200, {{"tags", org->fleet->allTags()}});
    }
}

void ApiService::sensorsWithTag(const ApiRequest& request, const std::string& oid,
                                const std::string& tag, httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* org = authorizeOrg(*claims, oid, "sensor.list", response);
    if (org != nullptr) {
        Reply::json(response, 200, org->fleet->sensorsWithTag(tag));
    }
}

void ApiService::hostnames(const ApiRequest& request, const std::string& oid,
                           httplib::Response& response)
{
    if (!allowMethods(request, {"GET"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* org = authorizeOrg(*claims, oid, "sensor.list", response);
    if (org == nullptr) {
        return;
    }
    const std::string prefix = request.params().value("hostname");
    if (prefix.empty()) {
        Reply::error(response, 400, "missing hostname");
        return;
    }
    const bool asDict = FormFields::parseBool(request.params().value("as_dict")).value_or(false);
    nlohmann::ordered_json matches =
            asDict ? nlohmann::ordered_json::object() : nlohmann::ordered_json::array();
    for (const auto& [sid, hostname] : org->fleet->hostnames(prefix)) {
        if (asDict) {
            matches[sid] = hostname;
        } else {
            matches.push_back(nlohmann::ordered_json::array({sid, hostname}));
        }
    }
    Reply::json(response, 200, {{"sid", matches}});
}

void ApiService::sensor(const ApiRequest& request, const std::string& sid,
                        const std::string& action, httplib::Response& response)
{
    if (!action.empty() && action != "tags" && action != "isolation" && action != "seal") {
        Reply::error(response, 404, "not found: " + request.rawPath());
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const Organization* owner = m_directory.orgOfSensor(sid);
    if (owner == nullptr) {
        Reply::error(response, 404, "sensor not found");
        return;
    }
    Fleet& fleet = *owner->fleet;
    const std::string& method = request.method();

    if (action == "tags") {
        sensorTags(request, *owner, sid, *claims, response);
        return;
    }
    if (action == "isolation" || action == "seal") {
        if (!allowMethods(request, {"POST", "DELETE"}, response)
            || authorizeOrg(*claims, owner->oid, "sensor.task", response) == nullptr) {
            return;
        }
        const bool enable = method == "POST";
        if (action == "isolation") {
            fleet.setIsolation(sid, enable);
            m_hub.audit(owner->oid, enable ? "isolate_network" : "rejoin_network",
                        enable ? "network isolation requested" : "network isolation lifted",
                        claims->ident, {{"sid", sid}}, nlohmann::ordered_json::object(), sid);
        } else {
            fleet.setSeal(sid, enable);
            m_hub.audit(owner->oid, enable ? "seal" : "unseal",
                        enable ? "sensor sealing requested" : "sensor sealing lifted",
                        claims->ident, {{"sid", sid}}, nlohmann::ordered_json::object(), sid);
        }
        Reply::json(response, 200, nlohmann::ordered_json::object());
        return;
    }
    if (method == "GET" || method == "HEAD") {
        if (authorizeOrg(*claims, owner->oid, "sensor.get", response) != nullptr) {
            fleet.checkOnline(sid);
            Reply::rawJson(response, 200, fleet.infoJson(sid).value_or("{}"));
        }
        return;
    }
    if (method != "POST") {
        Reply::error(response, 405, "method " + method + " not allowed on " + request.rawPath());
        return;
    }
    if (authorizeOrg(*claims, owner->oid, "sensor.task", response) == nullptr) {
        return;
    }
    const std::vector<std::string> tasks = nonEmpty(request.params().all("tasks"));
    if (tasks.empty()) {
        Reply::error(response, 400, "missing tasks");
        return;
    }
    const std::string investigationId = request.params().value("investigation_id");
    switch (fleet.task(sid, tasks, investigationId)) {
    case Fleet::Outcome::Done:
        m_hub.taskAccepted(*owner, sid, tasks, investigationId, claims->ident);
        Reply::json(response, 200, nlohmann::ordered_json::object());
        break;
    case Fleet::Outcome::Offline:
        Reply::error(response, 400, "host not connected");
        break;
    case Fleet::Outcome::NotFound:
        Reply::error(response, 404, "sensor not found");
        break;
    }
}

void ApiService::sensorTags(const ApiRequest& request, const Organization& org,
                            const std::string& sid, const TokenClaims& claims,
                            httplib::Response& response)
{
    if (!allowMethods(request, {"GET", "POST", "DELETE"}, response)) {
        return;
    }
    const std::string& method = request.method();
    const bool reading = method == "GET" || method == "HEAD";
    if (authorizeOrg(claims, org.oid, reading ? "sensor.get" : "sensor.tag", response) == nullptr) {
        return;
    }
    Fleet& fleet = *org.fleet;
    const FormFields& params = request.params();
    if (reading) {
        Reply::json(response, 200, fleet.tagsJson(sid).value_or(nlohmann::ordered_json::object()));
        return;
    }
    if (method == "POST") {
        // Adding takes each `tags` value literally: lists arrive as repeated keys.
        std::vector<std::string> tags = nonEmpty(params.all("tags"));
        for (const std::string& tag : nonEmpty(params.all("tag"))) {
            tags.push_back(tag);
        }
        if (tags.empty()) {
            Reply::error(response, 400, "missing tags");
            return;
        }
        std::int64_t ttl = 0;
        const std::string ttlText = params.value("ttl");
        if (!ttlText.empty()) {
            const auto value = parseInteger(ttlText);
            if (!value) {
                Reply::error(response, 400, "ttl must be an integer number of seconds");
                return;
            }
            ttl = *value;
        }
        fleet.addTags(sid, tags, claims.ident, ttl);
        for (const std::string& tag : tags) {
            m_hub.audit(org.oid, "tag_added", "tag added to sensor", claims.ident, {{"sid", sid}},
                        {{"tag", tag}, {"ttl", ttl}}, sid);
        }
        Reply::json(response, 200, nlohmann::ordered_json::object());
        return;
    }
    // Removing: `tag` is one literal tag (it may contain a comma); `tags` is a comma-joined list.
    std::vector<std::string> tags = nonEmpty(params.all("tag"));
    for (const std::string& value : params.all("tags")) {
        for (const std::string& tag : splitCommas(value)) {
            tags.push_back(tag);
        }
    }
    if (tags.empty()) {
        Reply::error(response, 400, "missing tag or tags");
        return;
    }
    fleet.removeTags(sid, tags);
    for (const std::string& tag : tags) {
        m_hub.audit(org.oid, "tag_removed", "tag removed from sensor", claims.ident, {{"sid", sid}},
                    {{"tag", tag}}, sid);
    }
    Reply::json(response, 200, nlohmann::ordered_json::object());
}

void ApiService::outputs(const ApiRequest& request, const std::string& oid,
                         httplib::Response& response)
{
    if (!allowMethods(request, {"GET", "POST", "DELETE"}, response)) {
        return;
    }
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const std::string& method = request.method();
    const char* perm = method == "POST"     ? "output.set"
                       : method == "DELETE" ? "output.del"
                                            : "output.list";
    const Organization* org = authorizeOrg(*claims, oid, perm, response);
    if (org == nullptr) {
        return;
    }
    const FormFields& params = request.params();
    if (method == "GET" || method == "HEAD") {
        // The oid key is there even without outputs: the GO SDK reads "not found" otherwise.
        nlohmann::ordered_json byName = nlohmann::ordered_json::object();
        for (const OutputConfig& output : m_outputs.list(org->oid)) {
            byName[output.name] = output.toJson();
        }
        nlohmann::ordered_json body = nlohmann::ordered_json::object();
        body[org->oid] = byName;
        Reply::json(response, 200, body);
        return;
    }
    const std::string name = params.value("name");
    if (name.empty()) {
        Reply::error(response, 400, "missing name");
        return;
    }
    if (method == "DELETE") {
        if (!m_outputs.remove(org->oid, name)) {
            Reply::error(response, 404, "output " + name + " not found");
            return;
        }
        m_hub.audit(org->oid, "output_del", "output deleted", claims->ident, {{"name", name}},
                    nlohmann::ordered_json::object());
        Reply::json(response, 200, nlohmann::ordered_json::object());
        return;
    }
    OutputConfig output;
    output.oid = org->oid;
    output.name = name;
    output.module = params.value("module");
    output.type = params.has("type") ? params.value("type") : params.value("for");
    for (const auto& [key, value] : params.items()) {
        const bool known =
                key == "name" || key == "module" || key == "type" || key == "for" || key.empty();
        const bool repeated = std::any_of(output.params.begin(), output.params.end(),
                                          [&key](const auto& item) { return item.first == key; });
        if (!known && !repeated) {
            output.params.emplace_back(key, value);
        }
    }
    std::string error;
    const auto stored = m_outputs.add(std::move(output), error);
    if (!stored) {
        Reply::error(response, 400, error);
        return;
    }
    m_hub.audit(org->oid, "output_set", "output set", claims->ident,
                {{"name", stored->name}, {"module", stored->module}}, {{"for", stored->type}});
    Reply::json(response, 200, stored->toJson());
}

void ApiService::rules(const ApiRequest& request, const std::vector<std::string>& path,
                       httplib::Response& response)
{
    const auto claims = authenticate(request, response);
    if (!claims) {
        return;
    }
    const auto authorize = [this, &claims](const std::string& oid, const std::string& perm,
                                           httplib::Response& refusal) {
        return authorizeOrg(*claims, oid, perm.c_str(), refusal);
    };
    m_rules.handle(request, path, *claims, authorize, response);
}
