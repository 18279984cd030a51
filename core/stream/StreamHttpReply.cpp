// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/StreamHttpReply.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include "LcDesk.h"

namespace lc {

namespace {

// Socket bytes handled per event-loop turn: a fast stream never holds the loop for long.
constexpr qint64 bytesPerTurn = 4 * 1024 * 1024;
// Body bytes held for the reader before the socket is left alone (TCP then pushes back).
constexpr qint64 maxUnreadBody = 1024 * 1024;
// Status line and headers together.
constexpr qint64 maxHeaderBytes = 64 * 1024;

} // namespace

StreamHttpReply::StreamHttpReply(const QUrl& url, const QByteArray& userAgent,
                                 const QByteArray& formBody,
                                 const QList<QSslCertificate>& extraCaCertificates,
                                 qint64 readBufferBytes, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_extraCa(extraCaCertificates)
    , m_readBufferBytes(readBufferBytes)
{
    QByteArray target =
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    const bool defaultPort = url.port() < 0
                             || (url.scheme() == QLatin1String("https") && url.port() == 443)
                             || (url.scheme() == QLatin1String("http") && url.port() == 80);
    QByteArray host = url.toEncoded(QUrl::RemoveScheme | QUrl::RemovePath | QUrl::RemoveQuery
                                    | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                                    | (defaultPort ? QUrl::RemovePort : QUrl::None));
    while (host.startsWith('/'))
        host.remove(0, 1);

    m_request = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + QByteArray::number(formBody.size())
                + "\r\nAccept: application/x-ndjson, */*\r\nConnection: close\r\n\r\n" + formBody;
}

StreamHttpReply::~StreamHttpReply()
{
    if (m_socket)
        m_socket->abort();
}

void StreamHttpReply::start()
{
    const bool tls = m_url.scheme() == QLatin1String("https");
    if (!tls && m_url.scheme() != QLatin1String("http")) {
        m_running = true;
        QTimer::singleShot(0, this, [this] {
            finish(Error::Protocol, tr("unsupported URL scheme \"%1\"").arg(m_url.scheme()));
        });
        return;
    }
    m_running = true;

    QTcpSocket* socket = nullptr;
    if (tls) {
        auto* secure = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extraCa.isEmpty())
            config.addCaCertificates(m_extraCa);
        secure->setSslConfiguration(config);
        connect(secure, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& error : errors)
                texts.append(error.errorString());
            finish(Error::TlsHandshake, texts.join(QStringLiteral("; ")));
        });
        connect(secure, &QSslSocket::encrypted, this, [this] { m_socket->write(m_request); });
        socket = secure;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_request); });
    }
    m_socket = socket;
    socket->setReadBufferSize(m_readBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &StreamHttpReply::pump);
    connect(socket, &QTcpSocket::disconnected, this, &StreamHttpReply::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::RemoteHostClosedError)
            return; // handled as the end of the body in onDisconnected()
        if (!m_socket)
            return;
        // Whatever arrived before the error still reaches the reader.
        pump();
        finish(code == QAbstractSocket::SslHandshakeFailedError ? Error::TlsHandshake
                                                                : Error::Network,
               m_socket ? m_socket->errorString() : QString());
    });

    const quint16 port = static_cast<quint16>(m_url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket*>(socket)->connectToHostEncrypted(m_url.host(), port);
    else
        socket->connectToHost(m_url.host(), port);
}

void StreamHttpReply::abort()
{
    m_finished = true;
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

qint64 StreamHttpReply::read(char* data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, bytesAvailable());
    if (n <= 0)
        return 0;
    std::copy_n(m_body.constData() + m_bodyRead, n, data);
    m_bodyRead += n;
    if (m_bodyRead == m_body.size()) {
        m_body.resize(0);
        m_bodyRead = 0;
        // The reader caught up: take more from the socket, which may have stopped reading.
        if (m_socket && m_socket->bytesAvailable() > 0)
            schedulePump();
    }
    return n;
}

QByteArray StreamHttpReply::readAll()
{
    QByteArray all = m_body.mid(m_bodyRead);
    m_body.resize(0);
    m_bodyRead = 0;
    if (m_socket && m_socket->bytesAvailable() > 0)
        schedulePump();
    return all;
}

void StreamHttpReply::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void StreamHttpReply::pump()
{
    if (m_finished || !m_socket)
        return;

    const qint64 before = bytesAvailable();
    const bool hadHeaders = m_stage != Stage::StatusLine && m_stage != Stage::Headers;
    qint64 handled = 0;
    char buffer[64 * 1024];
    while (m_socket && handled < bytesPerTurn && bytesAvailable() < maxUnreadBody) {
        const qint64 got = m_socket->read(buffer, sizeof buffer);
        if (got <= 0)
            break;
        handled += got;
        if (!parse(buffer, got))
            return;
    }

    if (!hadHeaders && m_stage != Stage::StatusLine && m_stage != Stage::Headers)
        emit metaDataChanged();
    if (m_finished)
        return;
    if (bytesAvailable() > before)
        emit readyRead();
    if (m_finished || !m_socket)
        return;
    if (m_stage == Stage::Done) {
        finish(Error::None, QString());
        return;
    }
    // More is waiting but this turn's share is used: go on after the loop had its turn.
    if (m_socket->bytesAvailable() > 0 && bytesAvailable() < maxUnreadBody)
        schedulePump();
}

