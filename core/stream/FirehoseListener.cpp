// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/FirehoseListener.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <map>
#include <memory>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OutputApi.h"
#include "stream/EventSink.h"
#include "stream/IndexedBatch.h"
#include "stream/IndexedLine.h"
#include "stream/ParallelIndexer.h"
#include "stream/SelfSignedCertificate.h"

namespace lc {

namespace {

enum class Phase
{
    Idle,
    Listing,          // GET outputs
    WaitingLeftover,  // a tmp_live_<name> exists: the caller decides
    RemovingLeftover, // DELETE of the leftover, then POST
    Registering,      // POST outputs
    Running,
    Unregistering, // DELETE at stop
};

struct Connection
{
    QPointer<QSslSocket> socket;
    std::unique_ptr<ParallelIndexer> lines; // each peer's bytes are framed on their own
    QString peer;
    quint64 records = 0;
};

// Hands a batch of one peer's lines to the sink. Nothing on this path speaks "error:" or
// sends traces: such a line is just not a record, and a trace is never a row.
void deliver(Connection& connection, EventSink* target, const IndexedBatch& batch)
{
    bool delivered = false;
    for (qsizetype i = 0; i < batch.lineCount(); ++i) {
        IndexedLine indexed = batch.line(i);
        switch (indexed.kind) {
        case IndexedLine::Kind::Record:
            ++connection.records;
            break;
        case IndexedLine::Kind::Malformed:
            break;
        case IndexedLine::Kind::ServerError:
            indexed = IndexedLine();
            indexed.kind = IndexedLine::Kind::Malformed;
            indexed.raw = batch.line(i).raw;
            break;
        case IndexedLine::Kind::Trace:
            continue;
        }
        if (target) {
            target->acceptLine(indexed);
            delivered = true;
        }
    }
    if (delivered)
        target->endBatch();
}

QString peerOf(const QSslSocket* socket)
{
    return FirehoseOptions::hostPort(socket->peerAddress(), socket->peerPort());
}

// Whether the private key belongs to the certificate. Without this check a wrong pair is only
// noticed when the first peer's TLS handshake fails, long after "listening" was reported.
bool keyMatchesCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    const QByteArray der = certificate.toDer();
    const auto* derBytes = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(
            d2i_X509(nullptr, &derBytes, static_cast<long>(der.size())), &X509_free);
    const QByteArray pem = key.toPem();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    if (!x509 || !bio)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> privateKey(
            PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return privateKey && X509_check_private_key(x509.get(), privateKey.get()) == 1;
}

bool loadKey(const QByteArray& bytes, QSslKey* key)
{
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            const QSslKey candidate(bytes, algorithm, format, QSsl::PrivateKey);
            if (!candidate.isNull()) {
                *key = candidate;
                return true;
            }
        }
    }
    return false;
}

bool isUnspecified(const QHostAddress& address)
{
    return address == QHostAddress(QHostAddress::Any)
           || address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6);
}

// An OpenSSL 3 peer that closes without close_notify shows up as one of these.
bool isPeerClose(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::RemoteHostClosedError
           || error == QAbstractSocket::SslInternalError;
}

} // namespace

struct FirehoseListener::Private
{
    ApiClient* client = nullptr;
    FirehoseOptions options;

    QSslServer* server = nullptr;
    std::map<QSslSocket*, std::unique_ptr<Connection>> connections;
    Phase phase = Phase::Idle;
    bool stopRequested = false;
    bool registered = false;
    bool leftBehind = false;
    bool authenticationFailure = false;
    QString destination;
    QString leftoverDestination;
    QPointer<ApiRequest> pending;
    quint64 truncated = 0;
};

FirehoseListener::FirehoseListener(ApiClient* client, const FirehoseOptions& options,
                                   QObject* parent)
    : LiveStream(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->options = options;
}

FirehoseListener::~FirehoseListener()
{
    if (d->pending)
        d->pending->disconnect(this);
    // The owner should have stopped and waited for stopped(); if not, the deletion is still
    // sent (the request belongs to the client and outlives this object) so nothing is left
    // pushing to a port nobody listens on.
    if (d->registered && d->phase != Phase::Unregistering) {
        qCWarning(lcStream) << "firehose destroyed while registered; deleting its output";
        OutputApi(d->client).remove(d->options.outputName());
    }
    closeAll();
}

const FirehoseOptions& FirehoseListener::options() const
{
    return d->options;
}

