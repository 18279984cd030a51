// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticLog.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

#include <atomic>
#include <cstdio>
#include <deque>
#include <memory>

#include "LogFile.h"
#include "LogScrubber.h"

namespace lc {

namespace {

const char* const LevelVariable = "LCDESK_LOG_LEVEL";
const QString LevelSetting = QStringLiteral("diagnostics/logLevel");

struct LogState
{
    QMutex mutex;
    bool installed = false;
    // Read without the mutex by a message logged while the mutex is held (a write that warns).
    std::atomic<QtMessageHandler> previous{nullptr};
    DiagnosticLog::Options options;
    std::unique_ptr<LogFile> file;
    std::deque<QString> recent;
};

LogState& state()
{
    static LogState instance;
    return instance;
}

// Whether a message of this type is kept at this level. Fatal and critical always are.
bool passes(QtMsgType type, DiagnosticLog::Level level)
{
    switch (type) {
    case QtDebugMsg:
        return level >= DiagnosticLog::Level::Debug;
    case QtInfoMsg:
        return level >= DiagnosticLog::Level::Info;
    case QtWarningMsg:
        return level >= DiagnosticLog::Level::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return true;
    }
    return true;
}

QChar typeLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1Char('D');
    case QtInfoMsg:
        return QLatin1Char('I');
    case QtWarningMsg:
        return QLatin1Char('W');
    case QtCriticalMsg:
        return QLatin1Char('C');
    case QtFatalMsg:
        return QLatin1Char('F');
    }
    return QLatin1Char('?');
}

bool isNamedCategory(const char* category)
{
    return category != nullptr && qstrncmp(category, "lc.", 3) == 0;
}

// The named categories are enabled at the level; with Off they keep their defaults.
void applyRules(DiagnosticLog::Level level)
{
    QString rules;
    if (level == DiagnosticLog::Level::Debug)
        rules = QStringLiteral("lc.*.debug=true");
    else if (level == DiagnosticLog::Level::Warning)
        rules = QStringLiteral("lc.*.debug=false\nlc.*.info=false");
    else
        rules = QStringLiteral("lc.*.debug=false");
    QLoggingCategory::setFilterRules(rules);
}

void openFile(LogState& log)
{
    log.file.reset();
    if (log.options.level == DiagnosticLog::Level::Off)
        return;
    const QString directory = log.options.directory.isEmpty() ? DiagnosticLog::defaultDirectory()
                                                              : log.options.directory;
    log.file = std::make_unique<LogFile>(directory + QLatin1Char('/') + DiagnosticLog::fileName(),
                                         log.options.maxBytes, log.options.maxFiles);
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // Writing the file can itself warn (a full disk); that warning must not come back here.
    thread_local bool handling = false;
    LogState& log = state();
    const QtMessageHandler previous = log.previous.load();
    bool echo = true;
    if (!handling) {
        handling = true;
        QMutexLocker locker(&log.mutex);
        echo = log.options.echoNamedCategories || !isNamedCategory(context.category);
        // With the file off, the recent lines still collect what the categories let through.
        if (passes(type, log.options.level) || log.options.level == DiagnosticLog::Level::Off) {
            const QString category = context.category ? QString::fromLatin1(context.category)
                                                      : QStringLiteral("default");
            QString text = LogScrubber::scrub(message);
            text.replace(QLatin1Char('\n'), QLatin1String("\n    "));
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                                 + QLatin1Char(' ') + typeLetter(type) + QLatin1Char(' ') + category
                                 + QLatin1String(": ") + text;
            log.recent.push_back(line);
            while (log.recent.size() > static_cast<size_t>(std::max(log.options.recentLines, 1)))
                log.recent.pop_front();
            if (log.file)
                log.file->writeLine(line);
        }
        handling = false;
    }

    if (!echo && type != QtFatalMsg)
        return;
    if (previous) {
        previous(type, context, message);
    } else {
        // Only in the moment install() is between handlers.
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')),
                   stderr);
    }
}

} // namespace

void DiagnosticLog::install(const Options& options)
{
    LogState& log = state();
    {
        QMutexLocker locker(&log.mutex);
        log.options = options;
        openFile(log);
    }
    applyRules(options.level);
    if (!log.installed) {
        QMutexLocker locker(&log.mutex);
        log.installed = true;
        log.previous = qInstallMessageHandler(handleMessage);
    }
}

void DiagnosticLog::uninstall()
{
    LogState& log = state();
    if (!log.installed)
        return;
    qInstallMessageHandler(log.previous.load());
    QMutexLocker locker(&log.mutex);
    log.installed = false;
    log.previous = nullptr;
    log.file.reset();
    log.recent.clear();
}

bool DiagnosticLog::isInstalled()
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    return log.installed;
}

void DiagnosticLog::setLevel(Level level)
{
    LogState& log = state();
    {
        QMutexLocker locker(&log.mutex);
        if (log.options.level == level)
            return;
        const bool hadFile = log.file != nullptr;
        log.options.level = level;
        if (level == Level::Off || !hadFile)
            openFile(log);
    }
    applyRules(level);
}

DiagnosticLog::Level DiagnosticLog::level()
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    return log.options.level;
}

QString DiagnosticLog::filePath()
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    return log.installed && log.file ? log.file->path() : QString();
}

QStringList DiagnosticLog::recentLines(int count)
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    QStringList lines;
    const int available = static_cast<int>(log.recent.size());
    for (int index = std::max(0, available - count); index < available; ++index)
        lines << log.recent[static_cast<size_t>(index)];
    return lines;
}

QString DiagnosticLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/logs");
}

DiagnosticLog::Level DiagnosticLog::configuredLevel(bool commandLine)
{
    if (qEnvironmentVariableIsSet(LevelVariable)) {
        if (const std::optional<Level> level = parseLevel(qEnvironmentVariable(LevelVariable)))
            return *level;
    }
    return commandLine ? Level::Off : savedLevel();
}

DiagnosticLog::Level DiagnosticLog::savedLevel()
{
    const QString name = QSettings().value(LevelSetting).toString();
    return parseLevel(name).value_or(Level::Info);
}

void DiagnosticLog::saveLevel(Level level)
{
    QSettings().setValue(LevelSetting, levelName(level));
}

QString DiagnosticLog::levelName(Level level)
{
    switch (level) {
    case Level::Off:
        return QStringLiteral("off");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Debug:
        return QStringLiteral("debug");
    }
    return QStringLiteral("info");
}

std::optional<DiagnosticLog::Level> DiagnosticLog::parseLevel(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (Level level : {Level::Off, Level::Warning, Level::Info, Level::Debug}) {
        if (key == levelName(level))
            return level;
    }
    if (key == QLatin1String("warn") || key == QLatin1String("warnings"))
        return Level::Warning;
    return std::nullopt;
}

} // namespace lc
