// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionStream.h"

#include <openssl/ssl.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

thread_local RequestHead* t_currentHead = nullptr;
thread_local ConnectionStream* t_currentStream = nullptr;

// httplib refuses longer lines itself; treating them as oversized keeps the answer a 413.
constexpr std::size_t kMaxLineBytes = 8192;
constexpr std::size_t kReadChunk = 16384;

bool pollFor(int socket, short events, int timeoutMs, short* revents = nullptr)
{
    pollfd descriptor{socket, events, 0};
    int result = 0;
    do {
        result = ::poll(&descriptor, 1, timeoutMs);
    } while (result < 0 && errno == EINTR);
    if (revents != nullptr) {
        *revents = descriptor.revents;
    }
    return result > 0;
}

std::string trim(std::string_view text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) {
        ++begin;
    }
    while (end > begin
           && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) {
        --end;
    }
    return std::string(text.substr(begin, end - begin));
}

void addressOf(int socket, bool peer, std::string& ip, int& port)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    auto* raw = reinterpret_cast<sockaddr*>(&address);
    const int result =
            peer ? ::getpeername(socket, raw, &length) : ::getsockname(socket, raw, &length);
    if (result != 0) {
        return;
    }
    char host[NI_MAXHOST];
    char service[NI_MAXSERV];
    if (::getnameinfo(raw, length, host, sizeof host, service, sizeof service,
                      NI_NUMERICHOST | NI_NUMERICSERV)
        == 0) {
        ip = host;
        port = std::atoi(service);
    }
}

} // namespace

ConnectionStream::ConnectionStream(int socket, SSL* ssl, int readTimeoutMs, int writeTimeoutMs)
    : m_socket(socket)
    , m_ssl(ssl)
    , m_readTimeoutMs(readTimeoutMs)
    , m_writeTimeoutMs(writeTimeoutMs)
{}

RequestHead* ConnectionStream::current()
{
    return t_currentHead;
}

void ConnectionStream::setCurrent(RequestHead* head)
{
    t_currentHead = head;
}

ConnectionStream* ConnectionStream::currentStream()
{
    return t_currentStream;
}

void ConnectionStream::setCurrentStream(ConnectionStream* stream)
{
    t_currentStream = stream;
}

bool ConnectionStream::hasPendingInput() const
{
    return buffered() > 0 || (m_ssl != nullptr && SSL_pending(m_ssl) > 0);
}

