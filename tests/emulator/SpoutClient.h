// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// A bare HTTP/1.1 client for stream responses: it keeps the chunk boundaries and the arrival
// time of everything it reads, which a normal HTTP client hides.
class SpoutClient
{
public:
    struct Piece
    {
        std::string text;
        std::int64_t atMs = 0; // steady clock
    };

    // `receiveBuffer` > 0 shrinks the socket's receive buffer, to make a slow reader.
    SpoutClient(std::string host, int port, int receiveBuffer = 0);
    ~SpoutClient();
    SpoutClient(const SpoutClient&) = delete;
    SpoutClient& operator=(const SpoutClient&) = delete;

    // Sends a form POST and reads the response head. The request time is kept.
    bool post(const std::string& target, const std::string& form, int timeoutMs = 3000);
    int status() const { return m_status; }
    std::string header(const std::string& name) const;
    std::size_t headerCount(const std::string& name) const;
    std::int64_t requestMs() const { return m_requestMs; }

    // The next chunk of the body as it was framed, or nothing at the end or on timeout.
    std::optional<Piece> nextChunk(int timeoutMs);
    // The next line (without its newline), or nothing at the end or on timeout.
    std::optional<Piece> nextLine(int timeoutMs);
    // Reads until the server closes; true if that happens within `timeoutMs`.
    bool waitClosed(int timeoutMs);
    bool sawLastChunk() const { return m_lastChunk; }
    bool closedByServer() const { return m_eof; }
    void close();

    static std::int64_t nowMs();

private:
    bool fill(int timeoutMs);
    void parseChunks();

    std::string m_host;
    int m_port;
    int m_fd = -1;
    int m_status = 0;
    std::vector<std::pair<std::string, std::string>> m_headers;
    std::int64_t m_requestMs = 0;
    std::string m_raw;
    std::deque<Piece> m_chunks;
    std::string m_partialLine;
    std::int64_t m_partialAt = 0;
    bool m_chunked = false;
    bool m_lastChunk = false;
    bool m_eof = false;
};
