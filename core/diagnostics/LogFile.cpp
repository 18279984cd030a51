// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace lc {

LogFile::LogFile(const QString& path, qint64 maxBytes, int maxFiles)
    : m_path(path)
    , m_maxBytes(std::max<qint64>(maxBytes, 1024))
    , m_maxFiles(std::max(maxFiles, 1))
{}

QString LogFile::rotatedPath(int index) const
{
    return index == 0 ? m_path : m_path + QLatin1Char('.') + QString::number(index);
}

bool LogFile::writeLine(const QString& text)
{
    const QByteArray line = text.toUtf8() + '\n';
    if (!m_file.isOpen() && !open())
        return false;
    // A single line longer than the limit still goes in, alone in its file.
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes) {
        rotate();
        if (!open())
            return false;
    }
    if (m_file.write(line) != line.size())
        return false;
    return m_file.flush();
}

bool LogFile::open()
{
    const QFileInfo info(m_path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral(".")))
            return false;
        QFile::setPermissions(folder.absolutePath(), QFileDevice::ReadOwner
                                                             | QFileDevice::WriteOwner
                                                             | QFileDevice::ExeOwner);
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_maxFiles - 1));
    for (int index = m_maxFiles - 2; index >= 0; --index) {
        if (QFile::exists(rotatedPath(index)))
            QFile::rename(rotatedPath(index), rotatedPath(index + 1));
    }
    // With a single file there is nowhere to move it: it starts again empty.
    if (m_maxFiles == 1)
        QFile::remove(m_path);
}

} // namespace lc
