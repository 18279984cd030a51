// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboundConnection.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

std::string sslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return std::string("connection closed during the TLS handshake");
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

} // namespace

OutboundConnection::~OutboundConnection()
{
    if (m_ssl != nullptr) {
        SSL_free(m_ssl);
    }
    if (m_context != nullptr) {
        SSL_CTX_free(m_context);
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void OutboundConnection::setNoDelay(bool on)
{
    const int value = on ? 1 : 0;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &value, sizeof value);
}

void OutboundConnection::closeNotify()
{
    if (m_ssl != nullptr) {
        const int flags = ::fcntl(m_fd, F_GETFL);
        if (flags >= 0) {
            ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK);
        }
        SSL_shutdown(m_ssl);
    }
    ::shutdown(m_fd, SHUT_WR);
}

void OutboundConnection::shutdownWithoutNotify()
{
    ::shutdown(m_fd, SHUT_RDWR);
}

std::unique_ptr<OutboundConnection> OutboundConnection::open(const LoopbackAddress& address,
                                                             const OutboundTls& tls, int timeoutMs,
                                                             const std::function<bool()>& stopping,
                                                             std::string& error)
{
    std::unique_ptr<OutboundConnection> connection(new OutboundConnection());
    connection->m_fd = ::socket(address.family(), SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (connection->m_fd < 0) {
        error = std::string("socket: ") + std::strerror(errno);
        return nullptr;
    }
    const int fd = connection->m_fd;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address.address()), address.length()) != 0
        && errno != EINPROGRESS) {
        error = "connect to " + address.text() + ": " + std::strerror(errno);
        return nullptr;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (stopping()) {
            error = "stopped";
            return nullptr;
        }
        pollfd descriptor{fd, POLLOUT, 0};
        const int ready = ::poll(&descriptor, 1, 100);
        if (ready > 0) {
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            error = "connect to " + address.text() + ": timed out";
            return nullptr;
        }
    }
    int socketError = 0;
    socklen_t length = sizeof socketError;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
    if (socketError != 0) {
        error = "connect to " + address.text() + ": " + std::strerror(socketError);
        return nullptr;
    }
    // Back to blocking, with time limits, for the handshake.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    timeval limit{timeoutMs / 1000, static_cast<suseconds_t>((timeoutMs % 1000) * 1000)};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (!tls.enabled) {
        return connection;
    }

    connection->m_context = SSL_CTX_new(TLS_client_method());
    SSL_CTX* context = connection->m_context;
    if (context == nullptr || SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) != 1) {
        error = "cannot create a TLS context: " + sslError();
        return nullptr;
    }
    if (tls.verify) {
        if (tls.caFile.empty()) {
            error = "is_strict_tls needs a CA file (start the emulator with --syslog-ca FILE)";
            return nullptr;
        }
        if (SSL_CTX_load_verify_locations(context, tls.caFile.c_str(), nullptr) != 1) {
            error = "cannot load CA file " + tls.caFile + ": " + sslError();
            return nullptr;
        }
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    } else {
        SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    }
    connection->m_ssl = SSL_new(context);
    SSL* ssl = connection->m_ssl;
    if (ssl == nullptr || SSL_set_fd(ssl, fd) != 1) {
        error = "cannot create a TLS session: " + sslError();
        return nullptr;
    }
    if (address.hostIsName()) {
        // SSL_set_tlsext_host_name, without the macro's C cast.
        SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                 const_cast<char*>(address.host().c_str()));
        if (tls.verify) {
            SSL_set1_host(ssl, address.host().c_str());
        }
    } else if (tls.verify) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), address.host().c_str());
    }
    ERR_clear_error();
    if (SSL_connect(ssl) != 1) {
        const long verify = SSL_get_verify_result(ssl);
        error = "TLS handshake with " + address.text() + " failed: "
                + (tls.verify && verify != X509_V_OK
                           ? std::string("certificate not accepted: ")
                                     + X509_verify_cert_error_string(verify)
                           : sslError());
        return nullptr;
    }
    return connection;
}
