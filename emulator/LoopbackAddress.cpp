// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackAddress.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cstdint>
#include <netinet/in.h>

std::optional<LoopbackAddress> LoopbackAddress::parse(std::string_view hostPort, std::string& error)
{
    std::string host;
    std::string port;
    if (!hostPort.empty() && hostPort.front() == '[') {
        const std::size_t close = hostPort.find(']');
        if (close == std::string_view::npos || close + 1 >= hostPort.size()
            || hostPort[close + 1] != ':') {
            error = "expected [address]:port, got '" + std::string(hostPort) + "'";
            return std::nullopt;
        }
        host = std::string(hostPort.substr(1, close - 1));
        port = std::string(hostPort.substr(close + 2));
    } else {
        const std::size_t colon = hostPort.rfind(':');
        if (colon == std::string_view::npos) {
            error = "expected host:port, got '" + std::string(hostPort) + "'";
            return std::nullopt;
        }
        host = std::string(hostPort.substr(0, colon));
        port = std::string(hostPort.substr(colon + 1));
    }
    if (port.empty() || port.size() > 5
        || !std::all_of(port.begin(), port.end(),
                        [](unsigned char c) { return std::isdigit(c) != 0; })
        || std::stoi(port) < 1 || std::stoi(port) > 65535) {
        error = "bad port in '" + std::string(hostPort) + "'";
        return std::nullopt;
    }
    LoopbackAddress result;
    result.m_port = std::stoi(port);
    result.m_host = host;
    in_addr v4{};
    in6_addr v6{};
    std::string lowered = host;
    for (char& c : lowered) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lowered == "localhost") {
        result.m_hostIsName = true;
        inet_pton(AF_INET, "127.0.0.1", &v4);
    } else if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
        if ((ntohl(v4.s_addr) >> 24U) != 127U) {
            error = host + " is not a loopback address (only 127.0.0.0/8 and ::1 are dialed)";
            return std::nullopt;
        }
    } else if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
        if (!IN6_IS_ADDR_LOOPBACK(&v6)) {
            error = host + " is not a loopback address (only 127.0.0.0/8 and ::1 are dialed)";
            return std::nullopt;
        }
        auto* address = reinterpret_cast<sockaddr_in6*>(&result.m_address);
        address->sin6_family = AF_INET6;
        address->sin6_addr = v6;
        address->sin6_port = htons(static_cast<std::uint16_t>(result.m_port));
        result.m_length = sizeof(sockaddr_in6);
        return result;
    } else {
        error = "'" + host + "' is not an IP address; only loopback addresses are dialed";
        return std::nullopt;
    }
    auto* address = reinterpret_cast<sockaddr_in*>(&result.m_address);
    address->sin_family = AF_INET;
    address->sin_addr = v4;
    address->sin_port = htons(static_cast<std::uint16_t>(result.m_port));
    result.m_length = sizeof(sockaddr_in);
    return result;
}

std::string LoopbackAddress::text() const
{
    const bool v6 = m_address.ss_family == AF_INET6;
    return (v6 ? "[" + m_host + "]" : m_host) + ":" + std::to_string(m_port);
}
