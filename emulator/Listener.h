// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <thread>

#include "HttpServer.h"
#include "ListenerRole.h"

class RequestDispatcher;

// One HTTP(S) server on its own address, port and thread.
class Listener
{
public:
    Listener(ListenerRole role, std::string host, SSL_CTX* tlsContext, std::size_t maxHeaderBytes,
             std::size_t threads, RequestDispatcher& dispatcher);
    ~Listener();
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    // Port 0 picks a free port.
    bool bind(int port, std::string& error);
    void start();
    void stop();

    ListenerRole role() const { return m_role; }
    int port() const { return m_port; }
    bool isTls() const { return m_tls; }
    std::string hostPort() const;
    std::string baseUrl() const;

private:
    ListenerRole m_role;
    std::string m_host;
    bool m_tls;
    HttpServer m_server;
    std::thread m_thread;
    int m_port = -1;
    int m_socket = -1; // the listening socket, once bound
};
