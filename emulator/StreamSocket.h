// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/ssl.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

// A connected socket that a stream is written to: plain or TLS, with HTTP chunked framing (a
// Spout response) or raw (a syslog output). Every wait is sliced and watched, so a peer that
// goes away or a stopping emulator ends a stream promptly; a slow reader only holds back its
// own writer. The socket itself stays owned by whoever opened it.
class StreamSocket
{
public:
    enum class Status
    {
        Ok,
        Closed,  // the peer closed or reset the connection
        Stopped, // the emulator (or the output) is stopping
    };

    StreamSocket(int fd, SSL* ssl, bool chunked, std::function<bool()> stopping);
    ~StreamSocket();
    StreamSocket(const StreamSocket&) = delete;
    StreamSocket& operator=(const StreamSocket&) = delete;

    // One write: one HTTP chunk, or one send / TLS record sequence on a raw socket.
    Status write(std::string_view data);
    // Waits up to `timeoutMs` for the peer to go away or `wakeFd` (if >= 0) to be readable.
    Status wait(int timeoutMs, int wakeFd);
    bool peerGone();
    // Ends the stream: `clean` writes the last chunk (chunked only); otherwise the socket is
    // shut down at once, without a last chunk or TLS close_notify.
    void finish(bool clean);
    void setNoDelay(bool on);
    std::uint64_t bytesWritten() const { return m_bytes; }

private:
    Status sendParts(const std::string_view* parts, std::size_t count);
    Status waitWritable(bool wantRead);

    int m_fd;
    SSL* m_ssl;
    bool m_chunked;
    std::function<bool()> m_stopping;
    int m_savedFlags = -1;
    std::string m_scratch;
    std::uint64_t m_bytes = 0;
};
