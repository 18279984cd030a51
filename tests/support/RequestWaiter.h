// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "RequestOutcome.h"

namespace lc {
class ApiRequest;
}

namespace lctest {

// Runs the event loop until requests finish (or a timeout passes) and keeps what they
// reported. A request still running at the timeout is cancelled.
class RequestWaiter
{
public:
    static RequestOutcome wait(lc::ApiRequest* request, int timeoutMs = 30'000);
    static QList<RequestOutcome> waitAll(const QList<lc::ApiRequest*>& requests,
                                         int timeoutMs = 30'000);
};

} // namespace lctest
