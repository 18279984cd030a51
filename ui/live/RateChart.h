// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWidget>

namespace lc {

class EventStore;

// Events per second by type over the last 60 seconds, as stacked bars: the busiest few types
// in their own colours and the rest as "other", with a legend. Once a second it counts the
// type ids of the records the store appended since the last tick (only those, so the cost
// follows the rate, not the ring size).
class RateChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Seconds = 60;
    static constexpr int TopTypes = 6;

    explicit RateChart(QWidget* parent = nullptr);

    void setStore(EventStore* store);
    // Takes one sample now: what arrived since the last one.
    void sample();
    void clear();

    // For tests and the accessible description: the newest second's total and the legend.
    int lastSecondTotal() const;
    QStringList legend() const;
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Second
    {
        QHash<quint32, int> byType; // type string id -> records
        int total = 0;
    };

    void updateTop();

    QPointer<EventStore> m_store;
    QTimer m_timer;
    qint64 m_nextSeq = 0;
    QVector<Second> m_seconds; // oldest first, at most Seconds
    QVector<quint32> m_top;    // the busiest types over the window, busiest first
    QStringList m_topNames;
    int m_peak = 0;
};

} // namespace lc
