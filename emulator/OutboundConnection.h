// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/ssl.h>

#include <functional>
#include <memory>
#include <string>

#include "LoopbackAddress.h"

struct OutboundTls
{
    bool enabled = false;
    // Verify the server's certificate against `caFile` and its name or IP against the
    // address; otherwise any certificate is accepted.
    bool verify = false;
    std::string caFile;
};

// A TCP (optionally TLS) connection the emulator opens itself, to a loopback address only:
// syslog output delivery and the firehose feeder.
class OutboundConnection
{
public:
    ~OutboundConnection();
    OutboundConnection(const OutboundConnection&) = delete;
    OutboundConnection& operator=(const OutboundConnection&) = delete;

    static std::unique_ptr<OutboundConnection> open(const LoopbackAddress& address,
                                                    const OutboundTls& tls, int timeoutMs,
                                                    const std::function<bool()>& stopping,
                                                    std::string& error);

    int fd() const { return m_fd; }
    SSL* ssl() const { return m_ssl; }
    void setNoDelay(bool on);
    // Ends TLS with close_notify (no-op for plain TCP); the socket closes on destruction.
    void closeNotify();
    // Sends FIN at once: TLS ends without close_notify, as from a process that just exits.
    void shutdownWithoutNotify();

private:
    OutboundConnection() = default;

    int m_fd = -1;
    SSL_CTX* m_context = nullptr;
    SSL* m_ssl = nullptr;
};
