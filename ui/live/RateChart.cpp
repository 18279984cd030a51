// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/RateChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include "stream/EventStore.h"

namespace lc {

namespace {

constexpr int TickMs = 1000;

// Distinct in light and dark palettes, and for the common forms of colour blindness.
const QColor& colourOf(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0x9a, 0x9a, 0x9a)};
    return colours[std::clamp(index, 0, RateChart::TopTypes)];
}

} // namespace

RateChart::RateChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Events per second by type"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &RateChart::sample);
    m_timer.start();
}

void RateChart::setStore(EventStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    clear();
    if (store)
        connect(store, &EventStore::cleared, this, &RateChart::clear);
}

void RateChart::clear()
{
    m_seconds.clear();
    m_top.clear();
    m_topNames.clear();
    m_peak = 0;
    m_nextSeq = m_store ? m_store->endSeq() : 0;
    setAccessibleDescription(summaryText());
    update();
}

void RateChart::sample()
{
    Second second;
    if (m_store) {
        // Records evicted before this tick are lost to the chart; with a ring of at least
        // a few seconds of traffic that does not happen.
        const qint64 end = m_store->endSeq();
        for (qint64 seq = std::max(m_nextSeq, m_store->firstSeq()); seq < end; ++seq)
            ++second.byType[m_store->at(seq).type];
        second.total = static_cast<int>(std::max<qint64>(0, end - m_nextSeq));
        m_nextSeq = end;
    }
    m_seconds.append(second);
    if (m_seconds.size() > Seconds)
        m_seconds.removeFirst();
    updateTop();
    setAccessibleDescription(summaryText());
    update();
}

void RateChart::updateTop()
{
    QHash<quint32, qint64> totals;
    m_peak = 0;
    for (const Second& second : std::as_const(m_seconds)) {
        for (auto it = second.byType.constBegin(); it != second.byType.constEnd(); ++it)
            totals[it.key()] += it.value();
        m_peak = std::max(m_peak, second.total);
    }
    QVector<quint32> ids = totals.keys().toVector();
    std::sort(ids.begin(), ids.end(), [&totals](quint32 a, quint32 b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    if (ids.size() > TopTypes)
        ids.resize(TopTypes);
    m_top = ids;
    m_topNames.clear();
    for (const quint32 id : std::as_const(m_top)) {
        const QString name = m_store && id != 0 ? m_store->text(id) : QString();
        m_topNames.append(name.isEmpty() ? tr("(no type)") : name);
    }
}

int RateChart::lastSecondTotal() const
{
    return m_seconds.isEmpty() ? 0 : m_seconds.constLast().total;
}

QStringList RateChart::legend() const
{
    QStringList names = m_topNames;
    names.append(tr("other"));
    return names;
}

QString RateChart::summaryText() const
{
    return tr("%n event(s) in the last second", nullptr, lastSecondTotal());
}

QSize RateChart::sizeHint() const
{
    // Room for the legend: the top types and "other", one line each.
    return {600, fontMetrics().height() * (TopTypes + 1) + 8};
}

QSize RateChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

void RateChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& colours = palette();
    painter.fillRect(rect(), colours.base());
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;

    // Legend on the right, one line per type.
    int legendWidth = 0;
    const QStringList names = legend();
    for (const QString& name : names)
        legendWidth = std::max(legendWidth, metrics.horizontalAdvance(name));
    legendWidth = std::min(legendWidth + metrics.height() + 12, width() / 3);
    const int lineHeight = metrics.height();
    int y = 4;
    for (int i = 0; i < names.size() && y + lineHeight <= height(); ++i, y += lineHeight) {
        const int colour = i < m_top.size() ? i : TopTypes;
        const QRect swatch(width() - legendWidth, y + lineHeight / 4, lineHeight / 2,
                           lineHeight / 2);
        painter.fillRect(swatch, colourOf(colour));
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(
                QRect(swatch.right() + 6, y, legendWidth - lineHeight, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(names.at(i), Qt::ElideRight, legendWidth - lineHeight - 6));
    }

    // Bars: one per second, newest on the right, stacked busiest type first.
    const QString peakText = tr("%1/s").arg(locale.toString(m_peak));
    const int axisWidth = metrics.horizontalAdvance(peakText) + 6;
    const QRect plot(axisWidth, 4, width() - legendWidth - axisWidth - 8, height() - 8);
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(colours.color(QPalette::PlaceholderText));
    painter.drawText(QRect(0, plot.top(), axisWidth - 4, lineHeight), Qt::AlignRight, peakText);
    painter.drawText(QRect(0, plot.bottom() - lineHeight, axisWidth - 4, lineHeight),
                     Qt::AlignRight, QStringLiteral("0"));
    if (m_peak <= 0 || plot.width() <= 0)
        return;

    const double barWidth = static_cast<double>(plot.width()) / Seconds;
    const double scale = static_cast<double>(plot.height()) / m_peak;
    for (int i = 0; i < m_seconds.size(); ++i) {
        const Second& second = m_seconds.at(i);
        const double x = plot.left() + (Seconds - m_seconds.size() + i) * barWidth;
        double base = plot.bottom();
        int counted = 0;
        for (int t = 0; t <= m_top.size(); ++t) {
            const int count =
                    t < m_top.size() ? second.byType.value(m_top.at(t)) : second.total - counted;
            counted += t < m_top.size() ? count : 0;
            if (count <= 0)
                continue;
            const double h = count * scale;
            painter.fillRect(QRectF(x + 0.5, base - h, std::max(1.0, barWidth - 1.0), h),
                             colourOf(t < m_top.size() ? t : TopTypes));
            base -= h;
        }
    }
}

} // namespace lc
