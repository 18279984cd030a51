// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialResolver.h"

#include <QDir>

#include "LcDesk.h"
#include "credentials/CredentialsFile.h"

namespace lc {

CredentialResolver::CredentialResolver(const QProcessEnvironment& environment)
    : m_environment(environment)
{}

QString CredentialResolver::credentialsFilePath() const
{
    return CredentialsFile::defaultPath(m_environment);
}

QString CredentialResolver::selectedEnvironment(const QString& explicitName) const
{
    if (!explicitName.isEmpty())
        return explicitName;
    const QString current = m_environment.value(QStringLiteral("LC_CURRENT_ENV"));
    return current.isEmpty() ? CredentialsFile::DefaultEnvironment : current;
}

Credentials CredentialResolver::resolve(const QString& environmentName,
                                        CredentialsError* error) const
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    const QString apiKey = m_environment.value(QStringLiteral("LC_API_KEY"));
    if (environmentName.isEmpty() && !apiKey.isEmpty()) {
        Credentials credentials;
        credentials.oid = m_environment.value(QStringLiteral("LC_OID")).trimmed();
        credentials.uid = m_environment.value(QStringLiteral("LC_UID")).trimmed();
        credentials.apiKey = apiKey.trimmed();
        credentials.source = Credentials::Source::EnvironmentVariables;
        if (!applyUrlOverrides(&credentials, err))
            return credentials;
        if (!credentials.isComplete()) {
            err->code = CredentialsError::Code::IncompleteEnvironment;
            err->message = tr("LC_API_KEY is set but neither LC_OID nor LC_UID is.");
        }
        return credentials;
    }

    const QString path = credentialsFilePath();
    if (!apiKey.isEmpty()) {
        // Only reachable with an explicit name: say why the variables were passed over.
        qCInfo(lcCreds) << "Environment" << environmentName
                        << "chosen explicitly; LC_API_KEY is not used";
    } else if (m_environment.contains(QStringLiteral("LC_OID"))
               || m_environment.contains(QStringLiteral("LC_UID"))) {
        qCInfo(lcCreds) << "LC_OID/LC_UID are ignored without LC_API_KEY; reading" << path;
    }

    const CredentialsFile file = CredentialsFile::load(path, err);
    if (!file.isValid()) {
        if (err->code == CredentialsError::Code::FileNotFound) {
            const bool fromVariable =
                    !m_environment.value(QStringLiteral("LC_CREDS_FILE")).isEmpty();
            err->code = fromVariable ? CredentialsError::Code::FileNotFound
                                     : CredentialsError::Code::NoCredentials;
            err->message = fromVariable ? tr("LC_CREDS_FILE names %1, which does not exist.")
                                                  .arg(QDir::toNativeSeparators(path))
                                        : tr("No LimaCharlie credentials found: set LC_OID and "
                                             "LC_API_KEY, create "
                                             "%1 (for example with \"limacharlie login\"), or add "
                                             "an environment "
                                             "in LC Desk.")
                                                  .arg(QDir::toNativeSeparators(path));
        }
        return {};
    }

    Credentials credentials = file.environment(selectedEnvironment(environmentName), err);
    if (err->isError())
        return credentials;
    applyUrlOverrides(&credentials, err);
    return credentials;
}

bool CredentialResolver::applyUrlOverrides(Credentials* credentials, CredentialsError* error) const
{
    const struct
    {
        const char* variable;
        QUrl Credentials::*member;
    } overrides[] = {
            {"LC_API_URL", &Credentials::apiUrl},
            {"LC_JWT_URL", &Credentials::jwtUrl},
            {"LC_STREAM_URL", &Credentials::streamUrl},
    };

    for (const auto& item : overrides) {
        const QString name = QLatin1String(item.variable);
        const QString value = m_environment.value(name);
        if (value.isEmpty())
            continue;

        QUrl url;
        if (!Credentials::parseBaseUrl(value, &url)) {
            error->code = CredentialsError::Code::InvalidContent;
            // The value is not repeated: a URL may carry user:password.
            error->message = tr("%1 is not an http(s) or ws(s) URL with a host.").arg(name);
            return false;
        }
        credentials->*(item.member) = url;
    }
    return true;
}

} // namespace lc
