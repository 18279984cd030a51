// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogScrubber.h"

#include <QRegularExpression>

namespace lc {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// One set per thread: matching a shared QRegularExpression from several threads at once is not
// documented as safe, and log lines arrive from worker threads.
const QList<Rule>& rules()
{
    static const QString secretName =
            QStringLiteral("[A-Za-z0-9_.-]*(?:key|secret|token|passw(?:or)?d|pwd|jwt|"
                           "authorization|credential)s?");
    // API keys are uuids; tokens never are, and the words near an org id often say "token".
    static const QString keyName =
            QStringLiteral("[A-Za-z0-9_.-]*(?:key|secret|passw(?:or)?d|pwd)s?");
    static const QString uuid = QStringLiteral(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    const QString hidden = LogScrubber::redacted();
    thread_local const QList<Rule> list = {
            // A JWT's header is base64url JSON, so it starts with "eyJ" ({").
            {QRegularExpression(QStringLiteral(
                     "eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}(?:\\.[A-Za-z0-9_-]*)?")),
             hidden},
            {QRegularExpression(QStringLiteral("\\b(Bearer|Basic)(\\s+)[A-Za-z0-9._~+/=-]+"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2") + hidden},
            // `name=value`, `name: value`, `"name": "value"`: the value goes.
            {QRegularExpression(QStringLiteral("\\b(") + secretName
                                        + QStringLiteral(")(\"?\\s*[:=]\\s*\"?)(?!")
                                        + QRegularExpression::escape(hidden)
                                        + QStringLiteral(")(?:Bearer\\s+|Basic\\s+)?[^\\s\"'&,;]+"),
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2") + hidden},
            // A uuid-shaped key a few words after a name: "API key for prod: 1a2b…".
            {QRegularExpression(QStringLiteral("\\b(") + keyName
                                        + QStringLiteral(")\\b([^\\n]{0,32}?)") + uuid,
                                QRegularExpression::CaseInsensitiveOption),
             QStringLiteral("\\1\\2") + hidden},
            {QRegularExpression(QStringLiteral("(://[^/\\s:@]+:)[^/\\s@]+@")),
             QStringLiteral("\\1") + hidden + QStringLiteral("@")},
    };
    return list;
}

} // namespace

QString LogScrubber::redacted()
{
    return QStringLiteral("<redacted>");
}

QString LogScrubber::scrub(const QString& text)
{
    QString result = text;
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QString LogScrubber::scrub(const QString& text, const QStringList& knownSecrets)
{
    QString result = text;
    for (const QString& secret : knownSecrets) {
        if (secret.size() >= 6)
            result.replace(secret, redacted());
    }
    return scrub(result);
}

} // namespace lc
