// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Endpoints.h"

#include <QtGlobal>

namespace lc {

namespace {

QUrl urlFromEnv(const char* name)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    return value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
}

} // namespace

Endpoints Endpoints::cloud()
{
    return {QUrl(QStringLiteral("https://api.limacharlie.io")),
            QUrl(QStringLiteral("https://jwt.limacharlie.io")),
            QUrl(QStringLiteral("https://stream-tmp.limacharlie.io"))};
}

Endpoints Endpoints::fromEnvironment()
{
    return cloud().overriddenBy(urlFromEnv("LC_API_URL"), urlFromEnv("LC_JWT_URL"),
                                urlFromEnv("LC_STREAM_URL"));
}

Endpoints Endpoints::overriddenBy(const QUrl& apiUrl, const QUrl& jwtUrl,
                                  const QUrl& streamUrl) const
{
    Endpoints result = *this;
    if (!apiUrl.isEmpty())
        result.api = apiUrl;
    if (!jwtUrl.isEmpty())
        result.jwt = jwtUrl;
    if (!streamUrl.isEmpty())
        result.stream = streamUrl;
    return result;
}

bool Endpoints::isCloud() const
{
    const Endpoints c = cloud();
    return api == c.api && jwt == c.jwt && stream == c.stream;
}

} // namespace lc
