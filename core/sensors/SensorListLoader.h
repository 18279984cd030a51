// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "api/ApiError.h"
#include "sensors/SensorInfo.h"
#include "sensors/SensorListQuery.h"
#include "sensors/SensorPage.h"

namespace lc {

class ApiClient;
class ApiRequest;
class SensorStore;

// Loads the whole sensor list into a store: every page (parsed off the GUI thread), then
// the online state and the tags of every sensor. Progress is reported per page.
class SensorListLoader : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Pages,
        Details,
        Done
    };
    Q_ENUM(Phase)

    SensorListLoader(ApiClient* client, SensorStore* store, QObject* parent = nullptr);

    // With details off only the pages are loaded (the command line and the benchmark).
    void start(const SensorListQuery& query = {}, bool withDetails = true);
    void cancel();
    bool isRunning() const { return m_phase == Phase::Pages || m_phase == Phase::Details; }
    Phase phase() const { return m_phase; }
    int pagesLoaded() const { return m_pages; }
    int sensorsLoaded() const { return m_sensors; }
    const ApiError& error() const { return m_error; }

    // Sids per online-state request; the form body stays well under server limits.
    static constexpr int onlineBatchSize = 500;
    static constexpr int maxParallelDetails = 4;

signals:
    void progress(int sensorsLoaded, int pagesLoaded);
    void pagesFinished(int sensorsLoaded);
    void finished(const lc::ApiError& error);

private:
    void requestPage(const QString& token);
    void applyParsedPages();
    void startDetails();
    void pumpDetails();
    void detailDone(const ApiError& error);
    void finish(const ApiError& error);

    ApiClient* m_client;
    SensorStore* m_store;
    SensorListQuery m_query;
    bool m_withDetails = true;
    Phase m_phase = Phase::Idle;
    quint64 m_run = 0;
    QPointer<ApiRequest> m_pageRequest;
    QSet<QString> m_seenTokens;
    // Pages are numbered as requested; parsed ones wait here until their turn.
    int m_requested = 0;
    int m_applied = 0;
    bool m_lastRequested = false;
    QMap<int, SensorPage> m_parsed;
    int m_pages = 0;
    int m_sensors = 0;
    ApiError m_error;

    // Detail phase: a queue of jobs run a few at a time.
    QList<std::function<ApiRequest*()>> m_detailJobs;
    QList<QPointer<ApiRequest>> m_detailRequests;
    int m_detailsRunning = 0;
    QHash<QString, bool> m_online;
    QHash<QString, QStringList> m_tagsBySid;
    QStringList m_detailErrors;
};

} // namespace lc
