// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/SpotCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "investigate/CommandCatalog.h"
#include "investigate/Investigation.h"
#include "investigate/ResponseTable.h"
#include "investigate/SensorRequest.h"
#include "sensors/SensorStore.h"

namespace lc {

namespace {

QJsonValue orNull(const QJsonObject& object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

QString stateKey(SpotCheck::SensorState state)
{
    switch (state) {
    case SpotCheck::SensorState::Filtered:
        return QStringLiteral("filtered");
    case SpotCheck::SensorState::NotApplicable:
        return QStringLiteral("not_applicable");
    case SpotCheck::SensorState::Pending:
        return QStringLiteral("pending");
    case SpotCheck::SensorState::Checking:
        return QStringLiteral("checking");
    case SpotCheck::SensorState::Offline:
        return QStringLiteral("offline");
    case SpotCheck::SensorState::Checked:
        return QStringLiteral("checked");
    case SpotCheck::SensorState::Failed:
        return QStringLiteral("failed");
    case SpotCheck::SensorState::NeverOnline:
        return QStringLiteral("never_online");
    case SpotCheck::SensorState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

QStringList SpotCheckOptions::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && tag != QLatin1String("+") && tag != QLatin1String("-"))
            tags.append(tag);
    }
    return tags;
}

SpotCheck::SpotCheck(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

SpotCheck::~SpotCheck() = default;

QStringList SpotCheck::validate(QList<Indicator>& indicators)
{
    QStringList problems;
    QList<Indicator> usable;
    for (Indicator& indicator : indicators) {
        indicator.load();
        const QString problem = indicator.check();
        if (problem.isEmpty())
            usable.append(indicator);
        else
            problems.append(problem);
    }
    indicators = usable;
    return problems;
}

QList<SpotCheckTarget> SpotCheck::targetsFrom(const SensorStore& store)
{
    QList<SpotCheckTarget> targets;
    targets.reserve(store.size());
    for (const SensorRecord& record : store.records())
        targets.append({record.info.sid, record.info.hostname, record.info.plat, record.tags});
    return targets;
}

QString SpotCheck::stateName(SensorState state)
{
    switch (state) {
    case SensorState::Filtered:
        return tr("filtered out");
    case SensorState::NotApplicable:
        return tr("no indicator for its platform");
    case SensorState::Pending:
        return tr("pending");
    case SensorState::Checking:
        return tr("checking");
    case SensorState::Offline:
        return tr("offline, will ask again");
    case SensorState::Checked:
        return tr("checked");
    case SensorState::Failed:
        return tr("failed");
    case SensorState::NeverOnline:
        return tr("offline, not checked");
    case SensorState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

bool SpotCheck::start(const QList<SpotCheckTarget>& targets, const SpotCheckOptions& options)
{
    if (m_running)
        return false;

    m_options = options;
    m_rejected = validate(m_options.indicators);
    if (m_options.indicators.isEmpty()) {
        m_error = m_rejected.isEmpty() ? tr("Give at least one indicator to look for.")
                                       : tr("No usable indicator: %1").arg(m_rejected.join(u"; "));
        return false;
    }
    if (m_options.concurrency < 1 || m_options.sensorTimeoutMs < 1
        || m_options.recheckIntervalMs < 0 || m_options.offlineWaitMs < 0) {
        m_error = tr("Concurrency and timeouts must be positive.");
        return false;
    }

    ++m_generation;
    m_error.clear();
    m_hits.clear();
    m_queue.clear();
    m_sensors.clear();
    m_active = 0;
    m_peak = 0;
    m_sensors.reserve(targets.size());
    for (const SpotCheckTarget& target : targets) {
        SensorEntry entry;
        entry.target = target;
        entry.platform = CommandCatalog::platformBit(target.plat);
        if (!passesFilters(entry)) {
            entry.state = SensorState::Filtered;
        } else {
            bool applies = false;
            for (const Indicator& indicator : std::as_const(m_options.indicators))
                applies = applies || indicator.appliesTo(entry.platform);
            entry.state = applies ? SensorState::Pending : SensorState::NotApplicable;
        }
        if (entry.state == SensorState::Pending)
            m_queue.append(int(m_sensors.size()));
        m_sensors.append(entry);
    }
    m_sensorDeadlines = QList<qint64>(m_sensors.size(), 0);

    delete m_investigation;
    m_investigation = new Investigation(m_client,
                                        Investigation::newId(m_options.investigationPrefix)
                                                .left(m_options.investigationPrefix.size() + 5),
                                        this);

    m_running = true;
    m_startedAt = now();
    m_finishedAt = {};
    m_clock.start();
    qCInfo(lcApi) << "spotcheck of" << m_queue.size() << "sensors with"
                  << m_options.indicators.size() << "indicators started";

    // Start on the next turn so callers can connect to the signals first.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        emit progress();
        pump();
        finishIfDone();
    });
    return true;
}

void SpotCheck::stop()
{
    if (!m_running)
        return;

    ++m_generation;
    for (int i = 0; i < m_sensors.size(); ++i) {
        const SensorState state = m_sensors.at(i).state;
        if (state == SensorState::Pending || state == SensorState::Checking
            || state == SensorState::Offline)
            setState(i, SensorState::Cancelled, tr("stopped by the user"));
    }
    m_queue.clear();
    m_active = 0;
    delete m_investigation;
    m_investigation = nullptr;
    finishIfDone();
}

QString SpotCheck::investigationId() const
{
    return m_investigation != nullptr ? m_investigation->id() : QString();
}

bool SpotCheck::passesFilters(const SensorEntry& entry) const
{
    switch (entry.platform) {
    case CommandSpec::Windows:
        if (!m_options.includeWindows)
            return false;
        break;
    case CommandSpec::Linux:
        if (!m_options.includeLinux)
            return false;
        break;
    case CommandSpec::MacOs:
        if (!m_options.includeMacos)
            return false;
        break;
    case CommandSpec::Chrome:
        if (!m_options.includeChrome)
            return false;
        break;
    default:
        // Adapters and other non-endpoint sensors cannot run commands.
        return false;
    }

    if (m_options.tags.isEmpty())
        return true;

    QStringList own;
    for (const QString& tag : entry.target.tags)
        own.append(tag.toLower());

    QStringList plus;
    QStringList bare;
    for (const QString& tag : m_options.tags) {
        if (tag.startsWith(QLatin1Char('-'))) {
            if (own.contains(tag.mid(1)))
                return false;
        } else if (tag.startsWith(QLatin1Char('+'))) {
            plus.append(tag.mid(1));
        } else {
            bare.append(tag);
        }
    }
    for (const QString& tag : std::as_const(plus)) {
        if (own.contains(tag))
            return true;
    }
    if (bare.isEmpty())
        return plus.isEmpty();
    for (const QString& tag : std::as_const(bare)) {
        if (!own.contains(tag))
            return false;
    }
    return true;
}

SpotCheck::Counts SpotCheck::counts() const
{
    Counts counts;
    counts.total = int(m_sensors.size());
    counts.hits = int(m_hits.size());
    for (const SensorEntry& entry : m_sensors) {
        switch (entry.state) {
        case SensorState::Filtered:
        case SensorState::NotApplicable:
            ++counts.filtered;
            break;
        case SensorState::Pending:
            ++counts.pending;
            break;
        case SensorState::Checking:
            ++counts.checking;
            break;
        case SensorState::Offline:
            ++counts.offline;
            break;
        case SensorState::Checked:
            ++counts.checked;
            break;
        case SensorState::Failed:
            ++counts.failed;
            break;
        case SensorState::NeverOnline:
            ++counts.neverOnline;
            break;
        case SensorState::Cancelled:
            ++counts.cancelled;
            break;
        }
    }
    return counts;
}

void SpotCheck::setState(int index, SensorState state, const QString& error)
{
    SensorEntry& entry = m_sensors[index];
    entry.state = state;
    entry.error = error;
    emit sensorChanged(index);
    emit progress();
}

void SpotCheck::pump()
{
    while (m_running && m_active < m_options.concurrency && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        ++m_active;
        m_peak = std::max(m_peak, m_active);
        setState(index, SensorState::Checking);
        checkOnline(index);
    }
}

void SpotCheck::checkOnline(int index)
{
    SensorEntry& entry = m_sensors[index];
    ++entry.onlineChecks;

    ApiRequest* request = SensorApi(m_client).info(entry.target.sid);
    const quint64 generation = m_generation;
    connect(request, &ApiRequest::finished, this, [this, request, index, generation] {
        if (generation != m_generation)
            return;
        if (!request->isOk()) {
            --m_active;
            setState(index, SensorState::Failed,
                     tr("could not ask whether it is online: %1").arg(request->error().message));
            pump();
            finishIfDone();
            return;
        }
        if (!SensorApi::parseIsOnline(request->object())) {
            onOffline(index);
            return;
        }
        m_sensorDeadlines[index] = m_clock.elapsed() + m_options.sensorTimeoutMs;
        runIndicator(index);
    });
}

void SpotCheck::onOffline(int index)
{
    --m_active;

    const qint64 elapsed = m_clock.elapsed();
    if (!m_options.waitForOffline || elapsed >= m_options.offlineWaitMs) {
        setState(index, SensorState::NeverOnline, stateName(SensorState::NeverOnline));
        pump();
        finishIfDone();
        return;
    }

    // The last check falls on the end of the wait, so a sensor back just in time is caught.
    setState(index, SensorState::Offline);
    const qint64 delay =
            std::min<qint64>(m_options.recheckIntervalMs, m_options.offlineWaitMs - elapsed);
    const quint64 generation = m_generation;
    QTimer::singleShot(int(delay), Qt::PreciseTimer, this, [this, index, generation] {
        if (generation != m_generation)
            return;
        setState(index, SensorState::Pending);
        m_queue.append(index);
        pump();
    });
    pump();
}

SensorRequest* SpotCheck::send(int index, const QString& task)
{
    const qint64 left = std::max<qint64>(1000, m_sensorDeadlines.at(index) - m_clock.elapsed());
    return m_investigation->request(m_sensors.at(index).target.sid, task, int(left));
}

void SpotCheck::runIndicator(int index)
{
    SensorEntry& entry = m_sensors[index];
    while (entry.nextIndicator < m_options.indicators.size()
           && !m_options.indicators.at(entry.nextIndicator).appliesTo(entry.platform))
        ++entry.nextIndicator;

    if (entry.nextIndicator >= m_options.indicators.size()) {
        --m_active;
        setState(index, SensorState::Checked);
        pump();
        finishIfDone();
        return;
    }

    const Indicator& indicator = m_options.indicators.at(entry.nextIndicator);
    SensorRequest* request = send(index, indicator.firstTask());
    const quint64 generation = m_generation;
    connect(request, &SensorRequest::finished, this, [this, request, index, generation] {
        request->deleteLater();
        if (generation != m_generation)
            return;
        if (request->state() != SensorRequest::State::Completed)
            sensorFailed(index, request);
        else
            onFirstReply(index, request);
    });
}

void SpotCheck::indicatorDone(int index)
{
    ++m_sensors[index].nextIndicator;
    runIndicator(index);
}

void SpotCheck::sensorFailed(int index, SensorRequest* request)
{
    --m_active;

    // Gone offline between the online check and the task: back to waiting for it.
    if (request->failedOffline()) {
        ++m_active;
        onOffline(index);
        return;
    }
    setState(index, SensorState::Failed,
             tr("%1: %2").arg(request->task().section(QLatin1Char(' '), 0, 0),
                              request->statusText()));
    pump();
    finishIfDone();
}

void SpotCheck::onFirstReply(int index, SensorRequest* request)
{
    const Indicator& indicator = m_options.indicators.at(m_sensors.at(index).nextIndicator);
    const QList<SensorResponse>& responses = request->responses();
    const QJsonObject event = responses.isEmpty() ? QJsonObject() : responses.first().event;
    const qint64 error = responses.isEmpty() ? 0 : responses.first().errorCode();

    switch (indicator.kind()) {
    case Indicator::Kind::File: {
        if (responses.isEmpty() || error != 0) {
            indicatorDone(index);
            return;
        }
        const QString path = event.value(QLatin1String("FILE_PATH")).toString(indicator.path());
        SensorRequest* hash = send(index, indicator.fileHashTask(path));
        const quint64 generation = m_generation;
        connect(hash, &SensorRequest::finished, this, [this, hash, index, generation, event, path] {
            hash->deleteLater();
            if (generation != m_generation)
                return;
            QJsonObject hashEvent;
            if (hash->state() == SensorRequest::State::Completed && !hash->responses().isEmpty()
                && hash->responses().first().errorCode() == 0)
                hashEvent = hash->responses().first().event;
            addHit(index, path, event.value(QLatin1String("FILE_SIZE")).toInteger(-1),
                   hashEvent.value(QLatin1String("HASH")).toString(),
                   {{QStringLiteral("file_info"), event},
                    {QStringLiteral("file_hash"), orNull(hashEvent)}});
            indicatorDone(index);
        });
        return;
    }
    case Indicator::Kind::Directory:
    case Indicator::Kind::FileHash: {
        if (error == 0) {
            const QString role = indicator.kind() == Indicator::Kind::Directory
                                         ? QStringLiteral("file_info")
                                         : QStringLiteral("file_hash");
            const QJsonArray entries = event.value(QLatin1String("DIRECTORY_LIST")).toArray();
            for (const QJsonValue& value : entries) {
                const QJsonObject entry = value.toObject();
                addHit(index, entry.value(QLatin1String("FILE_PATH")).toString(),
                       entry.value(QLatin1String("FILE_SIZE")).toInteger(-1),
                       entry.value(QLatin1String("HASH")).toString(), {{role, entry}});
            }
        }
        indicatorDone(index);
        return;
    }
    case Indicator::Kind::RegistryKey:
        if (!responses.isEmpty() && error == 0)
            addHit(index, indicator.path(), -1, {}, {{QStringLiteral("reg_key"), event}});
        indicatorDone(index);
        return;
    case Indicator::Kind::RegistryValue:
        if (!responses.isEmpty() && error == 0) {
            const QJsonArray values = event.value(QLatin1String("REGISTRY_VALUE")).toArray();
            for (const QJsonValue& value : values) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QLatin1String("NAME"))
                            .toString()
                            .compare(indicator.value(), Qt::CaseInsensitive)
                    == 0)
                    addHit(index, indicator.path() + QLatin1Char('\\') + indicator.value(), -1, {},
                           {{QStringLiteral("reg_key"), event.value(QLatin1String("ROOT"))},
                            {QStringLiteral("reg_value"), entry}});
            }
        }
        indicatorDone(index);
        return;
    case Indicator::Kind::Yara:
        if (indicator.yaraScope() == Indicator::YaraScope::Files) {
            QList<QJsonObject> files;
            if (error == 0) {
                for (const QJsonValue& value :
                     event.value(QLatin1String("DIRECTORY_LIST")).toArray()) {
                    if (!value.toObject().value(QLatin1String("FILE_PATH")).toString().isEmpty())
                        files.append(value.toObject());
                }
            }
            yaraFiles(index, files);
            return;
        }
        for (const SensorResponse& response : responses) {
            if (response.errorCode() == 0 && !response.late) {
                const QString path = response.event.value(QLatin1String("FILE_PATH")).toString();
                addHit(index,
                       path.isEmpty()
                               ? tr("process %1")
                                         .arg(response.event.value(QLatin1String("PROCESS_ID"))
                                                      .toInteger())
                               : path,
                       -1, response.event.value(QLatin1String("HASH")).toString(),
                       {{QStringLiteral("yara"), response.event}});
            }
        }
        indicatorDone(index);
        return;
    }
}

