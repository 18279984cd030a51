// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoginDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QUuid>
#include <QVBoxLayout>

#include "credentials/CredentialsError.h"
#include "credentials/EnvironmentStore.h"
#include "widgets/StatusPalette.h"

namespace lc {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLabel(this))
    , m_environment(new QLineEdit(QStringLiteral("default"), this))
    , m_oid(new QLineEdit(this))
    , m_uid(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_server(new QCheckBox(tr("&Private deployment (other server addresses)"), this))
    , m_serverFields(new QWidget(this))
    , m_apiUrl(new QLineEdit(this))
    , m_jwtUrl(new QLineEdit(this))
    , m_streamUrl(new QLineEdit(this))
    , m_keychain(new QRadioButton(tr("Save the key in the &keychain"), this))
    , m_session(new QRadioButton(tr("Use it for this &session only"), this))
    , m_keychainNote(new QLabel(this))
    , m_import(new QPushButton(tr("&Import Keys from ~/.limacharlie into the Keychain"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log In to LimaCharlie"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_environment->setAccessibleName(tr("Environment name"));
    m_environment->setToolTip(tr("The name this organisation has in LC Desk's list."));
    m_oid->setAccessibleName(tr("Organisation ID"));
    m_oid->setPlaceholderText(tr("organisation ID (a UUID)"));
    m_uid->setAccessibleName(tr("User ID"));
    m_uid->setPlaceholderText(tr("only for a user API key"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    auto* reveal = m_apiKey->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    // Most organisations live in the cloud; the addresses stay folded away unless needed.
    m_server->setToolTip(tr("Base URLs of a private LimaCharlie deployment. Empty fields use "
                            "the cloud."));
    const auto urlEdit = [](QLineEdit* edit, const QString& name, const char* example) {
        edit->setAccessibleName(name);
        edit->setPlaceholderText(QLatin1String(example));
    };
    urlEdit(m_apiUrl, tr("API URL"), "https://api.limacharlie.io");
    urlEdit(m_jwtUrl, tr("JWT URL"), "https://jwt.limacharlie.io");
    urlEdit(m_streamUrl, tr("Stream URL"), "https://stream.limacharlie.io");
    auto* serverForm = new QFormLayout(m_serverFields);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(tr("AP&I URL:"), m_apiUrl);
    serverForm->addRow(tr("&JWT URL:"), m_jwtUrl);
    serverForm->addRow(tr("S&tream URL:"), m_streamUrl);
    m_serverFields->hide();
    connect(m_server, &QCheckBox::toggled, m_serverFields, &QWidget::setVisible);

    m_keychain->setChecked(true);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_import->setToolTip(tr("Copies every environment of the limacharlie command's credentials "
                            "file into LC Desk, with its key in the keychain."));
    m_import->hide();
    connect(m_import, &QPushButton::clicked, this, &LoginDialog::importRequested);

    m_error->setWordWrap(true);
    m_error->setPalette(StatusPalette::forLabel(StatusPalette::Tone::Error, palette()));
    m_error->setAccessibleName(tr("Login error"));
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_environment);
    form->addRow(tr("&Organisation ID:"), m_oid);
    form->addRow(tr("&User ID:"), m_uid);
    form->addRow(tr("&API key:"), m_apiKey);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_server);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_keychain);
    layout->addWidget(m_session);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_error);
    layout->addWidget(m_import);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void LoginDialog::setEnvironmentName(const QString& name)
{
    m_environment->setText(name);
}

void LoginDialog::setOid(const QString& oid)
{
    m_oid->setText(oid);
}

void LoginDialog::setUid(const QString& uid)
{
    m_uid->setText(uid);
}

void LoginDialog::setServerUrls(const QUrl& api, const QUrl& jwt, const QUrl& stream)
{
    m_apiUrl->setText(api.toString());
    m_jwtUrl->setText(jwt.toString());
    m_streamUrl->setText(stream.toString());
    m_server->setChecked(!api.isEmpty() || !jwt.isEmpty() || !stream.isEmpty());
}

void LoginDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void LoginDialog::setKeychainAvailable(bool available, const QString& message)
{
    m_keychain->setEnabled(available);
    if (!available)
        m_session->setChecked(true);
    m_keychainNote->setText(available ? QString()
                                      : tr("No keychain is available, so the key can only be "
                                           "kept for this session. %1")
                                                .arg(message));
    m_keychainNote->setVisible(!available);
    m_import->setEnabled(available);
}

void LoginDialog::setImportAvailable(bool available, const QString& path)
{
    if (!path.isEmpty()) {
        m_import->setText(
                tr("&Import Keys from %1 into the Keychain").arg(QDir::toNativeSeparators(path)));
    }
    m_import->setVisible(available);
}

void LoginDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_import->setEnabled(!busy && m_keychain->isEnabled());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

Credentials LoginDialog::credentials() const
{
    Credentials credentials;
    credentials.environment = m_environment->text().trimmed();
    credentials.oid = m_oid->text().trimmed();
    credentials.uid = m_uid->text().trimmed();
    credentials.apiKey = m_apiKey->text().trimmed();
    credentials.source =
            saveToKeychain() ? Credentials::Source::Keychain : Credentials::Source::Session;
    if (m_server->isChecked()) {
        Credentials::parseBaseUrl(m_apiUrl->text(), &credentials.apiUrl);
        Credentials::parseBaseUrl(m_jwtUrl->text(), &credentials.jwtUrl);
        Credentials::parseBaseUrl(m_streamUrl->text(), &credentials.streamUrl);
    }
    return credentials;
}

bool LoginDialog::saveToKeychain() const
{
    return m_keychain->isEnabled() && m_keychain->isChecked();
}

QString LoginDialog::validate() const
{
    const Credentials typed = credentials();
    CredentialsError nameError;
    if (!EnvironmentStore::validateName(typed.environment, &nameError))
        return nameError.message;
    if (typed.oid.isEmpty())
        return tr("Enter the organisation ID.");
    if (QUuid::fromString(typed.oid).isNull())
        return tr("The organisation ID must be a UUID, like "
                  "01234567-89ab-cdef-0123-456789abcdef.");
    if (typed.apiKey.isEmpty())
        return tr("Enter the API key.");
    if (m_server->isChecked()) {
        for (const QLineEdit* edit : {m_apiUrl, m_jwtUrl, m_streamUrl}) {
            QUrl url;
            if (!Credentials::parseBaseUrl(edit->text(), &url))
                return tr("%1 is not a valid address: use http:// or https:// and a host name.")
                        .arg(edit->accessibleName());
        }
    }
    return {};
}

void LoginDialog::accept()
{
    const QString problem = validate();
    setError(problem);
    if (problem.isEmpty())
        emit submitted();
}

} // namespace lc
