// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lc {

// Why credentials could not be read, resolved or written. message is translated and complete
// (it names the file, the position and the environments that exist, as far as they are known),
// so the UI and the command line can show it as is.
struct CredentialsError
{
    enum class Code
    {
        NoError,
        NoCredentials,
        FileNotFound,
        FileUnreadable,
        SyntaxError,
        InvalidContent,
        EnvironmentNotFound,
        NoDefaultEnvironment,
        IncompleteEnvironment,
        InvalidName,
        WriteFailed,
        KeyMissing,
        KeychainUnavailable,
        KeychainFailed,
    };

    Code code = Code::NoError;
    QString message;
    QString filePath;
    int line = 0;             // 1-based; 0 = unknown
    int column = 0;           // 1-based; 0 = unknown
    QStringList environments; // the environments that exist, when that helps the user

    bool isError() const { return code != Code::NoError; }
};

} // namespace lc
