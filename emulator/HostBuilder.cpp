// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostBuilder.h"

#include <algorithm>
#include <array>
#include <set>

#include "HostPrograms.h"
#include "PlatformCodes.h"
#include "Rng.h"

namespace {

using Os = SimulatedHost::Os;
using Kind = SimulatedHost::ContentKind;

constexpr std::int64_t kFilesSinceMs = 1640995200000LL; // 2022-01-01
constexpr std::int64_t kFilesUntilMs = 1717200000000LL; // 2024-06-01

std::uint64_t fnv(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

std::string replaceUser(std::string text, const std::string& user)
{
    const std::string placeholder = "<u>";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + user.size())) {
        text.replace(at, placeholder.size(), user);
    }
    return text;
}

Os osOf(std::uint32_t plat)
{
    switch (plat) {
    case PlatformCodes::Windows:
        return Os::Windows;
    case PlatformCodes::Linux:
        return Os::Linux;
    case PlatformCodes::MacOs:
        return Os::MacOs;
    case PlatformCodes::ChromeOs:
        return Os::Chrome;
    default:
        return Os::Other;
    }
}

const std::array<const char*, 10> kPeople = {"jdoe",
                                             "asmith",
                                             "mgarcia",
                                             "lchen",
                                             "kwong",
                                             "rpatel",
                                             "ymori",
                                             "tnguyen",
                                             "ebrown",
                                             "m\xC3\xBC"
                                             "ller"};

// Builds one host; `m_rng` is seeded by the sid and the seed only.
class Build
{
public:
    Build(const Sensor& sensor, std::uint64_t seed, std::int64_t nowMs)
        : m_sensor(sensor)
        , m_rng(Rng::mix(seed, fnv(sensor.sid)))
        , m_nowMs(nowMs)
        , m_host(std::make_unique<SimulatedHost>(osOf(sensor.plat), sensor.hostname))
        , m_user(kPeople[m_rng.below(kPeople.size())])
    {}

    std::unique_ptr<SimulatedHost> take() { return std::move(m_host); }

    const std::string& user() const { return m_user; }

    void file(const std::string& path, Kind kind, std::uint64_t low, std::uint64_t high,
              bool isSigned = false)
    {
        SimulatedHost::File entry;
        entry.path = path;
        entry.kind = kind;
        entry.size = low + m_rng.below(high - low + 1);
        entry.contentSeed = m_rng.next();
        entry.isSigned = isSigned;
        times(entry);
        m_host->addFile(std::move(entry));
    }

    void literal(const std::string& path, const std::string& text, bool denied = false)
    {
        SimulatedHost::File entry;
        entry.path = path;
        entry.kind = Kind::Literal;
        entry.literal = text;
        entry.size = text.size();
        entry.denied = denied;
        times(entry);
        m_host->addFile(std::move(entry));
    }

    void executable(const std::string& path, bool isSigned = true)
    {
        if (m_host->file(path) == nullptr) {
            file(path, Kind::Executable, 24 * 1024, 640 * 1024, isSigned);
        }
    }

    int pid()
    {
        for (;;) {
            const int candidate = m_host->isWindows()
                                          ? static_cast<int>(4 * (100 + m_rng.below(3000)))
                                          : static_cast<int>(300 + m_rng.below(60000));
            if (m_pids.insert(candidate).second) {
                return candidate;
            }
        }
    }

    int process(const std::string& path, const std::string& commandLine, const std::string& user,
                int parentPid, int fixedPid = 0)
    {
        SimulatedHost::Process entry;
        entry.pid = fixedPid != 0 ? fixedPid : pid();
        m_pids.insert(entry.pid);
        entry.parentPid = parentPid;
        entry.path = path;
        entry.commandLine = commandLine;
        entry.user = user;
        entry.memoryUsage = (1 + m_rng.below(400)) * 1048576;
        entry.threads = static_cast<int>(1 + m_rng.below(60));
        entry.baseAddress = 140690000000000ULL + m_rng.below(10000000) * 4096;
        entry.startedMs = m_nowMs - static_cast<std::int64_t>(m_rng.below(7 * 86400)) * 1000;
        m_host->processes().push_back(entry);
        return entry.pid;
    }

