// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "sync/SyncPlan.h"

namespace lc {

class SyncApi;

// Applies the writing entries of a plan with a few requests in flight at once (each waits out
// the API's rate limit by itself), one result per entry; a failure never stops the others.
// A move writes the rule in its new namespace first and removes the old copy only after that
// succeeded, so a failure never loses a rule. Running the same plan again after a partial
// failure converges: every write is a create-or-replace.
class SyncPusher : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int entry = -1; // index in the plan
        bool ok = false;
        QString message; // what failed, or what was only half done
    };

    explicit SyncPusher(SyncApi* api, QObject* parent = nullptr);

    // Applies plan.entries[i] for each i in indexes (all writing entries when empty).
    void apply(const SyncPlan& plan, const QList<int>& indexes = {}, int concurrency = 8);
    void cancel();

    bool isRunning() const;
    const QList<Result>& results() const;
    int failures() const;

signals:
    void progress(int done, int total);
    void entryFinished(const SyncPusher::Result& result);
    void finished();

private:
    void startNext();
    void done(int entry, bool ok, const QString& message);

    SyncApi* m_api;
    QList<PlanEntry> m_entries;
    QList<int> m_queue;
    QList<Result> m_results;
    int m_total = 0;
    int m_inFlight = 0;
    int m_concurrency = 8;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lc
