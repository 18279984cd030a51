// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "AboutDialog.h"
#include "CliCommands.h"
#include "DesktopLauncher.h"
#include "LcDesk.h"
#include "TranslationLoader.h"
#include "diagnostics/DiagnosticLog.h"

namespace lc {

int Application::run(int argc, char* argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << versionText();
        return 0;
    }
    if (CliCommands::isSubcommand(first))
        return runCommandLine(argc, argv);
    // Help and mistyped commands are answered on the terminal, without opening a window
    // (or failing for want of a display).
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--help-all")) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return CliCommands::run({QString::fromLocal8Bit(argv[0]), QStringLiteral("help")});
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QTextStream(stderr) << "lcdesk: "
                            << QCoreApplication::translate("lc::Application",
                                                           "unknown command \"%1\"; run 'lcdesk "
                                                           "help' for the list.")
                                       .arg(first)
                            << Qt::endl;
        return 2;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a display Qt aborts with a core dump; say what to do instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QTextStream(stderr) << "lcdesk: "
                            << QCoreApplication::translate(
                                       "lc::Application",
                                       "no display to open the window on (DISPLAY and "
                                       "WAYLAND_DISPLAY are not set). Commands such as 'lcdesk "
                                       "sensors' need none; 'lcdesk help' lists them.")
                            << Qt::endl;
        return 1;
    }
#endif
    return runDesktop(argc, argv);
}

QString Application::versionText()
{
    // The first line keeps the "program version" form that scripts parse.
    return QStringLiteral("lcdesk (LC Desk) " LCDESK_VERSION "\n")
           + QCoreApplication::translate("lc::Application", "Qt %1 (built with Qt %2)\n")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
           + QCoreApplication::translate(
                   "lc::Application",
                   "Licence GPL-3.0-or-later: GNU GPL version 3 or later "
                   "<https://www.gnu.org/licenses/gpl-3.0.html>.\n"
                   "This is free software: you are free to change and redistribute it. There is "
                   "NO WARRANTY, to the extent permitted by law.\n");
}

void Application::installTranslations(QCoreApplication& app)
{
    // English plural forms, then the locale's language when LC Desk ships it.
    TranslationLoader::install(app);
}

int Application::runCommandLine(int argc, char* argv[])
{
    // No display is needed or touched on this path. Log lines stay out of the output that
    // scripts read (every failure is reported in a sentence of its own); QT_LOGGING_RULES
    // can turn them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("lc.*.info=false\nlc.*.warning=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lcdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("lcdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LCDESK_VERSION));
    // A log file only when LCDESK_LOG_LEVEL asks for one; its lines stay off stderr.
    DiagnosticLog::Options log;
    log.level = DiagnosticLog::configuredLevel(true);
    log.echoNamedCategories = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    if (log.level != DiagnosticLog::Level::Off)
        DiagnosticLog::install(log);
    installTranslations(app);
    return CliCommands::run(QCoreApplication::arguments());
}

int Application::runDesktop(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lcdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("lcdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LCDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("LC Desk"));
    // Desktops find the menu entry and icon by this name (packaging/ installs them).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lcdesk.LCDesk"));
    QApplication::setWindowIcon(AboutDialog::applicationIcon());
    DiagnosticLog::Options log;
    log.level = DiagnosticLog::configuredLevel(false);
    DiagnosticLog::install(log);
    qCInfo(lcUi).noquote() << "LC Desk" << LCDESK_VERSION << "on Qt" << qVersion();
    installTranslations(app);

    DesktopLauncher launcher;
    if (!launcher.start(QCoreApplication::arguments()))
        return launcher.exitCode();
    return QApplication::exec();
}

} // namespace lc
