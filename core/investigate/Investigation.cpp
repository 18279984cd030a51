// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/Investigation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "investigate/SensorRequest.h"
#include "investigate/TaskLine.h"
#include "stream/IndexedLine.h"
#include "stream/SpoutStream.h"

namespace lc {

Investigation::Investigation(ApiClient* client, const QString& id, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_id(checkId(id).isEmpty() ? id : newId())
{}

Investigation::~Investigation()
{
    for (const QPointer<ApiRequest>& post : std::as_const(m_posts)) {
        if (post != nullptr)
            post->cancel();
    }

    // Requests outliving the investigation (reparented by their owner) can never finish.
    for (const QPointer<SensorRequest>& request : std::as_const(m_requests)) {
        if (request != nullptr && !request->isFinished())
            request->finish(SensorRequest::State::Cancelled);
    }
}

QString Investigation::newId(const QString& prefix)
{
    return prefix + QLatin1Char('-')
           + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QString Investigation::checkId(const QString& id)
{
    if (id.isEmpty())
        return tr("The investigation id is empty.");
    if (id.contains(QLatin1Char('/')))
        return tr("An investigation id cannot hold '/': the server matches the part before it.");
    for (const QChar c : id) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("An investigation id cannot hold spaces or control characters.");
    }
    if (id.startsWith(QLatin1String("__")))
        return tr("Investigation ids starting with __ are not delivered to streams.");
    return {};
}

bool Investigation::setId(const QString& id)
{
    if (!checkId(id).isEmpty())
        return false;
    if (id == m_id)
        return true;

    m_id = id;

    // Waiting requests follow the new id; finished ones keep theirs (late replies are lost).
    QHash<QString, QPointer<SensorRequest>> kept;
    for (const QPointer<SensorRequest>& request : std::as_const(m_requests)) {
        if (request == nullptr)
            continue;
        if (!request->isFinished() && request->m_state == SensorRequest::State::Queued) {
            request->m_trackingId =
                    m_id + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        kept.insert(request->m_trackingId, request);
    }
    m_requests = kept;

    if (m_stream != nullptr)
        restartStream();
    return true;
}

SensorRequest* Investigation::request(const QString& sid, const QString& task, int timeoutMs)
{
    const QString tracking =
            m_id + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto* request = new SensorRequest(sid, task.trimmed(), tracking, timeoutMs, this);
    request->m_quietTimer.setInterval(m_quietMs);
    m_requests.insert(tracking, request);
    connect(request, &QObject::destroyed, this, [this, tracking] { m_requests.remove(tracking); });

    qCDebug(lcApi) << "request" << TaskLine::commandOf(task) << "queued for" << sid;
    start();
    if (m_connected)
        send(request);
    else
        m_queue.append(request);
    return request;
}

void Investigation::start()
{
    // A stream that gave up (credentials refused, say) gets a fresh try with the next request.
    if (m_stream != nullptr && m_stream->state() == LiveStream::State::Failed)
        stop();
    if (m_stream != nullptr)
        return;

    SpoutOptions options = m_streamOptions;
    options.type = QStringLiteral("event");
    options.investigationId = m_id;
    m_stream = new SpoutStream(m_client, options, this);
    m_stream->setSink(this);
    connect(m_stream, &SpoutStream::connected, this, &Investigation::onConnected);
    connect(m_stream, &LiveStream::stateChanged, this, &Investigation::onStreamState);
    connect(m_stream, &LiveStream::errorOccurred, this, &Investigation::streamError);
    m_stream->start();
}

void Investigation::stop()
{
    if (m_stream == nullptr)
        return;

    m_stream->stop();
    m_stream->deleteLater();
    m_stream = nullptr;
    m_connected = false;
    emit streamStateChanged(LiveStream::State::Stopped);
}

void Investigation::restartStream()
{
    stop();

    // Requests already sent on the old id keep waiting; their replies no longer reach us.
    start();
}

LiveStream::State Investigation::streamState() const
{
    return m_stream != nullptr ? m_stream->state() : LiveStream::State::Stopped;
}

QString Investigation::streamStateText() const
{
    return m_stream != nullptr ? m_stream->stateText() : tr("Not connected");
}

int Investigation::pendingCount() const
{
    int count = 0;
    for (const QPointer<SensorRequest>& request : m_requests) {
        if (request != nullptr && !request->isFinished())
            ++count;
    }
    return count;
}

void Investigation::onStreamState(LiveStream::State state)
{
    if (state != LiveStream::State::Live && m_connected) {
        m_connected = false;

        // Replies published while the stream is down are lost. A task with no sign of life
        // yet is sent again after the reconnect, unless sending it twice could do harm.
        for (const QPointer<SensorRequest>& request : std::as_const(m_requests)) {
            if (request == nullptr || request->isFinished())
                continue;
            request->m_interrupted = true;
            if (request->m_state == SensorRequest::State::Sent && !request->m_delivered
                && request->m_responses.isEmpty() && !request->m_destructive) {
                request->setState(SensorRequest::State::Queued);
                m_queue.append(request);
            }
        }
    }

    if (state == LiveStream::State::Failed) {
        const QString reason = m_stream != nullptr ? m_stream->errorText() : QString();
        const QList<QPointer<SensorRequest>> queued = std::exchange(m_queue, {});
        for (const QPointer<SensorRequest>& request : queued) {
            if (request != nullptr)
                request->finish(SensorRequest::State::Failed,
                                tr("the reply stream failed: %1").arg(reason));
        }
    }
    emit streamStateChanged(state);
}

void Investigation::onConnected()
{
    m_connected = true;

    const QList<QPointer<SensorRequest>> queued = std::exchange(m_queue, {});
    for (const QPointer<SensorRequest>& request : queued) {
        if (request != nullptr && !request->isFinished())
            send(request);
    }
}

void Investigation::send(SensorRequest* request)
{
    request->setState(SensorRequest::State::Sending);
    const bool again = request->m_sentOnce;
    request->m_sentOnce = true;

    ApiRequest* post =
            SensorApi(m_client).task(request->sid(), {request->task()}, request->trackingId());
    m_posts.removeAll(nullptr);
    m_posts.append(post);
    QPointer<SensorRequest> guard(request);
    connect(post, &ApiRequest::finished, this, [post, guard, again] {
        if (guard == nullptr || guard->isFinished())
            return;
        if (!post->isOk()) {
            const ApiError& error = post->error();
            guard->m_offline = error.status == ApiStatus::HostNotConnected;
            guard->finish(SensorRequest::State::Failed,
                          error.status == ApiStatus::HostNotConnected
                                  ? tr("the sensor is offline (host not connected)")
                                  : error.message);
            return;
        }
        if (!again)
            guard->m_sentAt = QDateTime::currentDateTimeUtc();
        if (guard->m_state == SensorRequest::State::Sending)
            guard->setState(SensorRequest::State::Sent);
    });
}

void Investigation::acceptLine(const IndexedLine& line)
{
    if (line.kind != IndexedLine::Kind::Record)
        return;

    const QString tracking =
            QString::fromUtf8(line.investigation.data(), qsizetype(line.investigation.size()));
    const QPointer<SensorRequest> request = m_requests.value(tracking);
    if (request == nullptr) {
        ++m_unmatched;
        emit unmatchedRecord(line.raw.toByteArray());
        return;
    }

    const QJsonObject record = QJsonDocument::fromJson(line.raw.toByteArray()).object();
    SensorResponse response;
    response.routing = record.value(QLatin1String("routing")).toObject();
    response.event = record.value(QLatin1String("event")).toObject();
    response.eventType = response.routing.value(QLatin1String("event_type")).toString();
    response.raw = line.raw.toByteArray();
    response.received = QDateTime::currentDateTimeUtc();

    // The same record delivered twice (a server retry) is recognised by its event id.
    QByteArray identity = response.routing.value(QLatin1String("event_id")).toString().toUtf8();
    if (identity.isEmpty())
        identity = response.raw;
    request->accept(response, identity);
}

} // namespace lc
