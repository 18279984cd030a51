// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedHost.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "Codec.h"
#include "Rng.h"

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string imageHeader(SimulatedHost::Os os, const std::string& name)
{
    std::string header;
    switch (os) {
    case SimulatedHost::Os::Windows:
        header.assign("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", 16);
        header += "This program cannot be run in DOS mode.\r\r\n$";
        header.append("\x00\x00PE\x00\x00", 6);
        break;
    case SimulatedHost::Os::Linux:
        header.assign("\x7f"
                      "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
                      16);
        break;
    default:
        header.assign("\xcf\xfa\xed\xfe\x07\x00\x00\x01", 8);
        break;
    }
    header += name;
    header.push_back('\0');
    return header;
}

} // namespace

SimulatedHost::SimulatedHost(Os os, std::string hostname)
    : m_os(os)
    , m_hostname(std::move(hostname))
{}

std::string SimulatedHost::normalize(const std::string& path) const
{
    std::string out = path;
    if (isWindows()) {
        std::replace(out.begin(), out.end(), '/', '\\');
        out = lower(out);
        while (out.size() > 2 && out.back() == '\\') {
            out.pop_back();
        }
        // "c:\" and "c:" are the same root.
        if (out.size() == 3 && out[1] == ':' && out[2] == '\\') {
            out.pop_back();
        }
        return out;
    }
    while (out.size() > 1 && out.back() == '/') {
        out.pop_back();
    }
    return out;
}

std::string SimulatedHost::parentOf(const std::string& normalizedPath) const
{
    const std::size_t at = normalizedPath.find_last_of(separator());
    if (at == std::string::npos) {
        return std::string();
    }
    if (!isWindows() && at == 0) {
        return normalizedPath.size() > 1 ? std::string("/") : std::string();
    }
    return normalizedPath.substr(0, at);
}

std::string SimulatedHost::nameOf(const std::string& path) const
{
    const std::size_t at = path.find_last_of(isWindows() ? "\\/" : "/");
    return at == std::string::npos ? path : path.substr(at + 1);
}

void SimulatedHost::addDirectory(const std::string& path)
{
    std::string display = path;
    std::string key = normalize(path);
    while (!key.empty() && m_directories.count(key) == 0) {
        // A root is shown with its separator ("C:\", "/").
        std::string shown = display;
        if (isWindows() && key.size() == 2) {
            shown = display.substr(0, 2) + "\\";
        }
        m_directories.emplace(key, shown);
        const std::string parent = parentOf(key);
        if (parent.empty() || parent == key) {
            break;
        }
        const std::size_t cut = display.find_last_of(separator());
        display = isWindows() || cut != 0 ? display.substr(0, cut) : std::string("/");
        key = parent;
    }
}

void SimulatedHost::addFile(File file)
{
    const std::string key = normalize(file.path);
    const std::size_t cut = file.path.find_last_of(separator());
    if (cut != std::string::npos) {
        addDirectory(cut == 0 ? std::string("/") : file.path.substr(0, cut));
    }
    file.sha256.clear();
    m_files[key] = std::move(file);
}

const SimulatedHost::File* SimulatedHost::file(const std::string& path) const
{
    const auto it = m_files.find(normalize(path));
    return it == m_files.end() ? nullptr : &it->second;
}

bool SimulatedHost::isDirectory(const std::string& path) const
{
    return m_directories.count(normalize(path)) != 0;
}

std::string SimulatedHost::directoryPath(const std::string& path) const
{
    const auto it = m_directories.find(normalize(path));
    return it == m_directories.end() ? std::string() : it->second;
}

std::vector<const SimulatedHost::File*> SimulatedHost::filesIn(const std::string& directory) const
{
    std::vector<const File*> out;
    for (const auto& [key, file] : m_files) {
        if (parentOf(key) == directory) {
            out.push_back(&file);
        }
    }
    return out;
}

std::vector<std::string> SimulatedHost::directoriesIn(const std::string& directory) const
{
    std::vector<std::string> out;
    for (const auto& [key, shown] : m_directories) {
        if (key != directory && parentOf(key) == directory) {
            out.push_back(key);
        }
    }
    return out;
}

bool SimulatedHost::removeFile(const std::string& path)
{
    return m_files.erase(normalize(path)) != 0;
}

bool SimulatedHost::moveFile(const std::string& from, const std::string& to)
{
    const auto it = m_files.find(normalize(from));
    const std::string target = normalize(to);
    if (it == m_files.end() || m_directories.count(parentOf(target)) == 0
        || m_directories.count(target) != 0) {
        return false;
    }
    File moved = it->second;
    m_files.erase(it);
    moved.path = to;
    // The content travels with the file, so the cached hash stays valid.
    const std::string hash = moved.sha256;
    m_files[target] = std::move(moved);
    m_files[target].sha256 = hash;
    return true;
}

