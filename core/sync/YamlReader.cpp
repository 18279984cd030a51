// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/YamlReader.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

#include "yaml/YamlParseGuard.h"
#include "yaml/YamlPrecheck.h"

namespace lc {

namespace {

// PyYAML's implicit resolvers for YAML 1.1 (resolver.py), anchored.
const QRegularExpression& boolPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}

const QRegularExpression& intPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression& floatPattern()
{
    static const QRegularExpression re(
            QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*("
                           "?:[eE][-+][0-9]+)?"
                           "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)"
                           "|\\.(?:nan|NaN|NAN))$"));
    return re;
}

const QRegularExpression& nullPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}

const QRegularExpression& timestampPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)"
            "[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ "
            "\\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$"));
    return re;
}

// Text that some YAML reader (YAML 1.2, go-yaml) takes for a number or boolean while
// PyYAML keeps it a string.
const QRegularExpression& lookalikePattern()
{
    static const QRegularExpression re(
            QStringLiteral("^(?:y|Y|n|N|[-+]?[0-9]+[eE][-+]?[0-9]+|[-+]?0[0-9]+|0o[0-7]+)$"));
    return re;
}

// Keys whose value is meant as a flag: yes/no there is what the author meant.
bool isFlagKey(const QString& key)
{
    static const QSet<QString> keys = {
            QStringLiteral("case sensitive"), QStringLiteral("enabled"),
            QStringLiteral("is_enabled"),     QStringLiteral("not"),
            QStringLiteral("is_tls"),         QStringLiteral("is_strict_tls"),
            QStringLiteral("is_no_header"),   QStringLiteral("is_delete_on_failure"),
            QStringLiteral("is_flat"),        QStringLiteral("is_no_routing"),
    };
    return keys.contains(key);
}

// The exact decimal text of a YAML 1.1 integer, or an empty string when it does not fit
// 64 bits (only decimal integers may be longer: they are kept as written).
QString integerDigits(QString text)
{
    text.remove(QLatin1Char('_'));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }

    quint64 magnitude = 0;
    bool ok = true;
    if (text.contains(QLatin1Char(':'))) {
        for (const QString& part : text.split(QLatin1Char(':'))) {
            const quint64 digit = part.toULongLong(&ok);
            if (!ok || magnitude > (std::numeric_limits<quint64>::max() - digit) / 60)
                return {};
            magnitude = magnitude * 60 + digit;
        }
    } else if (text.startsWith(QLatin1String("0b"))) {
        magnitude = text.mid(2).toULongLong(&ok, 2);
    } else if (text.startsWith(QLatin1String("0x"))) {
        magnitude = text.mid(2).toULongLong(&ok, 16);
    } else if (text.size() > 1 && text.startsWith(QLatin1Char('0'))) {
        magnitude = text.mid(1).toULongLong(&ok, 8);
    } else {
        while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
            text.remove(0, 1);
        return negative && text != QLatin1String("0") ? QLatin1Char('-') + text : text;
    }
    if (!ok)
        return {};
    const QString digits = QString::number(magnitude);
    return negative && magnitude != 0 ? QLatin1Char('-') + digits : digits;
}

// A JSON number for a YAML 1.1 float, written the way Python's json module writes it
// (shortest text that reads back the same, with ".0" for whole numbers).
QString floatText(QString text, bool* finite)
{
    text.remove(QLatin1Char('_'));
    double value = 0;
    if (text.contains(QLatin1Char(':'))) {
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
            text.remove(0, 1);
        for (const QString& part : text.split(QLatin1Char(':')))
            value = value * 60 + part.toDouble();
        if (negative)
            value = -value;
    } else if (text.contains(QLatin1String("inf"), Qt::CaseInsensitive)
               || text.contains(QLatin1String("nan"), Qt::CaseInsensitive)) {
        *finite = false;
        return text;
    } else {
        value = text.toDouble();
    }
    *finite = std::isfinite(value);

    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString written = QString::fromLatin1(buffer, static_cast<qsizetype>(result.ptr - buffer));
    if (!written.contains(QLatin1Char('.')) && !written.contains(QLatin1Char('e'))
        && !written.contains(QLatin1Char('n')))
        written += QLatin1String(".0");
    return written;
}

