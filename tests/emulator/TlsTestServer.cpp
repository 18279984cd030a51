// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTestServer.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <chrono>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (extension == nullptr) {
        return false;
    }
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

} // namespace

TlsTestServer::TlsTestServer()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 4242);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 86400);
    X509_set_pubkey(certificate, key);
    X509_NAME* name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("firehose test"), -1, -1, 0);
    X509_set_issuer_name(certificate, name);
    addExtension(certificate, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(certificate, NID_subject_alt_name, "IP:127.0.0.1");
    X509_sign(certificate, key, EVP_sha256());

    m_context = SSL_CTX_new(TLS_server_method());
    SSL_CTX_use_certificate(m_context, certificate);
    SSL_CTX_use_PrivateKey(m_context, key);
    BIO* pem = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(pem, certificate);
    char* data = nullptr;
    const long length = BIO_get_mem_data(pem, &data);
    m_certificatePem.assign(data, static_cast<std::size_t>(length));
    BIO_free(pem);
    X509_free(certificate);
    EVP_PKEY_free(key);
}

TlsTestServer::~TlsTestServer()
{
    stop();
    SSL_CTX_free(m_context);
}

bool TlsTestServer::writeCertificate(const std::string& path) const
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << m_certificatePem;
    return static_cast<bool>(out);
}

bool TlsTestServer::start(std::string& error)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int yes = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    socklen_t length = sizeof address;
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(m_listen, 16) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        error = "cannot listen on 127.0.0.1";
        return false;
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] {
        for (;;) {
            pollfd descriptor{m_listen, POLLIN, 0};
            if (::poll(&descriptor, 1, 50) <= 0) {
                std::lock_guard lock(m_mutex);
                if (m_stopping) {
                    return;
                }
                continue;
            }
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                continue;
            }
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                ::close(fd);
                return;
            }
            m_connections.emplace_back();
            m_sockets.push_back(fd);
            const std::size_t index = m_connections.size() - 1;
            m_workers.emplace_back([this, fd, index] { serve(fd, index); });
        }
    });
    return true;
}

void TlsTestServer::serve(int fd, std::size_t index)
{
    SSL* ssl = SSL_new(m_context);
    SSL_set_fd(ssl, fd);
    std::string end = "error";
    if (SSL_accept(ssl) == 1) {
        char buffer[65536];
        for (;;) {
            ERR_clear_error();
            const int count = SSL_read(ssl, buffer, sizeof buffer);
            if (count > 0) {
                std::lock_guard lock(m_mutex);
                m_connections[index].reads.emplace_back(buffer, static_cast<std::size_t>(count));
                continue;
            }
            const int code = SSL_get_error(ssl, count);
            if (code == SSL_ERROR_ZERO_RETURN) {
                end = "close_notify";
            } else if (code == SSL_ERROR_SYSCALL
                       || (code == SSL_ERROR_SSL
                           && ERR_GET_REASON(ERR_peek_error())
                                      == SSL_R_UNEXPECTED_EOF_WHILE_READING)) {
                end = "eof";
            }
            break;
        }
    }
    SSL_free(ssl);
    std::lock_guard lock(m_mutex);
    m_connections[index].end = end;
}

void TlsTestServer::stop()
{
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const int fd : m_sockets) {
            ::shutdown(fd, SHUT_RDWR);
        }
    }
    if (m_acceptor.joinable()) {
        m_acceptor.join();
    }
    {
        std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    std::lock_guard lock(m_mutex);
    for (const int fd : m_sockets) {
        ::close(fd);
    }
    m_sockets.clear();
    if (m_listen >= 0) {
        ::close(m_listen);
        m_listen = -1;
    }
}

std::vector<TlsTestServer::Connection> TlsTestServer::connections() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

void TlsTestServer::clear()
{
    std::lock_guard lock(m_mutex);
    for (Connection& connection : m_connections) {
        connection.reads.clear();
    }
}

bool TlsTestServer::waitFor(const std::function<bool(const std::vector<Connection>&)>& done,
                            int timeoutMs) const
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done(connections())) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done(connections());
}
