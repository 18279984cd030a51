// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace lc {

// How long to wait before retrying, and when to stop. Every wait is bounded so that a
// server that keeps refusing ends in a visible error instead of a silent loop.
struct RetryPolicy
{
    // 429: the server's Retry-After is honoured (capped); without one, our own growing
    // delay starting at rateLimitBaseMs.
    int maxRateLimitRetries = 4;
    int rateLimitBaseMs = 10'000;
    int rateLimitMaxDelayMs = 120'000;
    // A Retry-After longer than this fails the call at once instead of waiting.
    int retryAfterCapMs = 120'000;
    // 500/502/503/504 and transient network failures.
    int maxServerRetries = 3;
    int serverBaseMs = 1'000;
    int serverMaxDelayMs = 16'000;
    // Fraction of a delay added at random so that many clients do not retry in lockstep.
    double jitter = 0.1;

    // Delay before retry number `retry` (1-based) after a 429; retryAfter is the raw header.
    int rateLimitDelayMs(int retry, const QByteArray& retryAfter,
                         const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    int serverDelayMs(int retry) const;

    // Seconds from a Retry-After value (delta seconds or HTTP date); -1 when absent/invalid.
    static int parseRetryAfterMs(const QByteArray& value, const QDateTime& now);
};

} // namespace lc
