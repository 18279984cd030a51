// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/Indicator.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include "investigate/CommandSpec.h"
#include "investigate/TaskLine.h"

namespace lc {

namespace {

// The first character that is not a hexadecimal digit, or a null QChar.
QChar firstNonHex(const QString& text)
{
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if (!c.isDigit() && !(lower >= QLatin1Char('a') && lower <= QLatin1Char('f')))
            return c;
    }
    return {};
}

} // namespace

Indicator Indicator::file(const QString& path)
{
    Indicator indicator;
    indicator.m_kind = Kind::File;
    indicator.m_path = path;
    return indicator;
}

Indicator Indicator::directory(const QString& directory, const QString& pattern, int depth)
{
    Indicator indicator;
    indicator.m_kind = Kind::Directory;
    indicator.m_path = directory;
    indicator.m_pattern = pattern;
    indicator.m_depth = depth;
    return indicator;
}

Indicator Indicator::fileHash(const QString& directory, const QString& pattern, int depth,
                              const QString& sha256)
{
    Indicator indicator = Indicator::directory(directory, pattern, depth);
    indicator.m_kind = Kind::FileHash;
    indicator.m_hash = sha256.trimmed().toLower();
    return indicator;
}

Indicator Indicator::registryKey(const QString& key)
{
    Indicator indicator;
    indicator.m_kind = Kind::RegistryKey;
    indicator.m_path = key.trimmed();

    // Sensors take only the short root names; Windows tools show the long ones.
    static const std::pair<const char*, const char*> roots[] = {
            {"HKEY_LOCAL_MACHINE", "hklm"}, {"HKEY_CURRENT_USER", "hkcu"},
            {"HKEY_CLASSES_ROOT", "hkcr"},  {"HKEY_CURRENT_CONFIG", "hkcc"},
            {"HKEY_USERS", "hku"},
    };
    for (const auto& [longName, shortName] : roots) {
        const QString root = QLatin1String(longName);
        if (indicator.m_path.startsWith(root, Qt::CaseInsensitive)
            && (indicator.m_path.size() == root.size()
                || indicator.m_path.at(root.size()) == QLatin1Char('\\'))) {
            indicator.m_path = QLatin1String(shortName) + indicator.m_path.mid(root.size());
            break;
        }
    }
    return indicator;
}

Indicator Indicator::registryValue(const QString& key, const QString& value)
{
    Indicator indicator = registryKey(key);
    indicator.m_kind = Kind::RegistryValue;
    indicator.m_value = value;
    return indicator;
}

Indicator Indicator::yara(const QString& ruleSource, YaraScope scope, const QString& target,
                          const QString& pattern, int depth)
{
    Indicator indicator;
    indicator.m_kind = Kind::Yara;
    indicator.m_ruleSource = ruleSource;
    indicator.m_scope = scope;
    indicator.m_path = target;
    indicator.m_pattern = pattern;
    indicator.m_depth = depth;
    return indicator;
}

bool Indicator::load()
{
    if (m_kind != Kind::Yara || m_ruleSource.startsWith(QLatin1String("https://")))
        return true;

    QFile file(m_ruleSource);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError =
                tr("YARA rule file %1 cannot be read: %2").arg(m_ruleSource, file.errorString());
        return false;
    }
    m_ruleText = file.readAll();
    if (m_ruleText.trimmed().isEmpty()) {
        m_loadError = tr("YARA rule file %1 is empty").arg(m_ruleSource);
        return false;
    }
    m_loadError.clear();
    return true;
}

QString Indicator::kindName() const
{
    switch (m_kind) {
    case Kind::File:
        return tr("file");
    case Kind::Directory:
        return tr("directory");
    case Kind::FileHash:
        return tr("hash");
    case Kind::RegistryKey:
        return tr("registry key");
    case Kind::RegistryValue:
        return tr("registry value");
    case Kind::Yara:
        return tr("YARA");
    }
    return {};
}

QString Indicator::text() const
{
    switch (m_kind) {
    case Kind::File:
        return m_path;
    case Kind::Directory:
        return tr("%1 in %2 (depth %3)").arg(m_pattern, m_path).arg(m_depth);
    case Kind::FileHash:
        return tr("%1 in %2 %3 (depth %4)").arg(m_hash, m_path, m_pattern).arg(m_depth);
    case Kind::RegistryKey:
        return m_path;
    case Kind::RegistryValue:
        return m_path + QLatin1String(" : ") + m_value;
    case Kind::Yara:
        switch (m_scope) {
        case YaraScope::Host:
            return m_ruleSource;
        case YaraScope::Process:
            return tr("%1 on processes %2").arg(m_ruleSource, m_path);
        case YaraScope::Files:
            return tr("%1 on %2 in %3 (depth %4)")
                    .arg(m_ruleSource, m_pattern, m_path)
                    .arg(m_depth);
        }
    }
    return {};
}

