// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleApi.h"

#include <cerrno>
#include <cstdlib>

#include "AccountDirectory.h"
#include "Codec.h"
#include "Reply.h"
#include "RuleStore.h"
#include "StreamHub.h"

namespace {

const char kNotFound[] = "RECORD_NOT_FOUND";
// Rule bodies are small; a gzdata field that inflates beyond this is refused.
constexpr std::size_t kMaxInflated = 64U * 1024U * 1024U;

// Expiry is kept in unix milliseconds. Python sends seconds, GO milliseconds; values below
// 10^12 are seconds (the year 33658 in seconds, 2001 in milliseconds).
std::optional<std::int64_t> parseExpireOn(const std::string& text, std::string& error)
{
    if (text.empty()) {
        return std::int64_t{0};
    }
    errno = 0;
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || end == nullptr || *end != '\0' || value < 0) {
        error = "expire_on must be a unix time in seconds or milliseconds";
        return std::nullopt;
    }
    return value < 1000000000000LL ? value * 1000 : value;
}

// A JSON value sent as a string inside a form field.
std::optional<nlohmann::ordered_json> parseJsonField(const std::string& text, const char* field,
                                                     httplib::Response& response)
{
    auto value = nlohmann::ordered_json::parse(text, nullptr, false);
    if (value.is_discarded()) {
        Reply::error(response, 400, std::string("invalid ") + field + ": not JSON");
        return std::nullopt;
    }
    return value;
}

std::optional<bool> formBool(const FormFields& params, const char* field, bool absent,
                             httplib::Response& response)
{
    const std::string text = params.value(field);
    if (text.empty()) {
        return absent;
    }
    const auto value = FormFields::parseBool(text);
    if (!value) {
        Reply::error(response, 400, std::string(field) + " must be true or false");
    }
    return value;
}

nlohmann::ordered_json hiveAnswer(RuleHive hive, const std::string& oid, const std::string& name,
                                  const std::string& guid)
{
    return {{"guid", guid},
            {"hive", {{"name", ruleHiveName(hive)}, {"partition", oid}}},
            {"name", name}};
}

} // namespace

RuleApi::RuleApi(RuleStore& store, StreamHub& hub)
    : m_store(store)
    , m_hub(hub)
{}

bool RuleApi::handles(const std::vector<std::string>& path)
{
    if (path.empty()) {
        return false;
    }
    return path[0] == "hive" || ((path[0] == "rules" || path[0] == "fp") && path.size() == 2);
}

const char* RuleApi::permission(RuleHive hive, Access access)
{
    switch (hive) {
    case RuleHive::General:
        return access == Access::List ? "dr.list" : access == Access::Set ? "dr.set" : "dr.del";
    case RuleHive::Managed:
        return access == Access::List  ? "dr.list.managed"
               : access == Access::Set ? "dr.set.managed"
                                       : "dr.del.managed";
    case RuleHive::Service:
        return "dr.list.replicant";
    case RuleHive::Fp:
        return "fp.ctrl";
    }
    return "fp.ctrl";
}

const Organization* RuleApi::allow(RuleHive hive, Access access, const std::string& oid,
                                   const TokenClaims& claims, const Authorize& authorize,
                                   httplib::Response& response) const
{
    if (hive == RuleHive::Service && access != Access::List) {
        // Services own these rules; no permission lets a user change them.
        if (!claims.coversOrg(oid)) {
            Reply::error(response, 403, "unauthorized: token is not valid for org " + oid);
        } else {
            Reply::error(response, 403,
                         "unauthorized: rules in dr-service are owned by services and cannot be "
                         "changed");
        }
        return nullptr;
    }
    return authorize(oid, permission(hive, access), response);
}

void RuleApi::handle(const ApiRequest& request, const std::vector<std::string>& path,
                     const TokenClaims& claims, const Authorize& authorize,
                     httplib::Response& response)
{
    if (path[0] == "hive") {
        if (m_store.hivesOff()) {
            Reply::error(response, 404, "not found: " + request.rawPath());
            return;
        }
        hive(request, path, claims, authorize, response);
    } else if (path[0] == "rules") {
        legacyRules(request, path[1], claims, authorize, response);
    } else {
        legacyFp(request, path[1], claims, authorize, response);
    }
}

