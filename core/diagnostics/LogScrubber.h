// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// Removes what looks like a secret from a line of text: JSON Web Tokens, bearer and basic
// credentials, the value after a key, secret, token or password name (`api_key=…`,
// `"secret": "…"`, `key 1a2b…-…` for uuid-shaped keys) and the password in a URL. Code must
// still never log secrets; this is the second line of defence for the log file and the
// diagnostics, so it errs towards removing too much.
//
// Safe to call from any thread.
class LogScrubber
{
public:
    static QString scrub(const QString& text);
    // As scrub(), and every occurrence of one of knownSecrets (values shorter than 6 characters
    // are ignored, they would blank out ordinary words) is replaced as well.
    static QString scrub(const QString& text, const QStringList& knownSecrets);

    // What a removed value is replaced with.
    static QString redacted();
};

} // namespace lc
