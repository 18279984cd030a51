// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

namespace lc {

// Measures the live event path in memory, in one process and one run:
//  - framer + indexer + EventFeed/EventStore + LiveEventModel with a filter active, against
//    simdjson parsing the same lines (DOM): events/s of both (targets >= 2,000,000 events/s
//    and >= 40% of simdjson);
//  - the RSS growth with 1,000,000 events kept against their raw size (target <= 1.5 x raw
//    + 64 MB), measured first, on a fresh heap;
//  - a filter change over the 1,000,000 stored records (target < 500 ms).
// The input is the reference samples (events, detections, audit; compiled in), repeated with
// varied sids and hostnames.
class LivePipelineBench : public QObject
{
    Q_OBJECT

public:
    explicit LivePipelineBench(qsizetype lines = 1'200'000);

    // Returns the process exit code: 0 when every target is met.
    int run();

private:
    void buildInput();

    qsizetype m_lines;
    QByteArray m_input;
};

} // namespace lc
