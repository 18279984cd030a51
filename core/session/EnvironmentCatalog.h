// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

#include "credentials/CredentialManager.h"
#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

// Every organisation the user can open, from every place LC Desk knows: its own environments
// (keys in the keychain or for this session), the official CLI's credentials file, the LC_*
// environment variables, and the demo. Entries carry no key; resolve() fetches one when the
// user picks an entry. An entry's id ("lcdesk:NAME", "file:NAME", "env", "demo") names no
// secret, so it may be remembered in settings.
class EnvironmentCatalog : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        LcDesk,
        CredentialsFile,
        EnvironmentVariables,
        Demo
    };
    Q_ENUM(Kind)

    struct Entry
    {
        Kind kind = Kind::Demo;
        QString name;
        QString oid;
        // What the switcher shows, and a tooltip saying where it comes from.
        QString label;
        QString detail;
        CredentialManager::KeyStatus keyStatus = CredentialManager::KeyStatus::Unknown;

        QString id() const;
    };

    using ResolveCallback = std::function<void(const Credentials&, const CredentialsError&)>;

    EnvironmentCatalog(
            CredentialManager* manager,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
            QObject* parent = nullptr);

    CredentialManager* manager() const { return m_manager; }
    const QProcessEnvironment& processEnvironment() const { return m_environment; }

    // Reads LC Desk's environments and the credentials file again.
    void reload();
    const QList<Entry>& entries() const { return m_entries; }
    // nullptr when there is no such entry.
    const Entry* find(const QString& id) const;
    // What the official SDK would pick here: LC_API_KEY, else the credentials file's
    // $LC_CURRENT_ENV or "default" environment. Empty when it would find nothing.
    QString sdkDefaultId() const;
    // Why the credentials file could not be read (it exists but is broken); empty otherwise.
    QString fileProblem() const { return m_fileProblem; }
    QString credentialsFilePath() const;

    // The credentials of an entry, key included; the demo has none. done runs later, on this
    // object's thread, and not at all if the catalog is gone.
    void resolve(const QString& id, ResolveCallback done);

    static QString demoId() { return QStringLiteral("demo"); }
    static QString lcDeskId(const QString& name) { return QStringLiteral("lcdesk:") + name; }

signals:
    void entriesChanged();

private:
    void rebuild();
    Entry lcDeskEntry(const Credentials& credentials) const;

    CredentialManager* m_manager;
    QProcessEnvironment m_environment;
    QList<Entry> m_entries;
    QStringList m_fileEnvironments;
    QString m_fileProblem;
};

} // namespace lc
