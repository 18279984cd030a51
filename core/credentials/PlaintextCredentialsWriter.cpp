// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/PlaintextCredentialsWriter.h"

#include <QDir>

#include "LcDesk.h"
#include "credentials/CredentialsFile.h"
#include "credentials/EnvironmentStore.h"
#include "credentials/PrivateFileWriter.h"
#include "credentials/YamlCodec.h"

namespace lc {

namespace {

void setOrKeep(YAML::Node& map, const char* key, const QString& value)
{
    if (!value.isEmpty())
        map[key] = YamlCodec::toStd(value);
}

void setUrls(YAML::Node& map, const Credentials& credentials)
{
    if (!credentials.apiUrl.isEmpty())
        map["api_url"] = YamlCodec::toStd(credentials.apiUrl.toString());
    if (!credentials.jwtUrl.isEmpty())
        map["jwt_url"] = YamlCodec::toStd(credentials.jwtUrl.toString());
    if (!credentials.streamUrl.isEmpty())
        map["stream_url"] = YamlCodec::toStd(credentials.streamUrl.toString());
}

} // namespace

bool PlaintextCredentialsWriter::writeKeyInPlaintext(const QString& path,
                                                     const Credentials& credentials,
                                                     CredentialsError* error)
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    const QString name = credentials.environment.isEmpty() ? CredentialsFile::DefaultEnvironment
                                                           : credentials.environment;
    if (!EnvironmentStore::validateName(name, err))
        return false;
    if (credentials.oid.trimmed().isEmpty() || credentials.apiKey.trimmed().isEmpty()) {
        err->code = CredentialsError::Code::IncompleteEnvironment;
        err->message = tr("An organization ID and an API key are needed to write %1.")
                               .arg(QDir::toNativeSeparators(path));
        return false;
    }

    YAML::Node root;
    QByteArray existing;
    if (YamlCodec::readFile(path, &existing, err)) {
        if (!YamlCodec::parse(existing, path, &root, err))
            return false;
    } else if (err->code == CredentialsError::Code::FileNotFound) {
        *err = CredentialsError();
    } else {
        return false;
    }

    if (root.IsNull() || !root.IsDefined())
        root = YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap()) {
        YamlCodec::invalid(root, path, tr("the file is not a map of keys; it is left unchanged."),
                           err);
        return false;
    }
    if (YAML::Node at; YamlCodec::findUnwritable(root, &at)) {
        YamlCodec::invalid(at, path,
                           tr("a list or map used as a key, or an alias inside its own anchor, "
                              "which LC Desk cannot write back unchanged; the file is left as it "
                              "is. Edit it by hand."),
                           err);
        return false;
    }

    const QString oid = credentials.oid.trimmed();
    const QString uid = credentials.uid.trimmed();
    const QString apiKey = credentials.apiKey.trimmed();
    if (name == CredentialsFile::DefaultEnvironment) {
        setOrKeep(root, "oid", oid);
        setOrKeep(root, "api_key", apiKey);
        if (uid.isEmpty())
            root.remove("uid");
        else
            setOrKeep(root, "uid", uid);
        setUrls(root, credentials);
    } else {
        // Fresh bindings only: assigning to a yaml-cpp Node variable rewrites the node it
        // already refers to instead of rebinding it.
        const YAML::Node existingEnv = YamlCodec::child(root, "env");
        if (!existingEnv.IsMap()) {
            if (existingEnv.IsDefined() && !existingEnv.IsNull()) {
                YamlCodec::invalid(existingEnv, path,
                                   tr("\"env\" is not a map; the file is left unchanged."), err);
                return false;
            }
            root["env"] = YAML::Node(YAML::NodeType::Map);
        }
        YAML::Node env = root["env"];

        const std::string key = YamlCodec::toStd(name);
        if (!YamlCodec::child(env, key.c_str()).IsMap())
            env[key] = YAML::Node(YAML::NodeType::Map);
        YAML::Node entry = env[key];
        setOrKeep(entry, "oid", oid);
        setOrKeep(entry, "api_key", apiKey);
        if (uid.isEmpty())
            entry.remove("uid");
        else
            setOrKeep(entry, "uid", uid);
        setUrls(entry, credentials);
    }

    QString message;
    if (!PrivateFileWriter::write(path, YamlCodec::serialize(root), &message)) {
        err->code = CredentialsError::Code::WriteFailed;
        err->filePath = path;
        err->message = message;
        return false;
    }
    qCInfo(lcCreds) << "Wrote the key of environment" << name << "in plaintext to" << path
                    << "at the user's request";
    return true;
}

} // namespace lc
