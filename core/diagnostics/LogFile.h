// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace lc {

// A log file rotated by size: `<name>` is written until the next line would take it past
// maxBytes, then `<name>.1` … `<name>.<maxFiles - 1>` move up one (the oldest is deleted)
// and a new `<name>` starts. Files and their folder are readable by the user only: log lines
// name organisations and hosts.
//
// Not thread-safe; DiagnosticLog serialises the writes.
class LogFile
{
public:
    LogFile(const QString& path, qint64 maxBytes, int maxFiles);

    // Appends text and a newline, rotating first when needed, and flushes. False when the file
    // cannot be written (the line is lost; logging must never stop the application).
    bool writeLine(const QString& text);

    QString path() const { return m_path; }
    // The file rotated index times (0 is path() itself).
    QString rotatedPath(int index) const;
    qint64 maxBytes() const { return m_maxBytes; }
    int maxFiles() const { return m_maxFiles; }

private:
    bool open();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_maxFiles;
    QFile m_file;
};

} // namespace lc
