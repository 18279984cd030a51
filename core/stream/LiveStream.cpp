// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/LiveStream.h"

namespace lc {

LiveStream::LiveStream(QObject* parent)
    : QObject(parent)
{}

QString LiveStream::stateText() const
{
    switch (m_state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Connecting:
        return tr("Connecting");
    case State::Live:
        return tr("Live");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Failed:
        return m_errorText.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(m_errorText);
    }
    return {};
}

void LiveStream::setState(State state)
{
    if (state == m_state)
        return;
    // A new attempt starts clean; Reconnecting keeps the reason of the loss for display.
    if (state == State::Connecting || state == State::Live)
        m_errorText.clear();
    m_state = state;
    emit stateChanged(state);
}

void LiveStream::fail(const QString& message)
{
    m_errorText = message;
    setState(State::Failed);
    emit errorOccurred(message);
}

void LiveStream::addServerDropped(quint64 count)
{
    if (count == 0)
        return;
    m_serverDropped += count;
    emit serverDroppedChanged(m_serverDropped);
}

} // namespace lc
