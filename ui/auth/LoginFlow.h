// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "auth/LoginDialog.h"

class QWidget;

namespace lc {

class BannerArea;
class SessionHost;

// Logging in and importing keys: shows the login dialog, saves the key to the keychain (or
// keeps it for the session when there is no keychain or the user says so), imports the
// credentials file into the keychain, then opens the organisation.
class LoginFlow : public QObject
{
    Q_OBJECT

public:
    LoginFlow(SessionHost* host, BannerArea* banners, QWidget* window);

    // environment: prefills that environment's name and organisation; reason says why.
    void showLogin(const QString& environment = {}, const QString& reason = {});
    void importFromCredentialsFile();
    // The dialog while it is open.
    LoginDialog* dialog() const { return m_dialog; }

signals:
    void importFinished(int imported, int failed);

private:
    void submit();
    void opened(const QString& environment);

    SessionHost* m_host;
    BannerArea* m_banners;
    QWidget* m_window;
    QPointer<LoginDialog> m_dialog;
    bool m_importing = false;
};

} // namespace lc
