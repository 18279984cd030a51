// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

#include "credentials/CredentialsError.h"

namespace lc {

// Internal to the credentials layer (yaml-cpp is a private dependency of lcdesk_core): reads
// YAML with errors that name file, line and column, and writes YAML that Python's
// yaml.safe_load (the official CLI) reads back with the same string values.
class YamlCodec
{
    Q_DECLARE_TR_FUNCTIONS(lc::YamlCodec)

public:
    // Reads path into data. A missing file is Code::FileNotFound.
    static bool readFile(const QString& path, QByteArray* data, CredentialsError* error);

    // Parses data (UTF-8, with or without BOM, LF or CRLF). An empty document gives a null root.
    static bool parse(const QByteArray& data, const QString& path, YAML::Node* root,
                      CredentialsError* error);

    // The value of key in map, or an undefined node. Tolerates non-scalar keys.
    static YAML::Node child(const YAML::Node& map, const char* key);

    // Reads map[key] as text. Absent or null gives an empty string; a list or a map is an
    // InvalidContent error naming the position, prefixed by context.
    static bool text(const YAML::Node& map, const char* key, const QString& path,
                     const QString& context, QString* value, CredentialsError* error);

    // Fills error with an InvalidContent error at the node's position.
    static void invalid(const YAML::Node& node, const QString& path, const QString& message,
                        CredentialsError* error);

    // Finds what yaml-cpp's writer cannot write so that it reads back: a list or map used as a
    // mapping key (in either key form), or nesting deeper than MaxWritableDepth (an alias
    // inside its own anchor). A file holding one is never rewritten.
    static constexpr int MaxWritableDepth = 64;
    static bool findUnwritable(const YAML::Node& node, YAML::Node* at, int depth = 0);

    // Serialises root as block YAML. Scalars that were quoted in the source, and scalars set by
    // code that YAML 1.1 could read as something else than text (yes, 1e3, 0x1f, a UUID that
    // starts with digits), are written double-quoted.
    static QByteArray serialize(const YAML::Node& root, const QString& headerComment = {});

    static QString toQString(const std::string& text) { return QString::fromStdString(text); }
    static std::string toStd(const QString& text) { return text.toStdString(); }
};

} // namespace lc
