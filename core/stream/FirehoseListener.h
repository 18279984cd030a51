// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "stream/FirehoseOptions.h"
#include "stream/LiveStream.h"

namespace lc {

class ApiClient;

// Firehose: a QSslServer on the chosen interface and port. On start it creates the
// "tmp_live_<name>" syslog output pointing here, on stop it deletes it. Each accepted
// connection has its own framer; a peer that closes without TLS close_notify keeps its last
// complete record and is reported as "peer closed".
class FirehoseListener : public LiveStream
{
    Q_OBJECT

public:
    FirehoseListener(ApiClient* client, const FirehoseOptions& options, QObject* parent = nullptr);
    ~FirehoseListener() override;

    const FirehoseOptions& options() const;
    // A "tmp_live_<name>" output left by a crash is found at start: the listener waits in
    // Connecting and emits leftoverOutputFound; the caller answers with one of these.
    void removeLeftoverAndStart();
    void keepLeftoverAndStart();

    void start() override;
    void stop() override;
    QString stateText() const override;
    quint16 listeningPort() const; // the bound port (when 0 was asked)
    int connectionCount() const;

signals:
    void leftoverOutputFound(const QString& outputName, const QString& destination);
    // The output is gone (stop finished, or deletion failed: message says what to do).
    void stopped(const QString& message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
