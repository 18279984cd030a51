// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorProcess.h"

#include <chrono>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

EmulatorProcess::EmulatorProcess(std::string binary, std::vector<std::string> arguments)
    : m_binary(std::move(binary))
    , m_arguments(std::move(arguments))
{}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(std::string& error)
{
    int input[2];
    int output[2];
    if (pipe(input) != 0 || pipe(output) != 0) {
        error = "pipe failed";
        return false;
    }
    std::vector<std::string> all = {m_binary, "--quiet", "--exit-on-stdin-close"};
    all.insert(all.end(), m_arguments.begin(), m_arguments.end());
    m_pid = fork();
    if (m_pid == 0) {
        dup2(input[0], STDIN_FILENO);
        dup2(output[1], STDOUT_FILENO);
        close(input[1]);
        close(output[0]);
        std::vector<char*> argv;
        for (std::string& item : all) {
            argv.push_back(item.data());
        }
        argv.push_back(nullptr);
        execv(m_binary.c_str(), argv.data());
        _exit(127);
    }
    close(input[0]);
    close(output[1]);
    m_stdin = input[1];
    m_stdout = output[0];
    if (m_pid < 0) {
        error = "fork failed";
        return false;
    }

    // The ready line is the first line on stdout.
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (line.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
        pollfd descriptor{m_stdout, POLLIN, 0};
        if (left.count() <= 0 || poll(&descriptor, 1, static_cast<int>(left.count())) <= 0) {
            error = "no ready line within 10 s";
            return false;
        }
        char buffer[4096];
        const ssize_t count = read(m_stdout, buffer, sizeof buffer);
        if (count <= 0) {
            error = "emulator exited before it was ready";
            return false;
        }
        line.append(buffer, static_cast<std::size_t>(count));
    }
    m_ready = nlohmann::json::parse(line.substr(0, line.find('\n')), nullptr, false);
    if (!m_ready.is_object() || text(m_ready, "event") != "ready") {
        error = "bad ready line: " + line;
        return false;
    }
    return true;
}

void EmulatorProcess::stop()
{
    if (m_stdin >= 0) {
        close(m_stdin); // --exit-on-stdin-close makes this a clean shutdown
        m_stdin = -1;
    }
    if (m_pid > 0) {
        int status = 0;
        bool exited = false;
        for (int i = 0; i < 100 && !exited; ++i) {
            exited = waitpid(m_pid, &status, WNOHANG) == m_pid;
            if (!exited) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        if (!exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
        }
        m_pid = -1;
    }
    if (m_stdout >= 0) {
        close(m_stdout);
        m_stdout = -1;
    }
}

std::string EmulatorProcess::host(const std::string& listener) const
{
    const std::string url = text(m_ready, listener);
    const std::size_t start = url.find("://") + 3;
    return url.substr(start, url.rfind(':') - start);
}

int EmulatorProcess::port(const std::string& listener) const
{
    const std::string url = text(m_ready, listener);
    return std::stoi(url.substr(url.rfind(':') + 1));
}

std::string EmulatorProcess::text(const nlohmann::json& object, const std::string& key)
{
    if (!object.is_object()) {
        return std::string();
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}