void FirehoseListener::start()
{
    if (d->phase != Phase::Idle)
        return;
    d->stopRequested = false;
    d->registered = false;
    d->leftBehind = false;
    d->destination.clear();
    d->truncated = 0;

    if (!FirehoseOptions::types().contains(d->options.type)) {
        failStart(
                tr("Unknown stream type \"%1\"; use one of %2.")
                        .arg(d->options.type, FirehoseOptions::types().join(QStringLiteral(", "))));
        return;
    }
    if (!listen())
        return;

    d->phase = Phase::Running;
    setState(State::Connecting);
    emit notice(tr("Listening on %1.")
                        .arg(FirehoseOptions::hostPort(d->server->serverAddress(),
                                                       d->server->serverPort())));
    if (d->options.name.isEmpty())
        return;

    d->destination = d->options.publicDestination;
    if (d->destination.isEmpty()) {
        // No outside service is asked for our public address: without one given, the listen
        // address is the destination, and "all interfaces" is no address to dial.
        if (isUnspecified(d->options.address)) {
            failStart(tr("The listener is on all interfaces, which LimaCharlie cannot dial; "
                         "give the public destination (host:port) it should connect to."));
            return;
        }
        d->destination = FirehoseOptions::hostPort(d->options.address, listeningPort());
    }
    listOutputs();
}

bool FirehoseListener::listen()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const bool userCertificate =
            !d->options.certificateFile.isEmpty() || !d->options.keyFile.isEmpty();
    if (userCertificate) {
        if (d->options.certificateFile.isEmpty() || d->options.keyFile.isEmpty()) {
            failStart(tr("Give both a certificate and its private key, or neither (then a "
                         "self-signed certificate is made)."));
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(d->options.certificateFile);
        const QList<QSslCertificate> derChain =
                chain.isEmpty() ? QSslCertificate::fromPath(d->options.certificateFile, QSsl::Der)
                                : chain;
        if (derChain.isEmpty()) {
            failStart(QFileInfo::exists(d->options.certificateFile)
                              ? tr("No certificate could be read from %1 (PEM or DER expected).")
                                        .arg(d->options.certificateFile)
                              : tr("The certificate file %1 does not exist.")
                                        .arg(d->options.certificateFile));
            return false;
        }
        QFile keyFile(d->options.keyFile);
        QSslKey key;
        if (!keyFile.open(QIODevice::ReadOnly)) {
            failStart(tr("Cannot read the private key %1: %2.")
                              .arg(d->options.keyFile, keyFile.errorString()));
            return false;
        }
        if (!loadKey(keyFile.readAll(), &key)) {
            failStart(tr("%1 holds no unencrypted RSA, EC or DSA private key (PEM or DER).")
                              .arg(d->options.keyFile));
            return false;
        }
        if (!keyMatchesCertificate(derChain.first(), key)) {
            failStart(tr("The private key %1 does not belong to the certificate %2; give the key "
                         "the certificate was made with.")
                              .arg(d->options.keyFile, d->options.certificateFile));
            return false;
        }
        tls.setLocalCertificateChain(derChain);
        tls.setPrivateKey(key);
    } else {
        QString error;
        const SelfSignedCertificate generated = SelfSignedCertificate::loadOrCreate(
                SelfSignedCertificate::defaultDirectory(), {d->options.address}, &error);
        if (generated.isNull()) {
            failStart(error);
            return false;
        }
        tls.setLocalCertificate(generated.certificate);
        tls.setPrivateKey(generated.key);
    }
    // LimaCharlie presents no client certificate.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);

    d->server = new QSslServer(this);
    d->server->setSslConfiguration(tls);
    d->server->setHandshakeTimeout(d->options.handshakeTimeoutMs);
    // Handshakes in progress count against the pending limit in Qt 6.4; many simultaneous
    // feeds must not be turned away.
    d->server->setMaxPendingConnections(1000);
    connect(d->server, &QTcpServer::pendingConnectionAvailable, this,
            &FirehoseListener::acceptPending);
    connect(d->server, &QSslServer::errorOccurred, this,
            [this](QSslSocket* socket, QAbstractSocket::SocketError error) {
                // Only sockets still in their handshake reach this (accepted ones are
                // disconnected from the server): one bad peer never stops the listener.
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return;
                emit notice(tr("A TLS connection from %1 failed: %2")
                                    .arg(peerOf(socket), socket->errorString()));
            });
    connect(d->server, &QSslServer::handshakeInterruptedOnError, this,
            [this](QSslSocket* socket, const QSslError& error) {
                emit notice(tr("The TLS handshake with %1 failed: %2")
                                    .arg(peerOf(socket), error.errorString()));
            });

    if (!d->server->listen(d->options.address, d->options.port)) {
        const QString where = FirehoseOptions::hostPort(d->options.address, d->options.port);
        QString hint;
        if (d->server->serverError() == QAbstractSocket::AddressInUseError)
            hint = tr(" Another program uses this port; pick another one.");
        else if (d->server->serverError() == QAbstractSocket::SocketAccessError)
            hint = tr(" Ports below 1024 need privileges; pick a higher port and give the "
                      "public destination.");
        else if (d->server->serverError() == QAbstractSocket::SocketAddressNotAvailableError)
            hint = tr(" The address is not one of this machine's.");
        const QString message =
                tr("Cannot listen on %1: %2.%3").arg(where, d->server->errorString(), hint);
        delete d->server;
        d->server = nullptr;
        failStart(message);
        return false;
    }
    qCInfo(lcStream) << "firehose listening on port" << d->server->serverPort();
    return true;
}

