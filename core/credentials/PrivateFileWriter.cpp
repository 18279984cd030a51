// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/PrivateFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lc {

namespace {

QString finalTarget(const QString& path)
{
    QFileInfo info(path);
    int depth = 0;
    while (info.isSymLink() && depth++ < 32) {
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        info.setFile(target);
    }
    return info.absoluteFilePath();
}

bool ensureDirectory(const QString& directory, QString* errorMessage)
{
    if (QFileInfo(directory).isDir())
        return true;

    if (!QDir().mkpath(directory)) {
        *errorMessage = PrivateFileWriter::tr("Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace

bool PrivateFileWriter::write(const QString& path, const QByteArray& data, QString* errorMessage)
{
    const QString target = finalTarget(path);
    const QString nativeTarget = QDir::toNativeSeparators(target);
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir()) {
        *errorMessage = tr("%1 is a folder.").arg(nativeTarget);
        return false;
    }
    if (!ensureDirectory(targetInfo.absolutePath(), errorMessage))
        return false;

#ifdef Q_OS_UNIX
    QTemporaryFile temporary(targetInfo.absolutePath() + QLatin1String("/.") + targetInfo.fileName()
                             + QLatin1String(".XXXXXX"));
    if (!temporary.open()) {
        *errorMessage = tr("Cannot write to the folder of %1: %2")
                                .arg(nativeTarget, temporary.errorString());
        return false;
    }

    // Checked rather than fixed afterwards: if the file was ever created wider than 0600,
    // another user may already hold it open.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (temporary.permissions() & others) {
        *errorMessage = tr("Cannot create a private temporary file next to %1.").arg(nativeTarget);
        return false;
    }

    if (temporary.write(data) != data.size() || !temporary.flush()
        || ::fsync(temporary.handle()) != 0) {
        *errorMessage = tr("Cannot write %1: %2").arg(nativeTarget, temporary.errorString());
        return false;
    }

    const QByteArray from = QFile::encodeName(temporary.fileName());
    const QByteArray to = QFile::encodeName(target);
    if (std::rename(from.constData(), to.constData()) != 0) {
        *errorMessage = tr("Cannot replace %1: %2")
                                .arg(nativeTarget, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false);
    temporary.close();

    // Makes the rename itself durable; failure only weakens crash safety, so it is ignored.
    const QByteArray directory = QFile::encodeName(targetInfo.absolutePath());
    const int directoryFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directoryFd >= 0) {
        ::fsync(directoryFd);
        ::close(directoryFd);
    }
    return true;
#else
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(nativeTarget, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(nativeTarget, file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace lc
