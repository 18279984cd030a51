// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestClient.h"

#include "EmulatorProcess.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"

namespace lctest {

void TestClient::configure(lc::ApiClient& client, const EmulatorProcess& emulator,
                           const QString& keyRole)
{
    lc::Endpoints endpoints;
    endpoints.api = emulator.api();
    endpoints.jwt = emulator.jwt();
    endpoints.stream = emulator.stream();
    client.setEndpoints(endpoints);
    client.setCredentials(emulator.oid(), {}, emulator.keys().value(keyRole).toString());
    if (!emulator.certificates().isEmpty())
        client.setExtraCaCertificates(emulator.certificates());
    client.setRetryPolicy(fastPolicy());
    client.setDefaultTimeoutMs(20'000);
}

lc::RetryPolicy TestClient::fastPolicy()
{
    lc::RetryPolicy policy;
    policy.rateLimitBaseMs = 1000;
    policy.rateLimitMaxDelayMs = 2000;
    policy.retryAfterCapMs = 5000;
    policy.serverBaseMs = 100;
    policy.serverMaxDelayMs = 400;
    return policy;
}

} // namespace lctest