void FirehoseListener::listOutputs()
{
    d->phase = Phase::Listing;
    ApiRequest* request = OutputApi(d->client).list();
    d->pending = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        d->pending = nullptr;
        if (d->stopRequested) {
            finishStop();
            return;
        }
        if (!request->isOk()) {
            failStart(tr("Could not list the organisation's outputs: %1")
                              .arg(request->error().toString()),
                      request->error());
            return;
        }
        const QString name = d->options.outputName();
        const QHash<QString, OutputInfo> outputs =
                OutputApi::parseList(request->object(), d->client->oid());
        if (outputs.contains(name)) {
            // Left by a run that did not stop cleanly: neither silently reused nor replaced.
            d->phase = Phase::WaitingLeftover;
            d->leftoverDestination = outputs.value(name).parameter(QStringLiteral("dest_host"));
            emit stateChanged(state());
            emit leftoverOutputFound(name, d->leftoverDestination);
            return;
        }
        registerOutput();
    });
}

void FirehoseListener::removeLeftoverAndStart()
{
    if (d->phase != Phase::WaitingLeftover)
        return;
    d->phase = Phase::RemovingLeftover;
    emit stateChanged(state());
    ApiRequest* request = OutputApi(d->client).remove(d->options.outputName());
    d->pending = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        d->pending = nullptr;
        if (d->stopRequested) {
            finishStop();
            return;
        }
        if (!request->isOk()) {
            failStart(tr("Could not delete the old output %1: %2")
                              .arg(d->options.outputName(), request->error().toString()),
                      request->error());
            return;
        }
        emit notice(tr("Deleted the old output %1.").arg(d->options.outputName()));
        registerOutput();
    });
}

void FirehoseListener::keepLeftoverAndStart()
{
    if (d->phase != Phase::WaitingLeftover)
        return;
    d->phase = Phase::Running;
    d->registered = true;
    const QString own = d->destination;
    if (!d->leftoverDestination.isEmpty())
        d->destination = d->leftoverDestination;
    emit stateChanged(state());
    if (!d->leftoverDestination.isEmpty() && d->leftoverDestination != own) {
        qCWarning(lcStream) << "kept firehose output points elsewhere than this listener";
        emit notice(tr("Warning: the existing output %1 sends to %2, but this firehose listens "
                       "at %3, so nothing may arrive. Stop, and start again removing the old "
                       "output.")
                            .arg(d->options.outputName(), d->leftoverDestination, own));
    }
    emit notice(tr("Using the existing output %1 (LimaCharlie connects to %2); it is deleted "
                   "when the firehose stops.")
                        .arg(d->options.outputName(), d->destination));
    emit registered(d->options.outputName(), d->destination);
}

