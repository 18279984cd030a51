// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// What a Spout subscribes to: the stream type and the server-side filters of the form POST.
struct SpoutOptions
{
    QString type = QStringLiteral("event"); // event, detect, audit, deployment, billing
    QString tag;
    QString category; // "cat"
    QString sid;
    QString investigationId; // "inv_id": matches the part before the first '/'

    // Silence (not total time) after which the stream counts as dead: two keep-alive
    // periods and a second, as the official SDK uses.
    int stallTimeoutMs = 121'000;
    // Until the response headers arrive; no limit applies after the 200.
    int connectTimeoutMs = 30'000;
    // Waits between reconnects: reconnectBaseMs doubling up to reconnectMaxMs, +-20 %
    // jitter; a connection that stayed live for healthyAfterMs starts again from the base.
    int reconnectBaseMs = 1'000;
    int reconnectMaxMs = 60'000;
    int healthyAfterMs = 60'000;
    // Bytes Qt may read ahead of the stream's consumer.
    qint64 readBufferBytes = 4 * 1024 * 1024;

    static QStringList types();
};

} // namespace lc
