// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <utility>

// Plays the cloud side of a Firehose: connects to a listener on loopback (TLS without
// certificate checks by default), writes given payloads one socket write each with TCP_NODELAY
// and a pause between writes, over one or more interleaved connections, and ends each
// connection with TLS close_notify or with a bare TCP FIN (the "unexpected EOF" OpenSSL 3
// reports). Driven by POST /_emulator/feed (see the README for the request).
class FeedSender
{
public:
    explicit FeedSender(std::function<bool()> stopping);

    // Returns the HTTP status and the answer (what was written, or {"error": ...}).
    std::pair<int, nlohmann::ordered_json> run(const nlohmann::json& request) const;

private:
    std::function<bool()> m_stopping;
};
