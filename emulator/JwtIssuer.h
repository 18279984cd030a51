// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct TokenClaims
{
    // The org the token is for; "-" for a token without org permissions; empty for a user
    // token covering all of the user's orgs (SEED-era user keys send no oid).
    std::string oid;
    std::vector<std::string> orgs; // only for the all-orgs user token
    std::string uid;
    std::string ident;
    std::vector<std::string> perms;
    std::int64_t iat = 0;
    std::int64_t exp = 0;
    std::string jti;

    bool isUser() const { return !uid.empty(); }
    bool coversOrg(const std::string& org) const;
    bool hasPerm(const std::string& perm) const;
};

// Mints and checks HS256 JWTs. The signing secret is random per process, so tokens from an
// earlier run are rejected with 401 and clients exercise their refresh path.
class JwtIssuer
{
public:
    JwtIssuer();

    std::string mint(const TokenClaims& claims) const;
    // Returns the claims, or fills `error` with the reason the token is refused.
    std::optional<TokenClaims> verify(const std::string& token, std::int64_t nowSec,
                                      std::string& error) const;

private:
    std::string m_secret;
};
