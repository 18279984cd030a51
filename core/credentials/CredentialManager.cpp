// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialManager.h"

#include <QMetaObject>

#include "LcDesk.h"
#include "credentials/CredentialsFile.h"

namespace lc {

using Status = KeychainStore::Status;

struct CredentialManager::ImportRun
{
    CredentialsFile file;
    QStringList names;
    int next = 0;
    QList<ImportResult> results;
    ImportCallback done;
    bool changed = false;
};

struct CredentialManager::RefreshRun
{
    QStringList names;
    int next = 0;
    std::function<void()> done;
};

CredentialManager::CredentialManager(const QString& configDir, const QString& keychainService,
                                     QObject* parent)
    : QObject(parent)
    , m_store(configDir)
    , m_keychain(new KeychainStore(keychainService, this))
{}

CredentialManager::~CredentialManager() = default;

bool CredentialManager::loadEnvironments(CredentialsError* error)
{
    const bool loaded = m_store.load(error);
    emit environmentsChanged();
    return loaded;
}

QList<Credentials> CredentialManager::environments() const
{
    QList<Credentials> all = m_store.environments();
    for (const Credentials& session : m_sessionEnvironments) {
        if (!m_store.contains(session.environment))
            all.append(session);
    }
    return all;
}

CredentialManager::KeyStatus CredentialManager::keyStatus(const QString& environment) const
{
    if (m_sessionKeys.contains(environment))
        return KeyStatus::SessionOnly;
    return m_status.value(environment, KeyStatus::Unknown);
}

void CredentialManager::setKeyStatus(const QString& environment, KeyStatus status)
{
    const KeyStatus before = keyStatus(environment);
    m_status.insert(environment, status);
    const KeyStatus after = keyStatus(environment);
    if (after != before)
        emit keyStatusChanged(environment, after);
}

CredentialManager::KeyStatus CredentialManager::statusAfterFailure(KeychainStore::Status status)
{
    switch (status) {
    case Status::Ok:
        return KeyStatus::Stored;
    case Status::NotFound:
    case Status::TooLarge:
    case Status::NotAnApiKey:
        return KeyStatus::Missing;
    case Status::NoBackend:
    case Status::AccessDenied:
    case Status::TimedOut:
    case Status::Failed:
        break;
    }
    return KeyStatus::KeychainUnavailable;
}

void CredentialManager::refreshKeyStatus(std::function<void()> done)
{
    auto run = std::make_shared<RefreshRun>();
    for (const Credentials& credentials : m_store.environments())
        run->names << credentials.environment;
    run->done = std::move(done);
    refreshNext(run);
}

void CredentialManager::refreshNext(const std::shared_ptr<RefreshRun>& run)
{
    if (run->next >= run->names.size()) {
        if (run->done) {
            QMetaObject::invokeMethod(
                    this, [run]() { run->done(); }, Qt::QueuedConnection);
        }
        return;
    }

    const QString name = run->names.at(run->next++);
    m_keychain->loadApiKey(name, [this, run](const KeychainStore::Result& result) {
        setKeyStatus(result.environment,
                     result.ok() ? KeyStatus::Stored : statusAfterFailure(result.status));
        refreshNext(run);
    });
}

void CredentialManager::saveEnvironment(const Credentials& credentials,
                                        KeychainStore::Callback done)
{
    const QString name = credentials.environment;
    const QString apiKey = credentials.apiKey.trimmed();
    const KeychainStore::Result check = KeychainStore::checkApiKey(name, apiKey);
    if (!check.ok()) {
        QMetaObject::invokeMethod(
                this, [done, check]() { done(check); }, Qt::QueuedConnection);
        return;
    }

    CredentialsError storeError;
    if (!m_store.upsert(credentials, &storeError) || !m_store.save(&storeError)) {
        KeychainStore::Result failed;
        failed.status = Status::Failed;
        failed.environment = name;
        failed.message = storeError.message;
        QMetaObject::invokeMethod(
                this, [done, failed]() { done(failed); }, Qt::QueuedConnection);
        return;
    }
    m_sessionEnvironments.removeIf(
            [&name](const Credentials& session) { return session.environment == name; });
    emit environmentsChanged();

    m_keychain->saveApiKey(name, apiKey, [this, done](const KeychainStore::Result& result) {
        if (result.ok())
            m_sessionKeys.remove(result.environment);
        setKeyStatus(result.environment,
                     result.ok() ? KeyStatus::Stored : statusAfterFailure(result.status));
        done(result);
    });
}

KeychainStore::Result CredentialManager::saveEnvironmentBlocking(const Credentials& credentials,
                                                                 int timeoutMs)
{
    return KeychainStore::runBlocking(
            [this, &credentials](KeychainStore::Callback done) {
                saveEnvironment(credentials, std::move(done));
            },
            credentials.environment, timeoutMs);
}

bool CredentialManager::useForSession(const Credentials& credentials)
{
    const QString apiKey = credentials.apiKey.trimmed();
    if (!EnvironmentStore::validateName(credentials.environment) || apiKey.isEmpty())
        return false;

    const KeyStatus before = keyStatus(credentials.environment);
    m_sessionKeys.insert(credentials.environment, apiKey);
    if (!m_store.contains(credentials.environment)) {
        Credentials session = credentials.withoutKey();
        session.source = Credentials::Source::Session;
        session.sourcePath.clear();
        m_sessionEnvironments.removeIf([&session](const Credentials& existing) {
            return existing.environment == session.environment;
        });
        m_sessionEnvironments.append(session);
        emit environmentsChanged();
    }
    if (before != KeyStatus::SessionOnly)
        emit keyStatusChanged(credentials.environment, KeyStatus::SessionOnly);
    return true;
}

void CredentialManager::loadCredentials(const QString& environment, LoadCallback done)
{
    Credentials credentials;
    bool known = false;
    for (const Credentials& candidate : environments()) {
        if (candidate.environment == environment) {
            credentials = candidate;
            known = true;
            break;
        }
    }

    if (!known) {
        CredentialsError error;
        error.code = CredentialsError::Code::EnvironmentNotFound;
        for (const Credentials& candidate : environments())
            error.environments << candidate.environment;
        error.message =
                error.environments.isEmpty()
                        ? tr("LC Desk has no environment \"%1\"; it has no environments yet.")
                                  .arg(environment)
                        : tr("LC Desk has no environment \"%1\". Its environments: %2.")
                                  .arg(environment, error.environments.join(QLatin1String(", ")));
        QMetaObject::invokeMethod(
                this, [done, error]() { done(Credentials(), error); }, Qt::QueuedConnection);
        return;
    }

    const auto sessionKey = m_sessionKeys.constFind(environment);
    if (sessionKey != m_sessionKeys.constEnd()) {
        credentials.apiKey = *sessionKey;
        credentials.source = Credentials::Source::Session;
        QMetaObject::invokeMethod(
                this, [done, credentials]() { done(credentials, CredentialsError()); },
                Qt::QueuedConnection);
        return;
    }

    m_keychain->loadApiKey(environment, [this, credentials,
                                         done](const KeychainStore::Result& result) {
        Credentials loaded = credentials;
        CredentialsError error;
        if (result.ok()) {
            loaded.apiKey = result.apiKey;
            loaded.source = Credentials::Source::Keychain;
            setKeyStatus(result.environment, KeyStatus::Stored);
            done(loaded, error);
            return;
        }

        const KeyStatus status = statusAfterFailure(result.status);
        setKeyStatus(result.environment, status);
        if (result.status == Status::NotFound) {
            error.code = CredentialsError::Code::KeyMissing;
            error.message = tr("The API key of environment \"%1\" is not in the keychain; enter "
                               "it again.")
                                    .arg(result.environment);
        } else {
            error.code = result.status == Status::NoBackend
                                 ? CredentialsError::Code::KeychainUnavailable
                                 : CredentialsError::Code::KeychainFailed;
            error.message = result.message;
        }
        done(loaded, error);
    });
}

void CredentialManager::removeEnvironment(const QString& environment, KeychainStore::Callback done)
{
    m_sessionKeys.remove(environment);
    m_sessionEnvironments.removeIf([&environment](const Credentials& session) {
        return session.environment == environment;
    });

    CredentialsError storeError;
    if (m_store.remove(environment) && !m_store.save(&storeError)) {
        KeychainStore::Result failed;
        failed.status = Status::Failed;
        failed.environment = environment;
        failed.message = storeError.message;
        QMetaObject::invokeMethod(
                this, [done, failed]() { done(failed); }, Qt::QueuedConnection);
        return;
    }
    m_status.remove(environment);
    emit environmentsChanged();

    m_keychain->removeApiKey(environment, std::move(done));
}

void CredentialManager::importFromCredentialsFile(const QStringList& names, const QString& path,
                                                  ImportCallback done)
{
    auto run = std::make_shared<ImportRun>();
    run->done = std::move(done);

    const QString filePath = path.isEmpty() ? CredentialsFile::defaultPath() : path;
    CredentialsError fileError;
    run->file = CredentialsFile::load(filePath, &fileError);
    if (!run->file.isValid()) {
        ImportResult result;
        result.status = Status::Failed;
        result.message = fileError.message;
        run->results << result;
        QMetaObject::invokeMethod(
                this, [run]() { run->done(run->results); }, Qt::QueuedConnection);
        return;
    }
    run->names = names.isEmpty() ? run->file.environmentNames() : names;

    m_keychain->probe([this, run](const KeychainStore::Result& probed) {
        if (!probed.ok()) {
            for (const QString& name : std::as_const(run->names)) {
                ImportResult result;
                result.environment = name;
                result.status = probed.status;
                result.message = probed.message;
                run->results << result;
            }
            run->done(run->results);
            return;
        }
        importNext(run);
    });
}

void CredentialManager::importNext(const std::shared_ptr<ImportRun>& run)
{
    if (run->next >= run->names.size()) {
        if (run->changed)
            emit environmentsChanged();
        run->done(run->results);
        return;
    }

    const QString name = run->names.at(run->next++);
    CredentialsError error;
    const Credentials credentials = run->file.environment(name, &error);
    if (error.isError()) {
        ImportResult result;
        result.environment = name;
        result.status = Status::Failed;
        result.message = error.message;
        run->results << result;
        importNext(run);
        return;
    }

    m_keychain->saveApiKey(
            name, credentials.apiKey, [this, run, credentials](const KeychainStore::Result& saved) {
                ImportResult result;
                result.environment = saved.environment;
                result.status = saved.status;
                result.message = saved.message;

                if (saved.ok()) {
                    CredentialsError storeError;
                    if (m_store.upsert(credentials, &storeError) && m_store.save(&storeError)) {
                        m_sessionKeys.remove(saved.environment);
                        run->changed = true;
                        setKeyStatus(saved.environment, KeyStatus::Stored);
                    } else {
                        result.status = Status::Failed;
                        result.message = storeError.message;
                    }
                }
                qCInfo(lcCreds) << "Import of environment" << saved.environment << "from"
                                << run->file.path() << ":" << result.status;
                run->results << result;
                importNext(run);
            });
}

} // namespace lc
