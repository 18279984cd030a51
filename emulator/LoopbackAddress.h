// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <sys/socket.h>

// A host:port the emulator may connect to. Only loopback addresses qualify (127.0.0.0/8 and
// ::1, or the name `localhost`, which is taken as 127.0.0.1 without asking a resolver): the
// emulator never dials anything else, whatever an output or a test asks for.
class LoopbackAddress
{
public:
    // "127.0.0.1:6514", "[::1]:6514", "localhost:6514". Fills `error` when the text is not an
    // address with a port, or not a loopback one.
    static std::optional<LoopbackAddress> parse(std::string_view hostPort, std::string& error);

    const sockaddr_storage& address() const { return m_address; }
    socklen_t length() const { return m_length; }
    int family() const { return m_address.ss_family; }
    // The host as written (brackets removed), for certificate checks.
    const std::string& host() const { return m_host; }
    bool hostIsName() const { return m_hostIsName; }
    std::string text() const;

private:
    sockaddr_storage m_address{};
    socklen_t m_length = 0;
    std::string m_host;
    int m_port = 0;
    bool m_hostIsName = false;
};
