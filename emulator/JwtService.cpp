// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtService.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "AccountDirectory.h"
#include "Codec.h"
#include "FaultInjector.h"
#include "JwtIssuer.h"
#include "Reply.h"
#include "Rng.h"
#include "UtcTime.h"

namespace {

std::vector<std::string> restrictPerms(const std::vector<std::string>& granted,
                                       const std::string& requested)
{
    if (requested.empty()) {
        return granted;
    }
    std::vector<std::string> kept;
    std::size_t start = 0;
    while (start <= requested.size()) {
        std::size_t end = requested.find(',', start);
        if (end == std::string::npos) {
            end = requested.size();
        }
        const std::string perm = requested.substr(start, end - start);
        if (std::find(granted.begin(), granted.end(), perm) != granted.end()
            && std::find(kept.begin(), kept.end(), perm) == kept.end()) {
            kept.push_back(perm);
        }
        start = end + 1;
    }
    return kept;
}

} // namespace

JwtService::JwtService(const AccountDirectory& directory, const JwtIssuer& issuer,
                       const FaultInjector& faults)
    : m_directory(directory)
    , m_issuer(issuer)
    , m_faults(faults)
{}

void JwtService::handle(const ApiRequest& request, httplib::Response& response) const
{
    const auto& segments = request.segments();
    const bool knownPath = (segments.size() == 1 && (segments[0].empty() || segments[0] == "jwt"));
    if (!knownPath) {
        Reply::error(response, 404, "not found");
        return;
    }
    if (request.method() != "POST" && request.method() != "GET") {
        Reply::error(response, 405, "method not allowed");
        return;
    }
    const FormFields& params = request.params();
    const std::string secret = params.value("secret");
    if (secret.empty()) {
        if (params.has("fb_auth")) {
            Reply::error(response, 401, "oauth (fb_auth) login is not available here");
        } else {
            Reply::error(response, 400, "missing secret");
        }
        return;
    }
    const ApiKeyRecord* key = m_directory.findKey(secret);
    if (key == nullptr) {
        Reply::error(response, 401, "unknown api key");
        return;
    }
    if (key->revoked) {
        Reply::error(response, 401, "invalid api key");
        return;
    }

    const std::string oid = params.value("oid");
    TokenClaims claims;
    claims.ident = key->ident;
    if (key->kind == KeyKind::User) {
        // A user key is only valid together with its user id; a stale uid looks unknown.
        if (params.value("uid") != key->uid) {
            Reply::error(response, 401, "unknown api key");
            return;
        }
        claims.uid = key->uid;
        if (oid.empty()) {
            for (const Organization* org : m_directory.orgs()) {
                claims.orgs.push_back(org->oid);
            }
        } else if (oid != "-" && m_directory.org(oid) == nullptr) {
            Reply::error(response, 401, "unknown api key");
            return;
        }
        claims.oid = oid;
    } else {
        if (!oid.empty() && oid != "-" && oid != key->oid) {
            Reply::error(response, 401, "unknown api key");
            return;
        }
        claims.oid = oid.empty() ? key->oid : oid;
    }
    claims.perms = claims.oid == "-" ? std::vector<std::string>()
                                     : restrictPerms(key->perms, params.value("perms"));

    const std::int64_t now = UtcTime::nowSec();
    claims.iat = now;
    claims.exp = now + m_faults.settings().jwtLifetimeSec;
    const std::string expiry = params.value("expiry");
    if (!expiry.empty()) {
        char* end = nullptr;
        const long long value = std::strtoll(expiry.c_str(), &end, 10);
        if (end == nullptr || *end != '\0') {
            Reply::error(response, 400, "expiry must be an integer number of seconds");
            return;
        }
        // Go sends a duration, the Python v2 SDK an absolute time; 1e9 separates the two.
        claims.exp = value < 1000000000LL ? now + value : value;
    }
    const std::string entropy = Codec::randomBytes(sizeof(std::uint64_t));
    std::uint64_t seed = 0;
    std::memcpy(&seed, entropy.data(), sizeof seed);
    claims.jti = Rng(seed).uuid4();
    Reply::json(response, 200, nlohmann::ordered_json{{"jwt", m_issuer.mint(claims)}});
}
