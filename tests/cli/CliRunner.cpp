// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>

#include "EmulatorProcess.h"

CliRunner::CliRunner(const QString& home)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& name : system.keys()) {
        if (!name.startsWith(QLatin1String("LC_")))
            m_environment.insert(name, system.value(name));
    }
    // The checks compare English text: the tests run whatever language the machine speaks
    // (LC_ALL and LC_MESSAGES are LC_ variables, left out above).
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.remove(QStringLiteral("LANGUAGE"));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_environment.insert(QStringLiteral("LCDESK_CONFIG_DIR"), home + QStringLiteral("/lcdesk"));
}

void CliRunner::useEmulator(const lctest::EmulatorProcess& emulator, bool withCredentials)
{
    m_environment.insert(QStringLiteral("LC_API_URL"), emulator.api().toString());
    m_environment.insert(QStringLiteral("LC_JWT_URL"), emulator.jwt().toString());
    m_environment.insert(QStringLiteral("LC_STREAM_URL"), emulator.stream().toString());
    if (withCredentials) {
        m_environment.insert(QStringLiteral("LC_OID"), emulator.oid());
        m_environment.insert(QStringLiteral("LC_API_KEY"), emulator.apiKey());
    }
}

CliRun CliRunner::run(const QStringList& arguments, const QByteArray& input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("LCDESK_BIN"), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
