// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/FirehoseOptions.h"

#include <QCoreApplication>

namespace lc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lc::FirehoseOptions", text);
}

bool parsePort(const QString& text, quint16& port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535 || text.startsWith(QLatin1Char('+')))
        return false;
    port = static_cast<quint16>(value);
    return true;
}

bool parseAddress(const QString& text, QHostAddress& address)
{
    // Only literal addresses: a name would need a lookup, and the listener binds exactly
    // one interface.
    QHostAddress parsed;
    if (!parsed.setAddress(text))
        return false;
    address = parsed;
    return true;
}

} // namespace

QStringList FirehoseOptions::types()
{
    return {QStringLiteral("event"), QStringLiteral("detect"), QStringLiteral("audit"),
            QStringLiteral("deployment")};
}

QString FirehoseOptions::outputName() const
{
    return name.isEmpty() ? QString() : QStringLiteral("tmp_live_") + name;
}

bool FirehoseOptions::parseListenOn(const QString& text, QHostAddress& address, quint16& port,
                                    QString* error)
{
    const auto failWith = [error, &text](const QString& why) {
        if (error) {
            *error = tr("Cannot listen on \"%1\": %2 Use ip:port, :port, ip or [v6]:port.")
                             .arg(text, why);
        }
        return false;
    };

    const QString input = text.trimmed();
    if (input.isEmpty())
        return failWith(tr("nothing given."));

    QString host;
    QString portText;
    bool hasPort = false;
    if (input.startsWith(QLatin1Char('['))) {
        const qsizetype close = input.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failWith(tr("the IPv6 address has no closing bracket."));
        host = input.mid(1, close - 1);
        const QString rest = input.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return failWith(tr("unexpected text after the IPv6 address."));
            portText = rest.mid(1);
            hasPort = true;
        }
        if (host.isEmpty())
            return failWith(tr("the IPv6 address is empty."));
    } else if (input.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 address has no port.
        host = input;
    } else {
        const qsizetype colon = input.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = input.left(colon);
            portText = input.mid(colon + 1);
            hasPort = true;
        } else {
            host = input;
        }
    }

    QHostAddress parsedAddress = QHostAddress(QHostAddress::AnyIPv4);
    if (!host.isEmpty() && !parseAddress(host, parsedAddress))
        return failWith(tr("\"%1\" is not an IP address.").arg(host));

    quint16 parsedPort = 443;
    if (hasPort && !parsePort(portText, parsedPort))
        return failWith(tr("\"%1\" is not a port number (0-65535).").arg(portText));

    address = parsedAddress;
    port = parsedPort;
    return true;
}

QString FirehoseOptions::hostPort(const QHostAddress& address, quint16 port)
{
    QHostAddress plain = address;
    plain.setScopeId({});
    const QString host = plain.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + plain.toString() + QLatin1Char(']')
                                 : plain.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace lc
