// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lc {

// Server-side filters of the sensor list; empty fields are not sent.
struct SensorListQuery
{
    int pageSize = 0;
    bool onlineOnly = false;
    bool compressed = true;
    QString hostnamePrefix;
    QString ip;
    QString selector;
};

} // namespace lc
