// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

#include "session/OrgSession.h"
#include "widgets/StatusPalette.h"

namespace lc {

namespace {

QString dot(StatusPalette::Tone tone, const QPalette& palette)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>")
            .arg(StatusPalette::text(tone, palette).name());
}

// What an analyst can do with the key, in the order the console uses it.
QStringList capabilities(const WhoAmI& who)
{
    QStringList can;
    if (who.can(QStringLiteral("sensor.list")))
        can << ConnectionIndicator::tr("list sensors");
    if (who.can(QStringLiteral("sensor.get")))
        can << ConnectionIndicator::tr("read details");
    if (who.can(QStringLiteral("sensor.tag")))
        can << ConnectionIndicator::tr("tag");
    if (who.can(QStringLiteral("sensor.task")))
        can << ConnectionIndicator::tr("task and isolate");
    return can;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_permissions(new QLabel(this))
{
    m_dot->setTextFormat(Qt::RichText);
    m_state->setAccessibleName(tr("Connection"));
    m_permissions->setAccessibleName(tr("Key permissions"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_permissions);
    layout->addStretch(1);
    refresh();
}

void ConnectionIndicator::setSession(OrgSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &OrgSession::stateChanged, this, &ConnectionIndicator::refresh);
        connect(session, &OrgSession::whoChanged, this, &ConnectionIndicator::refresh);
        connect(session, &OrgSession::orgNameChanged, this, &ConnectionIndicator::refresh);
    }
    refresh();
}

void ConnectionIndicator::setPending(const QString& message)
{
    m_dot->setText(dot(StatusPalette::Tone::Warning, palette()));
    m_state->setText(message);
    m_state->setToolTip({});
    m_permissions->clear();
}

void ConnectionIndicator::refresh()
{
    if (!m_session) {
        m_dot->setText(dot(StatusPalette::Tone::Inactive, palette()));
        m_state->setText(tr("Not connected"));
        m_state->setToolTip({});
        m_permissions->clear();
        m_permissions->setToolTip({});
        return;
    }

    const QString org = m_session->orgName();
    const QString demo = m_session->isDemo() ? tr(" (demo)") : QString();
    m_state->setToolTip(m_session->credentials().describe());
    switch (m_session->state()) {
    case OrgSession::State::Disconnected:
        m_dot->setText(dot(StatusPalette::Tone::Inactive, palette()));
        m_state->setText(tr("Not connected"));
        break;
    case OrgSession::State::Connecting:
        m_dot->setText(dot(StatusPalette::Tone::Warning, palette()));
        m_state->setText(tr("Connecting to %1%2…").arg(org, demo));
        break;
    case OrgSession::State::Connected:
        m_dot->setText(dot(StatusPalette::Tone::Success, palette()));
        m_state->setText(tr("Connected to %1%2").arg(org, demo));
        break;
    case OrgSession::State::Failed:
        m_dot->setText(dot(StatusPalette::Tone::Error, palette()));
        m_state->setText(tr("Not connected to %1: %2").arg(org, m_session->error().message));
        break;
    }

    if (!m_session->whoKnown()) {
        m_permissions->clear();
        m_permissions->setToolTip({});
        return;
    }
    const WhoAmI& who = m_session->who();
    const QStringList can = capabilities(who);
    m_permissions->setText(who.permissions.isEmpty()
                                   ? tr("Key has no permissions in this organisation")
                           : can.isEmpty() ? tr("Key can: none of the sensor actions")
                                           : tr("Key can: %1").arg(can.join(QStringLiteral(", "))));
    QStringList sorted = who.permissions;
    sorted.sort();
    m_permissions->setToolTip(tr("Key %1 (%2)\n%n permission(s) in this organisation:\n%3", nullptr,
                                 static_cast<int>(sorted.size()))
                                      .arg(who.ident,
                                           who.userKey ? tr("user key") : tr("organisation key"),
                                           sorted.join(QLatin1Char('\n'))));
}

} // namespace lc
