// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtDebug>

// The stream tests' inputs under tests/unit/data/stream (copies of field cases and samples).
namespace streamtest {

inline QString path(const QString& relative)
{
    return QStringLiteral(LCDESK_STREAM_DATA_DIR "/") + relative;
}

inline QByteArray read(const QString& relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read stream test data" << file.fileName() << file.errorString();
        return {};
    }
    return file.readAll();
}

// The non-blank lines of a file, without their newline (an independent reading of NDJSON).
inline QList<QByteArray> lines(const QByteArray& bytes)
{
    QList<QByteArray> result;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            result.append(line);
    }
    return result;
}

} // namespace streamtest
