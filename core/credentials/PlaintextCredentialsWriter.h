// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

// Writes an API key IN PLAINTEXT into the official CLI's credentials file. Call it only when
// the user explicitly asked for it (e.g. "Also write this key to ~/.limacharlie for the
// limacharlie command"); LC Desk itself keeps keys in the keychain.
//
// The file is replaced atomically with mode 0600 from the first byte (PrivateFileWriter). The
// other environments and unknown keys are preserved; "default" writes the top-level oid,
// api_key and uid (a uid absent from credentials is removed, as `limacharlie login` does),
// other names write env.<name>. Base URL overrides are written when set.
//
// Known limit: yaml-cpp does not keep comments, so comments in the existing file are lost
// (values, order and quoting are kept).
class PlaintextCredentialsWriter
{
    Q_DECLARE_TR_FUNCTIONS(lc::PlaintextCredentialsWriter)

public:
    // path: usually CredentialsFile::defaultPath(). credentials needs an environment name, an
    // oid and an API key. An existing file that cannot be parsed is left untouched.
    static bool writeKeyInPlaintext(const QString& path, const Credentials& credentials,
                                    CredentialsError* error = nullptr);
};

} // namespace lc
