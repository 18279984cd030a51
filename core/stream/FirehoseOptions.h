// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace lc {

// A Firehose: a TLS listener here, and a syslog output in the organisation that pushes to it.
struct FirehoseOptions
{
    QHostAddress address = QHostAddress::Any; // "ip:port", ":port" or "ip"
    quint16 port = 443;
    QString type = QStringLiteral("event"); // event, detect, audit, deployment
    // Output name suffix: the output is "tmp_live_<name>". Empty: listen only, register nothing.
    QString name;
    QString publicDestination; // host:port the cloud dials; default <address>:<port>
    QString certificateFile;   // both set: the user's certificate and key (is_strict_tls=true)
    QString keyFile;           // otherwise a generated self-signed certificate
    QString tag;
    QString category;
    QString sid;
    QString investigationId;

    // Parses "ip:port", ":port", "ip", "[v6]:port"; false with a message on bad input.
    static bool parseListenOn(const QString& text, QHostAddress& address, quint16& port,
                              QString* error);
};

} // namespace lc
