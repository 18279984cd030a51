// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace lc {

namespace {

int withJitter(int delayMs, double jitter)
{
    if (jitter <= 0.0 || delayMs <= 0)
        return delayMs;
    const double extra = QRandomGenerator::global()->generateDouble() * jitter * delayMs;
    return delayMs + static_cast<int>(extra);
}

int grow(int baseMs, int retry, int capMs)
{
    qint64 delay = baseMs;
    for (int i = 1; i < retry && delay < capMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, capMs));
}

} // namespace

int RetryPolicy::rateLimitDelayMs(int retry, const QByteArray& retryAfter,
                                  const QDateTime& now) const
{
    const int serverMs = parseRetryAfterMs(retryAfter, now);
    if (serverMs >= 0) {
        // Never hammer: even "Retry-After: 0" waits a little.
        return std::clamp(serverMs, 1'000, retryAfterCapMs);
    }
    return withJitter(grow(rateLimitBaseMs, retry, rateLimitMaxDelayMs), jitter);
}

int RetryPolicy::serverDelayMs(int retry) const
{
    return withJitter(grow(serverBaseMs, retry, serverMaxDelayMs), jitter);
}

int RetryPolicy::parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;

    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qint64>(seconds, 86'400) * 1000);

    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT". Date and time are read separately and
    // joined as UTC: read as one local date-time, a moment inside the local daylight-saving
    // gap would not exist and the header would be ignored.
    const QString text = QString::fromLatin1(trimmed);
    if (!text.endsWith(QLatin1String(" GMT")))
        return -1;
    const QStringList parts = text.chopped(4).split(QLatin1Char(' '));
    if (parts.size() != 5)
        return -1;
    const QLocale c = QLocale::c();
    const QDate date =
            c.toDate(parts.mid(0, 4).join(QLatin1Char(' ')), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = c.toTime(parts.at(4), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return -1;
    const QDateTime utc(date, time, Qt::UTC);
    const qint64 ms = now.msecsTo(utc);
    return static_cast<int>(std::clamp<qint64>(ms, 0, 86'400'000));
}

} // namespace lc
