// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace lc {

class EventSink;

// A source of live records (Spout over HTTP, Firehose over TLS, a recording being replayed).
// Subclasses frame the bytes (NdjsonFramer), index each line (EventIndexer), act on control
// lines themselves, and hand every Record or Malformed line to the sink in the thread of this
// object, calling EventSink::endBatch() after each read.
class LiveStream : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,      // not started, or stopped by the user
        Connecting,   // request sent / listener up, not yet delivering
        Live,         // delivering (Spout: after the "connected" trace)
        Reconnecting, // lost, waiting for the next attempt
        Failed,       // gave up; errorText() says why and what to do
    };
    Q_ENUM(State)

    explicit LiveStream(QObject* parent = nullptr);

    void setSink(EventSink* sink) { m_sink = sink; }
    EventSink* sink() const { return m_sink; }

    virtual void start() = 0;
    virtual void stop() = 0;

    State state() const { return m_state; }
    // One line for the status bar: "Live", "Reconnecting in 4 s (attempt 3)", ...
    virtual QString stateText() const;
    QString errorText() const { return m_errorText; }
    // Records the server reports it dropped (Spout "dropped" traces); never received here.
    quint64 serverDropped() const { return m_serverDropped; }

signals:
    void stateChanged(lc::LiveStream::State state);
    void errorOccurred(const QString& message);
    void serverDroppedChanged(quint64 total);
    // Something worth one status line (a peer connected, a peer closed, a reconnect).
    void notice(const QString& message);

protected:
    void setState(State state);
    void fail(const QString& message);
    void addServerDropped(quint64 count);

private:
    EventSink* m_sink = nullptr;
    State m_state = State::Stopped;
    QString m_errorText;
    quint64 m_serverDropped = 0;
};

} // namespace lc
