// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConfigLoader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

#include "LcDesk.h"
#include "sync/YamlReader.h"

namespace lc {

namespace {

bool hasWildcard(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))
           || pattern.contains(QLatin1Char('['));
}

// A glob over '/'-separated paths: * and ? stay inside one folder, ** spans any depth.
QRegularExpression globExpression(const QString& pattern)
{
    QString re;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                const bool slash = i + 2 < pattern.size() && pattern.at(i + 2) == QLatin1Char('/');
                re += slash ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += slash ? 2 : 1;
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = pattern.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                re += QStringLiteral("\\[");
            } else {
                QString set = pattern.mid(i + 1, close - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                re += QLatin1Char('[') + set + QLatin1Char(']');
                i = close;
            }
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("^") + re + QStringLiteral("$"));
}

// The files a pattern (absolute, '/'-separated) matches, sorted.
QStringList globFiles(const QString& pattern)
{
    const QStringList parts = pattern.split(QLatin1Char('/'));
    QStringList fixed;
    for (const QString& part : parts) {
        if (hasWildcard(part))
            break;
        fixed.append(part);
    }
    const QString root = fixed.join(QLatin1Char('/'));
    const QRegularExpression expression = globExpression(pattern);

    QStringList matches;
    QDirIterator it(root.isEmpty() ? QStringLiteral("/") : root, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (expression.match(file).hasMatch())
            matches.append(file);
    }
    std::sort(matches.begin(), matches.end());
    return matches;
}

QString normalisedNamespace(const QString& ns)
{
    if (ns.isEmpty())
        return QStringLiteral("general");
    if (ns == QLatin1String("replicant"))
        return QStringLiteral("service");
    return ns;
}

// A rule file of a rules folder names its rule with "name", else by its file name. Not by the
// name of its report action: that is the detection's category, which two rules may share (the
// community pack has one rule per log source for the same detection).
QString ruleNameOf(const ConfigValue& rule, const QString& absolutePath)
{
    if (rule.value(QStringLiteral("name")).isString())
        return rule.value(QStringLiteral("name")).text();
    return QFileInfo(absolutePath).completeBaseName();
}

// Larger than any config a team keeps (the 1,500-rule pack is 3 MB in all).
constexpr qint64 MaxConfigBytes = 64LL * 1024 * 1024;

// Reads one config file whole, or says why not. Devices, pipes and sockets are refused before
// they are opened: /dev/zero never ends (a rule file linked to it exhausted memory) and a pipe
// without a writer never opens.
bool readConfigBytes(const QString& absolutePath, QByteArray* data, QString* reason)
{
    if (!QFileInfo(absolutePath).isFile()) {
        *reason = ConfigLoader::tr("not a regular file");
        return false;
    }
    QFile input(absolutePath);
    if (!input.open(QIODevice::ReadOnly)) {
        *reason = input.errorString();
        return false;
    }
    *data = input.read(MaxConfigBytes + 1);
    if (data->size() > MaxConfigBytes) {
        data->clear();
        *reason = ConfigLoader::tr("larger than %1 MiB").arg(MaxConfigBytes / (1024 * 1024));
        return false;
    }
    return true;
}

} // namespace

ConfigLoader::ConfigLoader(const QDir& base)
    : m_base(base)
{}

SyncConfig ConfigLoader::load(const QString& path)
{
    const QFileInfo info(path);
    ConfigLoader loader(info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir());
    if (!info.exists()) {
        loader.error(path, 0, 0, tr("no such file or folder"));
    } else if (info.isDir()) {
        loader.loadFolder(QDir::cleanPath(info.absoluteFilePath()));
    } else {
        loader.loadFile(QDir::cleanPath(info.absoluteFilePath()), 0, QString());
    }
    return loader.m_config;
}

QString ConfigLoader::shown(const QString& absolutePath) const
{
    const QString relative = m_base.relativeFilePath(absolutePath);
    return relative.startsWith(QLatin1String("../")) ? absolutePath : relative;
}

void ConfigLoader::error(const QString& file, int line, int column, const QString& message)
{
    ConfigDiagnostic diagnostic;
    diagnostic.severity = ConfigDiagnostic::Severity::Error;
    diagnostic.file = file;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.message = message;
    m_config.diagnostics.append(diagnostic);
}

