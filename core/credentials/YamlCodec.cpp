// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/YamlCodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <set>

#include "yaml/YamlParseGuard.h"
#include "yaml/YamlPrecheck.h"

namespace lc {

namespace {

// Far beyond any credentials or environments file; protects against reading a wrong path
// (a device, a huge log) into memory.
constexpr qint64 MaxFileBytes = 1024 * 1024;

const std::string CoreTagPrefix = "tag:yaml.org,2002:";

// A scalar set by code may be written plain only if YAML 1.1 (PyYAML, the official CLI) reads
// it back as the same string; anything else is quoted.
bool isSafePlain(const std::string& text)
{
    static const std::set<std::string> specialWords = {
            "y",    "Y",    "yes",  "Yes",  "YES",   "n",     "N",     "no", "No",
            "NO",   "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
            "ON",   "off",  "Off",  "OFF",  "null",  "Null",  "NULL",  "~",  ".inf",
            ".Inf", ".INF", ".nan", ".NaN", ".NAN",  "=",     "<<"};
    if (text.empty() || specialWords.count(text) > 0)
        return false;

    const unsigned char first = static_cast<unsigned char>(text.front());
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_'))
        return false;

    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        const bool allowed = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                             || (u >= '0' && u <= '9') || u == '_' || u == '-' || u == '.'
                             || u == '/';
        if (!allowed)
            return false;
    }
    return true;
}

void emitScalar(YAML::Emitter& out, const YAML::Node& node)
{
    const std::string& tag = node.Tag();
    const std::string& text = node.Scalar();

    // "?" = plain in the source: keep it plain, yaml-cpp still quotes where it must, except
    // for text starting like a document marker ("... }" written plain at the left margin ends
    // the document).
    if (tag == "?") {
        if (text.rfind("---", 0) == 0 || text.rfind("...", 0) == 0)
            out << YAML::DoubleQuoted;
        out << text;
        return;
    }

    // "!" = quoted in the source; "" = set by code.
    if (tag == "!" || tag.empty()) {
        if (tag.empty() && isSafePlain(text))
            out << text;
        else
            out << YAML::DoubleQuoted << text;
        return;
    }

    // "!!" alone (a tag such as "!" that resolved to the bare prefix) is not a tag yaml-cpp
    // reads back: such a tag is written out in full.
    if (tag.size() > CoreTagPrefix.size()
        && tag.compare(0, CoreTagPrefix.size(), CoreTagPrefix) == 0)
        out << YAML::SecondaryTag(tag.substr(CoreTagPrefix.size()));
    else
        out << YAML::VerbatimTag(tag);
    out << text;
}

void emitNode(YAML::Emitter& out, const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out << YAML::Null;
        break;
    case YAML::NodeType::Scalar:
        emitScalar(out, node);
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node& item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto& entry : node) {
            out << YAML::Key;
            emitNode(out, entry.first);
            out << YAML::Value;
            emitNode(out, entry.second);
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

bool YamlCodec::readFile(const QString& path, QByteArray* data, CredentialsError* error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        error->code = CredentialsError::Code::FileNotFound;
        error->filePath = path;
        error->message = tr("%1 does not exist.").arg(nativePath);
        return false;
    }

    // A pipe without a writer never opens, and a device may never end.
    if (!QFileInfo(path).isFile()) {
        error->code = CredentialsError::Code::FileUnreadable;
        error->filePath = path;
        error->message = tr("%1 is not a regular file.").arg(nativePath);
        return false;
    }

    if (!file.open(QIODevice::ReadOnly)) {
        error->code = CredentialsError::Code::FileUnreadable;
        error->filePath = path;
        error->message = tr("Cannot read %1: %2").arg(nativePath, file.errorString());
        return false;
    }

    *data = file.read(MaxFileBytes + 1);
    if (data->size() > MaxFileBytes) {
        error->code = CredentialsError::Code::FileUnreadable;
        error->filePath = path;
        error->message =
                tr("%1 is larger than 1 MiB; it is not a credentials file.").arg(nativePath);
        return false;
    }
    return true;
}

bool YamlCodec::parse(const QByteArray& data, const QString& path, YAML::Node* root,
                      CredentialsError* error)
{
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    const auto syntaxError = [&path, error](int line, int column, const QString& detail) {
        error->code = CredentialsError::Code::SyntaxError;
        error->filePath = path;
        error->line = line;
        error->column = column;
        error->message = tr("Syntax error in %1 at line %2, column %3: %4")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(line)
                                 .arg(column)
                                 .arg(detail);
        return false;
    };

    // YAML is printable Unicode text and the official CLI refuses other bytes. yaml-cpp takes
    // them, and its writer then puts U+FFFD in their place or writes a file it cannot read
    // back: saving a key would change or break the rest of the file.
    if (const qsizetype at = YamlPrecheck::unreadableAt(text); at >= 0) {
        const qsizetype lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
        return syntaxError(static_cast<int>(text.first(at).count('\n')) + 1,
                           static_cast<int>(at - lineStart) + 1,
                           tr("not UTF-8 text, or a control character"));
    }

    // A CR is a line break in YAML (and to the official CLI); yaml-cpp keeps a lone one inside
    // a plain scalar, where its writer leaves it to break the line written back.
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');

    int line = 0;
    int column = 0;
    if (const auto stray = YamlPrecheck::findStray(text, &line, &column);
        stray != YamlPrecheck::Stray::None)
        return syntaxError(line, column, YamlPrecheck::message(stray));
    if (YamlParseGuard::isUnusual(text) && !YamlParseGuard::readsToEnd(text, &line, &column))
        return syntaxError(line, column, YamlParseGuard::message());

    try {
        *root = YAML::Load(std::string(text.constData(), static_cast<size_t>(text.size())));
    } catch (const YAML::Exception& e) {
        error->code = CredentialsError::Code::SyntaxError;
        error->filePath = path;
        error->line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        error->column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        const QString detail = toQString(e.msg);
        if (error->line > 0) {
            error->message = tr("Syntax error in %1 at line %2, column %3: %4")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(error->line)
                                     .arg(error->column)
                                     .arg(detail);
        } else {
            error->message =
                    tr("Syntax error in %1: %2").arg(QDir::toNativeSeparators(path), detail);
        }
        return false;
    }
    return true;
}

YAML::Node YamlCodec::child(const YAML::Node& map, const char* key)
{
    if (map.IsMap()) {
        for (const auto& entry : map) {
            if (entry.first.IsScalar() && entry.first.Scalar() == key)
                return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

bool YamlCodec::text(const YAML::Node& map, const char* key, const QString& path,
                     const QString& context, QString* value, CredentialsError* error)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || node.IsNull()) {
        value->clear();
        return true;
    }

    if (!node.IsScalar()) {
        invalid(node, path,
                tr("%1: \"%2\" must be a single value, not a list or a map.")
                        .arg(context, QLatin1String(key)),
                error);
        return false;
    }

    // Hand-edited files often carry stray spaces; no key, id or URL contains any.
    *value = toQString(node.Scalar()).trimmed();
    return true;
}

void YamlCodec::invalid(const YAML::Node& node, const QString& path, const QString& message,
                        CredentialsError* error)
{
    const YAML::Mark mark = node.Mark();
    error->code = CredentialsError::Code::InvalidContent;
    error->filePath = path;
    error->line = mark.line >= 0 ? mark.line + 1 : 0;
    error->column = mark.column >= 0 ? mark.column + 1 : 0;
    if (error->line > 0) {
        error->message = tr("In %1 at line %2, column %3: %4")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(error->line)
                                 .arg(error->column)
                                 .arg(message);
    } else {
        error->message = tr("In %1: %2").arg(QDir::toNativeSeparators(path), message);
    }
}

bool YamlCodec::findUnwritable(const YAML::Node& node, YAML::Node* at, int depth)
{
    // An alias inside its own anchor makes the tree endless: far deeper than any file.
    if (depth > MaxWritableDepth) {
        *at = node;
        return true;
    }
    if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            if (findUnwritable(item, at, depth + 1))
                return true;
        }
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            if (entry.first.IsSequence() || entry.first.IsMap()) {
                *at = entry.first;
                return true;
            }
            if (findUnwritable(entry.second, at, depth + 1))
                return true;
        }
    }
    return false;
}

QByteArray YamlCodec::serialize(const YAML::Node& root, const QString& headerComment)
{
    YAML::Emitter out;
    out.SetOutputCharset(YAML::EmitNonAscii);
    emitNode(out, root);

    QByteArray result;
    if (!headerComment.isEmpty()) {
        const QStringList lines = headerComment.split(QLatin1Char('\n'));
        for (const QString& line : lines)
            result += "# " + line.toUtf8() + '\n';
    }
    result += QByteArray(out.c_str(), static_cast<qsizetype>(out.size()));
    result += '\n';
    return result;
}

} // namespace lc
