// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include "api/Endpoints.h"

namespace lc {

// Runs the bundled LimaCharlie-compatible emulator as a child process on a free
// loopback port and reports the URLs and demo credentials it serves. The child ends with
// this object (and with the application, since it watches its standard input).
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;

    // Where lcdesk-emulator is: LCDESK_EMULATOR, beside the running program, the build
    // tree, then PATH. Empty when not found.
    static QString findExecutable();

    void setExecutable(const QString& path) { m_executable = path; }
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }

    void start();
    // For the command line and tests: runs a local event loop until ready or failed.
    bool waitForReady(int timeoutMs = 15'000);
    void stop();

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }
    Endpoints endpoints() const { return m_endpoints; }
    QString oid() const { return m_info.value(QStringLiteral("oid")).toString(); }
    QString apiKey() const { return m_info.value(QStringLiteral("api_key")).toString(); }
    // The whole ready line the emulator printed.
    QJsonObject info() const { return m_info; }

signals:
    void ready();
    void failed(const QString& message);

private:
    void readOutput();
    void fail(const QString& message);

    QProcess m_process;
    QString m_executable;
    QStringList m_extraArguments;
    QByteArray m_buffer;
    bool m_ready = false;
    bool m_failed = false;
    QString m_error;
    Endpoints m_endpoints;
    QJsonObject m_info;
};

} // namespace lc
