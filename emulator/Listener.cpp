// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listener.h"

#include <chrono>
#include <cstdio>
#include <sys/socket.h>

#include "RequestDispatcher.h"

namespace {

// Any method, any path: routing happens on the raw target, not on httplib's decoded path.
const char kAnyPath[] = "[\\s\\S]*";

} // namespace

Listener::Listener(ListenerRole role, std::string host, SSL_CTX* tlsContext,
                   std::size_t maxHeaderBytes, std::size_t threads, RequestDispatcher& dispatcher)
    : m_role(role)
    , m_host(std::move(host))
    , m_tls(tlsContext != nullptr)
    , m_server(tlsContext, maxHeaderBytes)
{
    auto handler = [role, &dispatcher](const httplib::Request& request,
                                       httplib::Response& response) {
        dispatcher.handle(role, request, response);
    };
    m_server.Get(kAnyPath, handler);
    m_server.Post(kAnyPath, handler);
    m_server.Put(kAnyPath, handler);
    m_server.Patch(kAnyPath, handler);
    m_server.Delete(kAnyPath, handler);
    m_server.Options(kAnyPath, handler);
    m_server.set_error_handler(httplib::Server::HandlerWithResponse(
            [role, &dispatcher](const httplib::Request& request, httplib::Response& response) {
                return dispatcher.handleError(role, request, response);
            }));
    m_server.set_exception_handler(
            [](const httplib::Request&, httplib::Response& response, std::exception_ptr exception) {
                std::string what = "unknown error";
                try {
                    std::rethrow_exception(exception);
                } catch (const std::exception& error) {
                    what = error.what();
                } catch (...) {
                }
                response.status = 500;
                response.set_content("{\"error\":\"internal error\"}", "application/json");
                std::fprintf(stderr, "lcdesk-emulator: request failed: %s\n", what.c_str());
            });
    m_server.setHeadRejectedHandler([role, &dispatcher](const RequestHead& head, int status) {
        dispatcher.recordRejectedHead(role, head, status);
    });
    m_server.set_socket_options([this](socket_t socket) {
        httplib::default_socket_options(socket);
        m_socket = socket;
    });
    m_server.set_keep_alive_max_count(1000);
    m_server.set_keep_alive_timeout(5);
    m_server.new_task_queue = [threads] {
        return new httplib::ThreadPool(threads);
    };
}

Listener::~Listener()
{
    stop();
}

bool Listener::bind(int port, std::string& error)
{
    if (port > 0) {
        if (!m_server.bind_to_port(m_host, port)) {
            error = "cannot listen on " + m_host + ":" + std::to_string(port);
            return false;
        }
        m_port = port;
    } else {
        m_port = m_server.bind_to_any_port(m_host);
        if (m_port <= 0) {
            error = "cannot listen on " + m_host + " (any port)";
            return false;
        }
    }
    // httplib listens with a backlog of 5: a client opening more connections at once (a
    // concurrent push) lost SYNs and waited a second for each retransmission. Listening again
    // on a listening socket only changes its backlog.
    if (m_socket >= 0) {
        ::listen(m_socket, SOMAXCONN);
    }
    return true;
}

void Listener::start()
{
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    // stop() is a no-op until the accept loop runs, so do not return before it does.
    while (!m_server.is_running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void Listener::stop()
{
    m_server.shutdown();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::string Listener::hostPort() const
{
    std::string host = m_host;
    // A wildcard bind is reached through loopback; IPv6 literals need brackets in URLs.
    if (host == "0.0.0.0") {
        host = "127.0.0.1";
    } else if (host == "::") {
        host = "::1";
    }
    if (host.find(':') != std::string::npos) {
        host = "[" + host + "]";
    }
    return host + ":" + std::to_string(m_port);
}

std::string Listener::baseUrl() const
{
    return std::string(m_tls ? "https://" : "http://") + hostPort();
}