void ConfigLoader::warning(const QString& file, int line, int column, const QString& message)
{
    ConfigDiagnostic diagnostic;
    diagnostic.severity = ConfigDiagnostic::Severity::Warning;
    diagnostic.file = file;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.message = message;
    m_config.diagnostics.append(diagnostic);
}

void ConfigLoader::loadFolder(const QString& absolutePath)
{
    QStringList files;
    QDirIterator it(absolutePath, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir::cleanPath(it.next()));
    std::sort(files.begin(), files.end());
    if (files.isEmpty())
        error(shown(absolutePath), 0, 0, tr("the folder holds no .yaml or .yml file"));

    m_config.hasRules = true;
    m_config.managedNamespaces.append(QStringLiteral("general"));

    // The files are independent: parsed on every core, then taken in sorted order. The names
    // shown in messages are made here first: QDir fills a cache on first use, and doing that
    // from several threads at once loses memory.
    struct Job
    {
        QString path;
        QString shownName;
    };
    struct Parsed
    {
        ConfigValue root;
        QList<ConfigDiagnostic> diagnostics;
        bool ok = false;
    };
    QList<Job> jobs;
    jobs.reserve(files.size());
    for (const QString& file : std::as_const(files))
        jobs.append({file, shown(file)});
    const QList<Parsed> parsed = QtConcurrent::blockingMapped(jobs, [](const Job& job) {
        Parsed result;
        QByteArray text;
        QString reason;
        if (!readConfigBytes(job.path, &text, &reason)) {
            ConfigDiagnostic diagnostic;
            diagnostic.file = job.shownName;
            diagnostic.message = tr("cannot read: %1").arg(reason);
            result.diagnostics.append(diagnostic);
            return result;
        }
        result.ok = YamlReader::read(text, job.shownName, &result.root, &result.diagnostics);
        return result;
    });

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        m_config.diagnostics.append(parsed.at(i).diagnostics);
        if (!parsed.at(i).ok)
            continue;
        const ConfigValue& root = parsed.at(i).root;
        m_config.files.append(file);
        m_read.insert(file, true);

        // A full config in the folder (one with a version) is read as such.
        if (root.isMap() && root.contains(QStringLiteral("version"))) {
            m_stack.append(file);
            readConfig(root, file);
            m_stack.removeLast();
            continue;
        }
        if (!root.isMap() || !root.contains(QStringLiteral("detect"))) {
            error(shown(file), root.line(), root.column(),
                  root.isNull() ? tr("the file is empty; a rule file holds detect and respond")
                                : tr("not a rule: a rule file is a mapping with detect and "
                                     "respond (or a config with a version)"));
            continue;
        }
        SyncItem item;
        item.kind = SyncItem::Kind::Rule;
        item.ns = normalisedNamespace(root.value(QStringLiteral("namespace")).text());
        item.name = ruleNameOf(root, file);
        item.file = shown(file);
        item.line = 1;
        ConfigValue body = ConfigValue::map();
        for (const ConfigValue::Entry& entry : root.entries()) {
            if (entry.first != QLatin1String("name") && entry.first != QLatin1String("namespace"))
                body.insert(entry.first, entry.second);
        }
        item.body = body;
        addItem(item);
    }
}

