// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionParser.h"

#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>

#include "Codec.h"
#include "FaultInjector.h"
#include "StreamSettingsStore.h"

namespace {

bool parseUnsigned(const std::string& text, std::uint64_t maximum, std::uint64_t& value)
{
    if (text.empty() || text.size() > 19) {
        return false;
    }
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
    }
    value = std::strtoull(text.c_str(), nullptr, 10);
    return value <= maximum;
}

bool parseSeconds(const std::string& text, double low, double high, double& value)
{
    char* end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (text.empty() || end == nullptr || *end != '\0' || !(parsed >= low && parsed <= high)) {
        return false;
    }
    value = parsed;
    return true;
}

} // namespace

std::string OptionParser::usage()
{
    return R"(Usage: lcdesk-emulator [options]

A local LimaCharlie-compatible service (REST API, JWT and stream hosts) with a demo org.

Listeners
  --bind ADDR              address for the api, jwt and stream listeners (default 127.0.0.1)
  --api-port N             REST API port (default 0 = any free port)
  --jwt-port N             token endpoint port (default 0)
  --stream-port N          stream (Spout) port (default 0)
  --foreign-port N         also listen on 127.0.0.2:N as "another host" (0 = free port)
  --tls                    serve api/jwt/stream/foreign over HTTPS (self-signed certificate)
                           and open a plain-HTTP api listener (reported as plain_api)
  --cert-out FILE          write the certificate (PEM) to FILE
  --max-header-bytes N     answer 413 when the request header block is larger (default 8192)
  --ready-file FILE        also write the ready line (JSON) to FILE
  --exit-on-stdin-close    stop when stdin reaches end of file
  --quiet                  no banner on stderr

Demo data
  --sensors N              sensors in the demo org (default 300, up to 100000)
  --seed S                 seed for the fleet and the random faults (default 1)
  --churn SEC              every SEC seconds a few sensors go on- or offline (default off)
  --page-size N            sensors per page without a limit parameter (default 1000)
  --last-page-token MODE   continuation_token on the last page: absent (default), null,
                           empty or repeat
  --oid UUID               oid of the demo org (default d3e0c0de-0000-4000-8000-00000000d3e0)
  --api-key UUID           full-access API key of the demo org
  --log-limit N            requests kept in the request log (default 20000)

Rules (also settable at run time: /_emulator/rules)
  --rules-dir DIR          community rules for the demo org: 300 of the YAML files under DIR
                           (default: share/lcdesk/sigma-limacharlie/latest beside an
                           installed emulator, else data/sigma-limacharlie/latest of the
                           source tree)
  --rules-state FILE       start the demo org with the rules of a JSON rule state instead
                           ({"general": {name: {detect, respond, is_enabled}}, "managed": ...,
                           "service": ..., "fp": {name: {data}}})

Scripted exchanges
  --script FILE            answer requests from an exchanges YAML file
  --script-group NAME      use the named group of the file (e.g. a, b, c, d)

Streams (also settable at run time: POST /_emulator/stream-settings)
  --event-rate N|max       generated events per second per stream (default 200)
  --detect-rate N|max      detections per second per stream (default 2)
  --audit-rate N|max       audit entries per second per stream (default 0.5)
  --deployment-rate N|max  deployment events per second per stream (default 0.1)
  --billing-rate N|max     billing records per second per stream (default 0.2)
  --time-scale F           multiply stream durations (connected delay, keep-alive, timelines,
                           stalls, reconnects) by F, e.g. 0.05 (default 1)
  --connected-delay SEC    delay of the connected trace, or never (default 1)
  --keepalive SEC          keep-alive trace after SEC seconds of silence, 0 = none (default 60)
  --stream-queue N         records queued per connection before dropping (default 4096)
  --disconnect-every N     end each stream connection after N records
  --disconnect-style S     clean (last chunk / close_notify) or abort (default clean)
  --split-writes           cut records into separate writes at random byte positions
  --split-pause-ms MS      pause between the pieces of a split write (default 2)
  --stall-after N          start the stall after N records (default 0)
  --stall SEC|forever      stop writing for SEC seconds, or forever with the socket open
  --stream-timeline FILE   serve stream connections from a timeline YAML file
  --syslog-ca FILE         CA certificates for syslog outputs with is_strict_tls

Investigation (also settable at run time: POST /_emulator/fleet, /_emulator/task-responses)
  --fleet FILE             the demo org's sensors from a fleet file (field case C22 format)
  --task-responses FILE    canned task replies: command -> sid -> {event: {...}}

Faults (also settable at run time: POST /_emulator/faults)
  --jwt-lifetime SEC       lifetime of minted JWTs (default 3600)
  --fail-401 N             answer 401 to the Nth authenticated API request, once
  --rate-limit SPEC        429 for: off | all | every:N | N (every Nth request)
  --retry-after SEC        send Retry-After: SEC with each 429 (default: no header)
  --rate-quota N           X-RateLimit-Quota value (default 50)
  --rate-period SEC        X-RateLimit-Period value (default 60)
  --rate-warn              add the X-RateLimit-* headers to successful answers too
  --error-rate P           answer 500/502/503/504 with probability P (0..1)
  --latency MS             delay every answer by MS milliseconds
  --redirect KIND          off | cross-host-302 | cross-host-307 | https-to-http |
                           same-host-303
  --fault-listeners LIST   listeners the faults apply to (default api; e.g. api,jwt)
  --fail-rule-write N      the Nth rule or false-positive data write answers 500 and leaves
                           the record half-written (listed, but 404 when read), once
  --fail-rule-write-name NAME
                           the same for the next data write to a record named NAME
  --missing-record NAME    records named NAME are listed but answer 404 when read
                           (repeatable)

  --help                   this text
)";
}

