// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emulator.h"

#include <arpa/inet.h>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "AccountDirectory.h"
#include "ApiService.h"
#include "ControlApi.h"
#include "DemoRules.h"
#include "FaultInjector.h"
#include "FeedSender.h"
#include "InvestigationControlApi.h"
#include "JwtIssuer.h"
#include "JwtService.h"
#include "Listener.h"
#include "OutputStore.h"
#include "RequestDispatcher.h"
#include "RequestLog.h"
#include "Rng.h"
#include "RuleControlApi.h"
#include "RuleStore.h"
#include "ScriptPlayer.h"
#include "ShutdownSignal.h"
#include "StreamControlApi.h"
#include "StreamHub.h"
#include "StreamService.h"
#include "StreamSettingsStore.h"
#include "SyslogDelivery.h"
#include "TlsIdentity.h"
#include "UtcTime.h"
#include "WriteLog.h"

namespace {

constexpr const char* kForeignHost = "127.0.0.2";

#ifdef LCDESK_EMULATOR_RULES_DIR
constexpr const char* kSourceRulesDir = LCDESK_EMULATOR_RULES_DIR;
#else
constexpr const char* kSourceRulesDir = "";
#endif

// An installed emulator reads the rules installed with it (bin/../share/lcdesk/...), wherever
// the installation was put or unpacked; one in the build tree reads the source tree's.
std::string defaultRulesDir()
{
#ifdef LCDESK_EMULATOR_INSTALLED_RULES_DIR
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const std::filesystem::path installed =
                (self.parent_path() / LCDESK_EMULATOR_INSTALLED_RULES_DIR).lexically_normal();
        if (std::filesystem::is_directory(installed, error))
            return installed.string();
    }
#endif
    return kSourceRulesDir;
}

bool isIpLiteral(const std::string& text)
{
    unsigned char buffer[sizeof(in6_addr)];
    return inet_pton(AF_INET, text.c_str(), buffer) == 1
           || inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error)
{
    const std::string temporary = path + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot create " + path;
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

} // namespace

Emulator::Emulator(EmulatorOptions options)
    : m_options(std::move(options))
{}

Emulator::~Emulator() = default;

Listener* Emulator::listener(ListenerRole role) const
{
    for (const auto& candidate : m_listeners) {
        if (candidate->role() == role) {
            return candidate.get();
        }
    }
    return nullptr;
}

std::string Emulator::checkFaults(const FaultSettings& settings) const
{
    const bool started = !m_listeners.empty();
    if ((settings.redirect == RedirectKind::CrossHost302
         || settings.redirect == RedirectKind::CrossHost307)
        && started && listener(ListenerRole::Foreign) == nullptr) {
        return "cross-host redirects need the foreign listener (start with --foreign-port 0)";
    }
    if (settings.redirect == RedirectKind::HttpsToHttp && !m_options.tls) {
        return "the https-to-http redirect needs --tls";
    }
    return std::string();
}