std::vector<const SimulatedHost::File*> SimulatedHost::allFiles() const
{
    std::vector<const File*> out;
    out.reserve(m_files.size());
    for (const auto& [key, file] : m_files) {
        out.push_back(&file);
    }
    return out;
}

std::string SimulatedHost::content(const File& file) const
{
    if (file.kind == ContentKind::Literal) {
        return file.literal;
    }
    std::string out;
    out.reserve(file.size);
    if (file.kind == ContentKind::Executable) {
        out = imageHeader(m_os, nameOf(file.path));
    }
    Rng rng(file.contentSeed);
    while (out.size() + 8 <= file.size) {
        const std::uint64_t word = rng.next();
        char bytes[8];
        std::memcpy(bytes, &word, sizeof bytes);
        out.append(bytes, sizeof bytes);
    }
    while (out.size() < file.size) {
        out.push_back(static_cast<char>(rng.next() & 0x7FU));
    }
    out.resize(file.size);
    return out;
}

const std::string& SimulatedHost::sha256(const File& file) const
{
    if (file.sha256.empty()) {
        file.sha256 = Codec::sha256Hex(content(file));
    }
    return file.sha256;
}

SimulatedHost::Process* SimulatedHost::process(int pid)
{
    for (Process& candidate : m_processes) {
        if (candidate.pid == pid) {
            return &candidate;
        }
    }
    return nullptr;
}

bool SimulatedHost::killProcess(int pid)
{
    const auto it = std::find_if(m_processes.begin(), m_processes.end(),
                                 [pid](const Process& candidate) { return candidate.pid == pid; });
    if (it == m_processes.end()) {
        return false;
    }
    m_processes.erase(it);
    m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                       [pid](const Connection& c) { return c.pid == pid; }),
                        m_connections.end());
    for (Service& service : m_services) {
        if (service.pid == pid) {
            service.pid = 0;
            service.state = 1;
        }
    }
    return true;
}

std::string SimulatedHost::normalizeRegistry(const std::string& path)
{
    std::string out = lower(path);
    std::replace(out.begin(), out.end(), '/', '\\');
    while (!out.empty() && out.back() == '\\') {
        out.pop_back();
    }
    static const std::pair<const char*, const char*> roots[] = {{"hkey_local_machine", "hklm"},
                                                                {"hkey_current_user", "hkcu"},
                                                                {"hkey_classes_root", "hkcr"},
                                                                {"hkey_users", "hku"},
                                                                {"hkey_current_config", "hkcc"}};
    for (const auto& [longName, shortName] : roots) {
        const std::size_t length = std::strlen(longName);
        if (out.compare(0, length, longName) == 0
            && (out.size() == length || out[length] == '\\')) {
            out = shortName + out.substr(length);
            break;
        }
    }
    return out;
}

void SimulatedHost::addRegistryKey(RegistryKey key)
{
    // Every ancestor exists as a key of its own, so listings can walk down from the root.
    std::string path = key.path;
    for (std::size_t cut = path.find('\\'); cut != std::string::npos;
         cut = path.find('\\', cut + 1)) {
        const std::string ancestor = path.substr(0, cut);
        const std::string normalized = normalizeRegistry(ancestor);
        if (m_registry.count(normalized) == 0) {
            m_registry.emplace(normalized, RegistryKey{ancestor, {}});
        }
    }
    const std::string normalized = normalizeRegistry(path);
    auto it = m_registry.find(normalized);
    if (it == m_registry.end()) {
        m_registry.emplace(normalized, std::move(key));
        return;
    }
    for (RegistryValue& value : key.values) {
        it->second.values.push_back(std::move(value));
    }
}

const SimulatedHost::RegistryKey* SimulatedHost::registryKey(const std::string& path) const
{
    const auto it = m_registry.find(normalizeRegistry(path));
    return it == m_registry.end() ? nullptr : &it->second;
}

std::vector<std::string> SimulatedHost::registrySubkeys(const std::string& path) const
{
    const std::string base = normalizeRegistry(path) + "\\";
    std::vector<std::string> names;
    for (auto it = m_registry.lower_bound(base);
         it != m_registry.end() && it->first.compare(0, base.size(), base) == 0; ++it) {
        if (it->first.find('\\', base.size()) == std::string::npos) {
            const std::size_t cut = it->second.path.find_last_of('\\');
            names.push_back(it->second.path.substr(cut + 1));
        }
    }
    return names;
}

std::size_t SimulatedHost::footprint() const
{
    std::size_t bytes = sizeof(*this);
    for (const auto& [key, file] : m_files) {
        bytes += 2 * key.size() + file.literal.size() + 160;
    }
    bytes += m_directories.size() * 96 + m_processes.size() * 256 + m_registry.size() * 200;
    bytes += (m_services.size() + m_drivers.size() + m_packages.size()) * 160;
    return bytes;
}
