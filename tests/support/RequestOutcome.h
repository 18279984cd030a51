// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "api/ApiError.h"

namespace lctest {

// What an ApiRequest reported when it finished, copied out before it deleted itself.
struct RequestOutcome
{
    // False when the request did not finish within the wait's timeout.
    bool finished = false;
    // How many times finished() was emitted (must be exactly 1).
    int finishedSignals = 0;
    lc::ApiError error;
    int httpStatus = 0;
    QByteArray body;
    int attempts = 0;
    // From the start of the wait to finished().
    qint64 elapsedMs = 0;

    bool isOk() const { return finished && error.isOk(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace lctest
