// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace lc {

// One LimaCharlie identity: organisation, optional user, API key and optional base URLs.
//
// A plain value. Copies carry the API key, so keep them short-lived and never log one:
// describe() is the only text form and it leaves the key out.
struct Credentials
{
    enum class Source
    {
        None,
        EnvironmentVariables,
        CredentialsFile,
        Keychain,
        Session,
        Demo,
    };

    QString environment; // "default" = the top-level keys of a credentials file
    QString oid;
    QString uid; // only for user-scoped API keys
    QString apiKey;
    Source source = Source::None;
    QString sourcePath; // the credentials file the values came from, if any

    // Base URL overrides; an empty URL means "use the cloud default" (the API client decides).
    QUrl apiUrl;
    QUrl jwtUrl;
    QUrl streamUrl;

    // True when there is an API key and an organisation or user to exchange it for.
    bool isComplete() const;

    // A one-line, translated, human-readable summary. Never contains the API key.
    QString describe() const;

    // The same fields without the key, e.g. to persist an environment.
    Credentials withoutKey() const;

    // Parses a base URL override: empty text gives an empty URL; otherwise the URL must be
    // absolute with a host and an http, https, ws or wss scheme. Returns false when it is not.
    static bool parseBaseUrl(const QString& text, QUrl* url);

    // Last: the macro ends in "private:".
    Q_DECLARE_TR_FUNCTIONS(lc::Credentials)
};

} // namespace lc
