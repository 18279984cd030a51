// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

// Collects the reasons to stop: SIGINT/SIGTERM, and stdin reaching end of file (the desktop
// app keeps a pipe to the emulator's stdin, so the emulator dies with its parent).
class ShutdownSignal
{
public:
    // Must run before any thread starts, so every thread inherits the blocked signal mask and
    // only the watcher thread receives the signals.
    static void blockSignals();

    static std::shared_ptr<ShutdownSignal> create();

    void watchSignals();
    void watchStdin();
    void trigger(const std::string& reason);
    std::string wait();

private:
    ShutdownSignal() = default;

    std::weak_ptr<ShutdownSignal> m_self;
    std::mutex m_mutex;
    std::condition_variable m_condition;
    bool m_triggered = false;
    std::string m_reason;
};