void FirehoseListener::registerOutput()
{
    d->phase = Phase::Registering;
    emit stateChanged(state());

    // Reference §6 step 4: every value a string; strict TLS only with the user's own
    // certificate (a generated one cannot be verified by the cloud).
    const bool strict = !d->options.certificateFile.isEmpty() && !d->options.keyFile.isEmpty();
    FormData parameters;
    parameters.add(QStringLiteral("dest_host"), d->destination);
    parameters.addBool(QStringLiteral("is_tls"), true);
    parameters.addBool(QStringLiteral("is_strict_tls"), strict);
    parameters.addBool(QStringLiteral("is_no_header"), true);
    if (!d->options.investigationId.isEmpty())
        parameters.add(QStringLiteral("inv_id"), d->options.investigationId);
    if (!d->options.tag.isEmpty())
        parameters.add(QStringLiteral("tag"), d->options.tag);
    if (!d->options.category.isEmpty())
        parameters.add(QStringLiteral("cat"), d->options.category);
    if (!d->options.sid.isEmpty())
        parameters.add(QStringLiteral("sid"), d->options.sid);

    ApiRequest* request = OutputApi(d->client).add(
            d->options.outputName(), QStringLiteral("syslog"), d->options.type, parameters);
    d->pending = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        d->pending = nullptr;
        if (request->isOk())
            d->registered = true;
        if (d->stopRequested) {
            // Stopped while the output was being made: it is deleted now if it exists.
            finishStop();
            return;
        }
        if (!request->isOk()) {
            failStart(tr("Could not create the output %1: %2")
                              .arg(d->options.outputName(), request->error().toString()),
                      request->error());
            return;
        }
        d->phase = Phase::Running;
        qCInfo(lcStream) << "firehose output registered";
        emit stateChanged(state());
        emit notice(tr("Output %1 created: LimaCharlie connects to %2.")
                            .arg(d->options.outputName(), d->destination));
        emit registered(d->options.outputName(), d->destination);
    });
}

void FirehoseListener::stop()
{
    if (d->phase == Phase::Idle) {
        if (state() != State::Stopped && state() != State::Failed)
            setState(State::Stopped);
        QMetaObject::invokeMethod(
                this, [this] { emit stopped({}); }, Qt::QueuedConnection);
        return;
    }
    if (d->stopRequested)
        return;
    d->stopRequested = true;
    // A call in flight finishes first (a POST may have created the output already); its
    // handler comes back here through finishStop().
    if (d->pending)
        return;
    finishStop();
}

void FirehoseListener::finishStop()
{
    if (d->registered) {
        d->phase = Phase::Unregistering;
        emit stateChanged(state());
        const QString name = d->options.outputName();
        ApiRequest* request = OutputApi(d->client).remove(name);
        d->pending = request;
        connect(request, &ApiRequest::finished, this, [this, request, name] {
            d->pending = nullptr;
            d->registered = false;
            QString message;
            if (request->isOk()) {
                message = tr("Output %1 deleted.").arg(name);
            } else {
                d->leftBehind = true;
                message = tr("Could not delete the output %1: %2 It still sends data to %3; "
                             "delete it in the LimaCharlie web app (Outputs), or start the "
                             "firehose again with the same name and remove the leftover.")
                                  .arg(name, request->error().toString(), d->destination);
                qCWarning(lcStream) << "firehose output not deleted";
            }
            closeAll();
            d->phase = Phase::Idle;
            setState(State::Stopped);
            if (d->leftBehind)
                emit errorOccurred(message);
            emit stopped(message);
        });
        return;
    }

    closeAll();
    d->phase = Phase::Idle;
    setState(State::Stopped);
    QMetaObject::invokeMethod(
            this, [this] { emit stopped({}); }, Qt::QueuedConnection);
}

void FirehoseListener::failStart(const QString& message, const ApiError& cause)
{
    d->authenticationFailure = cause.status == ApiStatus::AuthenticationFailed
                               || cause.status == ApiStatus::PermissionDenied;
    // Nothing stays half-started: the listener closes, and an output made by this run is
    // deleted (its deletion's outcome is reported like a stop's).
    qCWarning(lcStream) << "firehose failed to start";
    closeAll();
    if (d->registered) {
        const QString name = d->options.outputName();
        OutputApi(d->client).remove(name);
        d->registered = false;
    }
    d->phase = Phase::Idle;
    fail(message);
}

QString FirehoseListener::stateText() const
{
    const QString where = d->server ? FirehoseOptions::hostPort(d->server->serverAddress(),
                                                                d->server->serverPort())
                                    : QString();
    switch (d->phase) {
    case Phase::Listing:
        return tr("Listening on %1; looking for output %2…").arg(where, d->options.outputName());
    case Phase::WaitingLeftover:
        return tr("Output %1 already exists (left by an earlier run): remove it or keep it.")
                .arg(d->options.outputName());
    case Phase::RemovingLeftover:
        return tr("Deleting the old output %1…").arg(d->options.outputName());
    case Phase::Registering:
        return tr("Listening on %1; creating output %2…").arg(where, d->options.outputName());
    case Phase::Unregistering:
        return tr("Stopping: deleting output %1…").arg(d->options.outputName());
    case Phase::Idle:
    case Phase::Running:
        break;
    }
    switch (state()) {
    case State::Connecting:
        return tr("Listening on %1; waiting for LimaCharlie to connect.").arg(where);
    case State::Live:
        return tr("Live: %n connection(s) on %1", nullptr, connectionCount()).arg(where);
    case State::Stopped:
    case State::Reconnecting:
    case State::Failed:
        break;
    }
    return LiveStream::stateText();
}

