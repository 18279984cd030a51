// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// What a simulated sensor's host holds: processes, services, drivers, autoruns, packages,
// users, connections, a small file tree and, on Windows, a registry. Built by HostBuilder from
// the sensor and the seed; changed by the commands that change a host (kill, suspend, delete,
// move, FIM patterns, network segregation).
class SimulatedHost
{
public:
    enum class Os
    {
        Windows,
        Linux,
        MacOs,
        Chrome,
        Other,
    };

    enum class ContentKind
    {
        Executable, // a PE, ELF or Mach-O image: header, name, then pseudo-random bytes
        Data,       // pseudo-random bytes
        Literal,    // `literal` is the whole content
    };

    struct File
    {
        std::string path;
        std::uint64_t size = 0;
        std::int64_t createdMs = 0;
        std::int64_t modifiedMs = 0;
        std::int64_t accessedMs = 0;
        ContentKind kind = ContentKind::Data;
        std::uint64_t contentSeed = 0;
        std::string literal;
        bool isSigned = false;
        bool denied = false; // reading it answers ERROR 5 (locked or protected)
        mutable std::string sha256;
    };

    struct Process
    {
        int pid = 0;
        int parentPid = 0;
        std::string path;
        std::string commandLine;
        std::string user;
        std::uint64_t memoryUsage = 0;
        int threads = 1;
        std::uint64_t baseAddress = 0;
        std::int64_t startedMs = 0;
        bool suspended = false;
        bool hiddenModule = false; // a planted implant hides a module in this process
    };

    struct Service
    {
        std::string name;
        std::string displayName;
        int type = 16; // SERVICE_WIN32_OWN_PROCESS; 1 = kernel driver
        int state = 4; // SERVICE_RUNNING; 1 = stopped
        int pid = 0;
        std::string executable;
        std::string dll;
    };

    struct Autorun
    {
        std::string location; // registry key (Windows) or the file that starts it
        std::string filePath;
    };

    struct Package
    {
        std::string name;
        std::string version;
        std::string publisher;
    };

    struct Connection
    {
        std::string protocol; // tcp4, udp4
        std::string sourceIp;
        int sourcePort = 0;
        std::string destinationIp;
        int destinationPort = 0;
        int pid = 0;
        std::string state; // LISTEN, ESTABLISHED; empty for UDP
    };

    struct RegistryValue
    {
        std::string name;
        int type = 1; // REG_SZ; 2 REG_EXPAND_SZ, 3 REG_BINARY, 4 REG_DWORD
        std::string data;
    };

    struct RegistryKey
    {
        std::string path; // as displayed, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft
        std::vector<RegistryValue> values;
    };

    SimulatedHost(Os os, std::string hostname);

    Os os() const { return m_os; }
    const std::string& hostname() const { return m_hostname; }
    bool isWindows() const { return m_os == Os::Windows; }
    // The separator of file paths on this host.
    char separator() const { return isWindows() ? '\\' : '/'; }

    // Paths: case-insensitive with either slash on Windows, exact elsewhere; trailing
    // separators are ignored.
    std::string normalize(const std::string& path) const;
    std::string parentOf(const std::string& normalizedPath) const;
    std::string nameOf(const std::string& path) const;

    void addFile(File file);
    void addDirectory(const std::string& path);
    const File* file(const std::string& path) const;
    bool isDirectory(const std::string& path) const;
    // The display path of a directory, or "".
    std::string directoryPath(const std::string& path) const;
    // Files and directories directly inside `directory` (normalized), sorted by path.
    std::vector<const File*> filesIn(const std::string& directory) const;
    std::vector<std::string> directoriesIn(const std::string& directory) const;
    bool removeFile(const std::string& path);
    // Moves a file; false when the source is missing or the target's folder does not exist.
    bool moveFile(const std::string& from, const std::string& to);
    std::vector<const File*> allFiles() const;

    // The simulated bytes of a file and their SHA-256 (computed once).
    std::string content(const File& file) const;
    const std::string& sha256(const File& file) const;

    std::vector<Process>& processes() { return m_processes; }
    const std::vector<Process>& processes() const { return m_processes; }
    Process* process(int pid);
    bool killProcess(int pid);

    std::vector<Service>& services() { return m_services; }
    const std::vector<Service>& services() const { return m_services; }
    std::vector<Service>& drivers() { return m_drivers; }
    const std::vector<Service>& drivers() const { return m_drivers; }
    std::vector<Autorun>& autoruns() { return m_autoruns; }
    const std::vector<Autorun>& autoruns() const { return m_autoruns; }
    std::vector<Package>& packages() { return m_packages; }
    const std::vector<Package>& packages() const { return m_packages; }
    std::vector<std::string>& users() { return m_users; }
    const std::vector<std::string>& users() const { return m_users; }
    std::vector<Connection>& connections() { return m_connections; }
    const std::vector<Connection>& connections() const { return m_connections; }
    std::vector<std::string>& fimPatterns() { return m_fimPatterns; }
    const std::vector<std::string>& fimPatterns() const { return m_fimPatterns; }
    std::vector<std::string>& exfilEvents() { return m_exfilEvents; }
    const std::vector<std::string>& exfilEvents() const { return m_exfilEvents; }
    bool segregated() const { return m_segregated; }
    void setSegregated(bool segregated) { m_segregated = segregated; }

    void addRegistryKey(RegistryKey key);
    const RegistryKey* registryKey(const std::string& path) const;
    // Names of the direct subkeys of a key.
    std::vector<std::string> registrySubkeys(const std::string& path) const;
    // Registry paths: case-insensitive, short roots (hklm) and long ones (HKEY_LOCAL_MACHINE).
    static std::string normalizeRegistry(const std::string& path);

    // Approximate bytes held, for the cache's bound.
    std::size_t footprint() const;

private:
    Os m_os;
    std::string m_hostname;
    std::map<std::string, File> m_files;
    std::map<std::string, std::string> m_directories;
    std::vector<Process> m_processes;
    std::vector<Service> m_services;
    std::vector<Service> m_drivers;
    std::vector<Autorun> m_autoruns;
    std::vector<Package> m_packages;
    std::vector<std::string> m_users;
    std::vector<Connection> m_connections;
    std::vector<std::string> m_fimPatterns;
    std::vector<std::string> m_exfilEvents;
    std::map<std::string, RegistryKey> m_registry;
    bool m_segregated = false;
};
