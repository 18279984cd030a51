// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellSession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

// GNU Readline's headers use stdio's FILE without including it.
#include <readline/history.h>
#include <readline/readline.h>

#include "CliContext.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "investigate/CommandCatalog.h"
#include "investigate/Investigation.h"
#include "investigate/ResponseTable.h"
#include "investigate/SensorRequest.h"
#include "investigate/TaskLine.h"
#include "sensors/Platform.h"
#include "sensors/SensorInfo.h"

namespace lc {

namespace {

const QStringList builtins = {QStringLiteral("help"),   QStringLiteral("sensor"),
                              QStringLiteral("inv"),    QStringLiteral("history"),
                              QStringLiteral("status"), QStringLiteral("quit"),
                              QStringLiteral("exit")};

constexpr int maxHistory = 1000;
constexpr int maxCellChars = 48;

// Readline calls back into C functions; one shell runs per process.
ShellSession* activeShell = nullptr;
volatile std::sig_atomic_t interrupted = 0;

void onSigint(int)
{
    interrupted = 1;
}

void lineCallback(char* line)
{
    ShellSession* shell = activeShell;
    const bool eof = line == nullptr;
    const QString text = eof ? QString() : QString::fromUtf8(line);
    std::free(line);
    if (shell != nullptr)
        QMetaObject::invokeMethod(shell, "takeLine", Qt::DirectConnection, Q_ARG(QString, text),
                                  Q_ARG(bool, eof));
}

QStringList completionCandidates;

char* candidateGenerator(const char*, int state)
{
    static int next = 0;
    if (state == 0)
        next = 0;
    if (next >= completionCandidates.size())
        return nullptr;
    return strdup(completionCandidates.at(next++).toUtf8().constData());
}

char** attemptCompletion(const char*, int, int)
{
    rl_attempted_completion_over = 1;
    if (activeShell == nullptr)
        return nullptr;

    const QString line = QString::fromUtf8(rl_line_buffer);
    const int cursor = int(QString::fromUtf8(QByteArray(rl_line_buffer, rl_point)).size());
    int from = 0;
    completionCandidates = activeShell->completions(line, cursor, &from);
    return rl_completion_matches("", candidateGenerator);
}

QString clipped(const QString& text)
{
    QString single = text;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return single.size() > maxCellChars ? single.left(maxCellChars - 1) + QChar(0x2026) : single;
}

} // namespace

ShellSession::ShellSession(CliContext& context, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
    , m_interactive(::isatty(STDIN_FILENO) == 1)
{
    m_investigation = new Investigation(context.client(), settings.investigationId, this);
    connect(m_investigation, &Investigation::streamError, this,
            [this](const QString& message) { print(tr("stream: %1").arg(message), true); });

    m_historyPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + QStringLiteral("/shell_history");
    m_interruptPoll.setInterval(100);
    connect(&m_interruptPoll, &QTimer::timeout, this, &ShellSession::pollInterrupt);
}

ShellSession::~ShellSession()
{
    if (activeShell == this)
        activeShell = nullptr;
}

bool ShellSession::selectSensor(const QString& which)
{
    QStringList sids;
    if (!m_context.resolveSensors({which}, &sids) || sids.size() != 1)
        return false;

    ApiRequest* request = SensorApi(m_context.client()).info(sids.first());
    SensorInfo info;
    ApiError error;
    QObject::connect(request, &ApiRequest::finished, request, [request, &info, &error] {
        error = request->error();
        if (request->isOk())
            info = SensorInfo::fromJson(request->object().value(QLatin1String("info")).toObject());
    });
    CliContext::wait(request);
    if (!error.isOk()) {
        m_context.fail(error);
        return false;
    }

    m_sid = sids.first();
    m_hostname = info.hostname.isEmpty() ? m_sid : info.hostname;
    m_platform = CommandCatalog::platformBit(info.plat);
    print(tr("Sensor %1 (%2, %3), investigation %4")
                  .arg(m_hostname, m_sid, Platform::platformName(info.plat),
                       m_investigation->id()));
    return true;
}

QString ShellSession::promptText() const
{
    return m_sid.isEmpty() ? QStringLiteral("lcdesk> ")
                           : QStringLiteral("lcdesk %1> ").arg(m_hostname);
}

QStringList ShellSession::completions(const QString& line, int cursor, int* replaceFrom) const
{
    const CommandCatalog::Completions catalog = CommandCatalog::complete(line, cursor);
    *replaceFrom = catalog.replaceFrom;
    QStringList candidates = catalog.candidates;
    const QString before = line.left(catalog.replaceFrom).trimmed();
    if (before == QLatin1String("help") || before == QLatin1String("?")) {
        const QString prefix = line.mid(catalog.replaceFrom, cursor - catalog.replaceFrom);
        for (const QString& name : CommandCatalog::names()) {
            if (name.startsWith(prefix))
                candidates.append(name);
        }
    }
    if (before.isEmpty()) {
        const QString prefix = line.mid(catalog.replaceFrom, cursor - catalog.replaceFrom);
        for (const QString& word : builtins) {
            if (word.startsWith(prefix))
                candidates.append(word);
        }
        candidates.sort();
    }
    return candidates;
}

int ShellSession::exec()
{
    activeShell = this;
    std::signal(SIGINT, onSigint);
    m_interruptPoll.start();
    m_investigation->start();

    QEventLoop loop;
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    if (m_interactive) {
        loadHistory();
        rl_attempted_completion_function = attemptCompletion;
        rl_catch_signals = 0;
        print(tr("Type help for commands, Tab to complete, Ctrl-D to leave."));
        prompt();
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, [this] {
            if (m_atPrompt)
                rl_callback_read_char();
        });
    } else {
        QTimer::singleShot(0, this, &ShellSession::readNext);
    }

    while (!m_done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    if (m_interactive) {
        if (m_atPrompt)
            rl_callback_handler_remove();
        m_atPrompt = false;
        saveHistory();
    }
    m_interruptPoll.stop();
    std::signal(SIGINT, SIG_DFL);
    activeShell = nullptr;
    return m_exitCode != 0 ? m_exitCode : (m_failures > 0 ? CliContext::Failure : 0);
}

void ShellSession::takeLine(const QString& line, bool eof)
{
    if (eof) {
        if (m_interactive)
            std::fputs("\n", stdout);
        quit(0);
        return;
    }
    const QString entry = line.trimmed();
    if (m_interactive && !entry.isEmpty() && m_confirming.isEmpty()) {
        if (m_history.isEmpty() || m_history.last() != entry) {
            add_history(entry.toUtf8().constData());
            m_history.append(entry);
        }
    }
    onLine(line);
}

void ShellSession::readNext()
{
    if (m_done)
        return;

    static QTextStream in(stdin);
    QString line;
    if (!in.readLineInto(&line)) {
        quit(0);
        return;
    }
    print(promptText() + line);
    onLine(line);
}

void ShellSession::prompt()
{
    if (m_done)
        return;
    if (!m_interactive) {
        QTimer::singleShot(0, this, &ShellSession::readNext);
        return;
    }
    const QByteArray text =
            (m_confirming.isEmpty() ? promptText()
                                    : tr("Run \"%1\" on %2? It changes the host. [y/N] ")
                                              .arg(m_confirming, m_hostname))
                    .toUtf8();
    rl_callback_handler_install(text.constData(), lineCallback);
    m_atPrompt = true;

    // Typed-ahead input waits in the terminal until the next prompt: Readline must not be
    // fed while no line handler is installed.
    if (m_stdin != nullptr)
        m_stdin->setEnabled(true);
}

void ShellSession::onLine(const QString& raw)
{
    if (m_interactive && m_atPrompt) {
        rl_callback_handler_remove();
        m_atPrompt = false;
        if (m_stdin != nullptr)
            m_stdin->setEnabled(false);
    }

    if (!m_confirming.isEmpty()) {
        const QString task = std::exchange(m_confirming, {});
        if (raw.trimmed().compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
            || raw.trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0) {
            sendTask(task, Send::Confirmed);
        } else {
            print(tr("Not sent."));
            prompt();
        }
        return;
    }

    const QString line = raw.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
        prompt();
        return;
    }
    if (line.startsWith(QLatin1Char('!'))) {
        sendTask(line.mid(1).trimmed(), Send::Unchecked);
        return;
    }

    const QList<TaskLine::Token> tokens = TaskLine::tokenize(line);
    const QString word = tokens.first().text.toLower();
    if (builtins.contains(word) || word == QLatin1String("?")) {
        QStringList arguments;
        for (int i = 1; i < tokens.size(); ++i)
            arguments.append(tokens.at(i).text);
        runBuiltin(word, arguments);
        return;
    }
    sendTask(line, Send::Checked);
}

void ShellSession::runBuiltin(const QString& word, const QStringList& arguments)
{
    if (word == QLatin1String("quit") || word == QLatin1String("exit")) {
        quit(0);
        return;
    }

    if (word == QLatin1String("help") || word == QLatin1String("?")) {
        if (!arguments.isEmpty()) {
            const CommandSpec* spec = CommandCatalog::find(arguments.first());
            print(spec != nullptr ? CommandCatalog::help(*spec)
                                  : tr("Unknown command \"%1\".").arg(arguments.first()),
                  spec == nullptr);
        } else {
            QString text = tr("Built-in: sensor SID|HOSTNAME, inv [ID], status, history, "
                              "help [COMMAND], quit.\nAnything else is sent to the sensor; "
                              "start a line with ! to send it unchecked.\nSensor commands:\n");
            for (const CommandSpec& spec : CommandCatalog::commands()) {
                if (spec.supports(m_platform))
                    text += QStringLiteral("  %1%2\n")
                                    .arg(spec.name.leftJustified(22), spec.summary);
            }
            print(text.trimmed());
        }
    } else if (word == QLatin1String("sensor")) {
        if (arguments.size() != 1)
            print(tr("Usage: sensor SID|HOSTNAME"), true);
        else
            selectSensor(arguments.first());
    } else if (word == QLatin1String("inv")) {
        if (arguments.isEmpty())
            print(tr("Investigation: %1").arg(m_investigation->id()));
        else if (!m_investigation->setId(arguments.first()))
            print(Investigation::checkId(arguments.first()), true);
        else
            print(tr("Investigation: %1").arg(m_investigation->id()));
    } else if (word == QLatin1String("status")) {
        print(tr("Stream: %1; %n request(s) waiting", nullptr, m_investigation->pendingCount())
                      .arg(m_investigation->streamStateText()));
    } else if (word == QLatin1String("history")) {
        const int first = std::max(0, int(m_history.size()) - 50);
        for (int i = first; i < m_history.size(); ++i)
            print(QStringLiteral("%1  %2").arg(i + 1, 4).arg(m_history.at(i)));
    }
    prompt();
}

void ShellSession::sendTask(const QString& task, Send how)
{
    if (m_sid.isEmpty()) {
        print(tr("Choose a sensor first: sensor SID|HOSTNAME"), true);
        ++m_failures;
        prompt();
        return;
    }
    if (task.isEmpty()) {
        print(tr("Type a command after the !, for example !os_version."), true);
        ++m_failures;
        prompt();
        return;
    }

    const CommandSpec* spec = CommandCatalog::find(TaskLine::commandOf(task));
    if (how == Send::Checked) {
        const QString problem = CommandCatalog::check(task, m_platform);
        if (!problem.isEmpty()) {
            print(spec == nullptr ? problem + QLatin1Char(' ')
                                            + tr("Start the line with ! to send it anyway.")
                                  : problem,
                  true);
            ++m_failures;
            prompt();
            return;
        }
    }

    // '!' skips the catalogue's checks, never the question before changing a host.
    if (how != Send::Confirmed && spec != nullptr && spec->destructive && !m_settings.assumeYes) {
        if (!m_interactive) {
            print(tr("Not sent: %1 changes the host; pass --yes to allow it in scripts.")
                          .arg(spec->name),
                  true);
            ++m_failures;
            prompt();
            return;
        }
        m_confirming = task;
        prompt();
        return;
    }

    m_current = m_investigation->request(m_sid, task, m_settings.timeoutMs);
    m_waiting = true;
    connect(m_current, &SensorRequest::responseArrived, this, &ShellSession::onResponse);
    connect(m_current, &SensorRequest::finished, this, &ShellSession::onFinished);
    if (!m_settings.jsonLines)
        print(tr("sent as %1").arg(m_current->trackingId()));
}

void ShellSession::onResponse(int index)
{
    auto* request = qobject_cast<SensorRequest*>(sender());
    if (request == nullptr)
        return;
    const SensorResponse& response = request->responses().at(index);
    if (m_settings.jsonLines) {
        QTextStream(stdout) << response.raw << Qt::endl;
        return;
    }
    print(renderResponse(response));
}

QString ShellSession::renderResponse(const SensorResponse& response) const
{
    QString header =
            QStringLiteral("<- %1 from %2 at %3")
                    .arg(response.eventType, m_hostname,
                         response.received.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (response.late)
        header += tr(" (late)");
    if (response.errorCode() != 0) {
        header += QLatin1Char(' ') + tr("ERROR %1").arg(response.errorCode());
        if (!response.errorMessage().isEmpty())
            header += QLatin1Char(' ') + response.errorMessage();
    }

    const ResponseTable table = ResponseTable::fromEvent(response.event);
    if (!table.isValid())
        return header + QLatin1Char('\n')
               + QString::fromUtf8(QJsonDocument(response.event).toJson(QJsonDocument::Indented))
                         .trimmed();

    QList<int> widths;
    for (int column = 0; column < table.columns().size(); ++column) {
        int width = int(clipped(table.columns().at(column)).size());
        for (int row = 0; row < table.rowCount(); ++row)
            width = std::max(width, int(clipped(table.displayText(row, column)).size()));
        widths.append(width);
    }
    QStringList lines{header};
    QString line;
    for (int column = 0; column < table.columns().size(); ++column)
        line += clipped(table.columns().at(column)).leftJustified(widths.at(column) + 2);
    lines.append(line.trimmed());
    for (int row = 0; row < table.rowCount(); ++row) {
        line.clear();
        for (int column = 0; column < table.columns().size(); ++column)
            line += clipped(table.displayText(row, column)).leftJustified(widths.at(column) + 2);
        lines.append(line.trimmed());
    }
    lines.append(tr("%n row(s) of %1", nullptr, table.rowCount()).arg(table.listKey()));
    return lines.join(QLatin1Char('\n'));
}

void ShellSession::onFinished()
{
    auto* request = qobject_cast<SensorRequest*>(sender());
    if (request == nullptr || request != m_current)
        return;

    if (request->state() != SensorRequest::State::Completed) {
        print(request->statusText(), true);
        ++m_failures;
    } else if (!m_settings.jsonLines && request->responses().isEmpty()) {
        print(request->completion() == Completion::NoReply
                      ? tr("done: the sensor took the command (it sends no reply for it)")
                      : tr("done: nothing found"));
    }
    m_waiting = false;
    m_current = nullptr;

    // Late replies still print; the request lives as long as the session.
    prompt();
}

void ShellSession::pollInterrupt()
{
    if (interrupted == 0)
        return;
    interrupted = 0;

    if (m_waiting && m_current != nullptr) {
        print(tr("Stopped waiting."));
        m_current->cancel();
        return;
    }
    if (m_interactive) {
        rl_replace_line("", 0);
        std::fputs("\n", stdout);
        rl_on_new_line();
        rl_redisplay();
    } else {
        quit(130);
    }
}

void ShellSession::print(const QString& text, bool error)
{
    // Output arriving while the user types must not mangle the line being edited.
    const bool atPrompt = m_atPrompt && activeShell == this && !m_done;
    char* saved = nullptr;
    int savedPoint = 0;
    if (atPrompt) {
        savedPoint = rl_point;
        saved = rl_copy_text(0, rl_end);
        rl_save_prompt();
        rl_replace_line("", 0);
        rl_redisplay();
    }

    // With --json, stdout carries nothing but the records.
    QTextStream stream(error || m_settings.jsonLines ? stderr : stdout);
    stream << (error ? QStringLiteral("lcdesk: ") + text : text) << Qt::endl;

    if (atPrompt) {
        rl_restore_prompt();
        rl_replace_line(saved, 0);
        rl_point = savedPoint;
        rl_redisplay();
        std::free(saved);
    }
}

void ShellSession::loadHistory()
{
    QFile file(m_historyPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        m_history.append(line);
        add_history(line.toUtf8().constData());
    }
}

void ShellSession::saveHistory()
{
    if (m_history.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_historyPath).absolutePath());
    // Commands name hosts, paths and users of an investigation: readable by the user only.
    QFile file(m_historyPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int first = std::max(0, int(m_history.size()) - maxHistory);
    for (int i = first; i < m_history.size(); ++i)
        file.write(m_history.at(i).toUtf8() + '\n');
}

void ShellSession::quit(int code)
{
    m_exitCode = code;
    m_done = true;
}

} // namespace lc
