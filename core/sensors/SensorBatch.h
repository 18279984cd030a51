// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <functional>

#include "api/ApiError.h"

namespace lc {

class ApiRequest;

// Runs one operation (tag, untag, task, isolate...) on many sensors, a few at a time,
// and keeps a result per sensor. One failure never stops the others.
class SensorBatch : public QObject
{
    Q_OBJECT

public:
    // Starts the calls for one sensor; the sensor's result is the first error among them.
    using Operation = std::function<QList<ApiRequest*>(const QString& sid)>;

    struct Result
    {
        QString sid;
        ApiError error;
        bool done = false;
    };

    SensorBatch(const QStringList& sids, Operation operation, QObject* parent = nullptr);

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    void start();
    void cancel();

    int total() const { return static_cast<int>(m_results.size()); }
    int completed() const { return m_completed; }
    int failed() const;
    bool isFinished() const { return m_completed == total(); }
    const QVector<Result>& results() const { return m_results; }

signals:
    void itemFinished(const QString& sid, const lc::ApiError& error);
    void progress(int completed, int total);
    void finished();

private:
    void pump();
    void itemDone(int index, const ApiError& error);

    Operation m_operation;
    QVector<Result> m_results;
    int m_next = 0;
    int m_running = 0;
    int m_completed = 0;
    int m_concurrency = 6;
    bool m_cancelled = false;
    QList<QPointer<ApiRequest>> m_requests;
};

} // namespace lc
