// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace lctest {

EmulatorProcess::EmulatorProcess(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The control API never redirects; a redirect here would be an emulator bug to see.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

QString EmulatorProcess::executable()
{
    return qEnvironmentVariable("LCDESK_EMULATOR");
}

bool EmulatorProcess::start(const QStringList& arguments, int timeoutMs)
{
    stop();
    m_error.clear();
    m_info = {};
    m_stdout.clear();
    m_stderr.clear();
    m_certificates.clear();
    m_certFile.clear();

    const QString program = executable();
    if (program.isEmpty()) {
        m_error = QStringLiteral("LCDESK_EMULATOR is not set; run the test through ctest");
        return false;
    }

    QStringList args = arguments;
    const int certOut = static_cast<int>(args.indexOf(QStringLiteral("--cert-out")));
    if (certOut >= 0 && certOut + 1 < args.size()) {
        m_certFile = args.at(certOut + 1);
    } else if (args.contains(QStringLiteral("--tls"))) {
        m_certFile = m_tempDir.filePath(QStringLiteral("emulator-cert.pem"));
        args << QStringLiteral("--cert-out") << m_certFile;
    }
    // The emulator ends with this process even if the test crashes.
    if (!args.contains(QStringLiteral("--exit-on-stdin-close")))
        args << QStringLiteral("--exit-on-stdin-close");

    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    if (!waitForReadyLine(timeoutMs)) {
        m_stderr += m_process.readAllStandardError();
        m_error += QStringLiteral("; stderr: ") + QString::fromUtf8(m_stderr.right(2000));
        stop();
        return false;
    }

    if (!m_certFile.isEmpty()) {
        m_certificates = QSslCertificate::fromPath(m_certFile);
        if (m_certificates.isEmpty()) {
            m_error = QStringLiteral("no certificate in %1").arg(m_certFile);
            stop();
            return false;
        }
    }
    return true;
}

bool EmulatorProcess::waitForReadyLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int newline = static_cast<int>(m_stdout.indexOf('\n'));
        while (newline >= 0) {
            const QByteArray line = m_stdout.left(newline).trimmed();
            m_stdout.remove(0, newline + 1);
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("event")).toString() == QLatin1String("ready")) {
                m_info = object;
                return true;
            }
            newline = static_cast<int>(m_stdout.indexOf('\n'));
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("the emulator exited (code %1) before it was ready")
                              .arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 200)));
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
    }
    m_error = QStringLiteral("no ready line within %1 ms").arg(timeoutMs);
    return false;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

QByteArray EmulatorProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QUrl EmulatorProcess::urlOf(const QString& key) const
{
    return QUrl(m_info.value(key).toString(), QUrl::StrictMode);
}

EmulatorProcess::ControlReply EmulatorProcess::control(const QByteArray& method,
                                                       const QString& path, const QByteArray& body,
                                                       const QByteArray& contentType)
{
    QString base = m_info.value(QStringLiteral("api")).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append({"Content-Type", contentType});
    return send(QUrl(base + path, QUrl::StrictMode), method, body, headers);
}

QString EmulatorProcess::mintJwt(const QString& apiKey)
{
    // Both values are UUIDs: nothing to escape.
    const QByteArray form = "oid=" + oid().toLatin1() + "&secret=" + apiKey.toLatin1();
    const ControlReply reply =
            send(jwt(), "POST", form, {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (!reply.isOk())
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("jwt")).toString();
}

EmulatorProcess::ControlReply
EmulatorProcess::apiCall(const QByteArray& method, const QByteArray& rawTarget, const QString& jwt)
{
    QByteArray base = api().toEncoded();
    while (base.endsWith('/'))
        base.chop(1);
    return send(QUrl::fromEncoded(base + rawTarget, QUrl::StrictMode), method, {},
                {{"Authorization", "bearer " + jwt.toLatin1()}});
}

EmulatorProcess::ControlReply
EmulatorProcess::send(const QUrl& url, const QByteArray& method, const QByteArray& body,
                      const QList<QPair<QByteArray, QByteArray>>& headers)
{
    ControlReply result;
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    if (!m_certificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_certificates);
        request.setSslConfiguration(tls);
    }
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(15'000);
    loop.exec();

    const QString what =
            QString::fromLatin1(method) + QLatin1Char(' ')
            + QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("%1 timed out").arg(what);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.error = QStringLiteral("%1 failed: %2").arg(what, reply->errorString());
        else if (!result.isOk())
            result.error = QStringLiteral("%1 answered %2: %3")
                                   .arg(what)
                                   .arg(result.status)
                                   .arg(QString::fromUtf8(result.body.left(500)));
    }
    reply->deleteLater();
    if (!result.error.isEmpty())
        m_error = result.error;
    return result;
}

QList<LoggedRequest> EmulatorProcess::requests(bool* ok)
{
    const ControlReply reply = control("GET", QStringLiteral("/_emulator/requests"));
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    const bool valid = reply.isOk() && (doc.isArray() || doc.isObject());
    if (ok)
        *ok = valid;
    if (!valid)
        return {};
    const QJsonArray array =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("requests")).toArray();
    return LoggedRequest::listFromJson(array);
}

bool EmulatorProcess::clearRequests()
{
    return control("DELETE", QStringLiteral("/_emulator/requests")).isOk();
}

bool EmulatorProcess::setFaults(const QJsonObject& faults)
{
    return control("POST", QStringLiteral("/_emulator/faults"),
                   QJsonDocument(faults).toJson(QJsonDocument::Compact))
            .isOk();
}

bool EmulatorProcess::setOnline(const QString& sid, bool online)
{
    const QJsonObject body{{QStringLiteral("online"), online}};
    return control("POST",
                   QStringLiteral("/_emulator/sensors/")
                           + QString::fromLatin1(QUrl::toPercentEncoding(sid)),
                   QJsonDocument(body).toJson(QJsonDocument::Compact))
            .isOk();
}

} // namespace lctest
