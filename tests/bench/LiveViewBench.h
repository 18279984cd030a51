// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QVector>

#include <functional>

namespace lc {

class LiveEventView;

// The GUI stall figure of the live view: while 100,000 events per second go through the real
// EventFeed into a shown LiveEventView (offscreen, following the newest row, rate chart and
// counters running), a 1 ms timer records the gaps between its ticks. A gap is how long the
// event loop could not answer: the p99 gap must stay under one 60 Hz frame (16 ms).
class LiveViewBench : public QObject
{
    Q_OBJECT

public:
    // capacity: the view's ring (the live view's default when 0).
    explicit LiveViewBench(int eventsPerSecond = 100'000, int seconds = 5, qsizetype capacity = 0);

    // Returns 0 when the target is met. Needs a QApplication.
    int run();

private:
    static QVector<QByteArray> sampleLines(int count);
    // Generated lines fed into the view's feed on a 1 ms timer at the rate.
    int runTimed();
    // The emulator's Spout at the rate, through SpoutStream.
    int runSpout();
    int measure(LiveEventView& view, const QString& what, const std::function<void()>& startSource);

    int m_rate;
    int m_seconds;
    qsizetype m_capacity;
};

} // namespace lc
