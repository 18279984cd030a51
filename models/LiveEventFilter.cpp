// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveEventFilter.h"

#include <QCoreApplication>

namespace lc {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(lc::LiveEventFilter)
};

struct Token
{
    QString text;
    qsizetype position = 0;
    bool quoted = false; // starts with a quote: never a key:value form or "detections"
};

bool tokenize(const QString& text, QList<Token>* tokens, QString* error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        token.position = i;
        // A token runs to the next space outside quotes; quotes may start mid-token
        // (host:"my pc").
        while (i < n && !text.at(i).isSpace()) {
            if (text.at(i) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0) {
                    if (error)
                        *error = Texts::tr("unterminated quote at %1").arg(i + 1);
                    return false;
                }
                token.text += QStringView(text).sliced(i + 1, close - i - 1);
                token.quoted = token.quoted || i == token.position;
                i = close + 1;
            } else {
                token.text += text.at(i);
                ++i;
            }
        }
        tokens->append(token);
    }
    return true;
}

bool startsWithKey(const Token& token, QLatin1String key, QString* value)
{
    if (token.quoted || !token.text.startsWith(key, Qt::CaseInsensitive))
        return false;
    *value = token.text.mid(key.size());
    return true;
}

} // namespace

bool LiveEventFilter::isEmpty() const
{
    return types.isEmpty() && host.isEmpty() && sid.isEmpty() && path.isEmpty() && !detectionsOnly
           && words.isEmpty();
}

LiveEventFilter LiveEventFilter::parse(const QString& text, QString* error)
{
    LiveEventFilter filter;
    if (error)
        error->clear();
    QList<Token> tokens;
    if (!tokenize(text, &tokens, error))
        return filter;

    const auto setPath = [&](const QString& path, const QString& value, qsizetype position) {
        if (path.isEmpty()) {
            if (error)
                *error = Texts::tr("a path is missing before \"=\" at %1").arg(position + 1);
            return false;
        }
        if (!filter.path.isEmpty()) {
            if (error)
                *error = Texts::tr("only one \"path = value\" term is allowed (at %1)")
                                 .arg(position + 1);
            return false;
        }
        filter.path = path;
        filter.pathValue = value;
        return true;
    };

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens.at(i);
        QString value;

        // "path = value", "path= value", "path =value", "path=value"
        const bool nextIsEquals = i + 1 < tokens.size() && !tokens.at(i + 1).quoted
                                  && tokens.at(i + 1).text.startsWith(QLatin1Char('='));
        // Glued to its value ("event/FILE_PATH=C:\\x"), a path needs a '/' or '.' to be one:
        // otherwise "a=b" or base64 text ending in "==" would quietly become a path term.
        const qsizetype eq = token.quoted ? -1 : token.text.indexOf(QLatin1Char('='));
        const QString glued = eq > 0 ? token.text.left(eq) : QString();
        if (eq > 0 && !glued.contains(QLatin1Char(':'))
            && (glued.contains(QLatin1Char('/')) || glued.contains(QLatin1Char('.')))) {
            QString right = token.text.mid(eq + 1);
            if (right.isEmpty() && i + 1 < tokens.size())
                right = tokens.at(++i).text;
            if (!setPath(glued, right, token.position))
                return {};
            continue;
        }
        if (nextIsEquals && !token.text.contains(QLatin1Char(':'))) {
            QString right = tokens.at(i + 1).text.mid(1);
            i += 1;
            if (right.isEmpty() && i + 1 < tokens.size())
                right = tokens.at(++i).text;
            if (!setPath(token.text, right, token.position))
                return {};
            continue;
        }

        if (startsWithKey(token, QLatin1String("type:"), &value)) {
            if (!value.isEmpty())
                filter.types.append(value);
        } else if (startsWithKey(token, QLatin1String("host:"), &value)) {
            filter.host = value;
        } else if (startsWithKey(token, QLatin1String("sid:"), &value)) {
            filter.sid = value;
        } else if (!token.quoted
                   && token.text.compare(QLatin1String("detections"), Qt::CaseInsensitive) == 0) {
            filter.detectionsOnly = true;
        } else if (!token.text.isEmpty()) {
            filter.words.append(token.text);
        }
    }
    return filter;
}

} // namespace lc
