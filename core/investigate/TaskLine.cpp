// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/TaskLine.h"

namespace lc {

QString TaskLine::quote(const QString& argument)
{
    QString quoted;
    quoted.reserve(argument.size() + 8);
    quoted += QLatin1Char('"');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

QString TaskLine::quoteIfNeeded(const QString& argument)
{
    if (argument.isEmpty())
        return quote(argument);

    for (const QChar c : argument) {
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return quote(argument);
    }
    return argument;
}

QString TaskLine::join(const QString& command, const QStringList& arguments)
{
    QString line = command;
    for (const QString& argument : arguments) {
        line += QLatin1Char(' ');
        line += quoteIfNeeded(argument);
    }
    return line;
}

QList<TaskLine::Token> TaskLine::tokenize(const QString& line)
{
    QList<Token> tokens;
    const int size = static_cast<int>(line.size());
    int i = 0;

    while (i < size) {
        while (i < size && line.at(i).isSpace())
            ++i;
        if (i >= size)
            break;

        Token token;
        token.start = i;
        while (i < size && !line.at(i).isSpace()) {
            if (line.at(i) != QLatin1Char('"')) {
                token.text += line.at(i++);
                continue;
            }

            // A quoted stretch, possibly glued to plain characters as a shell would allow.
            token.quoted = true;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar c = line.at(i);
                if (c == QLatin1Char('\\') && i + 1 < size
                    && (line.at(i + 1) == QLatin1Char('\\')
                        || line.at(i + 1) == QLatin1Char('"'))) {
                    token.text += line.at(i + 1);
                    i += 2;
                    continue;
                }
                ++i;
                if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                token.text += c;
            }
            if (!closed)
                token.unterminated = true;
        }
        token.end = i;
        tokens.append(token);
    }
    return tokens;
}

QString TaskLine::commandOf(const QString& line)
{
    const QList<Token> tokens = tokenize(line);
    return tokens.isEmpty() ? QString() : tokens.first().text.toLower();
}

bool TaskLine::hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace lc
