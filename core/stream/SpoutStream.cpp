// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/SpoutStream.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiPath.h"
#include "api/FormData.h"
#include "api/JwtSession.h"
#include "stream/EventSink.h"
#include "stream/IndexedBatch.h"
#include "stream/IndexedLine.h"
#include "stream/ParallelIndexer.h"
#include "stream/StreamHttpReply.h"

namespace lc {

namespace {

// What one read takes from the reply at most.
constexpr qsizetype readChunkBytes = 1024 * 1024;

// Enough of an error answer to quote it; the rest is never read.
constexpr qsizetype maxErrorBodyBytes = 4096;

QString serverTextOf(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonValue error = document.object().value(QStringLiteral("error"));
        if (error.isString())
            return error.toString();
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

bool soundsLikeAuthentication(const QString& text)
{
    static const char* const words[] = {"unauthorized", "unauthorised", "authenticat", "token",
                                        "api key",      "permission",   "forbidden",   "jwt"};
    for (const char* word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

struct SpoutStream::Private
{
    ApiClient* client = nullptr;
    SpoutOptions options;

    QPointer<StreamHttpReply> reply;
    // Lines of the current connection; indexed off this thread, handed back in order.
    std::unique_ptr<ParallelIndexer> lines;
    QTimer connectTimer;
    QTimer stallTimer;
    QTimer reconnectTimer;
    QElapsedTimer liveFor;

    // Bumped by stop() and by every new attempt: callbacks of an older one do nothing.
    quint64 generation = 0;
    bool running = false;
    QString usedToken;
    int httpStatus = 0;
    QByteArray errorBody;
    QByteArray readBuffer;
    // Failed attempts in a row, for the backoff; reset by a connection that stayed healthy.
    int failures = 0;
    qint64 reconnectDueMs = 0;
    // One retry with a renewed token per refusal; cleared once a connection goes live.
    bool retriedWithNewToken = false;
    bool authenticationFailure = false;
    int attemptsSent = 0;
};

SpoutStream::SpoutStream(ApiClient* client, const SpoutOptions& options, QObject* parent)
    : LiveStream(parent)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->options = options;
    d->lines = std::make_unique<ParallelIndexer>(
            [this](const IndexedBatch& batch) { onBatch(batch); });

    d->connectTimer.setSingleShot(true);
    d->stallTimer.setSingleShot(true);
    // "No byte for 121 s" means 121 s: a coarse timer may fire up to 5% early.
    d->stallTimer.setTimerType(Qt::PreciseTimer);
    d->reconnectTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        const int seconds = (d->options.connectTimeoutMs + 999) / 1000;
        dropConnection();
        scheduleReconnect(tr("the stream host did not answer within %n s", nullptr, seconds));
    });
    connect(&d->stallTimer, &QTimer::timeout, this, [this] {
        const int seconds = (d->options.stallTimeoutMs + 999) / 1000;
        qCInfo(lcStream) << "spout silent for" << d->options.stallTimeoutMs << "ms; reconnecting";
        dropConnection();
        scheduleReconnect(tr("no data for %n s (not even a keep-alive)", nullptr, seconds));
    });
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { connectNow(); });
}

SpoutStream::~SpoutStream()
{
    ++d->generation;
    dropConnection();
}

const SpoutOptions& SpoutStream::options() const
{
    return d->options;
}

void SpoutStream::start()
{
    if (d->running)
        return;
    d->running = true;
    d->failures = 0;
    d->retriedWithNewToken = false;
    d->authenticationFailure = false;
    d->attemptsSent = 0;
    setState(State::Connecting);
    connectNow();
}

void SpoutStream::stop()
{
    ++d->generation;
    d->running = false;
    d->reconnectTimer.stop();
    dropConnection();
    if (state() != State::Stopped)
        setState(State::Stopped);
}

QString SpoutStream::stateText() const
{
    switch (state()) {
    case State::Connecting:
        return tr("Connecting to the stream…");
    case State::Reconnecting: {
        const qint64 left =
                std::max<qint64>(0, d->reconnectDueMs - QDateTime::currentMSecsSinceEpoch());
        return tr("Reconnecting in %1 s (attempt %2)").arg((left + 999) / 1000).arg(d->failures);
    }
    case State::Stopped:
    case State::Live:
    case State::Failed:
        break;
    }
    return LiveStream::stateText();
}

bool SpoutStream::failedOnAuthentication() const
{
    return state() == State::Failed && d->authenticationFailure;
}

int SpoutStream::attemptsSent() const
{
    return d->attemptsSent;
}

void SpoutStream::connectNow()
{
    const quint64 generation = ++d->generation;
    if (state() != State::Connecting)
        setState(State::Connecting);

    // A token valid for at least two more minutes, renewed here if needed: a stream that
    // reconnects after hours never presents the token it started with.
    d->client->session()->withToken(
            this, [this, generation](const QString& token, const ApiError& error) {
                if (generation != d->generation || !d->running)
                    return;
                if (!error.isOk()) {
                    if (error.status == ApiStatus::AuthenticationFailed) {
                        failNow(error.message, true);
                        return;
                    }
                    scheduleReconnect(error.message);
                    return;
                }
                send(token);
            });
}

void SpoutStream::send(const QString& token)
{
    const Endpoints& endpoints = d->client->endpoints();
    QByteArray encoded = endpoints.stream.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    encoded += '/' + ApiPath::encodeSegment(d->client->oid());
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    if (d->client->oid().isEmpty() || !url.isValid()) {
        failNow(tr("The stream URL \"%1\" is not usable; check LC_STREAM_URL or the "
                   "environment's stream_url.")
                        .arg(endpoints.stream.toDisplayString()),
                false);
        return;
    }

    FormData form;
    form.add(QStringLiteral("type"), d->options.type);
    form.add(QStringLiteral("jwt"), token);
    if (!d->client->uid().isEmpty())
        form.add(QStringLiteral("uid"), d->client->uid());
    if (!d->options.investigationId.isEmpty())
        form.add(QStringLiteral("inv_id"), d->options.investigationId);
    if (!d->options.tag.isEmpty())
        form.add(QStringLiteral("tag"), d->options.tag);
    if (!d->options.category.isEmpty())
        form.add(QStringLiteral("cat"), d->options.category);
    if (!d->options.sid.isEmpty())
        form.add(QStringLiteral("sid"), d->options.sid);

    d->usedToken = token;
    d->httpStatus = 0;
    d->errorBody.clear();
    d->lines->discard();
    ++d->attemptsSent;
    qCInfo(lcStream) << "opening spout" << d->options.type << "attempt" << d->attemptsSent;

    // A socket of its own rather than the QNetworkAccessManager: see StreamHttpReply. The form
    // carries the token, and no redirect is ever followed, whatever its target.
    auto* reply = new StreamHttpReply(url, QByteArrayLiteral("lcdesk/" LCDESK_VERSION),
                                      form.toUrlEncoded(), d->client->extraCaCertificates(),
                                      d->options.readBufferBytes, this);
    d->reply = reply;
    connect(reply, &StreamHttpReply::metaDataChanged, this, [this, reply] {
        if (reply == d->reply)
            onHeaders();
    });
    connect(reply, &StreamHttpReply::readyRead, this, [this, reply] {
        if (reply == d->reply)
            onReadyRead();
    });
    connect(reply, &StreamHttpReply::finished, this, [this, reply] {
        if (reply == d->reply)
            onFinished();
    });
    reply->start();
    d->connectTimer.start(d->options.connectTimeoutMs);
}

bool SpoutStream::onHeaders()
{
    if (d->httpStatus != 0 || !d->reply)
        return true;
    const int status = d->reply->statusCode();
    if (status == 0)
        return true;
    d->httpStatus = status;
    d->connectTimer.stop();

    if (status >= 300 && status < 400) {
        const QUrl target = d->reply->url().resolved(d->reply->redirectTarget());
        qCWarning(lcStream) << "spout redirect refused, status" << status;
        failNow(tr("stream refused: unexpected redirect to %1 (HTTP %2). The request holds "
                   "credentials, so it was not sent there; check the stream URL.")
                        .arg(target.host().isEmpty() ? target.toDisplayString() : target.host())
                        .arg(status),
                false);
        return false;
    }
    if (status == 200) {
        // From here on only silence counts, never the total time.
        d->stallTimer.start(d->options.stallTimeoutMs);
    }
    return true;
}

void SpoutStream::onReadyRead()
{
    if (!onHeaders() || !d->reply)
        return;
    if (d->httpStatus != 200) {
        // An error answer: keep enough of it to quote, the rest is drained.
        const QByteArray chunk = d->reply->readAll();
        d->errorBody += chunk.left(std::max<qsizetype>(0, maxErrorBodyBytes - d->errorBody.size()));
        return;
    }
    d->stallTimer.start(d->options.stallTimeoutMs);
    drain();
}

void SpoutStream::drain()
{
    // Read into one buffer kept for the stream's life: a fresh multi-megabyte array per read
    // costs more in page faults than the indexing of its records.
    if (d->readBuffer.size() < readChunkBytes)
        d->readBuffer.resize(readChunkBytes);
    const quint64 generation = d->generation;
    while (d->reply && generation == d->generation) {
        const qint64 got = d->reply->read(d->readBuffer.data(), d->readBuffer.size());
        if (got <= 0)
            break;
        process(QByteArrayView(d->readBuffer.constData(), got));
    }
}

void SpoutStream::process(QByteArrayView data)
{
    d->lines->feed(data);
}

void SpoutStream::onBatch(const IndexedBatch& batch)
{
    const quint64 generation = d->generation;
    EventSink* target = sink();
    bool delivered = false;
    bool serverError = false;
    QString serverText;

    // A slot reacting to a state change may have stopped or restarted the stream.
    for (qsizetype i = 0; i < batch.lineCount() && !serverError && generation == d->generation;
         ++i) {
        const IndexedLine indexed = batch.line(i);
        switch (indexed.kind) {
        case IndexedLine::Kind::Record:
        case IndexedLine::Kind::Malformed:
            if (target) {
                target->acceptLine(indexed);
                delivered = true;
            }
            break;
        case IndexedLine::Kind::Trace:
            onTrace(indexed);
            break;
        case IndexedLine::Kind::ServerError:
            serverError = true;
            serverText = QString::fromUtf8(indexed.errorText.data(), indexed.errorText.size());
            break;
        }
    }

    if (delivered && generation == d->generation)
        target->endBatch();
    if (serverError && generation == d->generation)
        onServerError(serverText);
}

void SpoutStream::onTrace(const IndexedLine& line)
{
    switch (line.trace) {
    case IndexedLine::Trace::Connected:
        if (state() != State::Live) {
            d->liveFor.start();
            d->retriedWithNewToken = false;
            qCInfo(lcStream) << "spout connected";
            setState(State::Live);
            emit connected();
        }
        break;
    case IndexedLine::Trace::Dropped:
        if (line.droppedCount > 0)
            addServerDropped(static_cast<quint64>(line.droppedCount));
        break;
    case IndexedLine::Trace::KeepAlive:
    case IndexedLine::Trace::None:
        // Keep-alives only reset the stall timer, which any byte does.
        break;
    }
}

void SpoutStream::onServerError(const QString& text)
{
    // The stream host answers 200 and only then says it refuses the subscription (C03 a).
    dropConnection();
    qCWarning(lcStream) << "spout: the stream host sent an error line";
    if (!d->retriedWithNewToken && d->client->session()->canRenew()) {
        d->retriedWithNewToken = true;
        d->client->session()->rejectToken(d->usedToken);
        emit notice(tr("The stream host refused the subscription (\"%1\"); retrying once with "
                       "a new token.")
                            .arg(text));
        connectNow();
        return;
    }

    if (soundsLikeAuthentication(text)) {
        failNow(tr("stream authentication failed; server said \"%1\". Check that the API key "
                   "is valid and may read this stream, then reconnect.")
                        .arg(text),
                true);
    } else {
        failNow(tr("stream failed; server said \"%1\". Check the stream type and filters, "
                   "then reconnect.")
                        .arg(text),
                false);
    }
}

void SpoutStream::onFinished()
{
    StreamHttpReply* reply = d->reply;
    if (!reply)
        return;
    if (!onHeaders() || !d->reply)
        return;
    d->connectTimer.stop();
    d->stallTimer.stop();

    const int status = d->httpStatus;
    const StreamHttpReply::Error error = reply->error();
    const QString errorString = reply->errorString();

    if (status == 200) {
        const quint64 generation = d->generation;
        drain();
        if (generation != d->generation)
            return;
        reportTruncated();
        if (generation != d->generation)
            return;
        dropConnection();
        scheduleReconnect(error == StreamHttpReply::Error::None
                                  ? tr("the stream host ended the stream")
                                  : tr("the stream broke off: %1").arg(errorString));
        return;
    }

    if (status == 0) {
        dropConnection();
        if (error == StreamHttpReply::Error::TlsHandshake) {
            failNow(tr("The TLS certificate of the stream host %1 is not trusted: %2")
                            .arg(reply->url().host(), errorString),
                    false);
            return;
        }
        scheduleReconnect(tr("could not reach the stream host: %1").arg(errorString));
        return;
    }

    d->errorBody += reply->readAll().left(maxErrorBodyBytes);
    const QString server = serverTextOf(d->errorBody);
    dropConnection();
    onHttpError(status, server);
}

void SpoutStream::onHttpError(int status, const QString& server)
{
    const QString quoted = server.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(server);
    switch (status) {
    case 401:
        if (!d->retriedWithNewToken && d->client->session()->canRenew()) {
            d->retriedWithNewToken = true;
            d->client->session()->rejectToken(d->usedToken);
            connectNow();
            return;
        }
        failNow(tr("stream refused (HTTP 401):%1. The API key or its token was refused; check "
                   "the key, then reconnect.")
                        .arg(quoted),
                true);
        return;
    case 403:
        failNow(tr("stream refused (HTTP 403):%1. The API key lacks the permission to read "
                   "this stream; check the key's permissions, then reconnect.")
                        .arg(quoted),
                true);
        return;
    case 404:
        failNow(tr("stream refused (HTTP 404):%1. Check the organisation id and the stream "
                   "URL.")
                        .arg(quoted),
                false);
        return;
    case 429:
    case 502:
    case 503:
    case 504:
        // Busy or restarting: worth another try later, like a dropped connection.
        scheduleReconnect(tr("the stream host answered HTTP %1%2").arg(status).arg(quoted));
        return;
    default:
        break;
    }
    if (status >= 400 && status < 500) {
        failNow(tr("stream refused (HTTP %1):%2. Check the stream type and filters, then "
                   "reconnect.")
                        .arg(status)
                        .arg(quoted),
                false);
        return;
    }
    failNow(tr("stream refused (HTTP %1):%2. Try to reconnect later.").arg(status).arg(quoted),
            false);
}

void SpoutStream::reportTruncated()
{
    // Every complete line still being indexed is delivered first; handling one may end the
    // stream (an error line), and then the cut-off tail is nobody's business.
    const quint64 generation = d->generation;
    const QByteArray partial = d->lines->finish();
    if (partial.isEmpty() || generation != d->generation)
        return;
    // A record cut off by the end of the stream is never shown as good: the sink counts it
    // as malformed.
    if (EventSink* target = sink()) {
        IndexedLine line;
        line.kind = IndexedLine::Kind::Malformed;
        line.raw = QByteArrayView(partial);
        target->acceptLine(line);
        target->endBatch();
    }
    emit notice(tr("The stream ended inside a record; %n byte(s) of it were dropped.", nullptr,
                   static_cast<int>(
                           std::min<qsizetype>(partial.size(), std::numeric_limits<int>::max()))));
}

void SpoutStream::scheduleReconnect(const QString& reason)
{
    if (!d->running)
        return;
    d->connectTimer.stop();
    d->stallTimer.stop();

    if (state() == State::Live && d->liveFor.isValid()
        && d->liveFor.elapsed() >= d->options.healthyAfterMs)
        d->failures = 0;
    d->liveFor.invalidate();

    const double base = std::max(1, d->options.reconnectBaseMs);
    const double ceiling = std::max(d->options.reconnectBaseMs, d->options.reconnectMaxMs);
    const double exponential = std::min(ceiling, base * std::pow(2.0, std::min(d->failures, 30)));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = static_cast<int>(std::lround(exponential * jitter));
    ++d->failures;

    d->reconnectDueMs = QDateTime::currentMSecsSinceEpoch() + delay;
    qCInfo(lcStream) << "spout reconnect in" << delay << "ms, attempt" << d->failures;
    d->reconnectTimer.start(delay);
    setState(State::Reconnecting);
    emit notice(tr("%1; reconnecting in %2 s (attempt %3).")
                        .arg(reason)
                        .arg((delay + 999) / 1000)
                        .arg(d->failures));
}

void SpoutStream::failNow(const QString& message, bool authentication)
{
    ++d->generation;
    d->running = false;
    d->reconnectTimer.stop();
    dropConnection();
    d->authenticationFailure = authentication;
    qCWarning(lcStream) << "spout failed" << (authentication ? "(authentication)" : "");
    fail(message);
}

void SpoutStream::dropConnection()
{
    d->connectTimer.stop();
    d->stallTimer.stop();
    d->lines->discard();
    if (StreamHttpReply* reply = d->reply) {
        d->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace lc
