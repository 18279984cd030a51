// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "EmulatorOptions.h"

class AccountDirectory;
class ApiService;
class ControlApi;
class FaultInjector;
class FeedSender;
class InvestigationControlApi;
class JwtIssuer;
class JwtService;
class Listener;
class OutputStore;
class RequestDispatcher;
class RequestLog;
class RuleControlApi;
class RuleStore;
class ScriptPlayer;
class ShutdownSignal;
class StreamControlApi;
class StreamHub;
class StreamService;
class StreamSettingsStore;
class SyslogDelivery;
class TlsIdentity;
class WriteLog;

// Owns everything and runs the emulator from start-up to a clean shutdown.
class Emulator
{
public:
    explicit Emulator(EmulatorOptions options);
    ~Emulator();
    Emulator(const Emulator&) = delete;
    Emulator& operator=(const Emulator&) = delete;

    // Returns the process exit code.
    int run(const std::shared_ptr<ShutdownSignal>& shutdown);

private:
    bool prepare(std::string& error);
    bool openListeners(std::string& error);
    bool prepareRules(std::string& error);
    std::string checkFaults(const FaultSettings& settings) const;
    nlohmann::ordered_json readyInfo() const;
    void announce() const;
    Listener* listener(ListenerRole role) const;

    EmulatorOptions m_options;
    std::unique_ptr<AccountDirectory> m_directory;
    std::unique_ptr<JwtIssuer> m_issuer;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<WriteLog> m_writes;
    std::unique_ptr<RuleStore> m_rules;
    std::unique_ptr<RuleControlApi> m_ruleControl;
    std::unique_ptr<ScriptPlayer> m_script;
    std::unique_ptr<StreamSettingsStore> m_streamSettings;
    std::unique_ptr<StreamHub> m_hub;
    std::unique_ptr<OutputStore> m_outputs;
    std::unique_ptr<SyslogDelivery> m_delivery;
    std::unique_ptr<FeedSender> m_feeder;
    std::unique_ptr<ApiService> m_api;
    std::unique_ptr<JwtService> m_jwt;
    std::unique_ptr<StreamService> m_stream;
    std::unique_ptr<StreamControlApi> m_streamControl;
    std::unique_ptr<InvestigationControlApi> m_investigation;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<TlsIdentity> m_tls;
    std::vector<std::unique_ptr<Listener>> m_listeners;
    std::int64_t m_generationMs = 0;
    std::string m_rulesOrigin; // for the banner
};