class Converter
{
public:
    // maxValues bounds what aliases may expand to: written out, a value takes a few bytes at
    // least, so a file that expands far beyond its size repeats aliases within aliases.
    Converter(const QString& file, QList<ConfigDiagnostic>* diagnostics, qint64 maxValues)
        : m_file(file)
        , m_diagnostics(diagnostics)
        , m_maxValues(maxValues)
    {}

    bool failed() const { return m_failed; }

    ConfigValue convert(const YAML::Node& node, const QStringList& path)
    {
        // Counted here rather than from the path: a merge key (<<) nests without a path step.
        ++m_depth;
        ConfigValue value = convertNested(node, path);
        --m_depth;
        return value;
    }

private:
    ConfigValue convertNested(const YAML::Node& node, const QStringList& path)
    {
        ConfigValue value;
        if (m_failedLimit)
            return value;
        // An alias to its own ancestor never ends, and a few nested aliases can stand for
        // billions of values: both stop here, as errors.
        if (m_depth > MaxDepth) {
            m_failedLimit = true;
            add(ConfigDiagnostic::Severity::Error, node.Mark(),
                YamlReader::tr("nesting deeper than %1 levels (an alias that refers to itself?)")
                        .arg(MaxDepth));
            return value;
        }
        if (++m_values > m_maxValues) {
            m_failedLimit = true;
            add(ConfigDiagnostic::Severity::Error, node.Mark(),
                YamlReader::tr("the file expands to more than %1 values (aliases repeated within "
                               "aliases?)")
                        .arg(m_maxValues));
            return value;
        }
        switch (node.Type()) {
        case YAML::NodeType::Map:
            value = convertMap(node, path);
            break;
        case YAML::NodeType::Sequence: {
            value = ConfigValue::list();
            int index = 0;
            for (const YAML::Node& item : node)
                value.append(convert(item, path + QStringList{QString::number(index++)}));
            break;
        }
        case YAML::NodeType::Scalar:
            value = convertScalar(node, path);
            break;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        value.setPosition(node.Mark().line + 1, node.Mark().column + 1);
        return value;
    }

    void add(ConfigDiagnostic::Severity severity, const YAML::Mark& mark, const QString& message)
    {
        ConfigDiagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.file = m_file;
        diagnostic.line = mark.is_null() ? 0 : mark.line + 1;
        diagnostic.column = mark.is_null() ? 0 : mark.column + 1;
        diagnostic.message = message;
        m_diagnostics->append(diagnostic);
        if (severity == ConfigDiagnostic::Severity::Error)
            m_failed = true;
    }

    static QString where(const QStringList& path)
    {
        return path.isEmpty() ? QString() : YamlReader::tr(" (in %1)").arg(path.join(u" › "));
    }

    ConfigValue convertMap(const YAML::Node& node, const QStringList& path)
    {
        ConfigValue value = ConfigValue::map();
        QHash<QString, int> lines;
        std::vector<ConfigValue> merged;
        for (const auto& pair : node) {
            const YAML::Node& keyNode = pair.first;
            const YAML::Node& valueNode = pair.second;
            if (!keyNode.IsScalar()) {
                add(ConfigDiagnostic::Severity::Error, keyNode.Mark(),
                    YamlReader::tr("a mapping key must be plain text%1").arg(where(path)));
                continue;
            }
            const QString key = QString::fromStdString(keyNode.Scalar());
            const int line = keyNode.Mark().line + 1;

            if (key == QLatin1String("<<") && keyNode.Tag() == "?") {
                const YAML::Node& source = valueNode;
                if (source.IsMap()) {
                    merged.push_back(convert(source, path));
                } else if (source.IsSequence()) {
                    for (const YAML::Node& part : source)
                        merged.push_back(convert(part, path));
                } else {
                    add(ConfigDiagnostic::Severity::Error, keyNode.Mark(),
                        YamlReader::tr("a merge key (<<) takes a mapping or a list of mappings%1")
                                .arg(where(path)));
                }
                continue;
            }

            if (const auto seen = lines.constFind(key); seen != lines.constEnd()) {
                add(ConfigDiagnostic::Severity::Error, keyNode.Mark(),
                    YamlReader::tr("duplicate key %1 at lines %2 and %3%4")
                            .arg(key)
                            .arg(*seen)
                            .arg(line)
                            .arg(where(path)));
                continue;
            }
            lines.insert(key, line);

            ConfigValue item = convert(valueNode, path + QStringList{key});
            if (item.type() == ConfigValue::Type::Bool && m_lastWasYaml11Bool && !isFlagKey(key)) {
                const QString word = QString::fromStdString(valueNode.Scalar());
                add(ConfigDiagnostic::Severity::Warning, valueNode.Mark(),
                    YamlReader::tr("%1: %2 is read as the boolean %3 (YAML 1.1); quote the "
                                   "value, e.g. %1: \"%2\", if the text is meant")
                            .arg(key, word,
                                 item.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
            }
            m_lastWasYaml11Bool = false;
            // A mapping or list is placed at its key: that is the line a reader looks for.
            if (item.isMap() || item.isList())
                item.setPosition(line, keyNode.Mark().column + 1);
            value.insert(key, std::move(item));
        }

        // Merged mappings fill in only the keys the mapping does not set itself; the first
        // merged mapping wins over later ones, as YAML specifies.
        for (const ConfigValue& source : merged) {
            if (!source.isMap())
                continue;
            for (const ConfigValue::Entry& entry : source.entries()) {
                if (!value.contains(entry.first))
                    value.insert(entry.first, entry.second);
            }
        }
        return value;
    }

    ConfigValue convertScalar(const YAML::Node& node, const QStringList& path)
    {
        const QString text = QString::fromStdString(node.Scalar());
        const std::string& tag = node.Tag();
        const QString key = path.isEmpty() ? QString() : path.last();
        m_lastWasYaml11Bool = false;

        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return ConfigValue::string(text);
        if (tag != "?") {
            // An explicit tag is held to what JSON can carry, like a plain scalar below.
            if (tag == "tag:yaml.org,2002:int" && intPattern().match(text).hasMatch()) {
                const QString digits = integerDigits(text);
                if (!digits.isEmpty())
                    return ConfigValue::integer(digits);
                add(ConfigDiagnostic::Severity::Error, node.Mark(),
                    YamlReader::tr("%1: the number %2 does not fit 64 bits; quote it if the text "
                                   "is meant")
                            .arg(key, text));
                return ConfigValue::string(text);
            }
            if (tag == "tag:yaml.org,2002:float" && floatPattern().match(text).hasMatch()) {
                bool finite = true;
                const QString number = floatText(text, &finite);
                if (finite)
                    return ConfigValue::floating(number);
                add(ConfigDiagnostic::Severity::Error, node.Mark(),
                    YamlReader::tr("%1: %2 is not a number JSON can carry; quote it if the text "
                                   "is meant")
                            .arg(key, text));
                return ConfigValue::string(text);
            }
            if (tag == "tag:yaml.org,2002:bool" && boolPattern().match(text).hasMatch())
                return ConfigValue::boolean(text.compare(u"yes", Qt::CaseInsensitive) == 0
                                            || text.compare(u"true", Qt::CaseInsensitive) == 0
                                            || text.compare(u"on", Qt::CaseInsensitive) == 0);
            if (tag == "tag:yaml.org,2002:null")
                return ConfigValue::null();
            add(ConfigDiagnostic::Severity::Warning, node.Mark(),
                YamlReader::tr("the tag %1 is not understood; the value is read as text%2")
                        .arg(QString::fromStdString(tag), where(path)));
            return ConfigValue::string(text);
        }

        // Most plain scalars are words: one that starts with a letter no YAML 1.1 boolean,
        // null or look-alike starts with is text, without trying every pattern.
        if (!text.isEmpty()) {
            const char16_t first = text.front().unicode();
            const bool letter = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')
                                || first == u'_' || first == u'/' || first == u'\\' || first > 0x7f;
            if (letter && !QStringView(u"yYnNtTfFoO").contains(QChar(first)))
                return ConfigValue::string(text);
        }

        if (nullPattern().match(text).hasMatch())
            return ConfigValue::null();
        if (boolPattern().match(text).hasMatch()) {
            const QString lower = text.toLower();
            m_lastWasYaml11Bool = lower != QLatin1String("true") && lower != QLatin1String("false");
            return ConfigValue::boolean(lower == QLatin1String("yes")
                                        || lower == QLatin1String("true")
                                        || lower == QLatin1String("on"));
        }
        if (intPattern().match(text).hasMatch()) {
            const QString digits = integerDigits(text);
            if (digits.isEmpty()) {
                add(ConfigDiagnostic::Severity::Error, node.Mark(),
                    YamlReader::tr("%1: the number %2 does not fit 64 bits; quote it if the text "
                                   "is meant")
                            .arg(key, text));
                return ConfigValue::string(text);
            }
            // Past about 1.8e308 JSON readers (the API's among them) refuse a number outright.
            if (digits.size() > MaxDecimalDigits) {
                add(ConfigDiagnostic::Severity::Error, node.Mark(),
                    YamlReader::tr("%1: a number of %2 digits is more than JSON readers take "
                                   "(at most %3); quote it if the text is meant")
                            .arg(key)
                            .arg(digits.size())
                            .arg(MaxDecimalDigits));
                return ConfigValue::string(text);
            }
            const bool plainDecimal = !text.contains(QLatin1Char(':'))
                                      && !text.contains(QLatin1Char('x'))
                                      && !text.contains(QLatin1Char('b'))
                                      && !(text.size() > 1 && text.front() == QLatin1Char('0'))
                                      && !text.contains(QLatin1Char('_'));
            if (!plainDecimal) {
                add(ConfigDiagnostic::Severity::Warning, node.Mark(),
                    YamlReader::tr("%1: %2 is read as the number %3 (YAML 1.1); quote the "
                                   "value, e.g. %1: \"%2\", if the text is meant")
                            .arg(key, text, digits));
            }
            return ConfigValue::integer(digits);
        }
        if (floatPattern().match(text).hasMatch()) {
            bool finite = true;
            const QString number = floatText(text, &finite);
            if (!finite) {
                add(ConfigDiagnostic::Severity::Error, node.Mark(),
                    YamlReader::tr("%1: %2 is not a number JSON can carry; quote it if the text "
                                   "is meant")
                            .arg(key, text));
                return ConfigValue::string(text);
            }
            if (text.contains(QLatin1Char(':'))) {
                add(ConfigDiagnostic::Severity::Warning, node.Mark(),
                    YamlReader::tr("%1: %2 is read as the number %3 (YAML 1.1); quote the "
                                   "value, e.g. %1: \"%2\", if the text is meant")
                            .arg(key, text, number));
            }
            return ConfigValue::floating(number);
        }
        if (timestampPattern().match(text).hasMatch()) {
            add(ConfigDiagnostic::Severity::Error, node.Mark(),
                YamlReader::tr("%1: %2 is read as a date, which a rule cannot hold; quote the "
                               "value, e.g. %1: \"%2\"")
                        .arg(key, text));
            return ConfigValue::string(text);
        }
        if (lookalikePattern().match(text).hasMatch()) {
            add(ConfigDiagnostic::Severity::Warning, node.Mark(),
                YamlReader::tr("%1: %2 is read as the text \"%2\" here, but other YAML readers "
                               "take it for a number or boolean; quote the value, e.g. "
                               "%1: \"%2\"")
                        .arg(key, text));
        }
        return ConfigValue::string(text);
    }

    static constexpr int MaxDepth = 200;
    static constexpr int MaxDecimalDigits = 308;

    QString m_file;
    QList<ConfigDiagnostic>* m_diagnostics;
    bool m_failed = false;
    bool m_failedLimit = false;
    qint64 m_maxValues;
    qint64 m_values = 0;
    int m_depth = 0;
    bool m_lastWasYaml11Bool = false;
};

// A tab in indentation, which YAML forbids; yaml-cpp's own message for it is obscure.
bool findIndentTab(const QByteArray& text, int* line, int* column)
{
    int current = 1;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i) == '\t') {
                *line = current;
                *column = static_cast<int>(i - start) + 1;
                return true;
            }
            if (text.at(i) != ' ')
                break;
        }
        start = end + 1;
        ++current;
    }
    return false;
}

