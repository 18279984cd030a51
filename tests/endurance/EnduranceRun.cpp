// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnduranceRun.h"

#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <unistd.h>

#include "EmulatorProcess.h"
#include "LossySink.h"
#include "credentials/Credentials.h"
#include "live/LiveEventView.h"
#include "live/LiveSourceBar.h"
#include "session/OrgSession.h"
#include "stream/EventFeed.h"
#include "widgets/BannerArea.h"
#include "widgets/InlineBanner.h"

namespace lc {

namespace {

const QString disconnectEnd = QStringLiteral("disconnect fault");

// Waits in an event loop until `done` holds or the time is up; true when it holds.
template <typename Condition>
bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// CPU seconds (user + system) of a process from /proc/<pid>/stat; -1 when unreadable.
double cpuSeconds(const QString& pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

// The pids of this process's children (the emulator), from every thread's children list.
QStringList childPids()
{
    QStringList pids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (file.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(file.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return pids;
}

QString kindOfNotice(const QString& message)
{
    if (message.contains(QLatin1String("the stream host ended the stream")))
        return QStringLiteral("clean end");
    if (message.contains(QLatin1String("the stream broke off")))
        return QStringLiteral("broken off");
    if (message.contains(QLatin1String("the stream host answered HTTP 5")))
        return QStringLiteral("http 5xx");
    return QStringLiteral("other");
}

} // namespace

EnduranceRun::EnduranceRun(const EnduranceOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
{}

EnduranceRun::~EnduranceRun()
{
    // The view stops its stream as it goes; that is nothing to check any more.
    if (m_stream)
        m_stream->disconnect(this);
    m_view.reset();
    m_session.reset();
    if (m_emulator)
        m_emulator->stop();
}

double EnduranceRun::elapsedSeconds() const
{
    return static_cast<double>(m_clock.elapsed()) / 1000.0;
}

void EnduranceRun::fail(const QString& check, const QString& why)
{
    m_failures.append(check);
    m_out << "FAILED CHECK: " << check << ": " << why << Qt::endl;
}

bool EnduranceRun::setUp(QString* error)
{
    m_emulator = std::make_unique<lctest::EmulatorProcess>();
    QStringList arguments = {
            QStringLiteral("--sensors"),
            QStringLiteral("200"),
            QStringLiteral("--seed"),
            QString::number(m_options.seed),
            QStringLiteral("--event-rate"),
            QString::number(m_options.eventRate, 'f', 0),
            QStringLiteral("--stream-queue"),
            QString::number(m_options.streamQueue),
            QStringLiteral("--disconnect-style"),
            m_style,
            QStringLiteral("--error-rate"),
            QString::number(m_options.streamErrorRate),
            QStringLiteral("--fault-listeners"),
            QStringLiteral("stream"),
            QStringLiteral("--log-limit"),
            QStringLiteral("100000"),
    };
    if (m_options.disconnectEvery > 0)
        arguments << QStringLiteral("--disconnect-every")
                  << QString::number(m_options.disconnectEvery);
    if (m_options.splitWrites)
        arguments << QStringLiteral("--split-writes") << QStringLiteral("--split-pause-ms")
                  << QStringLiteral("0");
    if (!m_emulator->start(arguments)) {
        *error = QStringLiteral("the emulator did not start: ") + m_emulator->errorString();
        return false;
    }

    Credentials credentials;
    credentials.source = Credentials::Source::Session;
    credentials.oid = m_emulator->oid();
    credentials.apiKey = m_emulator->apiKey();
    Endpoints endpoints;
    endpoints.api = m_emulator->api();
    endpoints.jwt = m_emulator->jwt();
    endpoints.stream = m_emulator->stream();
    m_session = std::make_unique<OrgSession>();
    m_session->open(credentials, endpoints);
    if (!waitFor([this] { return m_session->state() == OrgSession::State::Connected; }, 60'000)) {
        *error = QStringLiteral("the organisation did not open: ") + m_session->error().toString();
        return false;
    }

    m_view = std::make_unique<LiveEventView>();
    m_view->resize(1200, 800);
    m_view->setSession(m_session.get());
    m_view->setCapacity(m_options.capacity);
    m_view->show();
    connect(m_view.get(), &LiveEventView::streamChanged, this, &EnduranceRun::watch);
    m_view->sourceBar()->setSource(LiveSourceBar::Source::Spout);
    m_view->sourceBar()->typeBox()->setCurrentText(QStringLiteral("event"));
    m_view->start();
    if (!waitFor([this] { return m_stream && m_stream->state() == LiveStream::State::Live; },
                 30'000)) {
        *error = QStringLiteral("the live view did not go live: ")
                 + (m_stream ? m_stream->stateText() : QStringLiteral("no stream"));
        return false;
    }
    return true;
}

void EnduranceRun::watch(LiveStream* stream)
{
    // The stream being replaced says Stopped as it goes; that is not what the view shows.
    if (m_stream)
        m_stream->disconnect(this);
    m_stream = stream;
    if (!stream)
        return;
    if (m_options.sabotage == EnduranceOptions::Sabotage::HideNotices)
        disconnect(stream, &LiveStream::notice, nullptr, nullptr);
    if (m_options.sabotage == EnduranceOptions::Sabotage::LoseEvents) {
        if (!m_lossy)
            m_lossy = std::make_unique<LossySink>(m_view->feed(), 1000);
        stream->setSink(m_lossy.get());
    }
    // Connected after the view's own slots, so these see what the view made of each signal.
    connect(stream, &LiveStream::stateChanged, this, &EnduranceRun::onStateChanged);
    connect(stream, &LiveStream::notice, this, &EnduranceRun::onNotice);
    connect(stream, &LiveStream::errorOccurred, this, &EnduranceRun::onError);
}

void EnduranceRun::onStateChanged(LiveStream::State state)
{
    // A stream the view has let go of says Stopped as it goes; the view no longer shows it.
    if (sender() != m_view->stream())
        return;
    // "Reconnecting in N s" counts down from the wall clock: compare the words before N.
    const QString shown = m_view->stateLabel()->text();
    const QString expected = m_stream->stateText();
    const bool same = state == LiveStream::State::Reconnecting
                              ? shown.section(QLatin1Char(' '), 0, 1)
                                        == expected.section(QLatin1Char(' '), 0, 1)
                              : shown == expected;
    if (!same) {
        ++m_stateTextWrong;
        if (m_unexpected.size() < 10)
            m_unexpected.append(
                    QStringLiteral("state line \"%1\" for \"%2\"").arg(shown, expected));
    }
    if (state == LiveStream::State::Reconnecting)
        ++m_reconnectingShown;
}

void EnduranceRun::onNotice(const QString& message)
{
    const QList<QLabel*> labels = m_view->findChildren<QLabel*>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [&message](QLabel* label) {
        return label->accessibleName() == QLatin1String("Last stream notice")
               && label->text() == message;
    });
    if (!shown) {
        ++m_noticesHidden;
        return;
    }
    ++m_noticesShown;
    const QString kind = kindOfNotice(message);
    ++m_noticeKinds[kind];
    if (kind == QLatin1String("other") && m_unexpected.size() < 10)
        m_unexpected.append(message);
}

void EnduranceRun::onError(const QString& message)
{
    const InlineBanner* banner = m_view->banners()->banner(QStringLiteral("stream"));
    if (banner && banner->isVisible() && banner->text() == message
        && m_view->reconnectButton()->isVisible()) {
        ++m_bannersShown;
    } else {
        ++m_bannersMissing;
    }
    // As the user would: read the banner, then press Reconnect (rows and counters are kept).
    QTimer::singleShot(1000, m_view.get(), [this] {
        if (m_view->reconnectButton()->isVisible()) {
            ++m_reconnectsClicked;
            m_view->reconnectButton()->click();
        }
    });
}

QJsonObject EnduranceRun::streamTotals(QString* error)
{
    const auto reply = m_emulator->control("GET", QStringLiteral("/_emulator/streams"));
    if (!reply.isOk()) {
        *error = QStringLiteral("GET /_emulator/streams: %1 %2").arg(reply.status).arg(reply.error);
        return {};
    }
    const QJsonObject spout = QJsonDocument::fromJson(reply.body)
                                      .object()
                                      .value(QStringLiteral("totals"))
                                      .toObject()
                                      .value(QStringLiteral("spout"))
                                      .toObject();
    if (spout.isEmpty())
        *error = QStringLiteral("the emulator reports no stream totals");
    return spout;
}

int EnduranceRun::faultedStreamRequests(int* internalErrors, QString* error)
{
    bool ok = false;
    const QList<lctest::LoggedRequest> requests = m_emulator->requests(&ok);
    if (!ok) {
        *error = m_emulator->errorString();
        return -1;
    }
    int faulted = 0;
    *internalErrors = 0;
    for (const lctest::LoggedRequest& request : requests) {
        if (request.listener != QLatin1String("stream") || request.status < 500)
            continue;
        ++faulted;
        if (request.status == 500)
            ++*internalErrors;
    }
    return faulted;
}

bool EnduranceRun::toggleDisconnectStyle()
{
    QString error;
    const QJsonObject totals = streamTotals(&error);
    if (!error.isEmpty())
        return false;
    const auto ended = static_cast<quint64>(
            totals.value(QStringLiteral("ends")).toObject().value(disconnectEnd).toInteger());
    if (ended == m_disconnectsSeen)
        return true;
    // Every disconnect since the last change was made in the style set then.
    m_styleDisconnects[m_style] += static_cast<int>(ended - m_disconnectsSeen);
    m_disconnectsSeen = ended;
    m_style = m_style == QLatin1String("clean") ? QStringLiteral("abort") : QStringLiteral("clean");
    const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("disconnect_style"), m_style}})
                    .toJson(QJsonDocument::Compact);
    return m_emulator->control("POST", QStringLiteral("/_emulator/stream-settings"), body).isOk();
}

void EnduranceRun::freeze()
{
    // The socket is not read while the thread sleeps; the server's queue overflows.
    QThread::msleep(static_cast<unsigned long>(m_options.freezeMs));
}

void EnduranceRun::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    const double now = elapsedSeconds();
    const FeedCounters counters = m_view->feed()->counters();
    if (counters.received
        != counters.stored + counters.evicted + counters.waiting + counters.droppedByClient)
        ++m_identityBroken;
    if (m_ringFullAt < 0 && counters.stored >= static_cast<quint64>(m_options.capacity))
        m_ringFullAt = now;
    const bool warm = m_ringFullAt >= 0 && now >= std::max(m_options.warmupSeconds, m_ringFullAt);
    if (warm && m_warmSince < 0)
        m_warmSince = now;
    m_memory.add(now, warm);
    if (warm && m_options.sabotage == EnduranceOptions::Sabotage::LeakMemory) {
        constexpr std::size_t leakBytes = 2 * 1024 * 1024;
        m_leak.push_back(std::make_unique<char[]>(leakBytes));
        std::memset(m_leak.back().get(), 1, leakBytes);
    }
    if (!toggleDisconnectStyle())
        m_out << "warning: the emulator's stream settings could not be read or changed" << Qt::endl;
    if (m_options.freezeMs > 0 && now - m_lastFreeze >= m_options.freezeEverySeconds) {
        m_lastFreeze = now;
        freeze();
    }
    if (static_cast<int>(now) / 60 != m_lastProgressMinute) {
        m_lastProgressMinute = static_cast<int>(now) / 60;
        m_out << QStringLiteral("[%1 s] received %2 (%3/s), kept %4, server dropped %5, "
                                "disconnects %6, RSS %7 MB, state %8")
                         .arg(QString::number(now, 'f', 0))
                         .arg(counters.received)
                         .arg(QString::number(static_cast<double>(counters.received) / now, 'f', 0))
                         .arg(counters.stored)
                         .arg(counters.serverDropped)
                         .arg(m_disconnectsSeen)
                         .arg(QString::number(static_cast<double>(m_memory.samples().last().rssKb)
                                                      / 1024.0,
                                              'f', 1),
                              m_stream ? m_stream->stateText() : QStringLiteral("-"))
              << Qt::endl;
    }
    m_busy = false;
}

bool EnduranceRun::quiesce(QString* error)
{
    // No more records, faults or freezes: what was written can all arrive, and be counted.
    const QJsonObject zero{{QStringLiteral("event"), 0},
                           {QStringLiteral("detect"), 0},
                           {QStringLiteral("audit"), 0},
                           {QStringLiteral("deployment"), 0},
                           {QStringLiteral("billing"), 0}};
    const QByteArray settings = QJsonDocument(QJsonObject{{QStringLiteral("rates"), zero},
                                                          {QStringLiteral("disconnect_every"), 0}})
                                        .toJson(QJsonDocument::Compact);
    if (!m_emulator->control("POST", QStringLiteral("/_emulator/stream-settings"), settings).isOk()
        || !m_emulator->setFaults(QJsonObject{{QStringLiteral("error_rate"), 0}})) {
        *error = QStringLiteral("the emulator's faults could not be switched off");
        return false;
    }

    qint64 lastWritten = -1;
    int stableRounds = 0;
    const bool settled = waitFor(
            [&] {
                QString readError;
                const QJsonObject totals = streamTotals(&readError);
                const qint64 written = totals.value(QStringLiteral("records_written")).toInteger();
                const quint64 received = m_view->feed()->counters().received;
                const bool live = m_stream && m_stream->state() == LiveStream::State::Live;
                stableRounds = written == lastWritten && live
                                               && received + (m_lossy ? m_lossy->swallowed() : 0)
                                                          >= static_cast<quint64>(written)
                                       ? stableRounds + 1
                                       : 0;
                lastWritten = written;
                QEventLoop pause;
                QTimer::singleShot(250, &pause, &QEventLoop::quit);
                pause.exec();
                return stableRounds >= 4;
            },
            90'000);
    if (!settled)
        *error = QStringLiteral("the stream did not settle within 90 s after the faults were "
                                "switched off (state: %1)")
                         .arg(m_stream ? m_stream->stateText() : QStringLiteral("no stream"));
    // Once more for the counters line, which is refreshed on a timer.
    waitFor([] { return false; }, 600);
    return settled;
}

int EnduranceRun::run()
{
    QString error;
    m_clock.start();
    if (!setUp(&error)) {
        m_out << "RESULT: SETUP FAILED: " << error << Qt::endl;
        return 2;
    }
    const QStringList emulatorPids = childPids();
    const double emulatorCpuBefore = emulatorPids.isEmpty() ? -1 : cpuSeconds(emulatorPids.first());
    const double clientCpuBefore = cpuSeconds(QStringLiteral("self"));
    const double liveAt = elapsedSeconds();
    m_lastFreeze = liveAt;
    m_out << "endurance: " << m_options.seconds << " s at " << m_options.eventRate
          << " events/s, ring " << m_options.capacity << ", disconnect every "
          << m_options.disconnectEvery << " records (clean/abort alternating), split writes "
          << (m_options.splitWrites ? "on" : "off") << ", stream queue " << m_options.streamQueue
          << ", stream 5xx rate " << m_options.streamErrorRate << ", freeze " << m_options.freezeMs
          << " ms every " << m_options.freezeEverySeconds << " s, sabotage "
          << EnduranceOptions::sabotageName(m_options.sabotage) << Qt::endl;

    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, &EnduranceRun::tick);
    sampler.start(m_options.sampleMs);
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(m_options.seconds * 1000.0), &loop, &QEventLoop::quit);
    loop.exec();
    sampler.stop();
    const double liveSeconds = elapsedSeconds() - liveAt;
    const quint64 receivedAtEnd = m_view->feed()->counters().received;
    const double clientCpu = cpuSeconds(QStringLiteral("self")) - clientCpuBefore;
    const double emulatorCpu =
            emulatorPids.isEmpty() ? -1 : cpuSeconds(emulatorPids.first()) - emulatorCpuBefore;

