// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpoutEndToEndBench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include "BenchSpout.h"
#include "LiveEventModel.h"
#include "stream/EventFeed.h"
#include "stream/EventStore.h"
#include "stream/SpoutStream.h"

namespace lc {

namespace {

constexpr double targetEventsPerSecond = 500'000;

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

SpoutEndToEndBench::SpoutEndToEndBench(quint64 records, int seconds)
    : m_records(records)
    , m_seconds(seconds)
{}

int SpoutEndToEndBench::run()
{
    QTextStream out(stdout);

    EventStore store(1'000'000);
    EventFeed feed(&store);
    LiveEventModel model(&store);
    BenchSpout spout(QStringLiteral("max"));
    if (QString error; !spout.start(&feed, &error)) {
        out << "spout end-to-end: " << error << Qt::endl;
        return 2;
    }
    SpoutStream& stream = spout.stream();

    // The figure is the time to take in a fixed number of records after a warm-up, with a
    // deadline, so that a slow start or a burst does not decide it.
    const auto receivedNow = [&feed] {
        return feed.counters().received;
    };
    const auto waitUntil = [&receivedNow](quint64 count, int deadlineMs) {
        QElapsedTimer waited;
        waited.start();
        while (receivedNow() < count && waited.elapsed() < deadlineMs)
            runFor(20);
    };
    waitUntil(100'000, 30'000);
    const FeedCounters before = feed.counters();
    const quint64 droppedBefore = stream.serverDropped();
    QElapsedTimer timer;
    timer.start();
    waitUntil(before.received + m_records, m_seconds * 1000);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const FeedCounters after = feed.counters();
    const quint64 serverDropped = stream.serverDropped() - droppedBefore;
    stream.stop();

    const double received = static_cast<double>(after.received - before.received);
    const double rate = received / elapsed;
    const bool pass = rate >= targetEventsPerSecond && after.malformed == 0;
    out << "spout end-to-end (emulator --event-rate max over loopback -> SpoutStream -> EventFeed "
           "-> EventStore -> LiveEventModel): "
        << QString::number(rate, 'f', 0) << " events/s over " << QString::number(elapsed, 'f', 1)
        << " s (target >= " << QString::number(targetEventsPerSecond, 'f', 0)
        << "); server dropped " << serverDropped << ", malformed " << after.malformed
        << ", model rows " << model.rowCount() << " " << (pass ? "PASS" : "MISS") << Qt::endl;
    return pass ? 0 : 1;
}

} // namespace lc