    void connection(const std::string& protocol, int sourcePort, const std::string& destination,
                    int destinationPort, int owner, const std::string& state)
    {
        SimulatedHost::Connection entry;
        entry.protocol = protocol;
        entry.sourceIp = state == "LISTEN" ? std::string("0.0.0.0") : m_sensor.intIp;
        entry.sourcePort = sourcePort;
        entry.destinationIp = destination;
        entry.destinationPort = destinationPort;
        entry.pid = owner;
        entry.state = state;
        m_host->connections().push_back(entry);
    }

    int ephemeralPort() { return static_cast<int>(49152 + m_rng.below(16000)); }

    void service(const std::string& name, const std::string& display, const std::string& exe,
                 int owner, const std::string& dll = std::string())
    {
        SimulatedHost::Service entry;
        entry.name = name;
        entry.displayName = display;
        entry.executable = exe;
        entry.pid = owner;
        entry.state = owner == 0 ? 1 : 4;
        entry.dll = dll;
        m_host->services().push_back(entry);
    }

    void windowsHost(const std::vector<ImplantPlan::Kind>& implants);
    void linuxHost(const std::vector<ImplantPlan::Kind>& implants);
    void macHost(const std::vector<ImplantPlan::Kind>& implants);
    void chromeHost();

private:
    void times(SimulatedHost::File& entry)
    {
        entry.createdMs = m_rng.between(kFilesSinceMs, kFilesUntilMs);
        entry.modifiedMs = entry.createdMs + m_rng.between(0, 90LL * 86400000);
        entry.accessedMs = std::max(entry.modifiedMs, m_nowMs - m_rng.between(0, 30LL * 86400000));
    }

    void programFiles(const Program* programs, std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i) {
            executable(replaceUser(programs[i].path, m_user),
                       std::string(programs[i].path).find("Temp") == std::string::npos);
            const std::string touched = replaceUser(programs[i].file, m_user);
            if (m_host->file(touched) == nullptr) {
                file(touched, Kind::Data, 200, 48 * 1024);
            }
        }
    }

    // The programs of the platform, each running once under `parent`.
    void programProcesses(const Program* programs, std::size_t count, int parent,
                          const std::string& userName, const std::string& systemName)
    {
        std::set<std::string> running;
        for (const auto& entry : m_host->processes()) {
            running.insert(entry.path);
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::string path = replaceUser(programs[i].path, m_user);
            if (!running.insert(path).second) {
                continue;
            }
            const int owner = process(path, replaceUser(programs[i].commandLine, m_user),
                                      programs[i].system ? systemName : userName, parent);
            if (programs[i].domain[0] != '\0') {
                connection("tcp4", ephemeralPort(), HostBuilder::addressOf(programs[i].domain),
                           programs[i].port, owner, "ESTABLISHED");
            }
        }
    }

    const Sensor& m_sensor;
    Rng m_rng;
    std::int64_t m_nowMs;
    std::unique_ptr<SimulatedHost> m_host;
    std::string m_user;
    std::set<int> m_pids;
};

