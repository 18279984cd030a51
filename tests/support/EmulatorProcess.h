// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include "LoggedRequest.h"

namespace lctest {

// lcdesk-emulator as a child process for one test: started with the test's flags, its ready
// line parsed, and its control API (/_emulator/...) driven synchronously. The control calls
// use their own network manager and build their URLs by hand; nothing here uses the client
// code under test.
class EmulatorProcess : public QObject
{
    Q_OBJECT

public:
    struct ControlReply
    {
        int status = 0;
        QByteArray body;
        QString error;
        bool isOk() const { return status >= 200 && status < 300; }
    };

    explicit EmulatorProcess(QObject* parent = nullptr);
    ~EmulatorProcess() override;

    // From LCDESK_EMULATOR (set by CMake for each test); empty when unset.
    static QString executable();

    // Starts the emulator and waits for its ready line. With --tls and no --cert-out, the
    // certificate is written to a temporary file and trusted by the control calls.
    bool start(const QStringList& arguments = {}, int timeoutMs = 20'000);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Why start() failed, with what the emulator wrote to stderr.
    QString errorString() const { return m_error; }
    QByteArray standardError();

    QJsonObject info() const { return m_info; }
    QUrl api() const { return urlOf(QStringLiteral("api")); }
    QUrl jwt() const { return urlOf(QStringLiteral("jwt")); }
    QUrl stream() const { return urlOf(QStringLiteral("stream")); }
    QUrl foreign() const { return urlOf(QStringLiteral("foreign")); }
    QUrl plainApi() const { return urlOf(QStringLiteral("plain_api")); }
    QString oid() const { return m_info.value(QStringLiteral("oid")).toString(); }
    QString apiKey() const { return m_info.value(QStringLiteral("api_key")).toString(); }
    QJsonObject keys() const { return m_info.value(QStringLiteral("keys")).toObject(); }
    // The certificate the TLS listeners present (empty without --tls).
    QList<QSslCertificate> certificates() const { return m_certificates; }

    // The request log, oldest first (control calls are not logged); empty, with *ok false and
    // errorString() set, when it cannot be read.
    QList<LoggedRequest> requests(bool* ok = nullptr);
    bool clearRequests();
    bool setFaults(const QJsonObject& faults);
    bool setOnline(const QString& sid, bool online);
    // A token for `apiKey` straight from the JWT listener (form built here, not by the client).
    QString mintJwt(const QString& apiKey);
    // A REST call made by the harness itself, for reading the emulator's state through the
    // public API. `rawTarget` is sent as it is ("/v1/<sid>/tags").
    ControlReply apiCall(const QByteArray& method, const QByteArray& rawTarget, const QString& jwt);
    // Any control call; `path` starts with "/_emulator/".
    ControlReply control(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const QByteArray& contentType = "application/json");

private:
    QUrl urlOf(const QString& key) const;
    ControlReply send(const QUrl& url, const QByteArray& method, const QByteArray& body,
                      const QList<QPair<QByteArray, QByteArray>>& headers);
    bool waitForReadyLine(int timeoutMs);

    QProcess m_process;
    QNetworkAccessManager m_network;
    QTemporaryDir m_tempDir;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QJsonObject m_info;
    QString m_certFile;
    QList<QSslCertificate> m_certificates;
    QString m_error;
};

} // namespace lctest