QString Indicator::check() const
{
    const QString name = kindName();
    const auto problem = [&](const QString& why) {
        return tr("%1 indicator \"%2\" rejected: %3").arg(name, text(), why);
    };

    for (const QString& part : {m_path, m_pattern, m_value, m_ruleSource}) {
        if (TaskLine::hasControlCharacters(part))
            return problem(tr("it holds control characters (a line break or a tab?)"));
    }

    switch (m_kind) {
    case Kind::File:
        if (m_path.trimmed().isEmpty())
            return problem(tr("the path is empty"));
        break;
    case Kind::FileHash: {
        if (m_hash.size() != 64 || !firstNonHex(m_hash).isNull()) {
            const QChar bad = firstNonHex(m_hash);
            return problem(bad.isNull() ? tr("a SHA-256 has 64 hexadecimal characters, this has %1")
                                                  .arg(m_hash.size())
                                        : tr("not 64 hex characters, contains '%1'").arg(bad));
        }
        Q_FALLTHROUGH();
    }
    case Kind::Directory:
        if (m_path.trimmed().isEmpty())
            return problem(tr("the directory is empty"));
        if (m_pattern.trimmed().isEmpty())
            return problem(tr("the file name pattern is empty (use * for all files)"));
        if (m_depth < 0)
            return problem(tr("the depth cannot be negative"));
        break;
    case Kind::RegistryValue:
        if (m_value.isEmpty())
            return problem(tr("the value name is empty"));
        Q_FALLTHROUGH();
    case Kind::RegistryKey: {
        static const QRegularExpression root(QStringLiteral("^(hkcr|hkcc|hkcu|hklm|hku)(\\\\|$)"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (!root.match(m_path).hasMatch())
            return problem(tr("a registry key starts with hkcr, hkcc, hkcu, hklm or hku "
                              "(or their HKEY_ names), then a backslash"));
        break;
    }
    case Kind::Yara:
        if (m_ruleSource.isEmpty())
            return problem(tr("no rule file or URL"));
        if (m_ruleSource.contains(QLatin1String("://"))
            && !m_ruleSource.startsWith(QLatin1String("https://")))
            return problem(tr("a rule URL must be https://"));
        if (!m_loadError.isEmpty())
            return problem(m_loadError);
        if (m_scope == YaraScope::Process && m_path.isEmpty())
            return problem(tr("no process expression"));
        if (m_scope == YaraScope::Files && (m_path.isEmpty() || m_pattern.isEmpty() || m_depth < 0))
            return problem(tr("files need a directory, a name pattern and a depth"));
        break;
    }
    return {};
}

bool Indicator::appliesTo(quint8 platformBit) const
{
    if (m_kind == Kind::RegistryKey || m_kind == Kind::RegistryValue)
        return platformBit == CommandSpec::Windows;
    return platformBit != CommandSpec::Chrome;
}

QString Indicator::ruleArgument() const
{
    if (m_ruleSource.startsWith(QLatin1String("https://")))
        return m_ruleSource;
    return QString::fromLatin1(m_ruleText.toBase64());
}

QString Indicator::firstTask() const
{
    const QString depth = QString::number(m_depth);
    switch (m_kind) {
    case Kind::File:
        return QLatin1String("file_info ") + TaskLine::quote(m_path);
    case Kind::Directory:
        return QStringLiteral("dir_list %1 %2 -d %3")
                .arg(TaskLine::quote(m_path), TaskLine::quote(m_pattern), depth);
    case Kind::FileHash:
        return QStringLiteral("dir_find_hash %1 %2 %3 --depth %4")
                .arg(TaskLine::quote(m_path), TaskLine::quote(m_pattern), m_hash, depth);
    case Kind::RegistryKey:
    case Kind::RegistryValue:
        return QLatin1String("reg_list ") + TaskLine::quote(m_path);
    case Kind::Yara:
        switch (m_scope) {
        case YaraScope::Host:
            return QLatin1String("yara_scan ") + ruleArgument()
                   + QLatin1String(" --is-no-validation");
        case YaraScope::Process:
            return QStringLiteral("yara_scan %1 --is-no-validation -e %2")
                    .arg(ruleArgument(), TaskLine::quoteIfNeeded(m_path));
        case YaraScope::Files:
            return QStringLiteral("dir_list %1 %2 -d %3")
                    .arg(TaskLine::quote(m_path), TaskLine::quote(m_pattern), depth);
        }
    }
    return {};
}

QString Indicator::fileHashTask(const QString& path) const
{
    return QLatin1String("file_hash ") + TaskLine::quote(path);
}

QString Indicator::yaraFileTask(const QString& path) const
{
    return QStringLiteral("yara_scan %1 --is-no-validation -f %2")
            .arg(ruleArgument(), TaskLine::quote(path));
}

} // namespace lc
