// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShutdownSignal.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>
#include <unistd.h>

namespace {

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    return set;
}

} // namespace

void ShutdownSignal::blockSignals()
{
    // Writes to a closed TLS connection must fail with EPIPE, not kill the process.
    std::signal(SIGPIPE, SIG_IGN);
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

std::shared_ptr<ShutdownSignal> ShutdownSignal::create()
{
    std::shared_ptr<ShutdownSignal> signal(new ShutdownSignal());
    signal->m_self = signal;
    return signal;
}

void ShutdownSignal::watchSignals()
{
    std::thread([self = m_self.lock()] {
        const sigset_t set = stopSignals();
        int number = 0;
        while (sigwait(&set, &number) != 0) {
        }
        self->trigger(std::string("signal ") + strsignal(number));
    }).detach();
}

void ShutdownSignal::watchStdin()
{
    std::thread([self = m_self.lock()] {
        char buffer[256];
        for (;;) {
            const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (count == 0 || (count < 0 && errno != EINTR)) {
                break;
            }
        }
        self->trigger("stdin closed");
    }).detach();
}

void ShutdownSignal::trigger(const std::string& reason)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_triggered) {
            return;
        }
        m_triggered = true;
        m_reason = reason;
    }
    m_condition.notify_all();
}

std::string ShutdownSignal::wait()
{
    std::unique_lock lock(m_mutex);
    m_condition.wait(lock, [this] { return m_triggered; });
    return m_reason;
}
