// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "investigate/SpotCheckHit.h"
#include "investigate/SpotCheckOptions.h"

namespace lc {

class ApiClient;
class Investigation;
class SensorRequest;
class SensorStore;

// An organisation-wide search for indicators of compromise (reference §9). Each sensor is
// filtered by platform and tags, asked whether it is online, and then sent the indicators'
// tasks over one investigation; offline sensors are asked again every recheck interval until
// the offline wait runs out. At most `concurrency` sensors are worked on at once. Hits are
// reported as they arrive; the run always ends, with every sensor in a final state.
class SpotCheck : public QObject
{
    Q_OBJECT

public:
    enum class SensorState
    {
        Filtered,      // left out by the platform or tag filters
        NotApplicable, // no indicator applies to its platform (registry on Linux)
        Pending,
        Checking,
        Offline, // waiting for the next online check
        Checked,
        Failed,
        NeverOnline,
        Cancelled,
    };
    Q_ENUM(SensorState)

    struct SensorEntry
    {
        SpotCheckTarget target;
        SensorState state = SensorState::Pending;
        QString error;
        int onlineChecks = 0;
        int hits = 0;
        // Where the check resumes when the sensor dropped off in the middle.
        int nextIndicator = 0;
        quint8 platform = 0;
    };

    struct Counts
    {
        int total = 0;
        int filtered = 0; // Filtered and NotApplicable
        int pending = 0;
        int checking = 0;
        int offline = 0;
        int checked = 0;
        int failed = 0;
        int neverOnline = 0;
        int cancelled = 0;
        int hits = 0;
    };

    explicit SpotCheck(ApiClient* client, QObject* parent = nullptr);
    ~SpotCheck() override;

    // The indicators' problems (each names its indicator), after loading YARA rule files.
    // The run goes on with the indicators that passed.
    static QStringList validate(QList<Indicator>& indicators);
    static QList<SpotCheckTarget> targetsFrom(const SensorStore& store);
    static QString stateName(SensorState state);

    // False (with error()) when no indicator is usable or the options make no sense;
    // nothing is sent then.
    bool start(const QList<SpotCheckTarget>& targets, const SpotCheckOptions& options);
    void stop();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QStringList rejected() const { return m_rejected; }
    const SpotCheckOptions& options() const { return m_options; }
    const QList<SensorEntry>& sensors() const { return m_sensors; }
    const QList<SpotCheckHit>& hits() const { return m_hits; }
    Counts counts() const;
    QString investigationId() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The most sensors worked on at the same time during the run.
    int peakConcurrency() const { return m_peak; }

    QJsonObject toJson() const;
    QByteArray hitsCsv() const;
    QByteArray sensorsCsv() const;

signals:
    void sensorChanged(int index);
    void hitFound(const lc::SpotCheckHit& hit);
    void progress();
    void finished();

private:
    void pump();
    void checkOnline(int index);
    void onOffline(int index);
    void runIndicator(int index);
    void indicatorDone(int index);
    void sensorFailed(int index, SensorRequest* request);
    void onFirstReply(int index, SensorRequest* request);
    void yaraFiles(int index, QList<QJsonObject> files);
    void addHit(int index, const QString& path, qint64 size, const QString& sha256,
                const QJsonObject& details);
    SensorRequest* send(int index, const QString& task);
    void setState(int index, SensorState state, const QString& error = {});
    void finishIfDone();
    bool passesFilters(const SensorEntry& entry) const;
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    ApiClient* m_client;
    Investigation* m_investigation = nullptr;
    SpotCheckOptions m_options;
    QStringList m_rejected;
    QString m_error;
    QList<SensorEntry> m_sensors;
    QList<int> m_queue;
    QList<SpotCheckHit> m_hits;
    QList<qint64> m_sensorDeadlines;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    int m_active = 0;
    int m_peak = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace lc
