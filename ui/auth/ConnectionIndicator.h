// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace lc {

class OrgSession;

// Always in view (the status bar): which organisation, whether it is connected, and what the
// key may do there, with the full permission list as a tooltip.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    void setSession(OrgSession* session);
    // Before a session exists: "Starting the demo organisation…".
    void setPending(const QString& message);

    QLabel* stateLabel() const { return m_state; }
    QLabel* permissionsLabel() const { return m_permissions; }

private:
    void refresh();

    QPointer<OrgSession> m_session;
    QLabel* m_dot;
    QLabel* m_state;
    QLabel* m_permissions;
};

} // namespace lc
