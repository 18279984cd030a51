// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/ssl.h>

#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// A TLS listener on 127.0.0.1 with a fresh self-signed certificate (IP SAN 127.0.0.1) that
// records what each connection sends, one entry per SSL_read, and how the connection ended:
// "close_notify", "eof" (TCP FIN without close_notify) or "error".
class TlsTestServer
{
public:
    struct Connection
    {
        std::vector<std::string> reads;
        std::string end; // empty while open
    };

    TlsTestServer();
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    bool start(std::string& error);
    void stop();
    int port() const { return m_port; }
    // The certificate, to be trusted as a CA by the emulator (--syslog-ca).
    bool writeCertificate(const std::string& path) const;

    std::vector<Connection> connections() const;
    void clear();
    // Polls `done` with the current connections until it holds or `timeoutMs` passes.
    bool waitFor(const std::function<bool(const std::vector<Connection>&)>& done,
                 int timeoutMs) const;

private:
    void serve(int fd, std::size_t index);

    SSL_CTX* m_context = nullptr;
    std::string m_certificatePem;
    int m_listen = -1;
    int m_port = 0;
    std::thread m_acceptor;
    mutable std::mutex m_mutex;
    std::vector<Connection> m_connections;
    std::vector<std::thread> m_workers;
    std::vector<int> m_sockets;
    bool m_stopping = false;
};
