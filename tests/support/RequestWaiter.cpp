// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestWaiter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include "api/ApiRequest.h"

namespace lctest {

RequestOutcome RequestWaiter::wait(lc::ApiRequest* request, int timeoutMs)
{
    return waitAll({request}, timeoutMs).value(0);
}

QList<RequestOutcome> RequestWaiter::waitAll(const QList<lc::ApiRequest*>& requests, int timeoutMs)
{
    QList<RequestOutcome> outcomes(requests.size());
    QList<QPointer<lc::ApiRequest>> guards;
    QElapsedTimer clock;
    clock.start();

    QEventLoop loop;
    // Owns the connections, so nothing is written into `outcomes` after we return.
    QObject context;
    int pending = 0;
    for (int i = 0; i < requests.size(); ++i) {
        lc::ApiRequest* request = requests.at(i);
        guards.append(request);
        if (!request)
            continue;
        ++pending;
        QObject::connect(request, &lc::ApiRequest::finished, &context,
                         [&outcomes, &pending, &loop, &clock, request, i] {
                             RequestOutcome& outcome = outcomes[i];
                             ++outcome.finishedSignals;
                             if (outcome.finished)
                                 return;
                             outcome.finished = true;
                             outcome.error = request->error();
                             outcome.httpStatus = request->httpStatus();
                             outcome.body = request->body();
                             outcome.attempts = request->attempts();
                             outcome.elapsedMs = clock.elapsed();
                             if (--pending == 0)
                                 loop.quit();
                         });
    }

    if (pending > 0) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }

    // Give a request that wrongly emits finished() twice the chance to show it.
    QEventLoop settle;
    QTimer::singleShot(0, &settle, &QEventLoop::quit);
    settle.exec();

    for (int i = 0; i < guards.size(); ++i) {
        if (guards.at(i) && !outcomes.at(i).finished) {
            QObject::disconnect(guards.at(i), nullptr, &context, nullptr);
            guards.at(i)->cancel();
        }
    }
    return outcomes;
}

} // namespace lctest