void SpotCheck::yaraFiles(int index, QList<QJsonObject> files)
{
    if (files.isEmpty()) {
        indicatorDone(index);
        return;
    }

    const Indicator& indicator = m_options.indicators.at(m_sensors.at(index).nextIndicator);
    const QString path = files.takeFirst().value(QLatin1String("FILE_PATH")).toString();
    SensorRequest* scan = send(index, indicator.yaraFileTask(path));
    const quint64 generation = m_generation;
    connect(scan, &SensorRequest::finished, this, [this, scan, index, generation, files, path] {
        scan->deleteLater();
        if (generation != m_generation)
            return;
        if (scan->state() != SensorRequest::State::Completed) {
            sensorFailed(index, scan);
            return;
        }
        for (const SensorResponse& response : scan->responses()) {
            if (response.errorCode() == 0 && !response.late)
                addHit(index, path, -1, response.event.value(QLatin1String("HASH")).toString(),
                       {{QStringLiteral("yara"), response.event}});
        }
        yaraFiles(index, files);
    });
}

void SpotCheck::addHit(int index, const QString& path, qint64 size, const QString& sha256,
                       const QJsonObject& details)
{
    SensorEntry& entry = m_sensors[index];
    const Indicator& indicator = m_options.indicators.at(entry.nextIndicator);

    SpotCheckHit hit;
    hit.sid = entry.target.sid;
    hit.hostname = entry.target.hostname;
    hit.indicator = entry.nextIndicator;
    hit.indicatorText = indicator.text();
    hit.kind = indicator.kindName();
    hit.path = path;
    hit.size = size;
    hit.sha256 = sha256;
    hit.details = details;
    hit.found = now();
    m_hits.append(hit);
    ++entry.hits;

    if (!m_options.tagOnHit.isEmpty() && entry.hits == 1) {
        ApiRequest* tag = SensorApi(m_client).addTags(hit.sid, {m_options.tagOnHit},
                                                      m_options.tagOnHitTtlSecs);
        connect(tag, &ApiRequest::finished, this, [tag, sid = hit.sid] {
            if (!tag->isOk())
                qCWarning(lcApi) << "could not tag" << sid
                                 << "after a hit:" << tag->error().message;
        });
    }

    emit hitFound(hit);
    emit sensorChanged(index);
    emit progress();
}