bool Emulator::prepare(std::string& error)
{
    if (m_options.oid == AccountDirectory::kLabOid
        || m_options.oid == AccountDirectory::kBranchOid) {
        error = "--oid must differ from the built-in secondary orgs";
        return false;
    }
    const auto started = std::chrono::steady_clock::now();
    DirectorySpec spec;
    spec.primaryOid = m_options.oid;
    spec.fullAccessKey = m_options.apiKey;
    spec.sensorCount = m_options.sensorCount;
    spec.seed = m_options.seed;
    spec.nowSec = UtcTime::nowSec();
    m_directory = std::make_unique<AccountDirectory>(spec);
    m_generationMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started)
                             .count();

    m_issuer = std::make_unique<JwtIssuer>();
    m_faults = std::make_unique<FaultInjector>(m_options.faults, m_options.seed);
    m_log = std::make_unique<RequestLog>(m_options.logLimit);
    m_writes = std::make_unique<WriteLog>();
    if (!prepareRules(error)) {
        return false;
    }
    m_script = std::make_unique<ScriptPlayer>();
    if (!m_options.scriptFile.empty()
        && !m_script->load(m_options.scriptFile, m_options.scriptGroup, error)) {
        return false;
    }
    error = checkFaults(m_options.faults);
    if (!error.empty()) {
        return false;
    }
    // Cross-host redirects and scripts that point at .invalid hosts need "another host".
    const bool crossHost = m_options.faults.redirect == RedirectKind::CrossHost302
                           || m_options.faults.redirect == RedirectKind::CrossHost307;
    if (m_options.foreignPort < 0 && (crossHost || m_script->needsForeignListener())) {
        m_options.foreignPort = 0;
    }

    if (m_options.tls) {
        std::vector<std::string> addresses = {"127.0.0.1", kForeignHost, "::1"};
        if (isIpLiteral(m_options.bindAddress) && m_options.bindAddress != "127.0.0.1"
            && m_options.bindAddress != "::1" && m_options.bindAddress != "0.0.0.0"
            && m_options.bindAddress != "::") {
            addresses.push_back(m_options.bindAddress);
        }
        m_tls = TlsIdentity::create(addresses, error);
        if (!m_tls) {
            return false;
        }
        if (!m_options.certOut.empty()
            && !writeFileAtomically(m_options.certOut, m_tls->certificatePem(), error)) {
            return false;
        }
    }

    if (!m_options.syslogCa.empty() && !std::ifstream(m_options.syslogCa).good()) {
        error = "cannot read --syslog-ca " + m_options.syslogCa;
        return false;
    }
    m_streamSettings = std::make_unique<StreamSettingsStore>(m_options.stream);
    m_hub = std::make_unique<StreamHub>(*m_directory, *m_streamSettings, m_options.seed);
    m_outputs = std::make_unique<OutputStore>();
    m_delivery =
            std::make_unique<SyslogDelivery>(*m_outputs, *m_hub, *m_directory, m_options.syslogCa);
    m_outputs->setListener(
            [this](const std::string& oid, const std::string& name,
                   const std::optional<OutputConfig>&) { m_delivery->sync(oid, name); });
    m_feeder = std::make_unique<FeedSender>([this] { return m_hub->stopping(); });
    m_script->setStopping([this] { return m_hub->stopping(); });
    m_api = std::make_unique<ApiService>(*m_directory, *m_issuer, *m_faults, m_options.pageSize,
                                         m_options.lastPageToken, *m_outputs, *m_hub, *m_rules);
    m_jwt = std::make_unique<JwtService>(*m_directory, *m_issuer, *m_faults);
    m_stream = std::make_unique<StreamService>(*m_directory, *m_issuer, *m_hub);
    if (!m_options.streamTimeline.empty()
        && !m_stream->loadTimeline(m_options.streamTimeline, error)) {
        return false;
    }
    m_streamControl = std::make_unique<StreamControlApi>(
            *m_directory, *m_hub, *m_streamSettings, *m_stream, *m_outputs, *m_delivery, *m_feeder);
    m_investigation =
            std::make_unique<InvestigationControlApi>(*m_directory, *m_hub, m_options.seed);
    if (!m_options.fleetFile.empty()) {
        if (!m_investigation->loadFleet(m_options.fleetFile, error)) {
            error = "--fleet: " + error;
            return false;
        }
    } else {
        m_investigation->planImplants();
    }
    if (!m_options.taskResponses.empty()
        && !m_hub->taskResponses().load(m_options.taskResponses, error)) {
        error = "--task-responses: " + error;
        return false;
    }
    ControlHooks hooks;
    hooks.readyInfo = [this] {
        return readyInfo();
    };
    hooks.checkFaults = [this](const FaultSettings& settings) {
        return checkFaults(settings);
    };
    hooks.hasForeignListener = [this] {
        return listener(ListenerRole::Foreign) != nullptr;
    };
    hooks.certificatePem = m_tls ? m_tls->certificatePem() : std::string();
    hooks.defaultFaults = m_options.faults;
    m_ruleControl = std::make_unique<RuleControlApi>(*m_directory, *m_rules, *m_writes);
    hooks.moreEndpoints = [this](const ApiRequest& request, httplib::Response& response) {
        return m_streamControl->handle(request, response)
               || m_ruleControl->handle(request, response)
               || m_investigation->handle(request, response);
    };
    m_control = std::make_unique<ControlApi>(*m_log, *m_faults, *m_directory, *m_script, hooks);
    m_dispatcher = std::make_unique<RequestDispatcher>(*m_log, *m_writes, *m_faults, *m_script,
                                                       *m_api, *m_jwt, *m_stream, *m_control);
    return true;
}