bool StreamHttpReply::takeLine(const char*& data, qint64& size, QByteArray& line)
{
    const char* newline = static_cast<const char*>(memchr(data, '\n', static_cast<size_t>(size)));
    const qint64 take = newline ? newline - data + 1 : size;
    m_line.append(data, take);
    data += take;
    size -= take;
    m_headerBytes += take;
    if (!newline)
        return false;
    line = m_line;
    m_line.clear();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool StreamHttpReply::parse(const char* data, qint64 size)
{
    while (size > 0 && !m_finished) {
        QByteArray line;
        switch (m_stage) {
        case Stage::StatusLine:
        case Stage::Headers:
        case Stage::ChunkSize:
        case Stage::ChunkEnd:
        case Stage::Trailers:
            if (!takeLine(data, size, line)) {
                if (m_headerBytes > maxHeaderBytes) {
                    finish(Error::Protocol, tr("the stream host sent an over-long header"));
                    return false;
                }
                return true;
            }
            if (!onHeaderLine(line))
                return false;
            break;
        case Stage::ChunkData:
        case Stage::Body: {
            const qint64 take = m_remaining < 0 ? size : std::min(size, m_remaining);
            appendBody(data, take);
            data += take;
            size -= take;
            if (m_remaining >= 0) {
                m_remaining -= take;
                if (m_remaining == 0)
                    m_stage = m_stage == Stage::ChunkData ? Stage::ChunkEnd : Stage::Done;
            }
            break;
        }
        case Stage::Done:
            return true; // bytes after the body: ignored, the connection closes
        }
    }
    return !m_finished;
}

bool StreamHttpReply::onHeaderLine(const QByteArray& line)
{
    switch (m_stage) {
    case Stage::StatusLine: {
        // "HTTP/1.1 200 OK"
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        if (parts.size() >= 2 && parts.at(0).startsWith("HTTP/1."))
            m_status = parts.at(1).toInt(&ok);
        if (!ok || m_status < 100 || m_status > 999) {
            finish(Error::Protocol, tr("the stream host did not answer with HTTP"));
            return false;
        }
        m_stage = Stage::Headers;
        return true;
    }
    case Stage::Headers: {
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return true;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                m_chunked = true;
            else if (name == "content-length")
                m_remaining = value.toLongLong();
            else if (name == "location")
                m_location = QUrl::fromEncoded(value);
            return true;
        }
        if (m_status >= 100 && m_status < 200) {
            m_stage = Stage::StatusLine; // an interim answer; the real one follows
            return true;
        }
        m_headerBytes = 0;
        if (m_chunked) {
            m_remaining = -1;
            m_stage = Stage::ChunkSize;
        } else {
            m_stage = m_remaining == 0 ? Stage::Done : Stage::Body;
        }
        return true;
    }
    case Stage::ChunkSize: {
        bool ok = false;
        const qsizetype semicolon = line.indexOf(';');
        const qint64 chunk =
                (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
        if (!ok || chunk < 0) {
            finish(Error::Protocol, tr("the stream host sent a broken chunk header"));
            return false;
        }
        m_headerBytes = 0;
        m_remaining = chunk;
        m_stage = chunk == 0 ? Stage::Trailers : Stage::ChunkData;
        return true;
    }
    case Stage::ChunkEnd:
        m_stage = Stage::ChunkSize;
        return true;
    case Stage::Trailers:
        if (line.isEmpty())
            m_stage = Stage::Done;
        return true;
    case Stage::ChunkData:
    case Stage::Body:
    case Stage::Done:
        break;
    }
    return true;
}

void StreamHttpReply::appendBody(const char* data, qint64 size)
{
    if (size <= 0)
        return;
    if (m_bodyRead > 0 && m_bodyRead == m_body.size()) {
        m_body.resize(0);
        m_bodyRead = 0;
    }
    m_body.append(data, size);
}

void StreamHttpReply::onDisconnected()
{
    if (m_finished)
        return;
    // Whatever the socket still holds is part of the answer.
    while (m_socket && m_socket->bytesAvailable() > 0 && !m_finished) {
        const qint64 before = bytesAvailable();
        pump();
        if (bytesAvailable() == before)
            break;
    }
    if (m_finished)
        return;
    if (m_status == 0) {
        finish(Error::Network, tr("the stream host closed the connection without answering"));
        return;
    }
    if (m_stage == Stage::Body && m_remaining < 0) {
        finish(Error::None, QString()); // an until-close body ends here
        return;
    }
    if (m_stage == Stage::Done) {
        finish(Error::None, QString());
        return;
    }
    finish(Error::Network, tr("the connection closed in the middle of the answer"));
}

void StreamHttpReply::finish(Error error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = error;
    m_errorString = message;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished();
}

} // namespace lc