void RuleApi::hive(const ApiRequest& request, const std::vector<std::string>& path,
                   const TokenClaims& claims, const Authorize& authorize,
                   httplib::Response& response)
{
    // hive/<hive>/<oid>, hive/<hive>/<oid>/<key>, hive/<hive>/<oid>/<key>/(data|mtd)
    if (path.size() < 3 || path.size() > 5
        || (path.size() == 5 && path[4] != "data" && path[4] != "mtd")) {
        Reply::error(response, 404, "not found: " + request.rawPath());
        return;
    }
    const auto hive = ruleHiveFromName(path[1]);
    if (!hive) {
        Reply::error(response, 404, "unknown hive " + path[1]);
        return;
    }
    const std::string& oid = path[2];
    const std::string& method = request.method();
    const bool reading = method == "GET" || method == "HEAD";

    if (path.size() == 3) {
        if (!reading) {
            Reply::error(response, 405,
                         "method " + method + " not allowed on " + request.rawPath());
            return;
        }
        if (allow(*hive, Access::List, oid, claims, authorize, response) == nullptr) {
            return;
        }
        nlohmann::ordered_json body = nlohmann::ordered_json::object();
        for (const auto& [name, record] : m_store.list(oid, *hive)) {
            body[name] = record.toHiveJson(true);
        }
        Reply::json(response, 200, body);
        return;
    }

    const std::string& name = path[3];
    if (name.empty()) {
        Reply::error(response, 400, "missing record name");
        return;
    }
    if (path.size() == 4) {
        if (method != "DELETE") {
            Reply::error(response, 405,
                         "method " + method + " not allowed on " + request.rawPath());
            return;
        }
        const Organization* org = allow(*hive, Access::Delete, oid, claims, authorize, response);
        if (org != nullptr) {
            answerDelete(m_store.remove(oid, *hive, name), *hive, *org, name, claims,
                         {{"success", true}}, response);
        }
        return;
    }

    const bool metadataOnly = path[4] == "mtd";
    if (reading) {
        if (allow(*hive, Access::List, oid, claims, authorize, response) == nullptr) {
            return;
        }
        const auto record = m_store.read(oid, *hive, name);
        if (!record) {
            Reply::error(response, 404, kNotFound);
            return;
        }
        Reply::json(response, 200, record->toHiveJson(!metadataOnly));
        return;
    }
    if (method != "POST") {
        Reply::error(response, 405, "method " + method + " not allowed on " + request.rawPath());
        return;
    }
    const Organization* org = allow(*hive, Access::Set, oid, claims, authorize, response);
    if (org != nullptr) {
        setRecord(request, *hive, *org, name, metadataOnly, claims, response);
    }
}

void RuleApi::setRecord(const ApiRequest& request, RuleHive hive, const Organization& org,
                        const std::string& name, bool metadataOnly, const TokenClaims& claims,
                        httplib::Response& response)
{
    const FormFields& params = request.params();
    RuleWrite change;
    change.hive = hive;
    change.name = name;
    change.etag = params.value("etag");
    change.author = claims.ident;

    // V1-LAST sends data=null with a metadata-only write: data is ignored there.
    if (!metadataOnly) {
        std::string text;
        if (params.has("gzdata")) {
            const auto packed = Codec::fromBase64(params.value("gzdata"));
            const auto inflated =
                    packed ? Codec::gunzip(*packed, kMaxInflated) : std::optional<std::string>();
            if (!inflated) {
                Reply::error(response, 400, "invalid gzdata: expected base64 of gzip JSON");
                return;
            }
            text = *inflated;
        } else if (params.has("data")) {
            text = params.value("data");
        } else {
            Reply::error(response, 400, "missing data (or gzdata)");
            return;
        }
        auto data = parseJsonField(text, "data", response);
        if (!data) {
            return;
        }
        std::string error;
        if (!RuleRecord::checkData(hive, *data, error)) {
            Reply::error(response, 400, "invalid data: " + error);
            return;
        }
        change.data = std::move(*data);
    }
    const std::string usrText = params.value("usr_mtd");
    if (!usrText.empty()) {
        const auto usrJson = parseJsonField(usrText, "usr_mtd", response);
        if (!usrJson) {
            return;
        }
        std::string error;
        change.usr = UserMetadata::fromJson(*usrJson, error);
        if (!change.usr) {
            Reply::error(response, 400, "invalid usr_mtd: " + error);
            return;
        }
    } else if (metadataOnly) {
        Reply::error(response, 400, "missing usr_mtd");
        return;
    }
    answerWrite(m_store.write(org.oid, change), hive, org, name, claims, response);
}