// The "*name" an undefined-anchor error points at, for a message that names it.
QString aliasAt(const QByteArray& text, int line, int column)
{
    const QByteArray row = text.split('\n').value(line - 1);
    qsizetype star = row.indexOf('*', column > 0 ? column - 1 : 0);
    if (star < 0)
        star = row.lastIndexOf('*', column > 0 ? column - 1 : 0);
    if (star < 0)
        return {};
    qsizetype end = star + 1;
    while (end < row.size() && !QByteArrayView(" \t,]}\r").contains(row.at(end)))
        ++end;
    return QString::fromUtf8(row.mid(star, end - star));
}

} // namespace

bool YamlReader::read(const QByteArray& text, const QString& file, ConfigValue* out,
                      QList<ConfigDiagnostic>* diagnostics)
{
    *out = ConfigValue();

    // Refuses the file with one error at line and column.
    const auto refuse = [&file, diagnostics](int line, int column, const QString& message) {
        ConfigDiagnostic diagnostic;
        diagnostic.file = file;
        diagnostic.line = line;
        diagnostic.column = column;
        diagnostic.message = message;
        diagnostics->append(diagnostic);
        return false;
    };

    int line = 0;
    int column = 0;
    if (findIndentTab(text, &line, &column))
        return refuse(line, column, tr("tab character used for indentation; indent with spaces"));
    if (const qsizetype at = YamlPrecheck::unreadableAt(text); at >= 0) {
        const qsizetype lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
        return refuse(static_cast<int>(text.first(at).count('\n')) + 1,
                      static_cast<int>(at - lineStart) + 1,
                      tr("not UTF-8 text, or a control character; YAML is printable text"));
    }
    if (const auto stray = YamlPrecheck::findStray(text, &line, &column);
        stray != YamlPrecheck::Stray::None)
        return refuse(line, column, YamlPrecheck::message(stray));
    if (YamlParseGuard::isUnusual(text) && !YamlParseGuard::readsToEnd(text, &line, &column))
        return refuse(line, column, YamlParseGuard::message());

    // Known shortcoming: yaml-cpp's reading time grows faster than the file (a single file of
    // 20,000 rules takes about 2 s, 80,000 about a minute); rule folders are read file by file
    // on every core and stay fast.
    YAML::Node root;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.size() > 1) {
            // The official tools refuse a second document; reading only the first would make
            // a forced push remove whatever the others hold.
            ConfigDiagnostic diagnostic;
            diagnostic.file = file;
            diagnostic.line = documents.at(1).Mark().line + 1;
            diagnostic.message = tr("the file holds more than one YAML document (a second one "
                                    "starts here); a config is one document");
            diagnostics->append(diagnostic);
            return false;
        }
        if (!documents.empty())
            root = documents.front();
    } catch (const YAML::Exception& error) {
        ConfigDiagnostic diagnostic;
        diagnostic.file = file;
        diagnostic.line = error.mark.is_null() ? 0 : error.mark.line + 1;
        diagnostic.column = error.mark.is_null() ? 0 : error.mark.column + 1;
        const QString reason = QString::fromStdString(error.msg);
        if (reason.contains(QLatin1String("anchor is not defined"))) {
            // An alias can only name an anchor of its own file: includes are separate documents.
            const QString alias = aliasAt(text, diagnostic.line, diagnostic.column);
            diagnostic.message = tr("%1 uses the alias %2, whose anchor is not defined in that "
                                    "file (anchors do not cross files)")
                                         .arg(file, alias.isEmpty() ? tr("(unknown)") : alias);
        } else {
            diagnostic.message = tr("not valid YAML: %1").arg(reason);
        }
        diagnostics->append(diagnostic);
        return false;
    }

    Converter converter(file, diagnostics, 100'000 + 4 * static_cast<qint64>(text.size()));
    *out = converter.convert(root, {});
    return !converter.failed();
}

} // namespace lc
