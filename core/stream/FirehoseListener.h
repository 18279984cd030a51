// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "api/ApiError.h"
#include "stream/FirehoseOptions.h"
#include "stream/LiveStream.h"

class QSslSocket;

namespace lc {

class ApiClient;

// Firehose: a QSslServer on the chosen interface and port. On start it creates the
// "tmp_live_<name>" syslog output pointing here, on stop it deletes it. Each accepted
// connection has its own framer; a peer that closes without TLS close_notify keeps its last
// complete record and is reported as "peer closed".
//
// States: Connecting while registering and whenever no peer is connected ("listening"), Live
// while at least one peer is connected, Stopped after stop() (the output deleted first),
// Failed when the listener cannot start or the output cannot be created (the listener is then
// closed and nothing is left registered).
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
    // Uses the existing output as it is; it is deleted at stop like one made here.
    void keepLeftoverAndStart();

    void start() override;
    // Deletes the output (if one was registered), then closes the listener and every
    // connection; stopped() always follows, after stop() has returned.
    void stop() override;
    QString stateText() const override;
    quint16 listeningPort() const; // the bound port (when 0 was asked)
    int connectionCount() const;
    // host:port written into the output (the public destination), once known.
    QString destination() const;
    // The output exists in the organisation because of this listener (to be deleted at stop).
    bool isRegistered() const;
    // The start failed because the key was refused or lacks a permission.
    bool failedOnAuthentication() const;
    // The last stop could not delete the output: it is still in the organisation.
    bool outputLeftBehind() const;
    // Lines that were cut off by their peer closing (also handed to the sink as Malformed).
    quint64 truncatedRecords() const;

signals:
    void leftoverOutputFound(const QString& outputName, const QString& destination);
    // The output is registered (or a leftover kept): LimaCharlie will connect to destination.
    void registered(const QString& outputName, const QString& destination);
    // The output is gone (stop finished, or deletion failed: message says what to do).
    void stopped(const QString& message);

private:
    bool listen();
    void listOutputs();
    void registerOutput();
    void finishStop();
    void acceptPending();
    void readFrom(QSslSocket* socket);
    void closeConnection(QSslSocket* socket, const QString& reason);
    void closeAll();
    void failStart(const QString& message, const ApiError& cause = {});

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