void RuleApi::answerWrite(const RuleWriteResult& result, RuleHive hive, const Organization& org,
                          const std::string& name, const TokenClaims& claims,
                          httplib::Response& response)
{
    switch (result.outcome) {
    case RuleWriteOutcome::Written:
        m_hub.audit(org.oid, "hive_set", "hive record set", claims.ident,
                    {{"hive", ruleHiveName(hive)}, {"name", name}},
                    nlohmann::ordered_json::object());
        Reply::json(response, 200, hiveAnswer(hive, org.oid, name, result.guid));
        break;
    case RuleWriteOutcome::NotFound:
        Reply::error(response, 404, kNotFound);
        break;
    case RuleWriteOutcome::EtagMismatch:
        Reply::error(response, 409, "ETAG_MISMATCH");
        break;
    case RuleWriteOutcome::AlreadyExists:
        Reply::error(response, 409, "RECORD_ALREADY_EXISTS");
        break;
    case RuleWriteOutcome::InjectedFailure:
        Reply::error(response, 500, "internal");
        break;
    }
}

void RuleApi::answerDelete(bool removed, RuleHive hive, const Organization& org,
                           const std::string& name, const TokenClaims& claims,
                           const nlohmann::ordered_json& success, httplib::Response& response)
{
    if (!removed) {
        Reply::error(response, 404, kNotFound);
        return;
    }
    m_hub.audit(org.oid, "hive_del", "hive record deleted", claims.ident,
                {{"hive", ruleHiveName(hive)}, {"name", name}}, nlohmann::ordered_json::object());
    Reply::json(response, 200, success);
}

void RuleApi::legacyRules(const ApiRequest& request, const std::string& oid,
                          const TokenClaims& claims, const Authorize& authorize,
                          httplib::Response& response)
{
    const std::string& method = request.method();
    const bool reading = method == "GET" || method == "HEAD";
    if (!reading && method != "POST" && method != "DELETE") {
        Reply::error(response, 405, "method " + method + " not allowed on " + request.rawPath());
        return;
    }
    const FormFields& params = request.params();
    const std::string asked = params.value("namespace");
    const std::string spelled = asked.empty() ? std::string("general") : asked;
    const auto hive = ruleNamespaceFromName(spelled);
    if (!hive) {
        Reply::error(response, 400,
                     "unknown namespace '" + asked + "' (general, managed, service, replicant)");
        return;
    }
    const Access access = reading ? Access::List : method == "POST" ? Access::Set : Access::Delete;
    const Organization* org = allow(*hive, access, oid, claims, authorize, response);
    if (org == nullptr) {
        return;
    }

    if (reading) {
        // Read back as detect/respond (written as detection/response), with the namespace as
        // asked for: SEED's Sync compares it and deletes in it.
        nlohmann::ordered_json body = nlohmann::ordered_json::object();
        for (const auto& [name, record] : m_store.list(oid, *hive)) {
            nlohmann::ordered_json rule = {{"name", name}, {"namespace", spelled}};
            if (record.isHalfWritten()) {
                rule["detect"] = nullptr;
                rule["respond"] = nullptr;
            } else {
                rule["detect"] = record.data.at("detect");
                rule["respond"] = record.data.contains("respond") ? record.data.at("respond")
                                                                  : nlohmann::ordered_json::array();
            }
            rule["is_enabled"] = record.usr.enabled;
            if (record.usr.expiry != 0) {
                rule["expire_on"] = record.usr.expiry;
            }
            body[name] = std::move(rule);
        }
        Reply::json(response, 200, body);
        return;
    }

    const std::string name = params.value("name");
    if (name.empty()) {
        Reply::error(response, 400, "missing name");
        return;
    }
    if (method == "DELETE") {
        answerDelete(m_store.remove(oid, *hive, name), *hive, *org, name, claims,
                     nlohmann::ordered_json::object(), response);
        return;
    }

    const auto replace = formBool(params, "is_replace", false, response);
    const auto enabled = replace ? formBool(params, "is_enabled", true, response) : std::nullopt;
    if (!replace || !enabled) {
        return;
    }
    if (params.value("detection").empty()) {
        Reply::error(response, 400, "missing detection");
        return;
    }
    auto detect = parseJsonField(params.value("detection"), "detection", response);
    if (!detect) {
        return;
    }
    nlohmann::ordered_json respond = nlohmann::ordered_json::array();
    if (!params.value("response").empty()) {
        auto sent = parseJsonField(params.value("response"), "response", response);
        if (!sent) {
            return;
        }
        respond = std::move(*sent);
    }
    std::string error;
    const auto expiry = parseExpireOn(params.value("expire_on"), error);
    if (!expiry) {
        Reply::error(response, 400, error);
        return;
    }
    nlohmann::ordered_json data = {{"detect", std::move(*detect)}, {"respond", std::move(respond)}};
    if (!RuleRecord::checkData(*hive, data, error)) {
        Reply::error(response, 400, "invalid rule: " + error);
        return;
    }
    RuleWrite change;
    change.hive = *hive;
    change.name = name;
    change.data = std::move(data);
    change.enabled = *enabled;
    change.expiry = *expiry;
    change.createOnly = !*replace;
    change.author = claims.ident;
    answerWrite(m_store.write(oid, change), *hive, *org, name, claims, response);
}

