// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QTcpSocket;

namespace lc {

// One long-lived HTTP/1.1 POST whose answer is read as it streams, over a plain or TLS socket
// of its own. QNetworkAccessManager reads a response on its own thread as fast as the network
// delivers, whatever the read buffer size says, so a stream faster than its reader fills
// memory; here the socket's read buffer is bounded and a slow reader pushes back through TCP
// (the stream host then drops records and says how many). Redirects are never followed.
// Supports Content-Length, chunked and until-close bodies; no proxy of its own.
class StreamHttpReply : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        Network,      // could not connect, or the connection broke
        TlsHandshake, // the server's certificate was refused
        Protocol,     // not an HTTP/1.x answer, or a broken chunked body
    };

    StreamHttpReply(const QUrl& url, const QByteArray& userAgent, const QByteArray& formBody,
                    const QList<QSslCertificate>& extraCaCertificates, qint64 readBufferBytes,
                    QObject* parent = nullptr);
    ~StreamHttpReply() override;

    void start();
    void abort();

    QUrl url() const { return m_url; }
    int statusCode() const { return m_status; }
    // The Location header of a 3xx answer, as sent.
    QUrl redirectTarget() const { return m_location; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isRunning() const { return m_running; }

    // Body bytes received and not yet read.
    qint64 bytesAvailable() const { return m_body.size() - m_bodyRead; }
    qint64 read(char* data, qint64 maxSize);
    QByteArray readAll();

signals:
    void metaDataChanged(); // the status line and headers are in
    void readyRead();
    void finished(); // once, after the last readyRead

private:
    enum class Stage
    {
        StatusLine,
        Headers,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Body, // Content-Length or until close
        Done,
    };

    void pump();
    void schedulePump();
    bool parse(const char* data, qint64 size);
    bool takeLine(const char*& data, qint64& size, QByteArray& line);
    bool onHeaderLine(const QByteArray& line);
    void appendBody(const char* data, qint64 size);
    void finish(Error error, const QString& message);
    void onDisconnected();

    QUrl m_url;
    QByteArray m_request;
    QList<QSslCertificate> m_extraCa;
    qint64 m_readBufferBytes;
    QPointer<QTcpSocket> m_socket;

    Stage m_stage = Stage::StatusLine;
    QByteArray m_line;
    int m_status = 0;
    QUrl m_location;
    bool m_chunked = false;
    qint64 m_remaining = -1; // Content-Length or chunk bytes left; -1 = until close
    qint64 m_headerBytes = 0;
    QByteArray m_body;
    qint64 m_bodyRead = 0;
    bool m_pumpScheduled = false;
    bool m_running = false;
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace lc
