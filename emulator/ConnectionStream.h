// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The request line and header fields exactly as they arrived. httplib keeps neither the header
// order nor URL fragments, and the request log must show what the client really sent.
struct RequestHead
{
    std::string method;
    std::string target;
    std::string version;
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t headerBytes = 0;
    std::int64_t receivedMs = 0;
    std::int64_t logId = -1;
    bool tls = false;
    // Set when httplib refused the request: what follows on the connection cannot be trusted.
    bool closeConnection = false;
};

// One client connection (plain or TLS). It reads the whole header block before httplib parses
// it so that oversized headers can be answered with 413 instead of the library's bare 400, and
// it keeps read-ahead bytes across keep-alive requests.
class ConnectionStream : public httplib::Stream
{
public:
    enum class HeadResult
    {
        Complete,
        TooLarge,
        Malformed,
        Unparsed,
        Closed,
    };

    ConnectionStream(int socket, SSL* ssl, int readTimeoutMs, int writeTimeoutMs);

    bool waitForRequest(const std::atomic<socket_t>& listening, int keepAliveMs);
    HeadResult readHead(std::size_t maxHeaderBytes, RequestHead& head);
    // Sends a final response, then reads whatever the client still sends for a moment, so that
    // closing does not reset the connection before the client has read the response.
    void sendAndLinger(std::string_view response);

    // The head of the request being processed on this thread, for the handlers.
    static RequestHead* current();
    static void setCurrent(RequestHead* head);
    // The connection of that request; long-lived answers (streams) write to it directly.
    static ConnectionStream* currentStream();
    static void setCurrentStream(ConnectionStream* stream);
    SSL* ssl() const { return m_ssl; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override;

private:
    std::size_t buffered() const { return m_buffer.size() - m_offset; }
    bool hasPendingInput() const;
    bool fill();
    ssize_t readSocket(char* ptr, std::size_t size);
    void hideFromHttplib(std::size_t& headEnd);
    void addMissingLength(const RequestHead& head, std::size_t headEnd);
    static void parseHead(std::string_view data, std::size_t lineEnd, RequestHead& head);
    static bool isWellFormed(std::string_view head, std::size_t lineEnd);

    int m_socket;
    SSL* m_ssl;
    int m_readTimeoutMs;
    int m_writeTimeoutMs;
    std::string m_buffer;
    std::size_t m_offset = 0;
};