void ConfigLoader::loadFile(const QString& absolutePath, int includeLine,
                            const QString& includedFrom)
{
    if (const qsizetype at = m_stack.indexOf(absolutePath); at >= 0) {
        QStringList cycle;
        for (qsizetype i = at; i < m_stack.size(); ++i)
            cycle.append(shown(m_stack.at(i)));
        cycle.append(shown(absolutePath));
        error(includedFrom, includeLine, 0,
              tr("include cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
        return;
    }
    // The same file through another include path: read once, never a duplicate. Known
    // shortcoming: files are told apart by their cleaned path, not their canonical one, so a
    // file reached once by its path and once through a symbolic link is read twice (and its
    // rules reported as defined twice).
    if (m_read.contains(absolutePath))
        return;
    m_read.insert(absolutePath, true);

    const QString name = shown(absolutePath);
    QByteArray text;
    QString reason;
    if (!readConfigBytes(absolutePath, &text, &reason)) {
        if (includedFrom.isEmpty())
            error(name, 0, 0, tr("cannot read: %1").arg(reason));
        else
            error(includedFrom, includeLine, 0,
                  tr("cannot read the included file %1: %2").arg(name, reason));
        return;
    }
    m_config.files.append(absolutePath);

    ConfigValue root;
    if (!YamlReader::read(text, name, &root, &m_config.diagnostics))
        return;
    if (root.isNull()) {
        error(name, 0, 0,
              tr("%1 has no version key (the file is empty or only comments)")
                      .arg(QFileInfo(absolutePath).fileName()));
        return;
    }
    if (!root.isMap()) {
        error(name, root.line(), root.column(),
              tr("a config is a mapping with a version key, not a single value or list"));
        return;
    }

    m_stack.append(absolutePath);
    readConfig(root, absolutePath);
    m_stack.removeLast();
}

void ConfigLoader::readConfig(const ConfigValue& root, const QString& absolutePath)
{
    const QString name = shown(absolutePath);
    const ConfigValue& version = root.value(QStringLiteral("version"));
    if (!root.contains(QStringLiteral("version"))) {
        error(name, root.line(), root.column(), tr("no version key (1, 2 or 3)"));
        return;
    }
    const bool knownVersion =
            version.type() == ConfigValue::Type::Integer
            && (version.text() == QLatin1String("1") || version.text() == QLatin1String("2")
                || version.text() == QLatin1String("3"));
    if (!knownVersion) {
        error(name, version.line(), version.column(),
              tr("version %1 is not known; LC Desk reads versions 1, 2 and 3")
                      .arg(version.isNull() ? tr("(empty)") : QString::fromUtf8(version.toJson())));
        return;
    }

    for (const ConfigValue::Entry& entry : root.entries()) {
        const QString& key = entry.first;
        const ConfigValue& section = entry.second;
        if (key == QLatin1String("version"))
            continue;
        if (key == QLatin1String("include")) {
            if (section.isList()) {
                for (const ConfigValue& one : section.items())
                    include(one, absolutePath);
            } else {
                include(section, absolutePath);
            }
        } else if (key == QLatin1String("rules")) {
            readRules(section, name, QString());
        } else if (key == QLatin1String("fps")) {
            m_config.hasFalsePositives = true;
            readHive(QStringLiteral("fp"), section, name);
        } else if (key == QLatin1String("outputs")) {
            readOutputs(section, name);
        } else if (key == QLatin1String("hives")) {
            if (!section.isMap() && !section.isNull()) {
                error(name, section.line(), section.column(),
                      tr("hives is a mapping of hive names"));
                continue;
            }
            for (const ConfigValue::Entry& hive : section.entries())
                readHive(hive.first, hive.second, name);
        } else if (key.startsWith(QLatin1String("x-"))) {
            // Sections named x-... hold templates for anchors; they are never synced.
            continue;
        } else {
            warning(name, section.line(), 0,
                    tr("the section %1 is not synced by LC Desk and was left out").arg(key));
        }
    }
}

void ConfigLoader::include(const ConfigValue& entry, const QString& absolutePath)
{
    const QString from = shown(absolutePath);
    if (!entry.isString() || entry.text().isEmpty()) {
        error(from, entry.line(), entry.column(), tr("include takes a path or a list of paths"));
        return;
    }
    const QString folder = QFileInfo(absolutePath).absolutePath();
    const QString pattern = QDir::cleanPath(QDir(folder).absoluteFilePath(entry.text()));
    if (!hasWildcard(entry.text())) {
        if (!QFileInfo(pattern).isFile()) {
            error(from, entry.line(), entry.column(),
                  tr("the included file %1 does not exist").arg(entry.text()));
            return;
        }
        loadFile(pattern, entry.line(), from);
        return;
    }
    const QStringList matches = globFiles(pattern);
    // An error, not a warning: with force, the rules the pattern should have brought in would
    // be removed from the organisation.
    if (matches.isEmpty())
        error(from, entry.line(), entry.column(),
              tr("the include pattern %1 matches no file").arg(entry.text()));
    for (const QString& match : matches)
        loadFile(match, entry.line(), from);
}

void ConfigLoader::readRules(const ConfigValue& section, const QString& file,
                             const QString& defaultNs)
{
    m_config.hasRules = true;
    // A rules section manages the general namespace even when empty (a forced push of an
    // empty section removes rules there, after asking), and every namespace it names.
    if (!m_config.managedNamespaces.contains(QStringLiteral("general")))
        m_config.managedNamespaces.append(QStringLiteral("general"));
    if (section.isNull())
        return;
    if (!section.isMap()) {
        error(file, section.line(), section.column(),
              tr("rules is a mapping of rule names to rules"));
        return;
    }
    for (const ConfigValue::Entry& entry : section.entries()) {
        const ConfigValue& rule = entry.second;
        if (!rule.isMap() || !rule.contains(QStringLiteral("detect"))) {
            error(file, rule.line(), rule.column(),
                  tr("the rule %1 has no detect section").arg(entry.first));
            continue;
        }
        SyncItem item;
        item.kind = SyncItem::Kind::Rule;
        item.ns = normalisedNamespace(rule.contains(QStringLiteral("namespace"))
                                              ? rule.value(QStringLiteral("namespace")).text()
                                              : defaultNs);
        item.name = entry.first;
        item.file = file;
        item.line = rule.line();
        ConfigValue body = ConfigValue::map();
        for (const ConfigValue::Entry& field : rule.entries()) {
            if (field.first != QLatin1String("name") && field.first != QLatin1String("namespace"))
                body.insert(field.first, field.second);
        }
        item.body = body;
        addItem(item);
    }
}

void ConfigLoader::readHive(const QString& hive, const ConfigValue& section, const QString& file)
{
    SyncItem::Kind kind = SyncItem::Kind::Rule;
    QString ns;
    if (hive == QLatin1String("dr-general") || hive == QLatin1String("dr-managed")
        || hive == QLatin1String("dr-service")) {
        ns = hive.mid(3);
        m_config.hasRules = true;
        if (!m_config.managedNamespaces.contains(ns))
            m_config.managedNamespaces.append(ns);
    } else if (hive == QLatin1String("fp")) {
        kind = SyncItem::Kind::FalsePositive;
        m_config.hasFalsePositives = true;
    } else {
        warning(file, section.line(), 0,
                tr("the hive %1 is not synced by LC Desk and was left out").arg(hive));
        return;
    }
    if (section.isNull())
        return;
    if (!section.isMap()) {
        error(file, section.line(), section.column(),
              tr("the hive %1 is a mapping of record names to records").arg(hive));
        return;
    }

    for (const ConfigValue::Entry& entry : section.entries()) {
        const ConfigValue& record = entry.second;
        // A hive record carries the rule in data and enabled/expiry/tags in usr_mtd; a bare
        // rule (detect/respond at the top) is taken as the data itself.
        const bool wrapped = record.isMap() && record.contains(QStringLiteral("data"));
        const ConfigValue& data = wrapped ? record.value(QStringLiteral("data")) : record;
        if (!data.isMap()) {
            error(file, record.line(), record.column(),
                  tr("the record %1 in %2 has no data mapping").arg(entry.first, hive));
            continue;
        }
        if (kind == SyncItem::Kind::Rule && !data.contains(QStringLiteral("detect"))) {
            error(file, data.line(), data.column(),
                  tr("the rule %1 has no detect section").arg(entry.first));
            continue;
        }
        SyncItem item;
        item.kind = kind;
        item.ns = ns;
        item.name = entry.first;
        item.file = file;
        item.line = record.line();
        item.body = data;
        const ConfigValue& metadata = record.value(QStringLiteral("usr_mtd"));
        if (wrapped && metadata.isMap()) {
            const ConfigValue& enabled = metadata.value(QStringLiteral("enabled"));
            if (enabled.type() == ConfigValue::Type::Bool)
                item.body.insert(QStringLiteral("is_enabled"), enabled);
            // Tags, comment and expiry travel with the record; enabled is compared above.
            item.metadata = ConfigValue::map();
            for (const ConfigValue::Entry& field : metadata.entries()) {
                if (field.first != QLatin1String("enabled"))
                    item.metadata.insert(field.first, field.second);
            }
        }
        addItem(item);
    }
}

void ConfigLoader::readOutputs(const ConfigValue& section, const QString& file)
{
    m_config.hasOutputs = true;
    if (section.isNull())
        return;
    if (!section.isMap()) {
        error(file, section.line(), section.column(),
              tr("outputs is a mapping of output names to outputs"));
        return;
    }
    for (const ConfigValue::Entry& entry : section.entries()) {
        const ConfigValue& output = entry.second;
        if (!output.isMap() || !output.value(QStringLiteral("module")).isString()) {
            error(file, output.line(), output.column(),
                  tr("the output %1 has no module").arg(entry.first));
            continue;
        }
        SyncItem item;
        item.kind = SyncItem::Kind::Output;
        item.name = entry.first;
        item.file = file;
        item.line = output.line();
        item.body = output;
        addItem(item);
    }
}

bool ConfigLoader::checkItem(const SyncItem& item)
{
    const auto fail = [&](const QString& message) {
        error(item.file, item.line, 0, message);
        return false;
    };

    // A name must be a record key the API can hold and a report can show.
    if (item.name.isEmpty() || item.name == QLatin1String(".") || item.name == QLatin1String(".."))
        return fail(tr("\"%1\" cannot be a name").arg(item.name));
    for (const QChar c : item.name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(tr("the name %1 holds an invisible or control character")
                                .arg(QString::fromUtf8(ConfigValue::string(item.name).toJson())));
    }
    if (item.kind == SyncItem::Kind::Rule && item.name.startsWith(QLatin1String("__")))
        return fail(tr("the rule %1: names starting with __ belong to the service").arg(item.name));
    if (item.kind != SyncItem::Kind::Rule)
        return true;

    if (item.ns != QLatin1String("general") && item.ns != QLatin1String("managed")
        && item.ns != QLatin1String("service"))
        return fail(tr("the rule %1: the namespace %2 does not exist (general, managed or "
                       "service)")
                            .arg(item.name, item.ns));
    const ConfigValue& detect = item.body.value(QStringLiteral("detect"));
    if (!detect.isMap())
        return fail(tr("the rule %1: detect must be a mapping").arg(item.name));
    const ConfigValue& respond = item.body.value(QStringLiteral("respond"));
    if (!respond.isNull() && !respond.isList())
        return fail(tr("the rule %1: respond must be a list of actions").arg(item.name));
    const ConfigValue& enabled = item.body.value(QStringLiteral("is_enabled"));
    if (item.body.contains(QStringLiteral("is_enabled"))
        && enabled.type() != ConfigValue::Type::Bool)
        return fail(tr("the rule %1: is_enabled must be true or false, not %2")
                            .arg(item.name, QString::fromUtf8(enabled.toJson())));
    return true;
}

void ConfigLoader::addItem(SyncItem item)
{
    if (!checkItem(item))
        return;
    const QString key = SyncItem::kindName(item.kind) + QLatin1Char('|') + item.ns
                        + QLatin1Char('|') + item.name;
    if (const auto seen = m_seen.constFind(key); seen != m_seen.constEnd()) {
        const SyncItem& first = m_config.items.at(*seen);
        const QString what = item.kind == SyncItem::Kind::Output
                                     ? tr("output %1").arg(item.name)
                                     : (item.kind == SyncItem::Kind::FalsePositive
                                                ? tr("false-positive rule %1").arg(item.name)
                                                : tr("rule %1").arg(item.name));
        error(item.file, item.line, 0,
              tr("%1 defined in %2 (line %3) and %4 (line %5)")
                      .arg(what, first.file)
                      .arg(first.line)
                      .arg(item.file)
                      .arg(item.line));
        return;
    }
    if (item.kind == SyncItem::Kind::Rule && !m_config.managedNamespaces.contains(item.ns))
        m_config.managedNamespaces.append(item.ns);
    m_seen.insert(key, m_config.items.size());
    m_config.items.append(item);
}

} // namespace lc
