// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "api/RetryPolicy.h"

namespace lc {
class ApiClient;
}

namespace lctest {

class EmulatorProcess;

// Points a client under test at a running emulator.
class TestClient
{
public:
    // Endpoints, the emulator's certificate when it runs TLS, and the API key the ready line
    // lists under `keyRole` ("full", "read_only", "revoked", ...). The retry policy is the
    // fast one unless the test sets its own.
    static void configure(lc::ApiClient& client, const EmulatorProcess& emulator,
                          const QString& keyRole = QStringLiteral("full"));
    // The default policy with every delay scaled down, so retries finish in test time.
    static lc::RetryPolicy fastPolicy();
};

} // namespace lctest
