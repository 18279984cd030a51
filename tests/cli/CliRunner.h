// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace lctest {
class EmulatorProcess;
}

// Runs the built `lcdesk` binary (LCDESK_BIN) as a user would, with a controlled environment.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

class CliRunner
{
public:
    // A clean environment: PATH, a HOME and config dir of the test's own, nothing from LC_*.
    explicit CliRunner(const QString& home);

    QProcessEnvironment& environment() { return m_environment; }
    // Points the command line at a running emulator (LC_API_URL, LC_JWT_URL, LC_STREAM_URL)
    // and, with credentials, at its organisation and full key (LC_OID, LC_API_KEY).
    void useEmulator(const lctest::EmulatorProcess& emulator, bool withCredentials = true);
    CliRun run(const QStringList& arguments, const QByteArray& input = {},
               int timeoutMs = 60'000) const;

private:
    QProcessEnvironment m_environment;
};
