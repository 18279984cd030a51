// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>

#include "api/ApiClient.h"
#include "demo/DemoServer.h"
#include "sync/ConfigLoader.h"
#include "sync/SyncApi.h"
#include "sync/SyncPlan.h"
#include "sync/SyncPusher.h"
#include "sync/SyncView.h"

namespace lc {

namespace {

const char* verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

bool fetchState(SyncApi& api, OrgState* state)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&api, &SyncApi::fetched, &loop, [&](const OrgState& fetched) {
        *state = fetched;
        ok = true;
        loop.quit();
    });
    QObject::connect(&api, &SyncApi::fetchFailed, &loop, [&](const ApiError&) { loop.quit(); });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    api.fetch(true, true, true);
    loop.exec();
    return ok;
}

// Pushes the plan; returns the seconds it took, or -1 when an item failed.
double push(SyncApi& api, const SyncPlan& plan, int concurrency)
{
    SyncPusher pusher(&api);
    QEventLoop loop;
    QObject::connect(&pusher, &SyncPusher::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    pusher.apply(plan, {}, concurrency);
    if (pusher.isRunning())
        loop.exec();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return pusher.failures() == 0 ? seconds : -1;
}

} // namespace

SyncBench::SyncBench(const QString& rulesDir)
    : m_rulesDir(rulesDir)
{}

bool SyncBench::control(DemoServer& emulator, const QByteArray& method, const QString& path,
                        const QByteArray& body, QString* error)
{
    QString base = emulator.info().value(QStringLiteral("api")).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok)
        *error = path + QStringLiteral(": ") + reply->errorString();
    reply->deleteLater();
    return ok;
}

int SyncBench::run()
{
    QTextStream out(stdout);
    DemoServer emulator;
    emulator.setExtraArguments({QStringLiteral("--sensors"), QStringLiteral("10")});
    emulator.start();
    if (!emulator.waitForReady(60'000)) {
        out << "sync benchmark: " << emulator.errorString() << Qt::endl;
        return 2;
    }
    ApiClient client;
    client.setEndpoints(emulator.endpoints());
    client.setCredentials(emulator.oid(), {}, emulator.apiKey());
    SyncApi api(&client);

    QString error;
    const SyncConfig pack = ConfigLoader::load(m_rulesDir);
    if (pack.hasErrors() || pack.items.isEmpty()) {
        out << "sync benchmark: the rule pack in " << m_rulesDir << " did not load" << Qt::endl;
        return 2;
    }
    const auto count = pack.items.size();
    out << "sync benchmark: " << count << " community rules" << Qt::endl;

    // (2) Push, 5 ms per request: one at a time, then 8 at a time, each into an empty org.
    bool ok = control(emulator, "POST", QStringLiteral("/_emulator/rules"), "{}", &error)
              && control(emulator, "POST", QStringLiteral("/_emulator/faults"),
                         R"({"latency_ms": 5})", &error);
    OrgState empty;
    ok = ok && fetchState(api, &empty);
    const SyncPlan plan = SyncPlan::build(pack, empty, {});
    const double serial = ok ? push(api, plan, 1) : -1;
    ok = ok && serial > 0
         && control(emulator, "POST", QStringLiteral("/_emulator/rules"), "{}", &error);
    const double concurrent = ok ? push(api, plan, 8) : -1;
    ok = ok && concurrent > 0
         && control(emulator, "POST", QStringLiteral("/_emulator/faults"), R"({"latency_ms": 0})",
                    &error);
    if (!ok) {
        out << "  push failed: " << error << Qt::endl;
        return 1;
    }
    const double speedup = serial / concurrent;
    const bool pushPass = speedup >= 5.0;
    out << "  push of " << plan.writeCount() << " rules, 5 ms added per request: one at a time "
        << QString::number(serial, 'f', 2) << " s, 8 at a time "
        << QString::number(concurrent, 'f', 2) << " s: " << QString::number(speedup, 'f', 1)
        << " x faster (target >= 5 x) " << verdict(pushPass) << Qt::endl;

    // (1) Dry-run end to end against the organisation holding them: load, read, plan.
    double best = 0;
    double loadMs = 0;
    double readMs = 0;
    double planMs = 0;
    int same = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const SyncConfig config = ConfigLoader::load(m_rulesDir);
        const qint64 loaded = timer.nsecsElapsed();
        OrgState org;
        if (!fetchState(api, &org)) {
            out << "  dry-run: the organisation could not be read" << Qt::endl;
            return 1;
        }
        const qint64 read = timer.nsecsElapsed();
        const SyncPlan dry = SyncPlan::build(config, org, {});
        const qint64 planned = timer.nsecsElapsed();
        const double seconds = static_cast<double>(planned) / 1e9;
        if (round == 0 || seconds < best) {
            best = seconds;
            loadMs = static_cast<double>(loaded) / 1e6;
            readMs = static_cast<double>(read - loaded) / 1e6;
            planMs = static_cast<double>(planned - read) / 1e6;
        }
        same = dry.count(PlanEntry::Action::Same);
    }
    const bool dryPass = best < 1.0 && same == count;
    out << "  dry-run of " << count << " rules against an org holding them (load, read, plan): "
        << QString::number(best * 1000, 'f', 0) << " ms (load " << QString::number(loadMs, 'f', 0)
        << ", read " << QString::number(readMs, 'f', 0) << ", plan "
        << QString::number(planMs, 'f', 0) << "), " << same
        << " unchanged (target < 1000 ms, all unchanged) " << verdict(dryPass) << Qt::endl;
    // (3) The Rules tab opening on the plan of the whole pack against an empty organisation
    // (every rule an addition, all shown): model, expanded tree and one painted frame.
    SyncView view;
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    const SyncConfig config = ConfigLoader::load(m_rulesDir);
    double showBest = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!view.showPlanOf(config, OrgState())) {
            out << "  view: the plan was not shown" << Qt::endl;
            return 1;
        }
        view.repaint();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        showBest = round == 0 ? ms : std::min(showBest, ms);
    }
    const bool viewPass = showBest < 200;
    out << "  Rules tab opening on a plan of " << config.items.size()
        << " additions (model, tree, one frame): " << QString::number(showBest, 'f', 0)
        << " ms (target < 200 ms) " << verdict(viewPass) << Qt::endl;

    return pushPass && dryPass && viewPass ? 0 : 1;
}

} // namespace lc
