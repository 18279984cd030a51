// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"
#include "credentials/EnvironmentStore.h"
#include "credentials/KeychainStore.h"

namespace lc {

// LC Desk's environments for the UI: the non-secret list (EnvironmentStore), their API keys in
// the keychain (KeychainStore), keys kept for this session only, and the import from the
// official CLI's credentials file. All keychain work is asynchronous; callbacks run later on
// the caller's thread and are dropped if the manager is destroyed first.
//
// Typical use:
//  - start: loadEnvironments(), then refreshKeyStatus(); an environment whose key is not in the
//    keychain shows as Missing (or KeychainUnavailable) and the UI asks for the key.
//  - add/edit: saveEnvironment(). The environment (without key) is always written; if the key
//    cannot be stored, the UI may offer useForSession().
//  - connect: loadCredentials(name).
//  - import: importFromCredentialsFile() with no names imports every environment of the file.
class CredentialManager : public QObject
{
    Q_OBJECT

public:
    enum class KeyStatus
    {
        Unknown,             // not checked yet
        Stored,              // in the keychain
        SessionOnly,         // in memory until LC Desk exits
        Missing,             // nowhere: ask the user
        KeychainUnavailable, // no keychain backend (or it failed) and no session key
    };
    Q_ENUM(KeyStatus)

    struct ImportResult
    {
        QString environment; // empty when the file itself could not be read
        KeychainStore::Status status = KeychainStore::Status::Failed;
        QString message; // translated; empty on success

        bool ok() const { return status == KeychainStore::Status::Ok; }
    };

    using LoadCallback = std::function<void(const Credentials&, const CredentialsError&)>;
    using ImportCallback = std::function<void(const QList<ImportResult>&)>;

    // configDir and keychainService: see EnvironmentStore and KeychainStore; tests pass both.
    explicit CredentialManager(const QString& configDir = {},
                               const QString& keychainService = QStringLiteral("lcdesk"),
                               QObject* parent = nullptr);
    ~CredentialManager() override;

    bool loadEnvironments(CredentialsError* error = nullptr);

    // Saved environments, then session-only ones; apiKey is always empty.
    QList<Credentials> environments() const;
    KeyStatus keyStatus(const QString& environment) const;

    // Checks the keychain for every environment, emitting keyStatusChanged as it goes.
    void refreshKeyStatus(std::function<void()> done = {});

    // Writes the environment to environments.yaml, then its key to the keychain. The key is
    // checked first (KeychainStore::checkApiKey); if that fails nothing is written.
    void saveEnvironment(const Credentials& credentials, KeychainStore::Callback done);

    // saveEnvironment() for the command line (`lcdesk login`): runs a local event loop; never
    // call it on the GUI thread.
    KeychainStore::Result
    saveEnvironmentBlocking(const Credentials& credentials,
                            int timeoutMs = KeychainStore::DefaultBlockingTimeoutMs);

    // Keeps the key in memory only (nothing on disk). Returns false for an invalid name or an
    // empty key.
    bool useForSession(const Credentials& credentials);

    // The environment with its key: the session key if any, else the keychain's. error is
    // KeyMissing when neither has one, KeychainUnavailable when there is no keychain.
    void loadCredentials(const QString& environment, LoadCallback done);

    // Removes the environment, its session key and its keychain entry.
    void removeEnvironment(const QString& environment, KeychainStore::Callback done);

    // Copies environments (all when names is empty) from the credentials file (path, or
    // $LC_CREDS_FILE / ~/.limacharlie when empty) into the keychain and environments.yaml.
    // An environment already in LC Desk is overwritten. One result per environment, in order;
    // with no keychain every result is NoBackend and nothing is written.
    void importFromCredentialsFile(const QStringList& names, const QString& path,
                                   ImportCallback done);

    EnvironmentStore& environmentStore() { return m_store; }
    KeychainStore& keychain() { return *m_keychain; }

signals:
    void keyStatusChanged(const QString& environment, lc::CredentialManager::KeyStatus status);
    void environmentsChanged();

private:
    struct ImportRun;
    struct RefreshRun;

    void setKeyStatus(const QString& environment, KeyStatus status);
    void importNext(const std::shared_ptr<ImportRun>& run);
    void refreshNext(const std::shared_ptr<RefreshRun>& run);
    static KeyStatus statusAfterFailure(KeychainStore::Status status);

    EnvironmentStore m_store;
    KeychainStore* m_keychain;
    QHash<QString, QString> m_sessionKeys;
    QList<Credentials> m_sessionEnvironments; // session-only environments not in the store
    QHash<QString, KeyStatus> m_status;
};

} // namespace lc