void RuleApi::legacyFp(const ApiRequest& request, const std::string& oid, const TokenClaims& claims,
                       const Authorize& authorize, httplib::Response& response)
{
    const std::string& method = request.method();
    const bool reading = method == "GET" || method == "HEAD";
    if (!reading && method != "POST" && method != "DELETE") {
        Reply::error(response, 405, "method " + method + " not allowed on " + request.rawPath());
        return;
    }
    const Access access = reading ? Access::List : method == "POST" ? Access::Set : Access::Delete;
    const Organization* org = allow(RuleHive::Fp, access, oid, claims, authorize, response);
    if (org == nullptr) {
        return;
    }
    const FormFields& params = request.params();
    if (reading) {
        nlohmann::ordered_json body = nlohmann::ordered_json::object();
        for (const auto& [name, record] : m_store.list(oid, RuleHive::Fp)) {
            nlohmann::ordered_json rule = {{"name", name}, {"data", record.data}};
            if (record.usr.expiry != 0) {
                rule["expire_on"] = record.usr.expiry;
            }
            body[name] = std::move(rule);
        }
        Reply::json(response, 200, body);
        return;
    }

    const std::string name = params.value("name");
    if (name.empty()) {
        Reply::error(response, 400, "missing name");
        return;
    }
    if (method == "DELETE") {
        answerDelete(m_store.remove(oid, RuleHive::Fp, name), RuleHive::Fp, *org, name, claims,
                     nlohmann::ordered_json::object(), response);
        return;
    }
    const auto replace = formBool(params, "is_replace", false, response);
    if (!replace) {
        return;
    }
    if (params.value("rule").empty()) {
        Reply::error(response, 400, "missing rule");
        return;
    }
    auto rule = parseJsonField(params.value("rule"), "rule", response);
    if (!rule) {
        return;
    }
    std::string error;
    const auto expiry = parseExpireOn(params.value("expire_on"), error);
    if (!expiry) {
        Reply::error(response, 400, error);
        return;
    }
    if (!RuleRecord::checkData(RuleHive::Fp, *rule, error)) {
        Reply::error(response, 400, "invalid rule: " + error);
        return;
    }
    RuleWrite change;
    change.hive = RuleHive::Fp;
    change.name = name;
    change.data = std::move(*rule);
    change.expiry = *expiry;
    change.createOnly = !*replace;
    change.author = claims.ident;
    answerWrite(m_store.write(oid, change), RuleHive::Fp, *org, name, claims, response);
}
