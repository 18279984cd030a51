// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoginFlow.h"

#include <QDir>
#include <QFileInfo>

#include "LcDesk.h"
#include "auth/LoginDialog.h"
#include "credentials/CredentialManager.h"
#include "session/EnvironmentCatalog.h"
#include "session/SessionHost.h"
#include "widgets/BannerArea.h"

namespace lc {

namespace {

const QString ImportBanner = QStringLiteral("import");

} // namespace

LoginFlow::LoginFlow(SessionHost* host, BannerArea* banners, QWidget* window)
    : QObject(window)
    , m_host(host)
    , m_banners(banners)
    , m_window(window)
{}

void LoginFlow::showLogin(const QString& environment, const QString& reason)
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &LoginDialog::submitted, this, &LoginFlow::submit);
        connect(m_dialog, &LoginDialog::importRequested, this,
                &LoginFlow::importFromCredentialsFile);
    }

    EnvironmentCatalog* catalog = m_host->catalog();
    const QString path = catalog->credentialsFilePath();
    m_dialog->setImportAvailable(QFileInfo::exists(path), path);
    if (!environment.isEmpty()) {
        m_dialog->setEnvironmentName(environment);
        for (const Credentials& known : catalog->manager()->environments()) {
            if (known.environment != environment)
                continue;
            m_dialog->setOid(known.oid);
            m_dialog->setUid(known.uid);
            m_dialog->setServerUrls(known.apiUrl, known.jwtUrl, known.streamUrl);
        }
    }
    m_dialog->setReason(reason);

    // Ask the keychain up front so the choice the dialog offers is one that can work.
    QPointer<LoginDialog> dialog = m_dialog;
    catalog->manager()->keychain().probe([dialog](const KeychainStore::Result& result) {
        if (dialog)
            dialog->setKeychainAvailable(result.ok(), result.message);
    });

    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void LoginFlow::submit()
{
    QPointer<LoginDialog> dialog = m_dialog;
    if (!dialog)
        return;
    const Credentials credentials = dialog->credentials();
    CredentialManager* manager = m_host->catalog()->manager();

    if (!dialog->saveToKeychain()) {
        if (!manager->useForSession(credentials)) {
            dialog->setError(tr("These credentials cannot be used: check the name and the key."));
            return;
        }
        opened(credentials.environment);
        return;
    }

    dialog->setBusy(true);
    dialog->setError({});
    manager->saveEnvironment(credentials, [this, dialog,
                                           credentials](const KeychainStore::Result& result) {
        if (!dialog)
            return;
        dialog->setBusy(false);
        if (result.ok()) {
            opened(credentials.environment);
            return;
        }
        qCWarning(lcCreds) << "saving the key failed:" << result.status;
        if (result.status == KeychainStore::Status::NoBackend)
            dialog->setKeychainAvailable(false, result.message);
        dialog->setError(tr("The key was not saved: %1 You can use it for this session only.")
                                 .arg(result.message));
    });
}

void LoginFlow::opened(const QString& environment)
{
    if (m_dialog)
        m_dialog->done(QDialog::Accepted);
    m_host->openEntry(EnvironmentCatalog::lcDeskId(environment));
}

void LoginFlow::importFromCredentialsFile()
{
    if (m_importing)
        return;
    m_importing = true;
    if (m_dialog)
        m_dialog->setBusy(true);

    EnvironmentCatalog* catalog = m_host->catalog();
    const QString path = QDir::toNativeSeparators(catalog->credentialsFilePath());
    QPointer<LoginFlow> self(this);
    catalog->manager()->importFromCredentialsFile(
            {}, {}, [self, path](const QList<CredentialManager::ImportResult>& results) {
                if (!self)
                    return;
                self->m_importing = false;
                if (self->m_dialog)
                    self->m_dialog->setBusy(false);

                QStringList imported;
                QStringList problems;
                for (const CredentialManager::ImportResult& result : results) {
                    if (result.ok())
                        imported.append(result.environment);
                    else if (!problems.contains(result.message))
                        problems.append(result.message);
                }
                const int failed = static_cast<int>(results.size() - imported.size());
                if (failed > 0) {
                    const QString text =
                            tr("%n environment(s) of %1 were not imported: %2", nullptr, failed)
                                    .arg(path, problems.join(QLatin1Char(' ')));
                    if (self->m_dialog)
                        self->m_dialog->setError(text);
                    self->m_banners->showBanner(ImportBanner, InlineBanner::Kind::Error, text);
                } else {
                    self->m_banners->showBanner(
                            ImportBanner, InlineBanner::Kind::Information,
                            tr("Imported %n environment(s) from %1 into the keychain.", nullptr,
                               static_cast<int>(imported.size()))
                                    .arg(path));
                }
                emit self->importFinished(static_cast<int>(imported.size()), failed);

                // Straight to work: open what was imported, the default environment first.
                if (!imported.isEmpty() && failed == 0 && self->m_dialog) {
                    const QString first = imported.contains(QStringLiteral("default"))
                                                  ? QStringLiteral("default")
                                                  : imported.first();
                    self->opened(first);
                }
            });
}

} // namespace lc
