// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveViewBench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include "BenchSpout.h"
#include "LiveEventModel.h"
#include "live/LiveEventView.h"
#include "stream/EventFeed.h"
#include "stream/EventIndexer.h"
#include "stream/EventStore.h"

namespace lc {

namespace {

constexpr double FrameBudgetMs = 16.0;
constexpr int TickMs = 1;

const char* const EventTypes[] = {"NEW_PROCESS",       "DNS_REQUEST",    "NETWORK_CONNECTIONS",
                                  "FILE_CREATE",       "FILE_DELETE",    "CODE_IDENTITY",
                                  "TERMINATE_PROCESS", "REGISTRY_WRITE", "MODULE_LOAD",
                                  "USER_OBSERVED"};

double percentile(QVector<double> values, double fraction)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(fraction * static_cast<double>(values.size() - 1));
    return values.at(index);
}

} // namespace

LiveViewBench::LiveViewBench(int eventsPerSecond, int seconds, qsizetype capacity)
    : m_rate(eventsPerSecond)
    , m_seconds(seconds)
    , m_capacity(capacity)
{}

QVector<QByteArray> LiveViewBench::sampleLines(int count)
{
    // Shaped like the emulator's telemetry: {routing, event} with a few detections mixed in,
    // 200 hosts, ten event types, lines of 300-600 bytes.
    QVector<QByteArray> lines;
    lines.reserve(count);
    const qint64 baseMs = 1'765'000'000'000;
    for (int i = 0; i < count; ++i) {
        const int host = (i * 7919) % 200;
        const QByteArray sid = QByteArray("5e9c0b4a-0000-4000-8000-")
                               + QByteArray::number(host).rightJustified(12, '0');
        const QByteArray hostname = "ws-" + QByteArray::number(host).rightJustified(3, '0');
        const QByteArray time = QByteArray::number(baseMs + i);
        if (i % 97 == 0) {
            lines.append(R"({"cat":"suspicious-whoami","source":"dr-general","detect_id":"d-)"
                         + QByteArray::number(i) + R"(","ts":)" + time + R"(,"routing":{"sid":")"
                         + sid + R"(","hostname":")" + hostname
                         + R"(","event_type":"NEW_PROCESS","event_time":)" + time
                         + R"(},"detect":{"event":{"COMMAND_LINE":"whoami /all","FILE_PATH":)"
                           R"("C:\\Windows\\System32\\whoami.exe"}}})");
            continue;
        }
        const char* type = EventTypes[(i * 31) % std::size(EventTypes)];
        lines.append(R"({"routing":{"oid":"0a1b2c3d-0000-4000-8000-00000000a001","sid":")" + sid
                     + R"(","hostname":")" + hostname + R"(","event_type":")" + type
                     + R"(","event_time":)" + time + R"(,"event_id":"e-)" + QByteArray::number(i)
                     + R"(","int_ip":"10.0.)" + QByteArray::number(host % 250)
                     + R"(.21"},"event":{"PROCESS_ID":)" + QByteArray::number(1000 + i % 50000)
                     + R"(,"COMMAND_LINE":"C:\\Program Files\\App\\app.exe --run )"
                     + QByteArray::number(i)
                     + R"(","FILE_PATH":"C:\\Program Files\\App\\app.exe",)"
                       R"("PARENT":{"PROCESS_ID":4,"FILE_PATH":"C:\\Windows\\explorer.exe"}}})");
    }
    return lines;
}

int LiveViewBench::run()
{
    int result = runTimed();
    result |= runSpout();
    return result;
}

