// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "CliCommands.h"
#include "DesktopLauncher.h"
#include "TranslationLoader.h"

namespace lc {

int Application::run(int argc, char* argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "lcdesk " << LCDESK_VERSION << Qt::endl;
        return 0;
    }
    if (CliCommands::isSubcommand(first))
        return runCommandLine(argc, argv);
    // Help and mistyped commands are answered on the terminal, without opening a window
    // (or failing for want of a display).
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
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
    return runDesktop(argc, argv);
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
    installTranslations(app);

    DesktopLauncher launcher;
    if (!launcher.start(QCoreApplication::arguments()))
        return launcher.exitCode();
    return QApplication::exec();
}

} // namespace lc
