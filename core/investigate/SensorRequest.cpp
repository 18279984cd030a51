// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/SensorRequest.h"

#include "investigate/CommandCatalog.h"
#include "investigate/TaskLine.h"

namespace lc {

SensorRequest::SensorRequest(const QString& sid, const QString& task, const QString& trackingId,
                             int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_sid(sid)
    , m_task(task)
    , m_trackingId(trackingId)
    , m_createdAt(QDateTime::currentDateTimeUtc())
{
    const CommandSpec* spec = CommandCatalog::find(TaskLine::commandOf(task));
    if (spec != nullptr) {
        m_completion = spec->completion;
        m_destructive = spec->destructive;
    }
    m_timeoutMs = timeoutMs >= 0 ? timeoutMs : (spec != nullptr ? spec->timeoutMs : 30'000);

    // The deadline counts from the click, so a stream that never connects still ends it.
    m_deadline = QDeadlineTimer(m_timeoutMs, Qt::PreciseTimer);
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SensorRequest::onTimeout);
    m_timeoutTimer.start(m_timeoutMs);

    m_quietTimer.setSingleShot(true);
    m_quietTimer.setInterval(2000);
    connect(&m_quietTimer, &QTimer::timeout, this, [this] { finish(State::Completed); });
}

SensorRequest::~SensorRequest() = default;

bool SensorRequest::isFinished() const
{
    return m_state == State::Completed || m_state == State::Failed || m_state == State::TimedOut
           || m_state == State::Cancelled;
}

QString SensorRequest::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Waiting for the stream");
    case State::Sending:
        return tr("Sending");
    case State::Sent:
        return tr("Sent");
    case State::Received:
        return tr("Received by the sensor");
    case State::Completed:
        return tr("Completed");
    case State::Failed:
        return tr("Failed");
    case State::TimedOut:
        return tr("Timed out");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SensorRequest::statusText() const
{
    const qint64 left = (remainingMs() + 999) / 1000;
    switch (m_state) {
    case State::Queued:
        return tr("Waiting for the stream to connect (%n s left)", nullptr, int(left));
    case State::Sending:
        return tr("Sending the task");
    case State::Sent:
        return tr("Waiting for the receipt (%n s left)", nullptr, int(left));
    case State::Received:
        return m_responses.isEmpty()
                       ? tr("Waiting for the reply (%n s left)", nullptr, int(left))
                       : tr("%n reply(s) so far (%1 s left)", nullptr, int(m_responses.size()))
                                 .arg(left);
    case State::Completed:
        return tr("Completed: %n reply(s)", nullptr, int(m_responses.size()));
    case State::Failed:
        return tr("Failed: %1").arg(m_errorText);
    case State::TimedOut:
        return m_errorText;
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

qint64 SensorRequest::remainingMs() const
{
    return isFinished() ? 0 : m_deadline.remainingTime();
}

void SensorRequest::cancel()
{
    if (!isFinished())
        finish(State::Cancelled);
}

void SensorRequest::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SensorRequest::finish(State state, const QString& error)
{
    if (isFinished())
        return;

    m_timeoutTimer.stop();
    m_quietTimer.stop();
    m_errorText = error;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    setState(state);
    emit finished();
}

void SensorRequest::onTimeout()
{
    if (isFinished())
        return;

    // A multi-reply task that delivered something ends with what it has, flagged as cut short.
    QString text = m_responses.isEmpty()
                           ? tr("No reply within %n s", nullptr, (m_timeoutMs + 999) / 1000)
                           : tr("Stopped waiting after %n s (the sensor had not said it was done)",
                                nullptr, (m_timeoutMs + 999) / 1000);
    if (m_state == State::Queued)
        text = tr("The stream did not connect within %n s; the task was not sent", nullptr,
                  (m_timeoutMs + 999) / 1000);
    else if (m_state == State::Sent && !m_delivered)
        text += tr(" and no receipt: the sensor may not have received the task");
    if (m_interrupted)
        text += tr(" (the stream reconnected meanwhile; replies sent during the gap are lost)");
    finish(State::TimedOut, text);
}

void SensorRequest::accept(const SensorResponse& response, const QByteArray& identity)
{
    if (!identity.isEmpty()) {
        if (m_seen.contains(identity)) {
            ++m_duplicates;
            return;
        }
        m_seen.insert(identity);
    }

    if (response.eventType == QLatin1String("CLOUD_NOTIFICATION")) {
        m_delivered = true;
        if (m_state == State::Sent || m_state == State::Sending)
            setState(State::Received);
        if (m_completion == Completion::NoReply)
            finish(State::Completed);
        return;
    }

    if (isFinished()) {
        SensorResponse late = response;
        late.late = true;
        m_responses.append(late);
        emit responseArrived(int(m_responses.size()) - 1);
        return;
    }

    // The reply can overtake its receipt; the sensor clearly has the task.
    if (m_state == State::Sent || m_state == State::Sending)
        setState(State::Received);

    const bool done = m_completion == Completion::UntilDone && response.isDoneMarker();
    if (!done) {
        m_responses.append(response);
        emit responseArrived(int(m_responses.size()) - 1);
    }

    switch (m_completion) {
    case Completion::FirstReply:
    case Completion::NoReply:
        finish(State::Completed);
        break;
    case Completion::UntilDone:
        if (done)
            finish(State::Completed);
        break;
    case Completion::UntilQuiet:
        m_quietTimer.start();
        break;
    }
}

} // namespace lc