void Build::windowsHost(const std::vector<ImplantPlan::Kind>& implants)
{
    const std::string home = "C:\\Users\\" + m_user;
    const std::string sys = "C:\\Windows\\System32\\";
    const std::string account = "EXAMPLE\\" + m_user;
    const std::string system = "NT AUTHORITY\\SYSTEM";

    for (const char* name :
         {"smss.exe", "csrss.exe", "wininit.exe", "winlogon.exe", "services.exe", "lsass.exe",
          "svchost.exe", "spoolsv.exe", "conhost.exe", "taskhostw.exe", "SecurityHealthSystray.exe",
          "ntdll.dll", "kernel32.dll", "ws2_32.dll", "crypt32.dll", "ntoskrnl.exe"}) {
        executable(sys + name);
    }
    executable("C:\\Windows\\explorer.exe");
    for (const char* name : {"tcpip.sys", "ndis.sys", "ACPI.sys", "disk.sys", "volmgr.sys"}) {
        file(sys + "drivers\\" + name, Kind::Executable, 64 * 1024, 2 * 1024 * 1024, true);
    }
    literal(sys + "drivers\\etc\\hosts",
            "# Copyright (c) 1993-2009 Microsoft Corp.\r\n#\r\n# localhost name resolution is "
            "handled within DNS itself.\r\n#\t127.0.0.1       localhost\r\n");
    literal(sys + "config\\SAM", std::string(65536, '\0'), true);
    m_host->addDirectory("C:\\Windows\\Temp");
    executable("C:\\Program Files\\Windows Defender\\MsMpEng.exe");
    executable("C:\\Program Files\\LimaCharlie\\rphcp.exe");
    programFiles(kWindowsPrograms.data(), kWindowsPrograms.size());
    literal(home + "\\NTUSER.DAT", std::string(262144, '\0'), true);
    literal(home
                    + "\\Documents\\Skripte\\\xC3\x9C"
                      "bersicht.ps1",
            "Get-ChildItem -Path $env:USERPROFILE\\Documents -Recurse | Measure-Object\r\n");
    file(home + "\\Documents\\Bericht M\xC3\xA4rz 2024.docx", Kind::Data, 20000, 400000);
    file(home + "\\Downloads\\setup.exe", Kind::Executable, 300000, 900000, false);
    file(home + "\\Downloads\\Rechnung 2024-05.pdf", Kind::Data, 40000, 300000);
    literal("C:\\Users\\Public\\Documents\\readme.txt", "Shared documents for all users.\r\n");
    file("C:\\ProgramData\\Microsoft\\Windows Defender\\Support\\MPLog-20240601-101010.log",
         Kind::Data, 10000, 200000);

    const int system4 = process("System", "", system, 0, 4);
    const int smss = process(sys + "smss.exe", "\\SystemRoot\\System32\\smss.exe", system, system4);
    process(sys + "csrss.exe", "%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows",
            system, smss);
    const int wininit = process(sys + "wininit.exe", "wininit.exe", system, smss);
    const int services =
            process(sys + "services.exe", "C:\\Windows\\system32\\services.exe", system, wininit);
    process(sys + "lsass.exe", "C:\\Windows\\system32\\lsass.exe", system, wininit);
    const int rpc = process(sys + "svchost.exe", "C:\\Windows\\system32\\svchost.exe -k RPCSS -p",
                            "NT AUTHORITY\\NETWORK SERVICE", services);
    const int dns = process(sys + "svchost.exe",
                            "C:\\Windows\\system32\\svchost.exe -k NetworkService -p -s Dnscache",
                            "NT AUTHORITY\\NETWORK SERVICE", services);
    const int schedule = process(sys + "svchost.exe",
                                 "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule",
                                 system, services);
    const int spooler =
            process(sys + "spoolsv.exe", "C:\\Windows\\System32\\spoolsv.exe", system, services);
    const int defender =
            process("C:\\Program Files\\Windows Defender\\MsMpEng.exe",
                    "\"C:\\Program Files\\Windows Defender\\MsMpEng.exe\"", system, services);
    const int sensor =
            process("C:\\Program Files\\LimaCharlie\\rphcp.exe",
                    "\"C:\\Program Files\\LimaCharlie\\rphcp.exe\" -w", system, services);
    process(sys + "winlogon.exe", "winlogon.exe", system, smss);
    const int explorer =
            process("C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE", account, 0);
    process(sys + "SecurityHealthSystray.exe",
            "\"C:\\Windows\\System32\\SecurityHealthSystray.exe\"", account, explorer);
    programProcesses(kWindowsPrograms.data(), kWindowsPrograms.size(), explorer, account, system);

    service("RpcSs", "Remote Procedure Call (RPC)", sys + "svchost.exe", rpc, sys + "rpcss.dll");
    service("Dnscache", "DNS Client", sys + "svchost.exe", dns, sys + "dnsrslvr.dll");
    service("Schedule", "Task Scheduler", sys + "svchost.exe", schedule, sys + "schedsvc.dll");
    service("Spooler", "Print Spooler", sys + "spoolsv.exe", spooler);
    service("WinDefend", "Microsoft Defender Antivirus Service",
            "C:\\Program Files\\Windows Defender\\MsMpEng.exe", defender);
    service("rphcpsvc", "LimaCharlie Sensor", "C:\\Program Files\\LimaCharlie\\rphcp.exe", sensor);
    service("wuauserv", "Windows Update", sys + "svchost.exe", 0, sys + "wuaueng.dll");
    for (const char* name : {"tcpip", "ndis", "ACPI", "disk", "volmgr"}) {
        SimulatedHost::Service driver;
        driver.name = name;
        driver.displayName = std::string(name) + " driver";
        driver.type = 1;
        driver.executable = sys + "drivers\\" + name + ".sys";
        m_host->drivers().push_back(driver);
    }

    connection("tcp4", 135, "0.0.0.0", 0, rpc, "LISTEN");
    connection("tcp4", 445, "0.0.0.0", 0, system4, "LISTEN");
    connection("udp4", 5353, "", 0, dns, "");
    connection("tcp4", ephemeralPort(), "198.51.100.20", 443, sensor, "ESTABLISHED");

    const std::string hklm = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion";
    const std::string hkcu = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion";
    m_host->addRegistryKey(
            {hklm + "\\Run",
             {{"SecurityHealth", 2, "%windir%\\system32\\SecurityHealthSystray.exe"}}});
    m_host->addRegistryKey({hklm + "\\RunOnce", {}});
    m_host->addRegistryKey(
            {hkcu + "\\Run",
             {{"Updater", 1, "rundll32.exe " + home + "\\AppData\\Local\\Temp\\upd4831.dll,Start"},
              {"com.squirrel.Teams.Teams", 1,
               home
                       + "\\AppData\\Local\\Microsoft\\Teams\\Update.exe --processStart "
                         "\"Teams.exe\""}}});
    m_host->addRegistryKey({"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion",
                            {{"ProductName", 1, "Windows 10 Enterprise"},
                             {"CurrentBuild", 1, "19045"},
                             {"DisplayVersion", 1, "22H2"},
                             {"RegisteredOwner", 1, m_user}}});
    m_host->addRegistryKey({"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"
                            "\\Schedule\\TaskCache\\Tree\\Updater",
                            {{"Id", 1, "{" + m_rng.uuid4() + "}"}, {"Index", 4, "3"}}});
    m_host->addRegistryKey(
            {"HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Word\\Reading Locations",
             {{"Document 0", 1, home + "\\Documents\\Bericht M\xC3\xA4rz 2024.docx"}}});
    for (const auto& entry : m_host->services()) {
        m_host->addRegistryKey(
                {"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\" + entry.name,
                 {{"DisplayName", 1, entry.displayName},
                  {"ImagePath", 2, entry.executable},
                  {"Start", 4, entry.pid == 0 ? "3" : "2"}}});
    }
    m_host->autoruns().push_back(
            {hklm + "\\Run\\SecurityHealth", sys + "SecurityHealthSystray.exe"});
    m_host->autoruns().push_back({hkcu + "\\Run\\Updater", sys + "rundll32.exe"});

    for (const ImplantPlan::Kind kind : implants) {
        if (kind != ImplantPlan::Kind::WindowsDropper) {
            continue;
        }
        literal(ImplantPlan::kWindowsPath, ImplantPlan::content(kind));
        m_host->addRegistryKey({ImplantPlan::kWindowsRunKey,
                                {{ImplantPlan::kWindowsRunValue, 1,
                                  std::string("\"") + ImplantPlan::kWindowsPath + "\" /silent"}}});
        m_host->autoruns().push_back(
                {std::string(ImplantPlan::kWindowsRunKey) + "\\" + ImplantPlan::kWindowsRunValue,
                 ImplantPlan::kWindowsPath});
        const int implant = process(ImplantPlan::kWindowsPath,
                                    std::string("\"") + ImplantPlan::kWindowsPath + "\" /silent",
                                    account, explorer);
        m_host->process(implant)->hiddenModule = true;
        connection("tcp4", ephemeralPort(), HostBuilder::addressOf("cdn.updates-example.net"), 8443,
                   implant, "ESTABLISHED");
    }

    for (const std::string& name :
         {std::string("Administrator"), std::string("DefaultAccount"), std::string("Guest"),
          std::string("WDAGUtilityAccount"), m_user}) {
        m_host->users().push_back(name);
    }
    const std::array<std::array<const char*, 3>, 8> packages = {{
            {"Google Chrome", "125.0.6422.142", "Google LLC"},
            {"Microsoft Office Professional Plus 2021", "16.0.17531.20140",
             "Microsoft Corporation"},
            {"Microsoft Teams", "1.7.00.13456", "Microsoft Corporation"},
            {"Microsoft Edge", "125.0.2535.85", "Microsoft Corporation"},
            {"Microsoft Visual C++ 2015-2022 Redistributable (x64)", "14.38.33135",
             "Microsoft Corporation"},
            {"7-Zip 23.01 (x64)", "23.01", "Igor Pavlov"},
            {"Notepad++ (64-bit x64)", "8.6.7", "Notepad++ Team"},
            {"LimaCharlie Sensor", "4.33.0", "Refraction Point"},
    }};
    for (const auto& package : packages) {
        m_host->packages().push_back({package[0], package[1], package[2]});
    }
}

