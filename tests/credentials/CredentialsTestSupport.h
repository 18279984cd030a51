// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace lc::test {

// Writes a fixture owner-only, as the official CLI does.
inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size()
           && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The POSIX mode bits (e.g. 0600) of path, or -1.
inline int fileMode(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

// Every regular file under the directories (recursively, hidden files included) whose bytes
// contain secret, in UTF-8, UTF-16 or base64 form; paths in except are skipped.
inline QStringList filesContaining(const QStringList& directories, const QString& secret,
                                   const QStringList& except = {})
{
    const QList<QByteArray> forms = {
            secret.toUtf8(),
            QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2),
            secret.toUtf8().toBase64(),
    };
    QStringList hits;
    for (const QString& directory : directories) {
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (except.contains(path))
                continue;
            const QByteArray content = readFile(path);
            for (const QByteArray& form : forms) {
                if (content.contains(form)) {
                    hits << path;
                    break;
                }
            }
        }
    }
    return hits;
}

} // namespace lc::test
