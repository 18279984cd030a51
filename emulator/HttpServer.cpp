// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include <nlohmann/json.hpp>
#include <openssl/ssl.h>

#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "UtcTime.h"

HttpServer::HttpServer(SSL_CTX* tlsContext, std::size_t maxHeaderBytes)
    : m_tlsContext(tlsContext)
    , m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpServer::setHeadRejectedHandler(HeadRejectedHandler handler)
{
    m_onHeadRejected = std::move(handler);
}

void HttpServer::shutdown()
{
    if (is_running()) {
        stop();
        return;
    }
    const socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
    if (sock != INVALID_SOCKET) {
        ::close(sock);
    }
}

std::string HttpServer::rejection(const RequestHead& head, int status) const
{
    const std::string message =
            status == 413 ? "request header too large: " + std::to_string(head.headerBytes)
                                    + " bytes, limit " + std::to_string(m_maxHeaderBytes)
                          : std::string("malformed request line or line endings");
    const std::string text = nlohmann::ordered_json{{"error", message}}.dump(
            -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return "HTTP/1.1 " + std::to_string(status)
           + (status == 413 ? " Payload Too Large" : " Bad Request")
           + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(text.size())
           + "\r\nConnection: close\r\n\r\n" + text;
}

bool HttpServer::process_and_close_socket(socket_t sock)
{
    // Blocking reads inside OpenSSL need socket-level timeouts; poll() alone cannot bound them.
    timeval readTimeout{read_timeout_sec_, static_cast<suseconds_t>(read_timeout_usec_)};
    timeval writeTimeout{write_timeout_sec_, static_cast<suseconds_t>(write_timeout_usec_)};
    ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &readTimeout, sizeof readTimeout);
    ::setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &writeTimeout, sizeof writeTimeout);
    // An answer goes out in more than one write (head, then body): without this, Nagle's
    // algorithm holds the body until the client's delayed ACK, 40 ms per request.
    const int noDelay = 1;
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);

    SSL* ssl = nullptr;
    if (m_tlsContext != nullptr) {
        ssl = SSL_new(m_tlsContext);
        if (ssl == nullptr || SSL_set_fd(ssl, sock) != 1 || SSL_accept(ssl) != 1) {
            SSL_free(ssl);
            ::shutdown(sock, SHUT_RDWR);
            ::close(sock);
            return false;
        }
    }

    const int readMs = static_cast<int>(read_timeout_sec_ * 1000 + read_timeout_usec_ / 1000);
    const int writeMs = static_cast<int>(write_timeout_sec_ * 1000 + write_timeout_usec_ / 1000);
    const int keepAliveMs = static_cast<int>(keep_alive_timeout_sec_ * 1000);
    bool ok = false;
    {
        ConnectionStream stream(sock, ssl, readMs, writeMs);
        for (std::size_t remaining = keep_alive_max_count_; remaining > 0; --remaining) {
            if (!stream.waitForRequest(svr_sock_, keepAliveMs)) {
                break;
            }
            RequestHead head;
            head.tls = ssl != nullptr;
            const ConnectionStream::HeadResult result = stream.readHead(m_maxHeaderBytes, head);
            if (result == ConnectionStream::HeadResult::Closed) {
                break;
            }
            head.receivedMs = UtcTime::nowMs();
            if (result == ConnectionStream::HeadResult::TooLarge
                || result == ConnectionStream::HeadResult::Malformed) {
                const int status = result == ConnectionStream::HeadResult::TooLarge ? 413 : 400;
                if (m_onHeadRejected) {
                    m_onHeadRejected(head, status);
                }
                stream.sendAndLinger(rejection(head, status));
                ok = true;
                break;
            }
            ConnectionStream::setCurrent(&head);
            ConnectionStream::setCurrentStream(&stream);
            bool connectionClosed = false;
            ok = process_request(stream, remaining == 1, connectionClosed,
                                 [ssl](httplib::Request& request) { request.ssl = ssl; });
            ConnectionStream::setCurrent(nullptr);
            ConnectionStream::setCurrentStream(nullptr);
            if (!ok || connectionClosed || head.closeConnection) {
                break;
            }
        }
    }
    if (ssl != nullptr) {
        SSL_shutdown(ssl);
        SSL_free(ssl);
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}
