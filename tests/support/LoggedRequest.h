// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lctest {

// One request as the emulator's request log recorded it.
struct LoggedRequest
{
    // Which listener received it: "api", "jwt", "stream", "foreign", "plain_api".
    QString listener;
    QString method;
    // The request target exactly as it arrived on the wire (path and query, undecoded).
    QByteArray target;
    QByteArray body;
    // In arrival order; the emulator masks Authorization ("bearer <redacted:N>").
    QList<QPair<QString, QString>> headers;
    // Milliseconds on the emulator's clock when the request arrived.
    qint64 timeMs = 0;
    // The status the emulator answered with (0 when not recorded).
    int status = 0;
    qint64 id = 0;
    bool tls = false;
    QJsonObject raw;

    // The target without its query string.
    QByteArray path() const;
    QByteArray query() const;
    bool hasHeader(const QString& name) const;
    // The first value of a header (names compare case-insensitively).
    QString header(const QString& name) const;

    static LoggedRequest fromJson(const QJsonObject& object);
    static QList<LoggedRequest> listFromJson(const QJsonArray& array);
    // Entries received by one listener, optionally only those whose path starts with prefix.
    static QList<LoggedRequest> filtered(const QList<LoggedRequest>& all, const QString& listener,
                                         const QByteArray& pathPrefix = {});
};

} // namespace lctest
