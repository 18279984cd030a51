// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpoutClient.h"

#include <arpa/inet.h>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <netinet/in.h>
#include <poll.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

SpoutClient::SpoutClient(std::string host, int port, int receiveBuffer)
    : m_host(std::move(host))
    , m_port(port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (receiveBuffer > 0) {
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    }
}

SpoutClient::~SpoutClient()
{
    close();
}

std::int64_t SpoutClient::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void SpoutClient::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

std::string SpoutClient::header(const std::string& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (strcasecmp(key.c_str(), name.c_str()) == 0) {
            return value;
        }
    }
    return std::string();
}

std::size_t SpoutClient::headerCount(const std::string& name) const
{
    std::size_t count = 0;
    for (const auto& item : m_headers) {
        count += strcasecmp(item.first.c_str(), name.c_str()) == 0 ? 1 : 0;
    }
    return count;
}

bool SpoutClient::fill(int timeoutMs)
{
    if (m_fd < 0 || m_eof) {
        return false;
    }
    pollfd descriptor{m_fd, POLLIN, 0};
    if (::poll(&descriptor, 1, timeoutMs) <= 0) {
        return false;
    }
    char buffer[65536];
    const ssize_t count = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (count <= 0) {
        m_eof = true;
        return false;
    }
    m_raw.append(buffer, static_cast<std::size_t>(count));
    return true;
}

bool SpoutClient::post(const std::string& target, const std::string& form, int timeoutMs)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(m_port));
    inet_pton(AF_INET, m_host.c_str(), &address.sin_addr);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        return false;
    }
    const std::string request = "POST " + target + " HTTP/1.1\r\nHost: " + m_host + ":"
                                + std::to_string(m_port)
                                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                  "Content-Length: "
                                + std::to_string(form.size()) + "\r\n\r\n" + form;
    m_requestMs = nowMs();
    if (::send(m_fd, request.data(), request.size(), MSG_NOSIGNAL)
        != static_cast<ssize_t>(request.size())) {
        return false;
    }
    const std::int64_t deadline = nowMs() + timeoutMs;
    std::size_t end = std::string::npos;
    while ((end = m_raw.find("\r\n\r\n")) == std::string::npos) {
        if (!fill(static_cast<int>(std::max<std::int64_t>(0, deadline - nowMs())))) {
            return false;
        }
    }
    const std::string head = m_raw.substr(0, end);
    m_raw.erase(0, end + 4);
    std::size_t lineEnd = head.find("\r\n");
    const std::string statusLine = head.substr(0, lineEnd);
    const std::size_t space = statusLine.find(' ');
    m_status = space == std::string::npos ? 0 : std::atoi(statusLine.c_str() + space + 1);
    while (lineEnd != std::string::npos) {
        const std::size_t start = lineEnd + 2;
        lineEnd = head.find("\r\n", start);
        const std::string line = head.substr(start, lineEnd == std::string::npos ? std::string::npos
                                                                                 : lineEnd - start);
        const std::size_t colon = line.find(':');
        if (colon != std::string::npos) {
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            m_headers.emplace_back(line.substr(0, colon), value);
        }
    }
    m_chunked = strcasecmp(header("Transfer-Encoding").c_str(), "chunked") == 0;
    parseChunks();
    return true;
}

void SpoutClient::parseChunks()
{
    const std::int64_t now = nowMs();
    if (!m_chunked) {
        if (!m_raw.empty()) {
            m_chunks.push_back(Piece{m_raw, now});
            m_raw.clear();
        }
        return;
    }
    for (;;) {
        const std::size_t lineEnd = m_raw.find("\r\n");
        if (lineEnd == std::string::npos) {
            return;
        }
        const std::size_t size = std::strtoul(m_raw.substr(0, lineEnd).c_str(), nullptr, 16);
        if (size == 0) {
            m_lastChunk = true;
            m_raw.clear();
            return;
        }
        if (m_raw.size() < lineEnd + 2 + size + 2) {
            return;
        }
        m_chunks.push_back(Piece{m_raw.substr(lineEnd + 2, size), now});
        m_raw.erase(0, lineEnd + 2 + size + 2);
    }
}

std::optional<SpoutClient::Piece> SpoutClient::nextChunk(int timeoutMs)
{
    const std::int64_t deadline = nowMs() + timeoutMs;
    while (m_chunks.empty()) {
        if (m_lastChunk || m_eof) {
            return std::nullopt;
        }
        const std::int64_t left = deadline - nowMs();
        if (left <= 0 || !fill(static_cast<int>(left))) {
            if (m_eof || left <= 0) {
                return std::nullopt;
            }
            continue;
        }
        parseChunks();
    }
    Piece piece = m_chunks.front();
    m_chunks.pop_front();
    return piece;
}

std::optional<SpoutClient::Piece> SpoutClient::nextLine(int timeoutMs)
{
    const std::int64_t deadline = nowMs() + timeoutMs;
    for (;;) {
        const std::size_t newline = m_partialLine.find('\n');
        if (newline != std::string::npos) {
            Piece line{m_partialLine.substr(0, newline), m_partialAt};
            m_partialLine.erase(0, newline + 1);
            return line;
        }
        const auto chunk =
                nextChunk(static_cast<int>(std::max<std::int64_t>(0, deadline - nowMs())));
        if (!chunk) {
            return std::nullopt;
        }
        m_partialLine += chunk->text;
        m_partialAt = chunk->atMs;
    }
}

bool SpoutClient::waitClosed(int timeoutMs)
{
    const std::int64_t deadline = nowMs() + timeoutMs;
    while (!m_eof) {
        const std::int64_t left = deadline - nowMs();
        if (left <= 0) {
            return false;
        }
        fill(static_cast<int>(left));
        parseChunks();
    }
    return true;
}