int LiveViewBench::runTimed()
{
    const QVector<QByteArray> lines = sampleLines(50'000);
    LiveEventView view;
    EventIndexer indexer;

    // Arrival: what is due at the rate since the start, fed each timer turn in one slice, as a
    // socket read would deliver it.
    QElapsedTimer clock;
    qint64 fed = 0;
    QTimer source;
    source.setTimerType(Qt::PreciseTimer);
    source.setInterval(TickMs);
    QObject::connect(&source, &QTimer::timeout, &view, [&] {
        const qint64 due = clock.nsecsElapsed() * m_rate / 1'000'000'000;
        for (; fed < due; ++fed)
            view.feed()->acceptLine(indexer.index(lines.at(static_cast<int>(fed % lines.size()))));
        view.feed()->endBatch();
    });
    return measure(view, QStringLiteral("generated lines fed at %1 events/s").arg(m_rate), [&] {
        clock.start();
        source.start();
    });
}

int LiveViewBench::runSpout()
{
    // The same figure with the records arriving the real way: the emulator's Spout at the
    // rate, over loopback, through SpoutStream.
    LiveEventView view;
    BenchSpout spout(QString::number(m_rate));
    if (QString error; !spout.start(view.feed(), &error)) {
        QTextStream(stdout) << "live view GUI stall (Spout): " << error << Qt::endl;
        return 2;
    }
    const int result =
            measure(view, QStringLiteral("the emulator's Spout at %1 events/s").arg(m_rate), [] {});
    QTextStream(stdout) << "  server dropped " << spout.stream().serverDropped() << Qt::endl;
    return result;
}

int LiveViewBench::measure(LiveEventView& view, const QString& what,
                           const std::function<void()>& startSource)
{
    QTextStream out(stdout);
    view.resize(1400, 900);
    view.setFollowTail(true);
    if (m_capacity > 0)
        view.setCapacity(m_capacity);
    view.show();
    EventFeed* feed = view.feed();
    const quint64 receivedBefore = feed->counters().received;

    // The probe: a 1 ms timer; each gap beyond its interval is time the loop was busy.
    QVector<double> gaps;
    gaps.reserve(m_seconds * 1000 + 100);
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(TickMs);
    QObject::connect(&probe, &QTimer::timeout, &view, [&] {
        gaps.append(static_cast<double>(probeClock.nsecsElapsed()) / 1e6);
        probeClock.restart();
    });

    QEventLoop loop;
    QTimer::singleShot(m_seconds * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    probeClock.start();
    startSource();
    probe.start();
    loop.exec();
    probe.stop();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;

    const double p50 = percentile(gaps, 0.50);
    const double p99 = percentile(gaps, 0.99);
    const double worst = gaps.isEmpty() ? 0.0 : *std::max_element(gaps.cbegin(), gaps.cend());
    const FeedCounters counters = feed->counters();
    const quint64 received = counters.received - receivedBefore;
    // The figure means something only if the events did arrive at the rate: a client that
    // falls behind makes the server drop, and a quiet loop is no achievement then.
    const double arrived = static_cast<double>(received) / (seconds * m_rate);
    const bool keptUp = arrived >= 0.9;
    const bool pass = p99 < FrameBudgetMs && !gaps.isEmpty() && keptUp;
    out << "live view GUI stall, " << what << ": " << received << " events in "
        << QString::number(seconds, 'f', 1) << " s ("
        << QString::number(static_cast<double>(received) / seconds, 'f', 0) << " events/s), "
        << view.model()->rowCount() << " rows, follow-tail " << (view.followsTail() ? "on" : "off")
        << '\n';
    out << "  event-loop gaps (1 ms probe, " << gaps.size() << " ticks): median "
        << QString::number(p50, 'f', 2) << " ms, p99 " << QString::number(p99, 'f', 2)
        << " ms, max " << QString::number(worst, 'f', 2) << " ms\n";
    out << "  arrived at " << QString::number(arrived * 100, 'f', 0)
        << "% of the rate (needed: 90%)" << (keptUp ? "" : ", the view fell behind") << '\n';
    out << "  p99 stall:            " << QString::number(p99, 'f', 2) << " ms (target < "
        << QString::number(FrameBudgetMs, 'f', 0) << " ms) " << (pass ? "PASS" : "MISS")
        << Qt::endl;
    return pass ? 0 : 1;
}

} // namespace lc
