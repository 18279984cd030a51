// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "stream/LiveStream.h"
#include "stream/SpoutOptions.h"

namespace lc {

class ApiClient;

// Spout: a long-lived form POST to the stream host (ApiClient::endpoints().stream + "/<oid>")
// whose answer is newline-delimited JSON. Authenticates with a fresh JWT on every (re)connect;
// reaches Live only at the "connected" trace; an "error: ..." line after the 200 fails the
// stream (after at most one retry with a renewed token); silence longer than the stall timeout
// reconnects, with backoff and jitter; redirects are never followed (the form holds
// credentials).
class SpoutStream : public LiveStream
{
    Q_OBJECT

public:
    SpoutStream(ApiClient* client, const SpoutOptions& options, QObject* parent = nullptr);
    ~SpoutStream() override;

    const SpoutOptions& options() const;
    void start() override;
    void stop() override;
    QString stateText() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
