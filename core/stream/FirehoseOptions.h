// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

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
    // A peer that has not finished its TLS handshake by then is dropped.
    int handshakeTimeoutMs = 30'000;

    // "tmp_live_<name>", or empty when nothing is to be registered.
    QString outputName() const;

    // The stream types a syslog output can carry to a firehose.
    static QStringList types();
    // Parses "ip:port", ":port" (0.0.0.0), "ip" (port 443), "[v6]:port" and a bare IPv6
    // address; false with a message on bad input. Only literal addresses, no names.
    static bool parseListenOn(const QString& text, QHostAddress& address, quint16& port,
                              QString* error);
    // "1.2.3.4:443" or "[::1]:443".
    static QString hostPort(const QHostAddress& address, quint16 port);
};

} // namespace lc