    toggleDisconnectStyle();
    if (!quiesce(&error))
        fail(QStringLiteral("settle"), error);
    m_styleDisconnects[m_style] += 0;

    m_out << QStringLiteral("throughput: %1 events in %2 s = %3 events/s (target %4); CPU over "
                            "the run: client %5 %, emulator %6 % of one core")
                     .arg(receivedAtEnd)
                     .arg(QString::number(liveSeconds, 'f', 0))
                     .arg(QString::number(static_cast<double>(receivedAtEnd) / liveSeconds, 'f', 0))
                     .arg(m_options.eventRate)
                     .arg(QString::number(100.0 * clientCpu / liveSeconds, 'f', 1))
                     .arg(emulatorCpu < 0
                                  ? QStringLiteral("?")
                                  : QString::number(100.0 * emulatorCpu / liveSeconds, 'f', 1))
          << Qt::endl;
    return report();
}

int EnduranceRun::report()
{
    QString error;
    const QJsonObject totals = streamTotals(&error);
    const auto written =
            static_cast<quint64>(totals.value(QStringLiteral("records_written")).toInteger());
    const auto dropped =
            static_cast<quint64>(totals.value(QStringLiteral("records_dropped")).toInteger());
    const QJsonObject ends = totals.value(QStringLiteral("ends")).toObject();
    const int disconnects = ends.value(disconnectEnd).toInt();
    int internalErrors = 0;
    const int faulted = faultedStreamRequests(&internalErrors, &error);
    if (!error.isEmpty()) {
        fail(QStringLiteral("emulator"), error);
        return 1;
    }
    const FeedCounters c = m_view->feed()->counters();

    // Every event accounted for.
    m_out << QStringLiteral("events: emulator wrote %1 records on %2 connection(s) (ends %3) and "
                            "dropped %4 for the slow reader; the client received %5 (malformed "
                            "%6) = kept %7 + evicted %8 + waiting %9 + dropped here %10; server "
                            "drops shown %11")
                     .arg(written)
                     .arg(totals.value(QStringLiteral("connections")).toInteger())
                     .arg(QString::fromUtf8(QJsonDocument(ends).toJson(QJsonDocument::Compact)))
                     .arg(dropped)
                     .arg(c.received)
                     .arg(c.malformed)
                     .arg(c.stored)
                     .arg(c.evicted)
                     .arg(c.waiting)
                     .arg(c.droppedByClient)
                     .arg(c.serverDropped)
          << Qt::endl;
    if (c.received != written || c.malformed != 0)
        fail(QStringLiteral("accounting"),
             QStringLiteral("the emulator wrote %1 records, the client received %2 (%3 malformed): "
                            "%4 unexplained")
                     .arg(written)
                     .arg(c.received)
                     .arg(c.malformed)
                     .arg(static_cast<qint64>(written) - static_cast<qint64>(c.received)));
    if (c.serverDropped != dropped)
        fail(QStringLiteral("accounting"),
             QStringLiteral("the emulator dropped %1 records, the live view shows %2 dropped by "
                            "the server")
                     .arg(dropped)
                     .arg(c.serverDropped));
    const QString dropText =
            QStringLiteral("Dropped by server %1").arg(QLocale().toString(dropped));
    if (!m_view->countersLabel()->text().contains(dropText))
        fail(QStringLiteral("accounting"),
             QStringLiteral("the counters line does not say \"%1\": %2")
                     .arg(dropText, m_view->countersLabel()->text()));
    if (m_identityBroken > 0 || c.received != c.stored + c.evicted + c.waiting + c.droppedByClient)
        fail(QStringLiteral("accounting"),
             QStringLiteral("received = kept + evicted + waiting + dropped here failed in %1 "
                            "sample(s)")
                     .arg(m_identityBroken));

    // Flat memory once the ring is full.
    QString memory;
    const bool flat = m_memory.isFlat(m_options.boundMb, m_options.boundPercent, &memory);
    m_out << "memory: " << memory << " (ring full at " << QString::number(m_ringFullAt, 'f', 0)
          << " s)" << Qt::endl;
    QStringList samples;
    for (const MemorySampler::Sample& sample : m_memory.samples())
        samples << QString::number(static_cast<double>(sample.rssKb) / 1024.0, 'f', 0);
    const qsizetype step = std::max<qsizetype>(1, samples.size() / 30);
    QStringList shown;
    for (qsizetype i = 0; i < samples.size(); i += step)
        shown << samples[i];
    m_out << "memory samples (MB, every " << step << "): " << shown.join(QLatin1Char(' '))
          << Qt::endl;
    if (!flat)
        fail(QStringLiteral("memory"), memory);

    // Every fault reported to the user.
    const int retried = faulted - internalErrors;
    m_out << QStringLiteral("faults: %1 disconnects (clean %2, abort %3), %4 stream requests "
                            "answered 5xx (%5 of them 500), %6 server drops; reports: %7 "
                            "Reconnecting states, %8 notices shown (%9), %10 notices not shown, "
                            "%11 failure banners (%12 missing), %13 Reconnect clicks, %14 wrong "
                            "state texts")
                     .arg(disconnects)
                     .arg(m_styleDisconnects.value(QStringLiteral("clean")))
                     .arg(m_styleDisconnects.value(QStringLiteral("abort")))
                     .arg(faulted)
                     .arg(internalErrors)
                     .arg(dropped)
                     .arg(m_reconnectingShown)
                     .arg(m_noticesShown)
                     .arg(QStringLiteral("clean end %1, broken off %2, http 5xx %3, other %4")
                                  .arg(m_noticeKinds.value(QStringLiteral("clean end")))
                                  .arg(m_noticeKinds.value(QStringLiteral("broken off")))
                                  .arg(m_noticeKinds.value(QStringLiteral("http 5xx")))
                                  .arg(m_noticeKinds.value(QStringLiteral("other"))))
                     .arg(m_noticesHidden)
                     .arg(m_bannersShown)
                     .arg(m_bannersMissing)
                     .arg(m_reconnectsClicked)
                     .arg(m_stateTextWrong)
          << Qt::endl;
    QStringList unreported;
    if (m_reconnectingShown != disconnects + retried)
        unreported << QStringLiteral("%1 Reconnecting states for %2 disconnects + %3 retried 5xx")
                              .arg(m_reconnectingShown)
                              .arg(disconnects)
                              .arg(retried);
    if (m_noticeKinds.value(QStringLiteral("clean end"))
        != m_styleDisconnects.value(QStringLiteral("clean")))
        unreported << QStringLiteral("%1 \"ended\" notices for %2 clean disconnects")
                              .arg(m_noticeKinds.value(QStringLiteral("clean end")))
                              .arg(m_styleDisconnects.value(QStringLiteral("clean")));
    if (m_noticeKinds.value(QStringLiteral("broken off"))
        != m_styleDisconnects.value(QStringLiteral("abort")))
        unreported << QStringLiteral("%1 \"broke off\" notices for %2 abortive disconnects")
                              .arg(m_noticeKinds.value(QStringLiteral("broken off")))
                              .arg(m_styleDisconnects.value(QStringLiteral("abort")));
    if (m_noticeKinds.value(QStringLiteral("http 5xx")) != retried)
        unreported << QStringLiteral("%1 HTTP 5xx notices for %2 retried 5xx answers")
                              .arg(m_noticeKinds.value(QStringLiteral("http 5xx")))
                              .arg(retried);
    if (m_bannersShown != internalErrors || m_bannersMissing > 0)
        unreported << QStringLiteral("%1 failure banners shown (%2 missing) for %3 HTTP 500 "
                                     "answers")
                              .arg(m_bannersShown)
                              .arg(m_bannersMissing)
                              .arg(internalErrors);
    if (m_noticesHidden > 0)
        unreported
                << QStringLiteral("%1 notices never reached the notice line").arg(m_noticesHidden);
    if (!m_unexpected.isEmpty())
        unreported << QStringLiteral("notices without a fault: ")
                              + m_unexpected.join(QStringLiteral(" | "));
    if (m_stateTextWrong > 0)
        unreported << QStringLiteral("%1 state changes not shown in the state line")
                              .arg(m_stateTextWrong);
    if (!unreported.isEmpty())
        fail(QStringLiteral("reports"), unreported.join(QStringLiteral("; ")));

    // A run in which the faults did not happen proves nothing.
    if (m_styleDisconnects.value(QStringLiteral("clean")) == 0
        || m_styleDisconnects.value(QStringLiteral("abort")) == 0 || dropped == 0)
        fail(QStringLiteral("coverage"),
             QStringLiteral("the run needs disconnects of both styles and server drops (clean "
                            "%1, abort %2, dropped %3)")
                     .arg(m_styleDisconnects.value(QStringLiteral("clean")))
                     .arg(m_styleDisconnects.value(QStringLiteral("abort")))
                     .arg(dropped));

    m_failures.removeDuplicates();
    if (m_failures.isEmpty()) {
        m_out << "RESULT: PASS" << Qt::endl;
        return 0;
    }
    m_out << "RESULT: FAIL " << m_failures.join(QLatin1Char(' ')) << Qt::endl;
    return 1;
}

} // namespace lc
