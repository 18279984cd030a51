// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

#include "LcDesk.h"

namespace lc {

DemoServer::DemoServer(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The emulator's banner on stderr is for people running it by hand.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready)
            fail(tr("The demo organisation could not start: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready)
            fail(tr("The demo organisation stopped while starting (exit code %1).").arg(code));
        else
            qCWarning(lcApi) << "demo emulator exited with code" << code;
    });
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findExecutable()
{
    const QString fromEnv = qEnvironmentVariable("LCDESK_EMULATOR");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;

    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
            appDir + QStringLiteral("/lcdesk-emulator"),
            appDir + QStringLiteral("/../emulator/lcdesk-emulator"),
            appDir + QStringLiteral("/../../emulator/lcdesk-emulator"),
            appDir + QStringLiteral("/../libexec/lcdesk/lcdesk-emulator"),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(QStringLiteral("lcdesk-emulator"));
}

void DemoServer::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_ready = false;
    m_failed = false;
    m_error.clear();
    m_buffer.clear();

    const QString program = m_executable.isEmpty() ? findExecutable() : m_executable;
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(tr("The demo organisation needs lcdesk-emulator, which was not found "
                            "beside lcdesk or on PATH. Set LCDESK_EMULATOR to its path."));
                },
                Qt::QueuedConnection);
        return;
    }

    QStringList arguments = {QStringLiteral("--exit-on-stdin-close")};
    arguments += m_extraArguments;
    m_process.start(program, arguments);
}

bool DemoServer::waitForReady(int timeoutMs)
{
    if (m_ready)
        return true;
    if (m_failed)
        return false;

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &DemoServer::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoServer::failed, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    if (!m_ready && !m_failed)
        fail(tr("The demo organisation did not start within %1 s.").arg(timeoutMs / 1000));
    return m_ready;
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
    m_ready = false;
}

void DemoServer::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_ready)
        return;

    const int newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(newline)).object();
    m_buffer.remove(0, newline + 1);
    if (line.value(QStringLiteral("event")).toString() != QLatin1String("ready")) {
        fail(tr("The demo organisation printed something unexpected instead of its address."));
        return;
    }

    m_info = line;
    m_endpoints.api = QUrl(line.value(QStringLiteral("api")).toString());
    m_endpoints.jwt = QUrl(line.value(QStringLiteral("jwt")).toString());
    m_endpoints.stream = QUrl(line.value(QStringLiteral("stream")).toString());
    m_ready = true;
    qCInfo(lcApi) << "demo organisation at" << m_endpoints.api.toString();
    emit ready();
}

void DemoServer::fail(const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = message;
    qCWarning(lcApi) << "demo organisation failed:" << message;
    emit failed(message);
}

} // namespace lc
