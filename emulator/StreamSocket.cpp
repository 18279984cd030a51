// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamSocket.h"

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

constexpr int kSliceMs = 100;

std::string chunkHeader(std::size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    do {
        hex.insert(hex.begin(), digits[size & 0xFU]);
        size >>= 4U;
    } while (size != 0);
    return hex + "\r\n";
}

} // namespace

StreamSocket::StreamSocket(int fd, SSL* ssl, bool chunked, std::function<bool()> stopping)
    : m_fd(fd)
    , m_ssl(ssl)
    , m_chunked(chunked)
    , m_stopping(std::move(stopping))
{
    if (m_ssl != nullptr) {
        // OpenSSL writes with write(2); it needs a non-blocking socket to never hang, and may
        // be handed the same bytes again from another buffer after a WANT_WRITE.
        m_savedFlags = ::fcntl(m_fd, F_GETFL);
        if (m_savedFlags >= 0) {
            ::fcntl(m_fd, F_SETFL, m_savedFlags | O_NONBLOCK);
        }
        SSL_set_mode(m_ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    }
}

StreamSocket::~StreamSocket()
{
    if (m_savedFlags >= 0) {
        ::fcntl(m_fd, F_SETFL, m_savedFlags);
    }
}

void StreamSocket::setNoDelay(bool on)
{
    const int value = on ? 1 : 0;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &value, sizeof value);
}

bool StreamSocket::peerGone()
{
    pollfd descriptor{m_fd, static_cast<short>(POLLIN | POLLRDHUP), 0};
    if (::poll(&descriptor, 1, 0) <= 0) {
        return false;
    }
    if ((descriptor.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) != 0) {
        return true;
    }
    // A stream client has nothing more to say; whatever it sends is read and dropped so that
    // the socket does not stay readable.
    char sink[4096];
    if (m_ssl != nullptr) {
        const int count = SSL_read(m_ssl, sink, sizeof sink);
        if (count > 0) {
            return false;
        }
        const int error = SSL_get_error(m_ssl, count);
        return error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE;
    }
    const ssize_t count = ::recv(m_fd, sink, sizeof sink, MSG_DONTWAIT);
    if (count > 0) {
        return false;
    }
    return count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

StreamSocket::Status StreamSocket::wait(int timeoutMs, int wakeFd)
{
    int left = timeoutMs;
    for (;;) {
        if (m_stopping()) {
            return Status::Stopped;
        }
        const int slice = left < kSliceMs ? left : kSliceMs;
        pollfd descriptors[2] = {{m_fd, static_cast<short>(POLLIN | POLLRDHUP), 0},
                                 {wakeFd, POLLIN, 0}};
        const int ready = ::poll(descriptors, wakeFd >= 0 ? 2 : 1, slice < 0 ? 0 : slice);
        if (ready > 0) {
            if (descriptors[0].revents != 0 && peerGone()) {
                return Status::Closed;
            }
            if (wakeFd >= 0 && (descriptors[1].revents & POLLIN) != 0) {
                return Status::Ok;
            }
        }
        left -= slice;
        if (left <= 0) {
            return Status::Ok;
        }
    }
}

StreamSocket::Status StreamSocket::waitWritable(bool wantRead)
{
    for (;;) {
        if (m_stopping()) {
            return Status::Stopped;
        }
        pollfd descriptor{m_fd, static_cast<short>((wantRead ? POLLIN : POLLOUT) | POLLRDHUP), 0};
        const int ready = ::poll(&descriptor, 1, kSliceMs);
        if (ready < 0 && errno != EINTR) {
            return Status::Closed;
        }
        if (ready <= 0) {
            continue;
        }
        if ((descriptor.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) != 0) {
            return Status::Closed;
        }
        return Status::Ok;
    }
}

StreamSocket::Status StreamSocket::sendParts(const std::string_view* parts, std::size_t count)
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        total += parts[i].size();
    }
    if (m_ssl != nullptr) {
        m_scratch.clear();
        for (std::size_t i = 0; i < count; ++i) {
            m_scratch.append(parts[i]);
        }
        std::size_t sent = 0;
        while (sent < m_scratch.size()) {
            const int result = SSL_write(
                    m_ssl, m_scratch.data() + sent,
                    static_cast<int>(std::min<std::size_t>(m_scratch.size() - sent, 1U << 20U)));
            if (result > 0) {
                sent += static_cast<std::size_t>(result);
                continue;
            }
            const int error = SSL_get_error(m_ssl, result);
            if (error != SSL_ERROR_WANT_WRITE && error != SSL_ERROR_WANT_READ) {
                return Status::Closed;
            }
            const Status status = waitWritable(error == SSL_ERROR_WANT_READ);
            if (status != Status::Ok) {
                return status;
            }
        }
        return Status::Ok;
    }
    iovec vectors[4];
    std::size_t used = 0;
    for (std::size_t i = 0; i < count && used < 4; ++i) {
        if (!parts[i].empty()) {
            vectors[used].iov_base = const_cast<char*>(parts[i].data());
            vectors[used].iov_len = parts[i].size();
            ++used;
        }
    }
    std::size_t first = 0;
    std::size_t left = total;
    while (left > 0) {
        msghdr message{};
        message.msg_iov = vectors + first;
        message.msg_iovlen = used - first;
        const ssize_t result = ::sendmsg(m_fd, &message, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (result < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                return Status::Closed;
            }
            const Status status = waitWritable(false);
            if (status != Status::Ok) {
                return status;
            }
            continue;
        }
        auto done = static_cast<std::size_t>(result);
        left -= done;
        while (done > 0 && first < used) {
            if (done >= vectors[first].iov_len) {
                done -= vectors[first].iov_len;
                ++first;
            } else {
                vectors[first].iov_base = static_cast<char*>(vectors[first].iov_base) + done;
                vectors[first].iov_len -= done;
                done = 0;
            }
        }
    }
    return Status::Ok;
}

StreamSocket::Status StreamSocket::write(std::string_view data)
{
    if (data.empty()) {
        // An empty chunk would end an HTTP body.
        return Status::Ok;
    }
    Status status = Status::Ok;
    if (m_chunked) {
        const std::string header = chunkHeader(data.size());
        const std::string_view parts[3] = {header, data, "\r\n"};
        status = sendParts(parts, 3);
    } else {
        status = sendParts(&data, 1);
    }
    if (status == Status::Ok) {
        m_bytes += data.size();
    }
    return status;
}

void StreamSocket::finish(bool clean)
{
    if (clean) {
        if (m_chunked) {
            const std::string_view last = "0\r\n\r\n";
            sendParts(&last, 1);
        }
        return;
    }
    ::shutdown(m_fd, SHUT_RDWR);
}