void Build::linuxHost(const std::vector<ImplantPlan::Kind>& implants)
{
    const std::string home = "/home/" + m_user;
    for (const char* path :
         {"/usr/lib/systemd/systemd", "/usr/lib/systemd/systemd-journald", "/usr/sbin/sshd",
          "/usr/sbin/cron", "/usr/bin/sudo", "/opt/limacharlie/rphcp"}) {
        executable(path);
    }
    programFiles(kLinuxPrograms.data(), kLinuxPrograms.size());
    literal("/etc/hostname", m_sensor.hostname + "\n");
    literal("/etc/hosts", "127.0.0.1\tlocalhost\n" + m_sensor.intIp + "\t" + m_sensor.hostname
                                  + "\n::1\tlocalhost ip6-localhost ip6-loopback\n");
    literal("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:"
                           "/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/"
                           "nologin\n"
                                   + m_user + ":x:1000:1000::" + home + ":/bin/bash\n");
    literal("/etc/shadow", "root:*:19700:0:99999:7:::\n", true);
    literal("/etc/crontab", "SHELL=/bin/sh\n17 *\t* * *\troot\tcd / && run-parts --report "
                            "/etc/cron.hourly\n");
    literal("/etc/ssh/sshd_config", "PermitRootLogin no\nPasswordAuthentication no\n");
    literal("/etc/nginx/nginx.conf", "user www-data;\nworker_processes auto;\n");
    literal("/etc/systemd/system/multi-user.target.wants/nginx.service",
            "[Service]\nExecStart=/usr/sbin/nginx -g 'daemon on; master_process on;'\n");
    literal(home + "/.bashrc", "export PATH=$HOME/bin:$PATH\nalias ll='ls -alF'\n");
    literal(home + "/.ssh/authorized_keys",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly " + m_user + "@laptop\n");
    literal("/opt/app/worker.py", "import queue\n\ndef main():\n    pass\n");
    file("/var/log/auth.log", Kind::Data, 20000, 400000);
    file("/var/log/syslog", Kind::Data, 50000, 900000);
    m_host->addDirectory("/tmp");
    m_host->addDirectory("/root");

    const int init = process("/usr/lib/systemd/systemd", "/sbin/init splash", "root", 0, 1);
    process("/usr/lib/systemd/systemd-journald", "/lib/systemd/systemd-journald", "root", init);
    const int sshd = process("/usr/sbin/sshd", "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100",
                             "root", init);
    const int cron = process("/usr/sbin/cron", "/usr/sbin/cron -f", "root", init);
    const int sensor = process("/opt/limacharlie/rphcp", "/opt/limacharlie/rphcp -d", "root", init);
    const int session = process("/usr/sbin/sshd", "sshd: " + m_user + " [priv]", "root", sshd);
    programProcesses(kLinuxPrograms.data(), kLinuxPrograms.size(), session, m_user, "root");

    service("ssh", "OpenBSD Secure Shell server", "/usr/sbin/sshd", sshd);
    service("cron", "Regular background program processing daemon", "/usr/sbin/cron", cron);
    service("rphcp", "LimaCharlie Sensor", "/opt/limacharlie/rphcp", sensor);
    for (const auto& entry : m_host->processes()) {
        if (entry.path == "/usr/sbin/nginx") {
            service("nginx", "A high performance web server", "/usr/sbin/nginx", entry.pid);
            connection("tcp4", 80, "0.0.0.0", 0, entry.pid, "LISTEN");
        }
    }
    connection("tcp4", 22, "0.0.0.0", 0, sshd, "LISTEN");
    connection("tcp4", ephemeralPort(), "198.51.100.20", 443, sensor, "ESTABLISHED");
    m_host->autoruns().push_back(
            {"/etc/systemd/system/multi-user.target.wants/nginx.service", "/usr/sbin/nginx"});
    m_host->autoruns().push_back({"/etc/crontab", "/usr/bin/run-parts"});

    for (const ImplantPlan::Kind kind : implants) {
        if (kind != ImplantPlan::Kind::LinuxHelper) {
            continue;
        }
        literal(ImplantPlan::kLinuxPath, ImplantPlan::content(kind));
        literal("/etc/cron.d/kworker",
                std::string("*/5 * * * * root ") + ImplantPlan::kLinuxPath + " >/dev/null 2>&1\n");
        m_host->autoruns().push_back({"/etc/cron.d/kworker", ImplantPlan::kLinuxPath});
        const int implant = process(ImplantPlan::kLinuxPath, "[kworker/0:2-events]", "root", 1);
        m_host->process(implant)->hiddenModule = true;
        connection("tcp4", ephemeralPort(), HostBuilder::addressOf("cdn.updates-example.net"), 8443,
                   implant, "ESTABLISHED");
    }

    m_host->users() = {"root", "daemon", "www-data", m_user};
    const std::array<std::array<const char*, 2>, 10> packages = {{
            {"bash", "5.2.15-2+b2"},
            {"coreutils", "9.1-1"},
            {"cron", "3.0pl1-162"},
            {"curl", "7.88.1-10+deb12u5"},
            {"libc6", "2.36-9+deb12u7"},
            {"nginx", "1.22.1-9"},
            {"openssh-server", "1:9.2p1-2+deb12u2"},
            {"openssl", "3.0.13-1~deb12u1"},
            {"python3", "3.11.2-1+b1"},
            {"vim", "2:9.0.1378-2"},
    }};
    for (const auto& package : packages) {
        m_host->packages().push_back({package[0], package[1], "Debian"});
    }
}

void Build::macHost(const std::vector<ImplantPlan::Kind>& implants)
{
    const std::string home = "/Users/" + m_user;
    for (const char* path :
         {"/sbin/launchd", "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder",
          "/usr/local/bin/rphcp", "/usr/libexec/sshd-keygen-wrapper"}) {
        executable(path);
    }
    programFiles(kMacPrograms.data(), kMacPrograms.size());
    literal("/etc/hosts", "127.0.0.1\tlocalhost\n255.255.255.255\tbroadcasthost\n");
    literal(home + "/Downloads/install.sh", "#!/bin/sh\nset -e\necho installing\n");
    literal("/Library/LaunchAgents/com.google.keystone.agent.plist",
            "<plist version=\"1.0\"><dict><key>ProgramArguments</key><array><string>/Library/"
            "Google/GoogleSoftwareUpdate/GoogleSoftwareUpdate.bundle/Contents/Resources/"
            "GoogleSoftwareUpdateAgent.app/Contents/MacOS/GoogleSoftwareUpdateAgent</string>"
            "</array></dict></plist>\n");
    literal("/Library/LaunchDaemons/com.limacharlie.rphcp.plist",
            "<plist version=\"1.0\"><dict><key>Program</key><string>/usr/local/bin/rphcp"
            "</string></dict></plist>\n");
    m_host->addDirectory("/Users/Shared");
    m_host->addDirectory("/Applications/Utilities");

    const int launchd = process("/sbin/launchd", "/sbin/launchd", "root", 0, 1);
    const int sensor = process("/usr/local/bin/rphcp", "/usr/local/bin/rphcp -d", "root", launchd);
    const int finder = process("/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder",
                               "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder",
                               m_user, launchd);
    programProcesses(kMacPrograms.data(), kMacPrograms.size(), finder, m_user, "root");
    service("com.limacharlie.rphcp", "LimaCharlie Sensor", "/usr/local/bin/rphcp", sensor);
    service("com.apple.Finder", "Finder",
            "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder", finder);
    connection("tcp4", ephemeralPort(), "198.51.100.20", 443, sensor, "ESTABLISHED");
    m_host->autoruns().push_back({"/Library/LaunchAgents/com.google.keystone.agent.plist",
                                  "/Library/Google/GoogleSoftwareUpdate/"
                                  "GoogleSoftwareUpdate.bundle/Contents/Resources/"
                                  "GoogleSoftwareUpdateAgent.app/Contents/MacOS/"
                                  "GoogleSoftwareUpdateAgent"});
    m_host->autoruns().push_back(
            {"/Library/LaunchDaemons/com.limacharlie.rphcp.plist", "/usr/local/bin/rphcp"});

    for (const ImplantPlan::Kind kind : implants) {
        if (kind != ImplantPlan::Kind::MacAgent) {
            continue;
        }
        literal(ImplantPlan::kMacPath, ImplantPlan::content(kind));
        literal(ImplantPlan::kMacPlist,
                std::string("<plist version=\"1.0\"><!-- ") + ImplantPlan::kMarker
                        + " --><dict><key>Program</key><string>" + ImplantPlan::kMacPath
                        + "</string><key>RunAtLoad</key><true/></dict></plist>\n");
        m_host->autoruns().push_back({ImplantPlan::kMacPlist, ImplantPlan::kMacPath});
        const int implant = process(ImplantPlan::kMacPath, ImplantPlan::kMacPath, m_user, launchd);
        connection("tcp4", ephemeralPort(), HostBuilder::addressOf("cdn.updates-example.net"), 8443,
                   implant, "ESTABLISHED");
    }
    m_host->users() = {"root", "daemon", "_www", m_user};
}

void Build::chromeHost()
{
    const std::array<std::array<const char*, 3>, 4> packages = {{
            {"Google Docs Offline", "1.73.0", "ghbmnnjooekpmoecnnnilnnbdlolhkhi"},
            {"LimaCharlie Chrome Sensor", "1.4.2", "ljdobmomdgdljniojadhoplhkpialdid"},
            {"Google Translate", "2.0.13", "aapbdbdomjkkjkaonfhkkikfgjllcleb"},
            {"Zoom", "1.8.28", "hmbjbjdpkobdjplfobhljndfdfdipjhg"},
    }};
    for (const auto& package : packages) {
        m_host->packages().push_back({package[0], package[1], package[2]});
    }
}

} // namespace

std::string HostBuilder::addressOf(const std::string& domain)
{
    const std::uint64_t hash = fnv(domain);
    return std::string(hash % 2 == 0 ? "198.51.100." : "203.0.113.")
           + std::to_string(1 + (hash >> 8U) % 254);
}

std::unique_ptr<SimulatedHost> HostBuilder::build(const Sensor& sensor, std::uint64_t seed,
                                                  const std::vector<ImplantPlan::Kind>& implants,
                                                  std::int64_t nowMs)
{
    Build build(sensor, seed, nowMs);
    switch (osOf(sensor.plat)) {
    case Os::Windows:
        build.windowsHost(implants);
        break;
    case Os::Linux:
        build.linuxHost(implants);
        break;
    case Os::MacOs:
        build.macHost(implants);
        break;
    case Os::Chrome:
        build.chromeHost();
        break;
    case Os::Other:
        break;
    }
    return build.take();
}