bool ConnectionStream::waitForRequest(const std::atomic<socket_t>& listening, int keepAliveMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(keepAliveMs);
    for (;;) {
        if (hasPendingInput()) {
            return true;
        }
        // The short poll lets a stopping server close idle keep-alive connections promptly.
        if (listening == INVALID_SOCKET) {
            return false;
        }
        short revents = 0;
        if (pollFor(m_socket, POLLIN, 50, &revents)) {
            return true;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
    }
}

ssize_t ConnectionStream::readSocket(char* ptr, std::size_t size)
{
    if (m_ssl != nullptr) {
        const int count =
                SSL_read(m_ssl, ptr, static_cast<int>(std::min<std::size_t>(size, INT_MAX)));
        if (count > 0) {
            return count;
        }
        return SSL_get_error(m_ssl, count) == SSL_ERROR_ZERO_RETURN ? 0 : -1;
    }
    ssize_t count = 0;
    do {
        count = ::recv(m_socket, ptr, size, 0);
    } while (count < 0 && errno == EINTR);
    return count;
}

bool ConnectionStream::fill()
{
    if (!(m_ssl != nullptr && SSL_pending(m_ssl) > 0)
        && !pollFor(m_socket, POLLIN, m_readTimeoutMs)) {
        return false;
    }
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    const std::size_t oldSize = m_buffer.size();
    m_buffer.resize(oldSize + kReadChunk);
    const ssize_t count = readSocket(m_buffer.data() + oldSize, kReadChunk);
    m_buffer.resize(oldSize + (count > 0 ? static_cast<std::size_t>(count) : 0U));
    return count > 0;
}

void ConnectionStream::parseHead(std::string_view data, std::size_t lineEnd, RequestHead& head)
{
    std::string_view requestLine = data.substr(0, lineEnd);
    if (!requestLine.empty() && requestLine.back() == '\r') {
        requestLine.remove_suffix(1);
    }
    const std::size_t firstSpace = requestLine.find(' ');
    const std::size_t lastSpace = requestLine.rfind(' ');
    if (firstSpace != std::string_view::npos && lastSpace > firstSpace) {
        head.method = std::string(requestLine.substr(0, firstSpace));
        head.target = std::string(requestLine.substr(firstSpace + 1, lastSpace - firstSpace - 1));
        head.version = std::string(requestLine.substr(lastSpace + 1));
    } else {
        head.target = std::string(requestLine);
    }
    std::size_t position = lineEnd + 1;
    while (position < data.size()) {
        const std::size_t end = data.find('\n', position);
        if (end == std::string_view::npos) {
            break;
        }
        const std::string_view line = data.substr(position, end - position);
        position = end + 1;
        if (line.empty() || line == "\r") {
            break;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        head.headers.emplace_back(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
}

ConnectionStream::HeadResult ConnectionStream::readHead(std::size_t maxHeaderBytes,
                                                        RequestHead& head)
{
    std::size_t scanFrom = 0;
    for (;;) {
        // Empty lines before a request line are allowed (RFC 9112 2.2); some clients send a
        // stray CRLF after a POST body.
        while (buffered() > 0
               && (m_buffer[m_offset] == '\n'
                   || (m_buffer[m_offset] == '\r' && buffered() > 1
                       && m_buffer[m_offset + 1] == '\n'))) {
            m_offset += m_buffer[m_offset] == '\n' ? 1 : 2;
        }
        const std::string_view data(m_buffer.data() + m_offset, buffered());
        const std::size_t lineEnd = data.find('\n');
        if (lineEnd == std::string_view::npos) {
            // An overlong request line is left to httplib, which answers 414; what arrived
            // so far is kept for the request log.
            if (data.size() > kMaxLineBytes + 2) {
                const std::size_t space = data.find(' ');
                if (space != std::string_view::npos && space < 16) {
                    head.method = std::string(data.substr(0, space));
                    head.target = std::string(data.substr(space + 1));
                }
                return HeadResult::Unparsed;
            }
            if (!fill()) {
                return buffered() == 0 ? HeadResult::Closed : HeadResult::Unparsed;
            }
            continue;
        }
        std::size_t position = std::max(scanFrom, lineEnd + 1);
        bool complete = false;
        bool lineTooLong = false;
        while (position < data.size()) {
            const std::size_t end = data.find('\n', position);
            if (end == std::string_view::npos) {
                lineTooLong = data.size() - position > kMaxLineBytes;
                break;
            }
            const std::size_t length = end - position;
            if (length > kMaxLineBytes) {
                lineTooLong = true;
                break;
            }
            position = end + 1;
            if (length == 0 || (length == 1 && data[end - 1] == '\r')) {
                complete = true;
                break;
            }
            scanFrom = position;
        }
        const std::size_t headerBytes = (complete ? position : data.size()) - (lineEnd + 1);
        if (complete && headerBytes <= maxHeaderBytes && !lineTooLong) {
            parseHead(data.substr(0, position), lineEnd, head);
            head.headerBytes = headerBytes;
            if (!isWellFormed(data.substr(0, position), lineEnd)) {
                return HeadResult::Malformed;
            }
            hideFromHttplib(position);
            addMissingLength(head, position);
            return HeadResult::Complete;
        }
        if (lineTooLong || headerBytes > maxHeaderBytes) {
            parseHead(data, lineEnd, head);
            head.headerBytes = headerBytes;
            return HeadResult::TooLarge;
        }
        if (!fill()) {
            return HeadResult::Unparsed;
        }
    }
}

// httplib would answer a broken request line with 400 and then read the header lines that
// follow as new requests; such heads are answered here and the connection is closed instead.
bool ConnectionStream::isWellFormed(std::string_view head, std::size_t lineEnd)
{
    static const char* const methods[] = {"GET",     "HEAD",    "POST",  "PUT",  "DELETE",
                                          "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    std::size_t start = 0;
    while (start < head.size()) {
        const std::size_t end = head.find('\n', start);
        if (end == std::string_view::npos || end == start || head[end - 1] != '\r') {
            return false; // bare LF line endings
        }
        start = end + 1;
    }
    const std::string_view line = head.substr(0, lineEnd - 1);
    const std::size_t first = line.find(' ');
    const std::size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
    if (second == std::string_view::npos || line.find(' ', second + 1) != std::string_view::npos
        || second == first + 1) {
        return false;
    }
    const std::string_view method = line.substr(0, first);
    const std::string_view version = line.substr(second + 1);
    const bool knownMethod =
            std::any_of(std::begin(methods), std::end(methods),
                        [method](const char* candidate) { return method == candidate; });
    return knownMethod && (version == "HTTP/1.1" || version == "HTTP/1.0");
}

void ConnectionStream::hideFromHttplib(std::size_t& headEnd)
{
    // Two things httplib would do on its own, that LimaCharlie's API does not:
    //  - refuse a form body over 8 KB with 413 (a compile-time limit of the system library),
    //    while the API takes far larger forms, such as 500 sids in one online query. The form
    //    is parsed by ApiRequest from the recorded headers, so httplib is shown another media
    //    type and never applies its limit;
    //  - gzip every answer for a client that accepts it, which at 100,000 sensors costs more
    //    time than serving the page, and would make the emulator, not the client, the
    //    bottleneck of every measurement. Answers are sent uncompressed instead (the
    //    `is_compressed` pages are compressed by the API itself).
    // The request log keeps the headers as they arrived.
    static constexpr std::string_view kForm = "application/x-www-form-urlencoded";
    static constexpr std::string_view kOpaque = "application/x-lcdesk-form-body";
    static constexpr std::string_view kEncoding = "accept-encoding:";
    static constexpr std::string_view kIgnored = "x-ignored-accept-encoding:";

    std::size_t lineStart = std::string_view(m_buffer.data() + m_offset, headEnd).find('\n');
    while (lineStart != std::string_view::npos && lineStart + 1 < headEnd) {
        const std::string_view head(m_buffer.data() + m_offset, headEnd);
        const std::size_t begin = lineStart + 1;
        const std::size_t end = head.find('\n', begin);
        const std::string_view line = head.substr(
                begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
        std::ptrdiff_t growth = 0;
        if (line.size() > 13 && strncasecmp(line.data(), "content-type:", 13) == 0) {
            const std::size_t at = line.find(kForm);
            if (at != std::string_view::npos) {
                m_buffer.replace(m_offset + begin + at, kForm.size(), kOpaque);
                growth = static_cast<std::ptrdiff_t>(kOpaque.size() - kForm.size());
            }
        } else if (line.size() > kEncoding.size()
                   && strncasecmp(line.data(), kEncoding.data(), kEncoding.size()) == 0) {
            m_buffer.replace(m_offset + begin, kEncoding.size(), kIgnored);
            growth = static_cast<std::ptrdiff_t>(kIgnored.size() - kEncoding.size());
        }
        headEnd = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(headEnd) + growth);
        lineStart = end == std::string_view::npos
                            ? end
                            : static_cast<std::size_t>(static_cast<std::ptrdiff_t>(end) + growth);
    }
}

void ConnectionStream::addMissingLength(const RequestHead& head, std::size_t headEnd)
{
    const auto has = [&head](const char* name) {
        return std::any_of(head.headers.begin(), head.headers.end(), [name](const auto& header) {
            return strcasecmp(header.first.c_str(), name) == 0;
        });
    };
    if (has("Content-Length") || has("Transfer-Encoding")) {
        return;
    }
    // Without either header a request has no body (RFC 9112 6.3), but httplib would wait for
    // the peer to close before running a POST or DELETE handler. Qt sends DELETE like that.
    const std::size_t blankLine = m_buffer[m_offset + headEnd - 2] == '\r' ? 2 : 1;
    m_buffer.insert(m_offset + headEnd - blankLine, "Content-Length: 0\r\n");
}

void ConnectionStream::sendAndLinger(std::string_view response)
{
    std::size_t sent = 0;
    while (sent < response.size()) {
        const ssize_t count = write(response.data() + sent, response.size() - sent);
        if (count <= 0) {
            break;
        }
        sent += static_cast<std::size_t>(count);
    }
    if (m_ssl != nullptr) {
        SSL_shutdown(m_ssl);
    }
    ::shutdown(m_socket, SHUT_WR);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    char sink[4096];
    while (std::chrono::steady_clock::now() < deadline && pollFor(m_socket, POLLIN, 100)) {
        ssize_t count = 0;
        do {
            count = ::recv(m_socket, sink, sizeof sink, 0);
        } while (count < 0 && errno == EINTR);
        if (count <= 0) {
            break;
        }
    }
}

bool ConnectionStream::is_readable() const
{
    return hasPendingInput() || pollFor(m_socket, POLLIN, m_readTimeoutMs);
}

bool ConnectionStream::is_writable() const
{
    short revents = 0;
    if (!pollFor(m_socket, POLLOUT, m_writeTimeoutMs, &revents)) {
        return false;
    }
    return (revents & (POLLERR | POLLHUP | POLLNVAL)) == 0;
}

ssize_t ConnectionStream::read(char* ptr, size_t size)
{
    if (buffered() > 0) {
        const std::size_t count = std::min(size, buffered());
        std::memcpy(ptr, m_buffer.data() + m_offset, count);
        m_offset += count;
        if (m_offset == m_buffer.size()) {
            m_buffer.clear();
            m_offset = 0;
        }
        return static_cast<ssize_t>(count);
    }
    if (!is_readable()) {
        return -1;
    }
    return readSocket(ptr, size);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size)
{
    if (!is_writable()) {
        return -1;
    }
    if (m_ssl != nullptr) {
        const int count =
                SSL_write(m_ssl, ptr, static_cast<int>(std::min<std::size_t>(size, INT_MAX)));
        return count > 0 ? count : -1;
    }
    ssize_t count = 0;
    do {
        count = ::send(m_socket, ptr, size, MSG_NOSIGNAL);
    } while (count < 0 && errno == EINTR);
    return count;
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const
{
    addressOf(m_socket, true, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const
{
    addressOf(m_socket, false, ip, port);
}

socket_t ConnectionStream::socket() const
{
    return m_socket;
}