void SpotCheck::finishIfDone()
{
    if (!m_running || m_active > 0 || !m_queue.isEmpty())
        return;
    for (const SensorEntry& entry : std::as_const(m_sensors)) {
        if (entry.state == SensorState::Offline || entry.state == SensorState::Checking
            || entry.state == SensorState::Pending)
            return;
    }

    m_running = false;
    m_finishedAt = now();
    const Counts c = counts();
    qCInfo(lcApi) << "spotcheck finished:" << c.checked << "checked," << c.hits << "hits,"
                  << c.neverOnline << "never online," << c.failed << "failed";
    emit progress();
    emit finished();
}

QJsonObject SpotCheck::toJson() const
{
    QJsonArray indicators;
    for (const Indicator& indicator : m_options.indicators)
        indicators.append(QJsonObject{{QStringLiteral("type"), indicator.kindName()},
                                      {QStringLiteral("indicator"), indicator.text()}});

    QJsonArray sensors;
    for (const SensorEntry& entry : m_sensors) {
        if (entry.state == SensorState::Filtered || entry.state == SensorState::NotApplicable)
            continue;
        QJsonObject sensor{{QStringLiteral("sid"), entry.target.sid},
                           {QStringLiteral("hostname"), entry.target.hostname},
                           {QStringLiteral("state"), stateKey(entry.state)},
                           {QStringLiteral("hits"), entry.hits},
                           {QStringLiteral("online_checks"), entry.onlineChecks}};
        if (!entry.error.isEmpty())
            sensor.insert(QStringLiteral("error"), entry.error);
        sensors.append(sensor);
    }

    QJsonArray hits;
    for (const SpotCheckHit& hit : m_hits) {
        QJsonObject object{{QStringLiteral("sid"), hit.sid},
                           {QStringLiteral("hostname"), hit.hostname},
                           {QStringLiteral("type"), hit.kind},
                           {QStringLiteral("indicator"), hit.indicatorText},
                           {QStringLiteral("path"), hit.path},
                           {QStringLiteral("found"), hit.found.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("details"), hit.details}};
        if (hit.size >= 0)
            object.insert(QStringLiteral("size"), hit.size);
        if (!hit.sha256.isEmpty())
            object.insert(QStringLiteral("sha256"), hit.sha256);
        hits.append(object);
    }

    const Counts c = counts();
    return {{QStringLiteral("investigation_id"), investigationId()},
            {QStringLiteral("started"), m_startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished"),
             m_finishedAt.isValid() ? QJsonValue(m_finishedAt.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("rejected"), QJsonArray::fromStringList(m_rejected)},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("sensors"), c.total},
                         {QStringLiteral("filtered"), c.filtered},
                         {QStringLiteral("checked"), c.checked},
                         {QStringLiteral("failed"), c.failed},
                         {QStringLiteral("never_online"), c.neverOnline},
                         {QStringLiteral("cancelled"), c.cancelled},
                         {QStringLiteral("pending"), c.pending + c.checking + c.offline},
                         {QStringLiteral("hits"), c.hits}}},
            {QStringLiteral("sensors"), sensors},
            {QStringLiteral("hits"), hits}};
}

QByteArray SpotCheck::hitsCsv() const
{
    QString out = QStringLiteral("sid,hostname,type,indicator,path,size,sha256,found\r\n");
    for (const SpotCheckHit& hit : m_hits) {
        const QStringList fields{hit.sid,    hit.hostname,
                                 hit.kind,   hit.indicatorText,
                                 hit.path,   hit.size >= 0 ? QString::number(hit.size) : QString(),
                                 hit.sha256, hit.found.toString(Qt::ISODateWithMs)};
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(ResponseTable::csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray SpotCheck::sensorsCsv() const
{
    QString out = QStringLiteral("sid,hostname,state,hits,online_checks,error\r\n");
    for (const SensorEntry& entry : m_sensors) {
        if (entry.state == SensorState::Filtered || entry.state == SensorState::NotApplicable)
            continue;
        const QStringList fields{entry.target.sid,
                                 entry.target.hostname,
                                 stateKey(entry.state),
                                 QString::number(entry.hits),
                                 QString::number(entry.onlineChecks),
                                 entry.error};
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(ResponseTable::csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace lc
