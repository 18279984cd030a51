// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <functional>

#include "ConnectionStream.h"

// httplib::Server with our own connection loop: TLS from an in-memory context, byte-exact
// request heads for the request log, and 413 for oversized header blocks.
class HttpServer : public httplib::Server
{
public:
    using HeadRejectedHandler = std::function<void(const RequestHead&, int status)>;

    HttpServer(SSL_CTX* tlsContext, std::size_t maxHeaderBytes);

    void setHeadRejectedHandler(HeadRejectedHandler handler);
    // Like stop(), but also releases a socket that was bound and never served.
    void shutdown();

private:
    bool process_and_close_socket(socket_t sock) override;
    std::string rejection(const RequestHead& head, int status) const;

    SSL_CTX* m_tlsContext;
    std::size_t m_maxHeaderBytes;
    HeadRejectedHandler m_onHeadRejected;
};
