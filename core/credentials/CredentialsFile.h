// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

// The official CLI's credentials file (~/.limacharlie or $LC_CREDS_FILE), read-only.
//
// Top-level oid/uid/api_key form the "default" environment; env.<name> holds the others.
// LC Desk also reads its documented extension keys api_url, jwt_url and stream_url at the same
// levels. Hand-edited files with a BOM, CRLF line ends, an empty env: or no default work. An
// environment whose own entries are malformed is reported when it is asked for; the rest of the
// file stays usable.
class CredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(lc::CredentialsFile)

public:
    static inline const QString DefaultEnvironment = QStringLiteral("default");

    // $LC_CREDS_FILE if set and not empty, else ~/.limacharlie.
    static QString
    defaultPath(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // On failure the result is invalid and error names the file (and line and column for
    // syntax errors).
    static CredentialsFile load(const QString& path, CredentialsError* error = nullptr);
    static CredentialsFile parse(const QByteArray& yaml, const QString& path,
                                 CredentialsError* error = nullptr);

    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }

    // The names under env: in file order, then "default" if the top level has oid and api_key:
    // the list `limacharlie use` prints.
    QStringList environmentNames() const;
    bool hasDefault() const { return m_defaultListed; }
    bool contains(const QString& name) const;

    // The named environment; an empty name means "default". On error the result holds the
    // fields that were found (never a key from another environment) and error says what is
    // missing, naming the file and the environments that exist.
    Credentials environment(const QString& name, CredentialsError* error = nullptr) const;

    // `lcdesk use` without argument: the exact text to print (ends with a newline).
    // The current environment is $LC_CURRENT_ENV, or "default" when it is unset or empty (the
    // environment that resolution really uses; the original CLI printed an empty name).
    QString useListing(const QProcessEnvironment& environment =
                               QProcessEnvironment::systemEnvironment()) const;

    // `lcdesk use NAME`: the single line `export LC_CURRENT_ENV="NAME"` (no newline), or an
    // empty string and error when NAME is neither under env: nor a default that exists, or
    // cannot be quoted safely for a shell. An empty NAME means "default".
    QString useExportLine(const QString& name, CredentialsError* error = nullptr) const;

private:
    struct Entry
    {
        Credentials credentials;
        bool hasOAuth = false;
        CredentialsError error; // set when this environment's own entries are malformed
    };

    QString availableText() const;
    CredentialsError lookupError(CredentialsError::Code code, const QString& message) const;

    QString m_path;
    bool m_valid = false;
    QList<Entry> m_named; // env: entries in file order
    Entry m_default;
    bool m_defaultPresent = false; // the top level has any of oid, uid, api_key, oauth
    bool m_defaultListed = false;  // the top level has oid and api_key
};

} // namespace lc