OptionParser::Result OptionParser::parse(int argc, char** argv, EmulatorOptions& options,
                                         std::string& error)
{
    using Setter = std::function<bool(const std::string&)>;
    std::uint64_t number = 0;
    auto port = [&number](int& target) {
        return [&number, &target](const std::string& value) {
            if (!parseUnsigned(value, 65535, number)) {
                return false;
            }
            target = static_cast<int>(number);
            return true;
        };
    };
    auto size = [&number](std::size_t& target, std::uint64_t low, std::uint64_t high) {
        return [&number, &target, low, high](const std::string& value) {
            if (!parseUnsigned(value, high, number) || number < low) {
                return false;
            }
            target = static_cast<std::size_t>(number);
            return true;
        };
    };
    auto text = [](std::string& target) {
        return [&target](const std::string& value) {
            target = value;
            return !value.empty();
        };
    };
    FaultSettings& faults = options.faults;
    StreamSettings& stream = options.stream;
    auto rate = [&stream](StreamType type) {
        return [&stream, type](const std::string& value) {
            const auto parsed = StreamSettingsStore::parseRate(value);
            if (parsed) {
                stream.rates[streamTypeIndex(type)] = *parsed;
            }
            return parsed.has_value();
        };
    };
    std::size_t churn = 0;
    std::size_t jwtLifetime = static_cast<std::size_t>(faults.jwtLifetimeSec);
    std::size_t fail401 = 0;
    std::size_t retryAfter = 0;
    std::size_t quota = static_cast<std::size_t>(faults.rateQuota);
    std::size_t period = static_cast<std::size_t>(faults.ratePeriodSec);
    std::size_t latency = 0;
    std::size_t failRuleWrite = 0;
    bool retryAfterGiven = false;

    const std::map<std::string, Setter> withValue = {
            {"--bind", text(options.bindAddress)},
            {"--api-port", port(options.apiPort)},
            {"--jwt-port", port(options.jwtPort)},
            {"--stream-port", port(options.streamPort)},
            {"--foreign-port", port(options.foreignPort)},
            {"--cert-out", text(options.certOut)},
            {"--ready-file", text(options.readyFile)},
            {"--max-header-bytes", size(options.maxHeaderBytes, 256, 1048576)},
            {"--sensors", size(options.sensorCount, 0, 100000)},
            {"--seed",
             [&options](const std::string& value) {
                 return parseUnsigned(value, UINT64_MAX, options.seed);
             }},
            {"--churn", size(churn, 0, 86400)},
            {"--page-size", size(options.pageSize, 1, 100000)},
            {"--last-page-token",
             [&options](const std::string& value) {
                 const std::map<std::string, LastPageToken> modes = {
                         {"absent", LastPageToken::Absent},
                         {"null", LastPageToken::Null},
                         {"empty", LastPageToken::Empty},
                         {"repeat", LastPageToken::Repeat}};
                 const auto it = modes.find(value);
                 if (it == modes.end()) {
                     return false;
                 }
                 options.lastPageToken = it->second;
                 return true;
             }},
            {"--oid",
             [&options](const std::string& value) {
                 options.oid = value;
                 return Codec::isUuid(value);
             }},
            {"--api-key",
             [&options](const std::string& value) {
                 options.apiKey = value;
                 return Codec::isUuid(value);
             }},
            {"--log-limit", size(options.logLimit, 1, 10000000)},
            {"--script", text(options.scriptFile)},
            {"--script-group", text(options.scriptGroup)},
            {"--jwt-lifetime", size(jwtLifetime, 0, 100000000)},
            {"--fail-401", size(fail401, 0, 1000000000)},
            {"--rate-limit",
             [&faults, &error](const std::string& value) {
                 return FaultInjector::parseRateLimit(value, faults, error);
             }},
            {"--retry-after",
             [&](const std::string& value) {
                 retryAfterGiven = true;
                 return size(retryAfter, 0, 86400)(value);
             }},
            {"--rate-quota", size(quota, 0, 1000000000)},
            {"--rate-period", size(period, 0, 1000000000)},
            {"--error-rate",
             [&faults](const std::string& value) {
                 char* end = nullptr;
                 faults.errorRate = std::strtod(value.c_str(), &end);
                 return end != nullptr && *end == '\0' && !value.empty() && faults.errorRate >= 0.0
                        && faults.errorRate <= 1.0;
             }},
            {"--latency", size(latency, 0, 600000)},
            {"--redirect",
             [&faults](const std::string& value) {
                 const auto kind = FaultInjector::parseRedirect(value);
                 if (kind) {
                     faults.redirect = *kind;
                 }
                 return kind.has_value();
             }},
            {"--fault-listeners",
             [&faults, &error](const std::string& value) {
                 return FaultInjector::parseListeners(value, faults, error);
             }},
            {"--event-rate", rate(StreamType::Event)},
            {"--detect-rate", rate(StreamType::Detect)},
            {"--audit-rate", rate(StreamType::Audit)},
            {"--deployment-rate", rate(StreamType::Deployment)},
            {"--billing-rate", rate(StreamType::Billing)},
            {"--time-scale",
             [&stream](const std::string& value) {
                 return parseSeconds(value, 0.0001, 1000.0, stream.timeScale);
             }},
            {"--connected-delay",
             [&stream](const std::string& value) {
                 if (value == "never") {
                     stream.connectedDelaySec = -1.0;
                     return true;
                 }
                 return parseSeconds(value, 0.0, 86400.0, stream.connectedDelaySec);
             }},
            {"--keepalive",
             [&stream](const std::string& value) {
                 return parseSeconds(value, 0.0, 86400.0, stream.keepaliveSec);
             }},
            {"--stream-queue", size(stream.queueRecords, 1, 10000000)},
            {"--disconnect-every",
             [&stream](const std::string& value) {
                 return parseUnsigned(value, UINT64_MAX, stream.disconnectEvery);
             }},
            {"--disconnect-style",
             [&stream](const std::string& value) {
                 stream.disconnectStyle =
                         value == "abort" ? DisconnectStyle::Abort : DisconnectStyle::Clean;
                 return value == "clean" || value == "abort";
             }},
            {"--split-pause-ms",
             [&stream](const std::string& value) {
                 double pause = 0.0;
                 const bool ok = parseSeconds(value, 0.0, 10000.0, pause);
                 stream.splitPauseMs = static_cast<int>(pause);
                 return ok;
             }},
            {"--stall-after",
             [&stream](const std::string& value) {
                 return parseUnsigned(value, UINT64_MAX, stream.stallAfter);
             }},
            {"--stall",
             [&stream](const std::string& value) {
                 if (value == "forever") {
                     stream.stallSec = -1.0;
                     return true;
                 }
                 return parseSeconds(value, 0.0, 86400.0, stream.stallSec);
             }},
            {"--rules-dir",
             [&options](const std::string& value) {
                 options.rulesDir = value;
                 options.rulesDirGiven = true;
                 return !value.empty();
             }},
            {"--rules-state", text(options.rulesState)},
            {"--fail-rule-write", size(failRuleWrite, 0, 1000000000)},
            {"--fail-rule-write-name", text(faults.failRuleWriteName)},
            {"--missing-record",
             [&faults](const std::string& value) {
                 faults.missingRecords.push_back(value);
                 return !value.empty();
             }},
            {"--stream-timeline", text(options.streamTimeline)},
            {"--fleet", text(options.fleetFile)},
            {"--task-responses", text(options.taskResponses)},
            {"--syslog-ca", text(options.syslogCa)},
    };
    const std::map<std::string, std::function<void()>> switches = {
            {"--tls",
             [&options] {
                 options.tls = true;
             }},
            {"--exit-on-stdin-close",
             [&options] {
                 options.exitOnStdinClose = true;
             }},
            {"--quiet",
             [&options] {
                 options.quiet = true;
             }},
            {"--rate-warn",
             [&faults] {
                 faults.rateWarn = true;
             }},
            {"--split-writes",
             [&stream] {
                 stream.splitWrites = true;
             }},
    };

    for (int i = 1; i < argc; ++i) {
        std::string flag = argv[i];
        std::string value;
        bool hasValue = false;
        const std::size_t equals = flag.find('=');
        if (flag.rfind("--", 0) == 0 && equals != std::string::npos) {
            value = flag.substr(equals + 1);
            flag = flag.substr(0, equals);
            hasValue = true;
        }
        if (flag == "--help" || flag == "-h") {
            return Result::Help;
        }
        if (const auto it = switches.find(flag); it != switches.end() && !hasValue) {
            it->second();
            continue;
        }
        const auto it = withValue.find(flag);
        if (it == withValue.end()) {
            error = "unknown option " + flag;
            return Result::Error;
        }
        if (!hasValue) {
            if (i + 1 >= argc) {
                error = flag + " needs a value";
                return Result::Error;
            }
            value = argv[++i];
        }
        error.clear();
        if (!it->second(value)) {
            error = "bad value '" + value + "' for " + flag + (error.empty() ? "" : ": " + error);
            return Result::Error;
        }
    }
    options.churnSec = static_cast<int>(churn);
    faults.jwtLifetimeSec = static_cast<std::int64_t>(jwtLifetime);
    faults.fail401At = fail401;
    faults.retryAfterSec = retryAfterGiven ? static_cast<int>(retryAfter) : -1;
    faults.rateQuota = static_cast<std::int64_t>(quota);
    faults.ratePeriodSec = static_cast<std::int64_t>(period);
    faults.latencyMs = static_cast<int>(latency);
    faults.failRuleWriteAt = failRuleWrite;
    if (!options.scriptGroup.empty() && options.scriptFile.empty()) {
        error = "--script-group needs --script";
        return Result::Error;
    }
    return Result::Run;
}
