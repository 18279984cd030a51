// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConfigWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <charconv>

#include "sync/ValueCompare.h"

namespace lc {

namespace {

// Text that YAML 1.1 (and the stricter readers) reads back as exactly this string when
// written plain.
bool isPlainSafe(const QString& text)
{
    static const QRegularExpression safe(
            QStringLiteral("^[A-Za-z_][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*\\z"));
    static const QRegularExpression special(QStringLiteral(
            "^(?:y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|"
            "Off|OFF|null|Null|NULL)$"));
    return safe.match(text).hasMatch() && !special.match(text).hasMatch();
}

QString quoted(const QString& text)
{
    // A JSON string is a valid YAML double-quoted scalar with the same escapes.
    const QByteArray array =
            QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString floatText(const ConfigValue& value)
{
    const QByteArray latin = value.text().toLatin1();
    double number = 0;
    const auto parsed =
            std::from_chars(latin.constData(), latin.constData() + latin.size(), number);
    if (parsed.ec != std::errc())
        return value.text();
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
    QString text = QString::fromLatin1(buffer, static_cast<qsizetype>(written.ptr - buffer));

    // YAML 1.1 reads a float only with a dot and a signed exponent.
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString mantissa = e < 0 ? text : text.left(e);
    QString exponent = e < 0 ? QString() : text.mid(e + 1);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += QLatin1String(".0");
    if (!exponent.isEmpty() && exponent.front() != QLatin1Char('-')
        && exponent.front() != QLatin1Char('+'))
        exponent.prepend(QLatin1Char('+'));
    return exponent.isEmpty() ? mantissa : mantissa + QLatin1Char('e') + exponent;
}

QList<const ConfigValue::Entry*> sortedEntries(const ConfigValue& map, bool ruleOrder)
{
    QList<const ConfigValue::Entry*> entries;
    for (const ConfigValue::Entry& entry : map.entries())
        entries.append(&entry);
    const auto rank = [ruleOrder](const QString& key) {
        if (!ruleOrder)
            return 2;
        if (key == QLatin1String("namespace"))
            return 0;
        if (key == QLatin1String("is_enabled"))
            return 1;
        if (key == QLatin1String("detect"))
            return 2;
        if (key == QLatin1String("respond"))
            return 3;
        return 4;
    };
    std::sort(entries.begin(), entries.end(), [&](const auto* a, const auto* b) {
        const int ra = rank(a->first);
        const int rb = rank(b->first);
        return ra != rb ? ra < rb : a->first < b->first;
    });
    return entries;
}

bool isBlock(const ConfigValue& value)
{
    return (value.isMap() && !value.entries().empty())
           || (value.isList() && !value.items().empty());
}

void writeValue(const ConfigValue& value, int indent, QString& out, bool ruleOrder);

void writeMap(const ConfigValue& map, int indent, QString& out, bool ruleOrder)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const ConfigValue::Entry* entry : sortedEntries(map, ruleOrder)) {
        out += pad + ConfigWriter::key(entry->first) + QLatin1Char(':');
        if (isBlock(entry->second)) {
            out += QLatin1Char('\n');
            writeValue(entry->second, indent + 2, out, false);
        } else {
            out += QLatin1Char(' ') + ConfigWriter::scalar(entry->second) + QLatin1Char('\n');
        }
    }
}

void writeList(const ConfigValue& list, int indent, QString& out)
{
    const QString pad(indent, QLatin1Char(' '));
    for (const ConfigValue& item : list.items()) {
        if (item.isMap() && !item.entries().empty()) {
            // The first key on the dash's line, the others under it.
            QString block;
            writeMap(item, indent + 2, block, false);
            out += pad + QLatin1String("- ") + block.mid(indent + 2);
        } else if (isBlock(item)) {
            out += pad + QLatin1String("-\n");
            writeValue(item, indent + 2, out, false);
        } else {
            out += pad + QLatin1String("- ") + ConfigWriter::scalar(item) + QLatin1Char('\n');
        }
    }
}

void writeValue(const ConfigValue& value, int indent, QString& out, bool ruleOrder)
{
    if (value.isMap() && !value.entries().empty())
        writeMap(value, indent, out, ruleOrder);
    else if (value.isList() && !value.items().empty())
        writeList(value, indent, out);
    else
        out += QString(indent, QLatin1Char(' ')) + ConfigWriter::scalar(value) + QLatin1Char('\n');
}

// A rule as a config holds it: namespace and is_enabled only when not the default.
ConfigValue ruleForFile(const SyncItem& item, bool withName, bool withNamespace)
{
    ConfigValue rule = ConfigValue::map();
    if (withName)
        rule.insert(QStringLiteral("name"), ConfigValue::string(item.name));
    if (withNamespace && !item.ns.isEmpty() && item.ns != QLatin1String("general"))
        rule.insert(QStringLiteral("namespace"), ConfigValue::string(item.ns));
    for (const ConfigValue::Entry& entry : item.body.entries()) {
        if (entry.first == QLatin1String("is_enabled")
            && entry.second.type() == ConfigValue::Type::Bool && entry.second.toBool())
            continue;
        rule.insert(entry.first, entry.second);
    }
    return rule;
}

QList<SyncItem> sortedItems(QList<SyncItem> items)
{
    std::sort(items.begin(), items.end(), [](const SyncItem& a, const SyncItem& b) {
        if (a.kind != b.kind)
            return static_cast<int>(a.kind) < static_cast<int>(b.kind);
        if (a.ns != b.ns)
            return a.ns < b.ns;
        return a.name < b.name;
    });
    return items;
}

// A hive record: the rule as data, enabled state in usr_mtd only when off.
ConfigValue hiveRecord(const SyncItem& item)
{
    ConfigValue data = ConfigValue::map();
    bool enabled = true;
    for (const ConfigValue::Entry& entry : item.body.entries()) {
        if (entry.first == QLatin1String("is_enabled")
            && entry.second.type() == ConfigValue::Type::Bool) {
            enabled = entry.second.toBool();
            continue;
        }
        data.insert(entry.first, entry.second);
    }
    ConfigValue record = ConfigValue::map();
    record.insert(QStringLiteral("data"), data);
    if (!enabled) {
        ConfigValue metadata = ConfigValue::map();
        metadata.insert(QStringLiteral("enabled"), ConfigValue::boolean(false));
        record.insert(QStringLiteral("usr_mtd"), metadata);
    }
    return record;
}

// "title:" and its items, names in the (sorted) order given; empty when there are none.
QString section(const QString& title, const QList<std::pair<QString, ConfigValue>>& named,
                int indent, bool ruleOrder)
{
    if (named.isEmpty())
        return {};
    const QString pad(indent, QLatin1Char(' '));
    QString out = pad + title + QLatin1String(":\n");
    for (const auto& [name, value] : named) {
        out += pad + QLatin1String("  ") + ConfigWriter::key(name) + QLatin1Char(':');
        if (isBlock(value)) {
            out += QLatin1Char('\n');
            writeValue(value, indent + 4, out, ruleOrder);
        } else {
            out += QLatin1Char(' ') + ConfigWriter::scalar(value) + QLatin1Char('\n');
        }
    }
    return out;
}

// Everything but rules outside the general namespace as a version 3 config; managed rules go
// under hives: dr-managed (a rules: mapping cannot hold one name twice). Service rules belong
// to the service and are never written.
QString configText(const QList<SyncItem>& sorted, bool withRules)
{
    QList<std::pair<QString, ConfigValue>> general;
    QList<std::pair<QString, ConfigValue>> managed;
    QList<std::pair<QString, ConfigValue>> fps;
    QList<std::pair<QString, ConfigValue>> outputs;
    for (const SyncItem& item : sorted) {
        switch (item.kind) {
        case SyncItem::Kind::Rule:
            if (!withRules)
                break;
            if (item.ns.isEmpty() || item.ns == QLatin1String("general"))
                general.append({item.name, ruleForFile(item, false, false)});
            else if (item.ns == QLatin1String("managed"))
                managed.append({item.name, hiveRecord(item)});
            break;
        case SyncItem::Kind::FalsePositive:
            fps.append({item.name, item.body});
            break;
        case SyncItem::Kind::Output:
            outputs.append({item.name, item.body});
            break;
        }
    }

    QString text = QStringLiteral("version: 3\n");
    text += section(QStringLiteral("rules"), general, 0, true);
    if (!managed.isEmpty())
        text += QStringLiteral("hives:\n")
                + section(QStringLiteral("dr-managed"), managed, 2, false);
    text += section(QStringLiteral("fps"), fps, 0, false);
    text += section(QStringLiteral("outputs"), outputs, 0, false);
    return text;
}

bool save(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = ConfigWriter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString fileNameFor(const QString& name, bool* needsName)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._ -]{0,150}\\z"));
    if (safe.match(name).hasMatch() && !name.endsWith(QLatin1Char('.'))
        && !name.endsWith(QLatin1Char(' '))) {
        *needsName = false;
        return name;
    }
    *needsName = true;
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    base = base.left(80);
    const QByteArray hash =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return base + QLatin1Char('-') + QString::fromLatin1(hash);
}

} // namespace

