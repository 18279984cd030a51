// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/Credentials.h"

#include <QDir>
#include <QStringList>

namespace lc {

namespace {

QString sourceText(const Credentials& credentials)
{
    switch (credentials.source) {
    case Credentials::Source::None:
        return Credentials::tr("no source");
    case Credentials::Source::EnvironmentVariables:
        return Credentials::tr("from environment variables");
    case Credentials::Source::CredentialsFile:
        return Credentials::tr("from %1").arg(QDir::toNativeSeparators(credentials.sourcePath));
    case Credentials::Source::Keychain:
        return Credentials::tr("from the keychain");
    case Credentials::Source::Session:
        return Credentials::tr("for this session only");
    case Credentials::Source::Demo:
        return Credentials::tr("demo");
    }
    return {};
}

} // namespace

bool Credentials::isComplete() const
{
    return !apiKey.isEmpty() && (!oid.isEmpty() || !uid.isEmpty());
}

QString Credentials::describe() const
{
    QStringList parts;
    if (!environment.isEmpty())
        parts << tr("environment \"%1\"").arg(environment);
    if (!oid.isEmpty())
        parts << tr("organization %1").arg(oid);
    if (!uid.isEmpty())
        parts << tr("user %1").arg(uid);
    if (!apiUrl.isEmpty())
        parts << tr("API %1").arg(apiUrl.toDisplayString());
    if (!jwtUrl.isEmpty())
        parts << tr("JWT %1").arg(jwtUrl.toDisplayString());
    if (!streamUrl.isEmpty())
        parts << tr("stream %1").arg(streamUrl.toDisplayString());
    parts << sourceText(*this);
    return parts.join(QLatin1String(", "));
}

Credentials Credentials::withoutKey() const
{
    Credentials copy = *this;
    copy.apiKey.clear();
    return copy;
}

bool Credentials::parseBaseUrl(const QString& text, QUrl* url)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *url = QUrl();
        return true;
    }

    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    const bool knownScheme = scheme == QLatin1String("https") || scheme == QLatin1String("http")
                             || scheme == QLatin1String("wss") || scheme == QLatin1String("ws");
    if (!parsed.isValid() || !knownScheme || parsed.host().isEmpty())
        return false;

    *url = parsed;
    return true;
}

} // namespace lc
