// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "stream/EventSink.h"
#include "stream/LiveStream.h"
#include "stream/SpoutOptions.h"

namespace lc {

class ApiClient;
class ApiRequest;
class SensorRequest;
class SpoutStream;

// Interactive tasking (reference §7): one Spout subscribed to an investigation id, and
// requests whose replies it routes back. A request gets the tracking id
// `<investigation>/<unique>`; it is posted only once the stream has reported "connected"
// (replies published before that are never delivered, field case C03 b), and every record
// whose routing.investigation_id equals its tracking id goes to it. The stream starts with
// the first request and reconnects on its own; a request still waiting for its receipt when
// the stream dropped is sent again after the reconnect unless its command changes the host.
class Investigation : public QObject, private EventSink
{
    Q_OBJECT

public:
    explicit Investigation(ApiClient* client, const QString& id = {}, QObject* parent = nullptr);
    ~Investigation() override;

    // "lcdesk-1a2b3c4d"
    static QString newId(const QString& prefix = QStringLiteral("lcdesk"));
    // Why an id cannot be used (empty when it can): the server matches the part before the
    // first '/', so an id holds no '/', no spaces and no control characters.
    static QString checkId(const QString& id);

    QString id() const { return m_id; }
    // A new id restarts the stream; requests still waiting move to the new stream with new
    // tracking ids. Returns false (and changes nothing) for an id checkId() refuses.
    bool setId(const QString& id);

    // timeoutMs < 0: the catalogue's timeout for the command (30 s when unknown). A stream
    // that failed is started again.
    SensorRequest* request(const QString& sid, const QString& task, int timeoutMs = -1);

    // Timeouts and backoff of the stream (its type and investigation filter are set here).
    void setStreamOptions(const SpoutOptions& options) { m_streamOptions = options; }

    void start();
    void stop();
    LiveStream::State streamState() const;
    QString streamStateText() const;
    SpoutStream* stream() const { return m_stream; }

    // Requests not finished yet.
    int pendingCount() const;
    // Records on the stream that belong to no live request (late replies of deleted
    // requests, tasks sent by others with this investigation id).
    quint64 unmatchedRecords() const { return m_unmatched; }
    // Silence after the last reply that ends an UntilQuiet request.
    void setQuietMs(int ms) { m_quietMs = ms; }
    int quietMs() const { return m_quietMs; }

signals:
    void streamStateChanged(lc::LiveStream::State state);
    void streamError(const QString& message);
    // A record of this investigation that no request claimed (the raw line).
    void unmatchedRecord(const QByteArray& raw);

private:
    void acceptLine(const IndexedLine& line) override;
    void onStreamState(LiveStream::State state);
    void onConnected();
    void send(SensorRequest* request);
    void forget(SensorRequest* request);
    void restartStream();

    ApiClient* m_client;
    QString m_id;
    SpoutOptions m_streamOptions;
    SpoutStream* m_stream = nullptr;
    bool m_connected = false;
    QHash<QString, QPointer<SensorRequest>> m_requests;
    QList<QPointer<SensorRequest>> m_queue;
    // Task POSTs under way, cancelled with the investigation.
    QList<QPointer<ApiRequest>> m_posts;
    quint64 m_unmatched = 0;
    int m_quietMs = 2000;
};

} // namespace lc
