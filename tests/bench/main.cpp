// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include "LivePipelineBench.h"
#include "LiveViewBench.h"
#include "SensorBench.h"
#include "SpoutEndToEndBench.h"
#include "SyncBench.h"
#include "api/ApiClient.h"
#include "demo/DemoServer.h"

int main(int argc, char* argv[])
{
    // The live view's stall figure shows a window, offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LC Desk sensor list benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sensors"), QStringLiteral("Fleet size."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("Sensors per page."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Interleaved rounds."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption(
            {QStringLiteral("only"),
             QStringLiteral("Run one part: sensors, live-pipeline, live-view, spout or sync."),
             QStringLiteral("part")});
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    const auto wanted = [&only](const char* part) {
        return only.isEmpty() || only == QLatin1String(part);
    };

    lc::DemoServer emulator;
    emulator.setExtraArguments(
            {QStringLiteral("--sensors"), parser.value(QStringLiteral("sensors")),
             QStringLiteral("--page-size"), parser.value(QStringLiteral("page-size"))});
    emulator.start();
    if (!emulator.waitForReady(60'000)) {
        QTextStream(stderr) << emulator.errorString() << Qt::endl;
        return 2;
    }

    lc::ApiClient client;
    client.setEndpoints(emulator.endpoints());
    client.setCredentials(emulator.oid(), {}, emulator.apiKey());

    int result = 0;
    if (wanted("sensors"))
        result |= lc::SensorBench(&client, parser.value(QStringLiteral("rounds")).toInt()).run();
    if (wanted("live-pipeline"))
        result |= lc::LivePipelineBench().run();
    if (wanted("live-view"))
        result |= lc::LiveViewBench().run();
    if (wanted("spout"))
        result |= lc::SpoutEndToEndBench().run();
    if (wanted("sync"))
        result |= lc::SyncBench(QStringLiteral(LCDESK_RULES_DIR)).run();
    return result;
}
