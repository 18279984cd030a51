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
    int connectTimeoutMs = 30'000;

    static QStringList types();
};

} // namespace lc
