// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>

#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

// Finds the credentials the official SDK would use, from the environment and the credentials
// file (api reference 2.5), plus LC Desk's base URL overrides.
//
// Order:
//  1. An explicit environment name: that environment of the credentials file.
//  2. Else, if LC_API_KEY is set and not empty: LC_OID, LC_UID, LC_API_KEY; the file is not read.
//  3. Else the file ($LC_CREDS_FILE or ~/.limacharlie), environment $LC_CURRENT_ENV, or
//     "default" (the top-level keys) when that is unset or empty. As in the SDK, LC_OID and
//     LC_UID without LC_API_KEY are ignored rather than mixed with the file's key.
// Base URLs come from the chosen environment (api_url, jwt_url, stream_url; top level for
// default) and are overridden by LC_API_URL, LC_JWT_URL and LC_STREAM_URL.
//
// LC Desk's own environments (keychain) are not consulted here; see CredentialManager.
class CredentialResolver
{
    Q_DECLARE_TR_FUNCTIONS(lc::CredentialResolver)

public:
    explicit CredentialResolver(
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // On failure returns what was found so far and fills error with a message for the user.
    Credentials resolve(const QString& environmentName = {},
                        CredentialsError* error = nullptr) const;

    QString credentialsFilePath() const;

    // explicitName if not empty, else $LC_CURRENT_ENV if not empty, else "default".
    QString selectedEnvironment(const QString& explicitName = {}) const;

private:
    bool applyUrlOverrides(Credentials* credentials, CredentialsError* error) const;

    QProcessEnvironment m_environment;
};

} // namespace lc
