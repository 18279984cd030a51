// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lc {

// Replaces a file atomically with content only its owner may read (mode 0600), from the first
// byte on: the data goes to a temporary file created 0600 in the same directory, is flushed to
// disk and renamed over the target. Symbolic links are followed, so a linked ~/.limacharlie
// stays a link. Missing parent directories are created 0700.
//
// QSaveFile is not used on Unix: it creates a new file with 0666 minus the umask (usually 0644)
// and gives a replacement the old file's mode, so a key could sit in a world-readable file.
// On other systems QSaveFile is used and the file inherits the directory's access rules (the
// user profile on Windows); this is a known limit there.
class PrivateFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(lc::PrivateFileWriter)

public:
    static bool write(const QString& path, const QByteArray& data, QString* errorMessage);
};

} // namespace lc
