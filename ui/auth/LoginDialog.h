// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "credentials/Credentials.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lc {

// Organisation, optional user, API key and a name for them; the key goes to the keychain or
// stays for this session only. The dialog stays open after OK (submitted()) until the caller
// has saved the key, so a failure is shown where the user typed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);

    void setEnvironmentName(const QString& name);
    void setOid(const QString& oid);
    void setUid(const QString& uid);
    // Base URLs of a private deployment (or the emulator); empty ones mean the cloud.
    void setServerUrls(const QUrl& api, const QUrl& jwt, const QUrl& stream);
    // Why the dialog opened ("The key of prod is not in the keychain").
    void setReason(const QString& reason);
    // Without a keychain only "this session only" is possible; message says what to install.
    void setKeychainAvailable(bool available, const QString& message = {});
    void setImportAvailable(bool available, const QString& path = {});
    void setError(const QString& message);
    void setBusy(bool busy);

    // What was typed; source is Keychain or Session as chosen.
    Credentials credentials() const;
    bool saveToKeychain() const;

    QLineEdit* environmentEdit() const { return m_environment; }
    QLineEdit* oidEdit() const { return m_oid; }
    QLineEdit* uidEdit() const { return m_uid; }
    QLineEdit* apiKeyEdit() const { return m_apiKey; }
    QCheckBox* serverToggle() const { return m_server; }
    QLineEdit* apiUrlEdit() const { return m_apiUrl; }
    QLineEdit* jwtUrlEdit() const { return m_jwtUrl; }
    QLineEdit* streamUrlEdit() const { return m_streamUrl; }
    QRadioButton* keychainOption() const { return m_keychain; }
    QRadioButton* sessionOption() const { return m_session; }
    QPushButton* importButton() const { return m_import; }
    QLabel* errorLabel() const { return m_error; }
    QDialogButtonBox* buttons() const { return m_buttons; }

signals:
    // The input is complete and valid.
    void submitted();
    void importRequested();

public slots:
    void accept() override;

private:
    QString validate() const;

    QLabel* m_reason;
    QLineEdit* m_environment;
    QLineEdit* m_oid;
    QLineEdit* m_uid;
    QLineEdit* m_apiKey;
    QCheckBox* m_server;
    QWidget* m_serverFields;
    QLineEdit* m_apiUrl;
    QLineEdit* m_jwtUrl;
    QLineEdit* m_streamUrl;
    QRadioButton* m_keychain;
    QRadioButton* m_session;
    QLabel* m_keychainNote;
    QPushButton* m_import;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
