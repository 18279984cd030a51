// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace lc {

// SIGINT and SIGTERM turned into a callback on the event loop (the self-pipe pattern), so a
// command-line run that is interrupted can stop cleanly and still report. One at a time; the
// previous handlers come back when it is destroyed.
class SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void()> handler);
    ~SignalWatcher();

    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

private:
    std::function<void()> m_handler;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

} // namespace lc
