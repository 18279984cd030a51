// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lc {

// One indicator of compromise a SpotCheck looks for (reference §9), with what it sends.
class Indicator
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)

public:
    enum class Kind
    {
        File,          // file_info, then file_hash when it exists
        Directory,     // dir_list of a directory with a name pattern and a depth
        FileHash,      // dir_find_hash: files under a directory with a SHA-256
        RegistryKey,   // reg_list: the key exists (Windows)
        RegistryValue, // reg_list: the key holds a value of that name (Windows)
        Yara,          // yara_scan of the whole host, a process expression or files
    };

    enum class YaraScope
    {
        Host,
        Process, // `processExpression`
        Files,   // every file dir_list finds under `directory`
    };

    static Indicator file(const QString& path);
    static Indicator directory(const QString& directory, const QString& pattern, int depth);
    static Indicator fileHash(const QString& directory, const QString& pattern, int depth,
                              const QString& sha256);
    static Indicator registryKey(const QString& key);
    static Indicator registryValue(const QString& key, const QString& value);
    // ruleSource: a local rule file, or an https:// URL the sensor fetches.
    static Indicator yara(const QString& ruleSource, YaraScope scope = YaraScope::Host,
                          const QString& target = {}, const QString& pattern = {}, int depth = 0);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    QString pattern() const { return m_pattern; }
    int depth() const { return m_depth; }
    QString hash() const { return m_hash; }
    QString value() const { return m_value; }
    QString ruleSource() const { return m_ruleSource; }
    YaraScope yaraScope() const { return m_scope; }

    // Reads the rule file of a YARA indicator (needed before the task lines are built); a
    // URL needs nothing. Returns false and sets check() when the file cannot be read.
    bool load();
    // Why the indicator would not work: empty when it is fine. Names the indicator.
    QString check() const;
    // "file C:\Temp\x.exe", "hash 9f2c… under C:\Users (*.exe, depth 3)"
    QString text() const;
    QString kindName() const;
    // Registry indicators only make sense on Windows.
    bool appliesTo(quint8 platformBit) const;

    // The task lines (first step for File and Yara-on-files, whose second step depends on
    // the answer).
    QString firstTask() const;
    QString fileHashTask(const QString& path) const;
    QString yaraFileTask(const QString& path) const;

private:
    QString ruleArgument() const;

    Kind m_kind = Kind::File;
    QString m_path; // file, directory, registry key, process expression
    QString m_pattern;
    int m_depth = 0;
    QString m_hash;
    QString m_value;
    QString m_ruleSource;
    QByteArray m_ruleText;
    QString m_loadError;
    YaraScope m_scope = YaraScope::Host;
};

} // namespace lc
