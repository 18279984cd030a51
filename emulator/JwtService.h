// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include "ApiRequest.h"

class AccountDirectory;
class FaultInjector;
class JwtIssuer;

// The token endpoint (jwt.limacharlie.io): API key + oid (+ uid) in, {"jwt": ...} out.
class JwtService
{
public:
    JwtService(const AccountDirectory& directory, const JwtIssuer& issuer,
               const FaultInjector& faults);

    void handle(const ApiRequest& request, httplib::Response& response) const;

private:
    const AccountDirectory& m_directory;
    const JwtIssuer& m_issuer;
    const FaultInjector& m_faults;
};
