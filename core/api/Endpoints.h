// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace lc {

// Base URLs of the three LimaCharlie services. The same build talks to the cloud, a
// private deployment or the local emulator by changing these.
struct Endpoints
{
    QUrl api;
    QUrl jwt;
    QUrl stream;

    static Endpoints cloud();
    // Cloud defaults, replaced by LC_API_URL, LC_JWT_URL and LC_STREAM_URL when set.
    static Endpoints fromEnvironment();
    // Any non-empty URL given here replaces the matching one.
    Endpoints overriddenBy(const QUrl& apiUrl, const QUrl& jwtUrl, const QUrl& streamUrl) const;
    bool isCloud() const;
};

} // namespace lc
