// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QSocketNotifier;

namespace lc {

class CliContext;
class Investigation;
class SensorRequest;
struct SensorResponse;

// The loop behind `lcdesk shell`: reads command lines (GNU Readline on a terminal, plain
// lines otherwise), runs built-ins locally, sends sensor commands through an Investigation
// and prints each reply as it arrives. One command runs at a time; Ctrl-C stops waiting for
// it, Ctrl-D or `quit` leaves.
class ShellSession : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString investigationId;
        bool assumeYes = false; // destructive commands without asking (scripts)
        bool jsonLines = false; // each reply as one raw JSON line
        int timeoutMs = -1;     // per command; -1 = the catalogue's
    };

    ShellSession(CliContext& context, const Settings& settings, QObject* parent = nullptr);
    ~ShellSession() override;

    // Chooses the sensor (sid or exact hostname); prints why not and returns false.
    bool selectSensor(const QString& which);
    // Runs until the input ends or `quit`; returns the exit code.
    int exec();

    // Completion candidates for a line at a cursor position (built-ins, commands, flags).
    QStringList completions(const QString& line, int cursor, int* replaceFrom) const;

private slots:
    // A line from Readline (eof: Ctrl-D).
    void takeLine(const QString& line, bool eof);

private:
    void onLine(const QString& line);
    void runBuiltin(const QString& word, const QStringList& arguments);
    enum class Send
    {
        Checked,   // the catalogue's checks, then the question for a host-changing command
        Unchecked, // a '!' line: only the question
        Confirmed, // answered yes
    };
    void sendTask(const QString& task, Send how);
    void onResponse(int index);
    void onFinished();
    void readNext();
    void prompt();
    void print(const QString& text, bool error = false);
    QString renderResponse(const SensorResponse& response) const;
    QString promptText() const;
    void pollInterrupt();
    void loadHistory();
    void saveHistory();
    void quit(int code);

    CliContext& m_context;
    Settings m_settings;
    Investigation* m_investigation = nullptr;
    QString m_sid;
    QString m_hostname;
    quint8 m_platform = 0;
    bool m_interactive = false;
    bool m_waiting = false;
    // Readline's line handler is installed: output must not break the line being edited.
    bool m_atPrompt = false;
    QString m_confirming; // a destructive task waiting for "y"
    QPointer<SensorRequest> m_current;
    QSocketNotifier* m_stdin = nullptr;
    QTimer m_interruptPoll;
    QStringList m_history;
    QString m_historyPath;
    int m_exitCode = 0;
    bool m_done = false;
    int m_failures = 0;
};

} // namespace lc
