// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <sys/types.h>
#include <vector>

// Runs lcdesk-emulator as a child process for one test and stops it again. The child's stdin
// is a pipe, so the emulator also exits if the test process dies.
class EmulatorProcess
{
public:
    EmulatorProcess(std::string binary, std::vector<std::string> arguments);
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess&) = delete;
    EmulatorProcess& operator=(const EmulatorProcess&) = delete;

    bool start(std::string& error);
    void stop();

    const nlohmann::json& ready() const { return m_ready; }
    // The string member `key`, or "" (json::value() trips GCC's -Wnull-dereference at -O2).
    static std::string text(const nlohmann::json& object, const std::string& key);
    std::string host(const std::string& listener) const;
    int port(const std::string& listener) const;

private:
    std::string m_binary;
    std::vector<std::string> m_arguments;
    pid_t m_pid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    nlohmann::json m_ready;
};
