// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

// LC Desk's own list of environments: name, oid, uid and base URL overrides, in
// <config dir>/environments.yaml. Never holds an API key: those live in the OS keychain
// (KeychainStore), one entry per environment name.
//
// The config dir is the constructor argument if not empty, else $LCDESK_CONFIG_DIR if set, else
// QStandardPaths::AppConfigLocation. Writes are atomic and owner-only (PrivateFileWriter).
class EnvironmentStore
{
    Q_DECLARE_TR_FUNCTIONS(lc::EnvironmentStore)

public:
    static constexpr int MaxNameLength = 100;

    explicit EnvironmentStore(const QString& configDir = {});

    QString configDir() const { return m_configDir; }
    QString filePath() const;

    // Reads the file; a missing file is an empty list. After a failed load save() refuses to
    // overwrite the file, so a hand-edit gone wrong is never silently discarded.
    bool load(CredentialsError* error = nullptr);
    bool save(CredentialsError* error = nullptr);

    // Environments in insertion order; apiKey is always empty, source is Keychain.
    QList<Credentials> environments() const { return m_environments; }
    bool contains(const QString& name) const;
    Credentials environment(const QString& name) const;

    // Adds or replaces (by name). The API key, if any, is dropped. Returns false and fills
    // error for an invalid name. Call save() to persist.
    bool upsert(const Credentials& credentials, CredentialsError* error = nullptr);
    bool remove(const QString& name);

    // Names must be 1 to MaxNameLength characters, without control characters or leading or
    // trailing spaces (they are keychain keys and shell words).
    static bool validateName(const QString& name, CredentialsError* error = nullptr);

private:
    QString m_configDir;
    QList<Credentials> m_environments;
    CredentialsError m_loadError;
};

} // namespace lc
