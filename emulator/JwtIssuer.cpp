// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtIssuer.h"

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

#include <algorithm>

#include "Codec.h"

bool TokenClaims::coversOrg(const std::string& org) const
{
    if (oid == "-") {
        return false;
    }
    if (!oid.empty()) {
        return oid == org;
    }
    return std::find(orgs.begin(), orgs.end(), org) != orgs.end();
}

bool TokenClaims::hasPerm(const std::string& perm) const
{
    return std::find(perms.begin(), perms.end(), perm) != perms.end();
}

JwtIssuer::JwtIssuer()
    : m_secret(Codec::randomBytes(32))
{}

std::string JwtIssuer::mint(const TokenClaims& claims) const
{
    const nlohmann::ordered_json header = {{"alg", "HS256"}, {"typ", "JWT"}};
    nlohmann::ordered_json payload = nlohmann::ordered_json::object();
    if (!claims.oid.empty()) {
        payload["oid"] = claims.oid;
    } else {
        payload["orgs"] = claims.orgs;
    }
    if (!claims.uid.empty()) {
        payload["uid"] = claims.uid;
    }
    payload["ident"] = claims.ident;
    payload["perms"] = claims.perms;
    payload["exp"] = claims.exp;
    payload["iat"] = claims.iat;
    payload["jti"] = claims.jti;
    const std::string signingInput =
            Codec::base64Url(header.dump()) + "." + Codec::base64Url(payload.dump());
    return signingInput + "." + Codec::base64Url(Codec::hmacSha256(m_secret, signingInput));
}

std::optional<TokenClaims> JwtIssuer::verify(const std::string& token, std::int64_t nowSec,
                                             std::string& error) const
{
    const std::size_t firstDot = token.find('.');
    const std::size_t secondDot =
            firstDot == std::string::npos ? std::string::npos : token.find('.', firstDot + 1);
    if (secondDot == std::string::npos || token.find('.', secondDot + 1) != std::string::npos) {
        error = "invalid jwt: not a JWT";
        return std::nullopt;
    }
    const std::string signingInput = token.substr(0, secondDot);
    const auto signature = Codec::fromBase64Url(token.substr(secondDot + 1));
    const std::string expected = Codec::hmacSha256(m_secret, signingInput);
    if (!signature || signature->size() != expected.size()
        || CRYPTO_memcmp(signature->data(), expected.data(), expected.size()) != 0) {
        error = "invalid jwt: unknown signature";
        return std::nullopt;
    }
    const auto payloadText =
            Codec::fromBase64Url(token.substr(firstDot + 1, secondDot - firstDot - 1));
    const auto payload = nlohmann::json::parse(payloadText.value_or(std::string()), nullptr, false);
    if (!payload.is_object()) {
        error = "invalid jwt: bad payload";
        return std::nullopt;
    }
    // Explicit lookups instead of json::value(): the signature already vouches for the types.
    const auto text = [&payload](const char* key) {
        const auto it = payload.find(key);
        return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const auto list = [&payload](const char* key) {
        std::vector<std::string> values;
        const auto it = payload.find(key);
        if (it != payload.end() && it->is_array()) {
            for (const auto& item : *it) {
                if (item.is_string()) {
                    values.push_back(item.get<std::string>());
                }
            }
        }
        return values;
    };
    const auto number = [&payload](const char* key) {
        const auto it = payload.find(key);
        return it != payload.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
    };
    TokenClaims claims;
    claims.oid = text("oid");
    claims.orgs = list("orgs");
    claims.uid = text("uid");
    claims.ident = text("ident");
    claims.perms = list("perms");
    claims.exp = number("exp");
    claims.iat = number("iat");
    claims.jti = text("jti");
    if (claims.exp <= nowSec) {
        error = "jwt expired";
        return std::nullopt;
    }
    return claims;
}