QString ConfigWriter::key(const QString& key)
{
    return isPlainSafe(key) ? key : quoted(key);
}

QString ConfigWriter::scalar(const ConfigValue& value)
{
    switch (value.type()) {
    case ConfigValue::Type::Null:
        return QStringLiteral("null");
    case ConfigValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ConfigValue::Type::Integer:
        return ValueCompare::canonicalNumber(value);
    case ConfigValue::Type::Float:
        return floatText(value);
    case ConfigValue::Type::String:
        return isPlainSafe(value.text()) ? value.text() : quoted(value.text());
    case ConfigValue::Type::List:
        return QStringLiteral("[]");
    case ConfigValue::Type::Map:
        return QStringLiteral("{}");
    }
    return {};
}

QString ConfigWriter::toYaml(const ConfigValue& value, int indent)
{
    QString out;
    writeValue(value, indent, out, true);
    return out;
}

bool ConfigWriter::writeFile(const QString& path, const QList<SyncItem>& items, QString* error)
{
    return save(path, configText(sortedItems(items), true), error);
}

bool ConfigWriter::writeFolder(const QString& folder, const QList<SyncItem>& items,
                               QStringList* written, QString* error)
{
    const QList<SyncItem> sorted = sortedItems(items);
    QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create the folder %1").arg(folder);
        return false;
    }

    // A folder laid out otherwise (a rule pack, a hand-made tree) would end up holding every
    // rule twice: refused, and nothing written.
    QDirIterator existing(root.absolutePath(), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                          QDir::Files, QDirIterator::Subdirectories);
    while (existing.hasNext()) {
        const QString relative = root.relativeFilePath(existing.next());
        if (relative != QLatin1String("config.yaml")
            && !relative.startsWith(QLatin1String("rules/"))) {
            *error = tr("The folder %1 holds YAML files fetch did not write (%2); fetch into an "
                        "empty folder or one written by fetch.")
                             .arg(folder, relative);
            return false;
        }
    }

    QStringList files;
    for (const SyncItem& item : sorted) {
        if (item.kind != SyncItem::Kind::Rule || item.ns == QLatin1String("service"))
            continue;
        bool needsName = false;
        const QString base = fileNameFor(item.name, &needsName);
        const QString ns = item.ns.isEmpty() ? QStringLiteral("general") : item.ns;
        const QString path = root.filePath(QStringLiteral("rules/%1/%2.yaml").arg(ns, base));
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = tr("Cannot create the folder %1").arg(QFileInfo(path).absolutePath());
            return false;
        }
        if (!save(path, toYaml(ruleForFile(item, needsName, true)), error))
            return false;
        files.append(QDir::cleanPath(path));
    }

    const QString config = configText(sorted, false);
    const QString configPath = root.filePath(QStringLiteral("config.yaml"));
    if (!save(configPath, config, error))
        return false;
    files.append(QDir::cleanPath(configPath));

    // Rule files of rules the organisation no longer holds go, now that the rest is written.
    QDirIterator it(root.filePath(QStringLiteral("rules")), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir::cleanPath(it.next());
        if (!files.contains(path))
            QFile::remove(path);
    }
    if (written)
        *written = files;
    return true;
}

} // namespace lc
