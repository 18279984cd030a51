// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lc {

// A REST path built from raw segments. Each segment is percent-encoded on its own so a
// name holding '/', '+', '%', '?', '#', spaces or non-ASCII text stays one segment and
// reaches the server exactly as meant ('+' in a path is a plus, never a space).
class ApiPath
{
public:
    ApiPath() = default;
    // Segments are joined under "/v1/".
    static ApiPath v1(const QStringList& segments);
    // For the rare endpoint outside /v1 (the legacy "/who").
    static ApiPath root(const QStringList& segments);

    bool isValid() const { return m_error.isEmpty() && !m_encoded.isEmpty(); }
    // Why the path cannot be sent (a segment that is empty, "." or "..").
    QString error() const { return m_error; }
    QByteArray encoded() const { return m_encoded; }
    // The encoded path as sent, for logs and error messages.
    QString display() const { return QString::fromLatin1(m_encoded); }

    static QByteArray encodeSegment(const QString& segment);

private:
    static ApiPath build(const QStringList& prefix, const QStringList& segments);

    QByteArray m_encoded;
    QString m_error;
};

} // namespace lc