quint16 FirehoseListener::listeningPort() const
{
    return d->server ? d->server->serverPort() : 0;
}

int FirehoseListener::connectionCount() const
{
    return static_cast<int>(d->connections.size());
}

QString FirehoseListener::destination() const
{
    return d->destination;
}

bool FirehoseListener::isRegistered() const
{
    return d->registered;
}

bool FirehoseListener::failedOnAuthentication() const
{
    return state() == State::Failed && d->authenticationFailure;
}

bool FirehoseListener::outputLeftBehind() const
{
    return d->leftBehind;
}

quint64 FirehoseListener::truncatedRecords() const
{
    return d->truncated;
}

void FirehoseListener::acceptPending()
{
    if (!d->server)
        return;
    while (d->server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(d->server->nextPendingConnection());
        if (!socket)
            continue;
        if (d->phase == Phase::Unregistering || d->stopRequested) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);

        auto connection = std::make_unique<Connection>();
        connection->lines = std::make_unique<ParallelIndexer>(
                [this, peerConnection = connection.get()](const IndexedBatch& batch) {
                    deliver(*peerConnection, sink(), batch);
                });
        connection->socket = socket;
        connection->peer = peerOf(socket);
        const QString peer = connection->peer;
        d->connections.emplace(socket, std::move(connection));

        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QAbstractSocket::disconnected, this,
                [this, socket] { closeConnection(socket, tr("peer closed")); });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError error) {
                    // OpenSSL 3 calls a close without close_notify an "unexpected EOF": for
                    // a feed that is just the end of its data.
                    closeConnection(socket,
                                    isPeerClose(error) ? tr("peer closed") : socket->errorString());
                });

        qCInfo(lcStream) << "firehose peer connected;" << d->connections.size() << "open";
        emit notice(tr("%1 connected.").arg(peer));
        if (state() != State::Live)
            setState(State::Live);
        // Data may have arrived with the end of the handshake.
        readFrom(socket);
    }
}

void FirehoseListener::readFrom(QSslSocket* socket)
{
    const auto found = d->connections.find(socket);
    if (found == d->connections.end())
        return;
    Connection& connection = *found->second;
    const QByteArray data = socket->readAll();
    if (data.isEmpty())
        return;

    connection.lines->feed(data);
}

void FirehoseListener::closeConnection(QSslSocket* socket, const QString& reason)
{
    const auto found = d->connections.find(socket);
    if (found == d->connections.end())
        return;

    // What was decrypted before the close is still read; only an unfinished last line is
    // lost, and it is reported as such.
    readFrom(socket);
    std::unique_ptr<Connection> connection = std::move(found->second);
    d->connections.erase(found);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();

    const QByteArray partial = connection->lines->finish();
    if (!partial.isEmpty()) {
        ++d->truncated;
        if (EventSink* target = sink()) {
            IndexedLine line;
            line.kind = IndexedLine::Kind::Malformed;
            line.raw = QByteArrayView(partial);
            target->acceptLine(line);
            target->endBatch();
        }
    }

    qCInfo(lcStream) << "firehose peer closed;" << d->connections.size() << "open";
    const QString records = tr("%n record(s)", nullptr, static_cast<int>(connection->records));
    if (partial.isEmpty()) {
        emit notice(tr("%1: %2 after %3.").arg(connection->peer, reason, records));
    } else {
        emit notice(tr("%1: %2 after %3; its last record was truncated (%4 bytes dropped).")
                            .arg(connection->peer, reason, records)
                            .arg(partial.size()));
    }
    if (d->connections.empty() && state() == State::Live)
        setState(State::Connecting);
}

void FirehoseListener::closeAll()
{
    while (!d->connections.empty()) {
        QSslSocket* socket = d->connections.begin()->first;
        readFrom(socket);
        d->connections.begin()->second->lines->drain();
        d->connections.erase(d->connections.begin());
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (d->server) {
        d->server->close();
        d->server->disconnect(this);
        d->server->deleteLater();
        d->server = nullptr;
    }
}

} // namespace lc
