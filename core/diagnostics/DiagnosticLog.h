// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lc {

// The application's log: every message that passes the chosen level goes, scrubbed by
// LogScrubber, to a rotating LogFile (5 files of 2 MB, `lcdesk.log` in the app data folder's
// `logs`) and to a ring of recent lines for Copy Diagnostics, and on to the handler that was
// there before (stderr).
//
// The level applies to the named categories (lc.api, lc.auth, … in LcDesk.h) through the
// logging rules, and to every other category in the handler. It comes from LCDESK_LOG_LEVEL
// (debug, info, warning, off), else the setting, else info for the desktop; the command line
// writes a file only when LCDESK_LOG_LEVEL asks for one, and keeps lc.* lines off stderr as
// before (QT_LOGGING_RULES still brings them back).
class DiagnosticLog
{
public:
    enum class Level
    {
        Off,
        Warning,
        Info,
        Debug,
    };

    struct Options
    {
        QString directory; // empty: defaultDirectory()
        Level level = Level::Info;
        // False keeps lc.* lines off stderr (the command line's output is for scripts).
        bool echoNamedCategories = true;
        qint64 maxBytes = 2 * 1024 * 1024;
        int maxFiles = 5;
        int recentLines = 500;
    };

    // Installs the message handler; a second call replaces the options and file.
    static void install(const Options& options);
    // Restores the handler that was there before install() and closes the file.
    static void uninstall();
    static bool isInstalled();

    // Changes the level at once (rules and file); with no file yet, one is opened.
    static void setLevel(Level level);
    static Level level();
    // The file being written; empty when the level is Off or nothing is installed.
    static QString filePath();
    // The last count lines (scrubbed), oldest first, whether or not a file is written.
    static QStringList recentLines(int count);

    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("lcdesk.log"); }
    // The level LCDESK_LOG_LEVEL names, else the setting's; commandLine without the variable
    // is Off.
    static Level configuredLevel(bool commandLine);
    static Level savedLevel();
    static void saveLevel(Level level);

    static QString levelName(Level level);
    static std::optional<Level> parseLevel(const QString& name);
};

} // namespace lc
