// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySampler.h"

#include <QFile>

#include <algorithm>

namespace lc {

qint64 MemorySampler::currentRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void MemorySampler::add(double seconds, bool warm)
{
    m_samples.append(Sample{seconds, currentRssKb(), warm});
}

bool MemorySampler::isFlat(double boundMb, double boundPercent, QString* summary) const
{
    QList<Sample> warm;
    std::copy_if(m_samples.begin(), m_samples.end(), std::back_inserter(warm),
                 [](const Sample& sample) { return sample.warm; });
    const auto mb = [](qint64 kb) {
        return QString::number(static_cast<double>(kb) / 1024.0, 'f', 1);
    };
    // Fewer than six warm samples cannot show a trend; that is a failed check, not a pass.
    if (warm.size() < 6) {
        *summary = QStringLiteral("only %1 sample(s) after the warm-up (need 6)").arg(warm.size());
        return false;
    }
    if (std::any_of(warm.begin(), warm.end(), [](const Sample& s) { return s.rssKb < 0; })) {
        *summary = QStringLiteral("VmRSS could not be read");
        return false;
    }

    const qint64 baseline = warm.first().rssKb;
    const qsizetype lastThird = warm.size() - warm.size() / 3;
    qint64 lateMax = 0;
    for (qsizetype i = lastThird; i < warm.size(); ++i)
        lateMax = std::max(lateMax, warm[i].rssKb);
    const qint64 warmMin = std::min_element(warm.begin(), warm.end(), [](auto& a, auto& b) {
                               return a.rssKb < b.rssKb;
                           })->rssKb;
    const qint64 warmMax = std::max_element(warm.begin(), warm.end(), [](auto& a, auto& b) {
                               return a.rssKb < b.rssKb;
                           })->rssKb;
    const auto allowedKb = static_cast<qint64>(
            std::max(boundMb * 1024.0, static_cast<double>(baseline) * boundPercent / 100.0));
    const qint64 growth = lateMax - baseline;
    *summary = QStringLiteral("RSS %1 samples (%2 warm from %3 s): first %4 MB, baseline %5 MB, "
                              "warm min %6 / max %7 MB, max of the last third %8 MB, growth "
                              "%9 MB (allowed %10 MB), last %11 MB")
                       .arg(m_samples.size())
                       .arg(warm.size())
                       .arg(QString::number(warm.first().seconds, 'f', 0),
                            mb(m_samples.first().rssKb), mb(baseline), mb(warmMin), mb(warmMax),
                            mb(lateMax), mb(growth), mb(allowedKb), mb(m_samples.last().rssKb));
    return growth <= allowedKb;
}

} // namespace lc
