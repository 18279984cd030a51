// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "stream/LiveStream.h"
#include "stream/SpoutOptions.h"

namespace lc {

class ApiClient;
class IndexedBatch;
struct IndexedLine;

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
    // The last failure was the key or token being refused (for exit codes and the UI's
    // "log in again" hint).
    bool failedOnAuthentication() const;
    // Connection attempts sent since start() (first, reconnects and the token retry).
    int attemptsSent() const;

signals:
    // The server's "connected" trace: the subscription is live, so a task whose replies
    // are awaited on this stream may be sent now (C03 b). Emitted on every (re)connect.
    void connected();

private:
    void connectNow();
    void send(const QString& token);
    bool onHeaders();
    void onReadyRead();
    void onFinished();
    void drain();
    void process(QByteArrayView data);
    void onBatch(const IndexedBatch& batch);
    void onTrace(const IndexedLine& line);
    void onServerError(const QString& text);
    void onHttpError(int status, const QString& server);
    void reportTruncated();
    void scheduleReconnect(const QString& reason);
    void failNow(const QString& message, bool authentication);
    void dropConnection();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
