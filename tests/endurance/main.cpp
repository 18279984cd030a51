// SPDX-License-Identifier: GPL-3.0-or-later
// lcdesk-endurance: see EnduranceRun. Built with the tests, never installed.
#include <QApplication>
#include <QTextStream>

#include "EnduranceOptions.h"
#include "EnduranceRun.h"

int main(int argc, char* argv[])
{
    // The live view is real but nobody looks at it: the offscreen platform unless told.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("LCDESK_EMULATOR"))
        qputenv("LCDESK_EMULATOR", LCDESK_EMULATOR_PATH);
    // The checks read the English texts of the view; no translation is loaded here.
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);

    lc::EnduranceOptions options;
    QString message;
    if (!options.parse(QApplication::arguments(), &message)) {
        QTextStream(stderr) << message << Qt::endl;
        return message.startsWith(QLatin1String("Usage")) ? 0 : 2;
    }
    lc::EnduranceRun run(options);
    return run.run();
}
