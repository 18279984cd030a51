// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopLauncher.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "MainWindow.h"
#include "session/EnvironmentCatalog.h"

namespace lc {

DesktopLauncher::DesktopLauncher() = default;

DesktopLauncher::~DesktopLauncher() = default;

bool DesktopLauncher::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("LC Desk, the desktop console for LimaCharlie. Run 'lcdesk help' for the "
               "command-line subcommands."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("demo"),
                      tr("Open the embedded demo organisation (a local emulator).")});
    parser.addOption({QStringLiteral("sensors"),
                      tr("Number of simulated sensors in the demo organisation."), tr("n")});
    parser.addOption({QStringLiteral("env"),
                      tr("Open this environment: an LC Desk environment, or one of the "
                         "credentials file."),
                      tr("name")});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "lcdesk: " << parser.errorText() << Qt::endl;
        m_exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        m_exitCode = 0;
        return false;
    }

    m_window = std::make_unique<MainWindow>();
    m_window->show();

    if (parser.isSet(QStringLiteral("demo"))) {
        // A living fleet: every minute a few demo sensors go on- or offline, as real ones do.
        QStringList emulatorArguments = {QStringLiteral("--churn"), QStringLiteral("60")};
        if (parser.isSet(QStringLiteral("sensors")))
            emulatorArguments << QStringLiteral("--sensors")
                              << parser.value(QStringLiteral("sensors"));
        m_window->openDemo(emulatorArguments);
    } else if (parser.isSet(QStringLiteral("env"))) {
        const QString name = parser.value(QStringLiteral("env"));
        // LC Desk's own environment first, then the credentials file's of that name.
        const QString lcDeskId = EnvironmentCatalog::lcDeskId(name);
        const QString fileId = QStringLiteral("file:") + name;
        const EnvironmentCatalog* catalog = m_window->catalog();
        m_window->openEntry(catalog->find(lcDeskId) || !catalog->find(fileId) ? lcDeskId : fileId);
    } else {
        m_window->openStartupEnvironment();
    }
    return true;
}

} // namespace lc
