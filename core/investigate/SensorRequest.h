// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "investigate/CommandSpec.h"
#include "investigate/SensorResponse.h"

namespace lc {

class Investigation;

// One task sent to one sensor whose replies come back over the investigation's stream,
// recognised by the tracking id `<investigation>/<unique>` the sensor echoes. Created by
// Investigation::request(); a child of the investigation until its owner deletes it.
class SensorRequest : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,    // waiting for the stream's "connected": replies sent earlier would be lost
        Sending,   // the task POST is under way
        Sent,      // accepted; no receipt yet
        Received,  // the sensor's CLOUD_NOTIFICATION receipt arrived
        Completed, // all replies in (see Completion)
        Failed,    // the task was refused (offline sensor, permissions) or the stream failed
        TimedOut,
        Cancelled,
    };
    Q_ENUM(State)

    ~SensorRequest() override;

    QString sid() const { return m_sid; }
    QString task() const { return m_task; }
    QString trackingId() const { return m_trackingId; }
    Completion completion() const { return m_completion; }
    bool isDestructive() const { return m_destructive; }
    State state() const { return m_state; }
    bool isFinished() const;
    // The receipt came: the sensor has the task.
    bool wasDelivered() const { return m_delivered; }
    static QString stateName(State state);
    // "Waiting for reply (12 s left)", "Failed: the sensor is offline", ...
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    // Failed because the sensor was offline when the task was posted.
    bool failedOffline() const { return m_offline; }

    const QList<SensorResponse>& responses() const { return m_responses; }
    QDateTime createdAt() const { return m_createdAt; }
    QDateTime sentAt() const { return m_sentAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    int timeoutMs() const { return m_timeoutMs; }
    qint64 remainingMs() const;
    // Records seen twice (same event id, or the same bytes) and not added again.
    int duplicatesIgnored() const { return m_duplicates; }
    // The stream reconnected while this request waited, so a reply may have been missed.
    bool wasInterrupted() const { return m_interrupted; }

    void cancel();

signals:
    void stateChanged(lc::SensorRequest::State state);
    void responseArrived(int index);
    void finished();

private:
    friend class Investigation;
    SensorRequest(const QString& sid, const QString& task, const QString& trackingId, int timeoutMs,
                  QObject* parent);

    void setState(State state);
    void finish(State state, const QString& error = {});
    void accept(const SensorResponse& response, const QByteArray& identity);
    void onTimeout();

    QString m_sid;
    QString m_task;
    QString m_trackingId;
    Completion m_completion = Completion::FirstReply;
    bool m_destructive = false;
    State m_state = State::Queued;
    bool m_delivered = false;
    bool m_interrupted = false;
    bool m_sentOnce = false;
    bool m_offline = false;
    QString m_errorText;
    QList<SensorResponse> m_responses;
    QSet<QByteArray> m_seen;
    int m_duplicates = 0;
    int m_timeoutMs = 0;
    QDeadlineTimer m_deadline;
    QTimer m_timeoutTimer;
    QTimer m_quietTimer;
    QDateTime m_createdAt;
    QDateTime m_sentAt;
    QDateTime m_finishedAt;
};

} // namespace lc
