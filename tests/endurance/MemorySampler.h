// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lc {

// The resident set of this process (VmRSS of /proc/self/status), sampled over a run, and the
// flatness verdict: after the baseline (the first sample once warm), the maximum of the last
// third of the samples may exceed the baseline by at most max(boundMb, boundPercent %).
class MemorySampler
{
public:
    struct Sample
    {
        double seconds = 0;
        qint64 rssKb = 0;
        bool warm = false;
    };

    static qint64 currentRssKb();

    void add(double seconds, bool warm);
    const QList<Sample>& samples() const { return m_samples; }

    // True when flat; *summary says what was compared either way.
    bool isFlat(double boundMb, double boundPercent, QString* summary) const;

private:
    QList<Sample> m_samples;
};

} // namespace lc
