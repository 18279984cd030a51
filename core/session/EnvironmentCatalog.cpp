// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/EnvironmentCatalog.h"

#include <QDir>
#include <QFileInfo>

#include "LcDesk.h"
#include "credentials/CredentialResolver.h"
#include "credentials/CredentialsFile.h"

namespace lc {

namespace {

QString keyStatusText(CredentialManager::KeyStatus status)
{
    switch (status) {
    case CredentialManager::KeyStatus::Stored:
        return EnvironmentCatalog::tr("API key in the keychain");
    case CredentialManager::KeyStatus::SessionOnly:
        return EnvironmentCatalog::tr("API key kept for this session only");
    case CredentialManager::KeyStatus::Missing:
        return EnvironmentCatalog::tr("API key missing: log in again");
    case CredentialManager::KeyStatus::KeychainUnavailable:
        return EnvironmentCatalog::tr("No keychain available: log in for this session");
    case CredentialManager::KeyStatus::Unknown:
        break;
    }
    return EnvironmentCatalog::tr("API key in the keychain (not checked yet)");
}

} // namespace

QString EnvironmentCatalog::Entry::id() const
{
    switch (kind) {
    case Kind::LcDesk:
        return lcDeskId(name);
    case Kind::CredentialsFile:
        return QStringLiteral("file:") + name;
    case Kind::EnvironmentVariables:
        return QStringLiteral("env");
    case Kind::Demo:
        break;
    }
    return demoId();
}

EnvironmentCatalog::EnvironmentCatalog(CredentialManager* manager,
                                       const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_environment(environment)
{
    connect(m_manager, &CredentialManager::environmentsChanged, this, &EnvironmentCatalog::rebuild);
    connect(m_manager, &CredentialManager::keyStatusChanged, this, &EnvironmentCatalog::rebuild);
}

QString EnvironmentCatalog::credentialsFilePath() const
{
    return CredentialsFile::defaultPath(m_environment);
}

void EnvironmentCatalog::reload()
{
    m_fileEnvironments.clear();
    m_fileProblem.clear();
    const QString path = credentialsFilePath();
    if (QFileInfo::exists(path)) {
        CredentialsError error;
        const CredentialsFile file = CredentialsFile::load(path, &error);
        if (file.isValid())
            m_fileEnvironments = file.environmentNames();
        else
            m_fileProblem = error.message;
    }

    CredentialsError storeError;
    // Emits environmentsChanged, which rebuilds the entries.
    if (!m_manager->loadEnvironments(&storeError)) {
        qCWarning(lcCreds) << "LC Desk environments unreadable";
        if (m_fileProblem.isEmpty())
            m_fileProblem = storeError.message;
    }
}

EnvironmentCatalog::Entry EnvironmentCatalog::lcDeskEntry(const Credentials& credentials) const
{
    Entry entry;
    entry.kind = Kind::LcDesk;
    entry.name = credentials.environment;
    entry.oid = credentials.oid;
    entry.keyStatus = m_manager->keyStatus(credentials.environment);
    entry.label = credentials.environment;
    entry.detail = tr("LC Desk environment, organisation %1\n%2")
                           .arg(credentials.oid, keyStatusText(entry.keyStatus));
    return entry;
}

void EnvironmentCatalog::rebuild()
{
    m_entries.clear();
    for (const Credentials& credentials : m_manager->environments())
        m_entries.append(lcDeskEntry(credentials));

    const QString path = QDir::toNativeSeparators(credentialsFilePath());
    for (const QString& name : std::as_const(m_fileEnvironments)) {
        Entry entry;
        entry.kind = Kind::CredentialsFile;
        entry.name = name;
        entry.label = tr("%1 (credentials file)").arg(name);
        entry.detail = tr("Environment \"%1\" of %2, the limacharlie command's credentials file")
                               .arg(name, path);
        m_entries.append(entry);
    }

    if (!m_environment.value(QStringLiteral("LC_API_KEY")).isEmpty()) {
        Entry entry;
        entry.kind = Kind::EnvironmentVariables;
        entry.oid = m_environment.value(QStringLiteral("LC_OID"));
        entry.label = tr("Environment variables");
        entry.detail = tr("LC_OID, LC_UID and LC_API_KEY of this process (organisation %1)")
                               .arg(entry.oid.isEmpty() ? tr("not set") : entry.oid);
        m_entries.append(entry);
    }

    Entry demo;
    demo.kind = Kind::Demo;
    demo.label = tr("Demo organisation");
    demo.detail = tr("Simulated sensors served on this computer; nothing leaves it");
    m_entries.append(demo);

    emit entriesChanged();
}

const EnvironmentCatalog::Entry* EnvironmentCatalog::find(const QString& id) const
{
    for (const Entry& entry : m_entries) {
        if (entry.id() == id)
            return &entry;
    }
    return nullptr;
}

QString EnvironmentCatalog::sdkDefaultId() const
{
    if (!m_environment.value(QStringLiteral("LC_API_KEY")).isEmpty())
        return QStringLiteral("env");
    const QString name = CredentialResolver(m_environment).selectedEnvironment();
    if (m_fileEnvironments.contains(name))
        return QStringLiteral("file:") + name;
    return {};
}

void EnvironmentCatalog::resolve(const QString& id, ResolveCallback done)
{
    const Entry* entry = find(id);
    CredentialsError error;
    Credentials credentials;

    if (!entry || entry->kind == Kind::Demo) {
        error.code = CredentialsError::Code::EnvironmentNotFound;
        error.message = tr("There is no environment \"%1\" any more.").arg(id);
    } else if (entry->kind == Kind::LcDesk) {
        QPointer<EnvironmentCatalog> self(this);
        m_manager->loadCredentials(entry->name, [self, done](const Credentials& loaded,
                                                             const CredentialsError& loadError) {
            if (self)
                done(loaded, loadError);
        });
        return;
    } else {
        // The resolver applies the same rules (and LC_*_URL overrides) as the command line.
        const QString name = entry->kind == Kind::CredentialsFile ? entry->name : QString();
        credentials = CredentialResolver(m_environment).resolve(name, &error);
    }

    QMetaObject::invokeMethod(
            this, [done, credentials, error] { done(credentials, error); }, Qt::QueuedConnection);
}

} // namespace lc