bool Emulator::prepareRules(std::string& error)
{
    m_rules = std::make_unique<RuleStore>(*m_faults, m_options.seed);
    const std::string oid = m_directory->primary().oid;
    if (!m_options.rulesState.empty()) {
        std::ifstream in(m_options.rulesState, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const auto state = nlohmann::ordered_json::parse(text.str(), nullptr, false);
        if (!in || state.is_discarded()) {
            error = "cannot read --rules-state " + m_options.rulesState + " as JSON";
            return false;
        }
        if (!RuleStore::checkState(state, error)) {
            error = "--rules-state " + m_options.rulesState + ": " + error;
            return false;
        }
        m_rules->setStartState(oid, [state] { return state; });
        m_rulesOrigin = "from " + m_options.rulesState;
        return true;
    }

    std::string dir = m_options.rulesDirGiven ? m_options.rulesDir : defaultRulesDir();
    std::error_code missing;
    if (!dir.empty() && !std::filesystem::is_directory(dir, missing)) {
        if (m_options.rulesDirGiven) {
            error = "--rules-dir " + dir + " is not a folder";
            return false;
        }
        if (!m_options.quiet) {
            std::fprintf(stderr,
                         "lcdesk-emulator: no community rules at %s; the demo org starts with "
                         "its built-in rules only\n",
                         dir.c_str());
        }
        dir.clear();
    }
    m_rulesOrigin = dir.empty() ? std::string("built-in demo rules only")
                                : "300 community rules from " + dir + " (read at first use)";
    // Read at the org's first use: most runs never touch rules.
    m_rules->setStartState(oid, [dir] {
        std::string warnings;
        nlohmann::ordered_json state = DemoRules::state(dir, warnings);
        if (!warnings.empty()) {
            std::fprintf(stderr, "lcdesk-emulator: rules skipped:\n%s", warnings.c_str());
        }
        return state;
    });
    return true;
}

bool Emulator::openListeners(std::string& error)
{
    SSL_CTX* tls = m_tls ? m_tls->context() : nullptr;
    const std::size_t headerLimit = m_options.maxHeaderBytes;
    auto open = [&](ListenerRole role, const std::string& host, SSL_CTX* context, int port,
                    std::size_t threads) {
        auto created = std::make_unique<Listener>(role, host, context, headerLimit, threads,
                                                  *m_dispatcher);
        if (!created->bind(port, error)) {
            error = listenerRoleName(role) + " listener: " + error;
            return false;
        }
        m_listeners.push_back(std::move(created));
        return true;
    };
    const std::string& host = m_options.bindAddress;
    // Every stream connection holds a thread of the stream listener for as long as it lasts;
    // the pool leaves room for StreamHub::kMaxSpouts streams and short requests beside them.
    const std::size_t streamThreads = StreamHub::kMaxSpouts + 28;
    if (!open(ListenerRole::Api, host, tls, m_options.apiPort, 32)
        || !open(ListenerRole::Jwt, host, tls, m_options.jwtPort, 8)
        || !open(ListenerRole::Stream, host, tls, m_options.streamPort, streamThreads)) {
        return false;
    }
    if (m_options.foreignPort >= 0
        && !open(ListenerRole::Foreign, kForeignHost, tls, m_options.foreignPort, 8)) {
        return false;
    }
    if (m_options.tls && !open(ListenerRole::PlainApi, host, nullptr, 0, 8)) {
        return false;
    }
    const Listener* api = listener(ListenerRole::Api);
    const Listener* plain = m_options.tls ? listener(ListenerRole::PlainApi) : api;
    const Listener* foreign = listener(ListenerRole::Foreign);
    m_dispatcher->setEndpoints(Endpoints{api->baseUrl(), plain->baseUrl(), plain->hostPort(),
                                         foreign != nullptr ? foreign->baseUrl() : std::string()});
    m_stream->setBaseUrl(listener(ListenerRole::Stream)->baseUrl());
    for (const auto& item : m_listeners) {
        item->start();
    }
    return true;
}

nlohmann::ordered_json Emulator::readyInfo() const
{
    nlohmann::ordered_json ready = {{"event", "ready"}};
    ready["api"] = listener(ListenerRole::Api)->baseUrl();
    ready["jwt"] = listener(ListenerRole::Jwt)->baseUrl();
    ready["stream"] = listener(ListenerRole::Stream)->baseUrl();
    if (const Listener* foreign = listener(ListenerRole::Foreign)) {
        ready["foreign"] = foreign->baseUrl();
    }
    if (const Listener* plain = listener(ListenerRole::PlainApi)) {
        ready["plain_api"] = plain->baseUrl();
    }
    if (m_tls && !m_options.certOut.empty()) {
        ready["cert"] = m_options.certOut;
    }
    ready["oid"] = m_directory->primary().oid;
    ready["api_key"] = m_directory->keyByRole("full").key;
    nlohmann::ordered_json keys = nlohmann::ordered_json::object();
    for (const ApiKeyRecord& key : m_directory->keys()) {
        keys[key.role] = key.key;
    }
    ready["keys"] = keys;
    ready["uid"] = AccountDirectory::kUserUid;
    nlohmann::ordered_json orgs = nlohmann::ordered_json::array();
    for (const Organization* org : m_directory->orgs()) {
        orgs.push_back(org->oid);
    }
    ready["orgs"] = orgs;
    ready["sensors"] = m_directory->primary().fleet->size();
    ready["time_scale"] = m_streamSettings->settings().timeScale;
    ready["pid"] = ::getpid();
    return ready;
}

void Emulator::announce() const
{
    const nlohmann::ordered_json ready = readyInfo();
    const std::string line = ready.dump();
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    if (!m_options.readyFile.empty()) {
        std::string error;
        if (!writeFileAtomically(m_options.readyFile, line + "\n", error)) {
            std::fprintf(stderr, "lcdesk-emulator: %s\n", error.c_str());
        }
    }
    if (m_options.quiet) {
        return;
    }
    const Organization& primary = m_directory->primary();
    std::string banner =
            "\nLC Desk emulator is running (demo data, nothing leaves this machine)\n\n";
    banner += "  REST API   " + ready["api"].get<std::string>() + "/v1/...\n";
    banner += "  JWT        " + ready["jwt"].get<std::string>() + "\n";
    banner += "  Stream     " + ready["stream"].get<std::string>() + "\n";
    if (ready.contains("foreign")) {
        banner +=
                "  Foreign    " + ready["foreign"].get<std::string>() + "  (records everything)\n";
    }
    if (ready.contains("plain_api")) {
        banner += "  Plain API  " + ready["plain_api"].get<std::string>() + "\n";
    }
    if (ready.contains("cert")) {
        banner += "  Cert       " + ready["cert"].get<std::string>() + "\n";
    }
    banner += "  Control    " + ready["api"].get<std::string>() + "/_emulator/health\n\n";
    banner += "  Org        " + primary.name + "  " + primary.oid + "  ("
              + std::to_string(primary.fleet->size()) + " sensors, generated in "
              + std::to_string(m_generationMs) + " ms)\n";
    banner += "  Rules      " + m_rulesOrigin + "\n";
    banner += "  API key    " + m_directory->keyByRole("full").key + "  (full access)\n";
    banner += "  Read-only  " + m_directory->keyByRole("read_only").key + "\n";
    banner += "  Revoked    " + m_directory->keyByRole("revoked").key + "\n";
    banner += "  No managed " + m_directory->keyByRole("no_managed_write").key
              + "  (all but dr.set.managed, dr.del.managed)\n";
    banner += "  User key   " + m_directory->keyByRole("user").key + "  uid "
              + AccountDirectory::kUserUid + "\n\n";
    std::fputs(banner.c_str(), stderr);
    std::fflush(stderr);
}

int Emulator::run(const std::shared_ptr<ShutdownSignal>& shutdown)
{
    std::string error;
    if (!prepare(error) || !openListeners(error)) {
        std::fprintf(stderr, "lcdesk-emulator: %s\n", error.c_str());
        m_listeners.clear();
        return 2;
    }
    announce();
    if (m_options.exitOnStdinClose) {
        shutdown->watchStdin();
    }

    // Housekeeping: drop expired tags and, with --churn, move sensors on- and offline.
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::thread housekeeping([&] {
        Rng rng(Rng::mix(m_options.seed, 0xC4C4));
        auto nextChurn =
                std::chrono::steady_clock::now() + std::chrono::seconds(m_options.churnSec);
        std::unique_lock lock(mutex);
        while (!wake.wait_for(lock, std::chrono::seconds(1), [&] { return stopping; })) {
            for (const Organization* org : m_directory->orgs()) {
                org->fleet->purgeExpiredTags();
            }
            if (m_options.churnSec > 0 && std::chrono::steady_clock::now() >= nextChurn) {
                for (const Organization* org : m_directory->orgs()) {
                    org->fleet->churn(rng);
                }
                nextChurn += std::chrono::seconds(m_options.churnSec);
            }
        }
    });

    const std::string reason = shutdown->wait();
    if (!m_options.quiet) {
        std::fprintf(stderr, "lcdesk-emulator: stopping (%s)\n", reason.c_str());
    }
    {
        std::lock_guard lock(mutex);
        stopping = true;
    }
    wake.notify_all();
    housekeeping.join();
    // Streams and deliveries end first: their threads belong to the listeners' pools.
    m_hub->shutdown();
    m_delivery->shutdown();
    for (const auto& item : m_listeners) {
        item->stop();
    }
    m_listeners.clear();
    return 0;
}
