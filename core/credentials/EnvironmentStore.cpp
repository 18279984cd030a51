// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/EnvironmentStore.h"

#include <QDir>
#include <QStandardPaths>

#include "LcDesk.h"
#include "credentials/PrivateFileWriter.h"
#include "credentials/YamlCodec.h"

namespace lc {

namespace {

const QString FileName = QStringLiteral("environments.yaml");
constexpr int FormatVersion = 1;

struct UrlKey
{
    const char* key;
    QUrl Credentials::*member;
};

const UrlKey UrlKeys[] = {
        {"api_url", &Credentials::apiUrl},
        {"jwt_url", &Credentials::jwtUrl},
        {"stream_url", &Credentials::streamUrl},
};

} // namespace

EnvironmentStore::EnvironmentStore(const QString& configDir)
    : m_configDir(configDir)
{
    if (m_configDir.isEmpty())
        m_configDir = qEnvironmentVariable("LCDESK_CONFIG_DIR");
    if (m_configDir.isEmpty())
        m_configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString EnvironmentStore::filePath() const
{
    return QDir(m_configDir).filePath(FileName);
}

bool EnvironmentStore::validateName(const QString& name, CredentialsError* error)
{
    QString problem;
    if (name.isEmpty())
        problem = tr("An environment needs a name.");
    else if (name.size() > MaxNameLength)
        problem = tr("An environment name may have at most %1 characters.").arg(MaxNameLength);
    else if (name.trimmed() != name)
        problem = tr("An environment name may not start or end with a space.");
    else {
        for (const QChar c : name) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                || c.category() == QChar::Separator_Paragraph) {
                problem = tr("An environment name may not contain control characters.");
                break;
            }
        }
    }

    if (problem.isEmpty())
        return true;
    if (error) {
        error->code = CredentialsError::Code::InvalidName;
        error->message = problem;
    }
    return false;
}

bool EnvironmentStore::load(CredentialsError* error)
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();
    m_loadError = CredentialsError();
    m_environments.clear();

    const auto fail = [this, err]() {
        m_environments.clear();
        m_loadError = *err;
        return false;
    };

    QByteArray data;
    if (!YamlCodec::readFile(filePath(), &data, err)) {
        if (err->code == CredentialsError::Code::FileNotFound) {
            *err = CredentialsError();
            return true;
        }
        return fail();
    }

    YAML::Node root;
    if (!YamlCodec::parse(data, filePath(), &root, err))
        return fail();
    if (root.IsNull())
        return true;
    if (!root.IsMap()) {
        YamlCodec::invalid(root, filePath(), tr("the file must be a map with \"environments\"."),
                           err);
        return fail();
    }

    const YAML::Node list = YamlCodec::child(root, "environments");
    if (!list.IsDefined() || list.IsNull())
        return true;
    if (!list.IsMap()) {
        YamlCodec::invalid(list, filePath(),
                           tr("\"environments\" must be a map from names to settings."), err);
        return fail();
    }

    for (const auto& item : list) {
        if (!item.first.IsScalar()) {
            YamlCodec::invalid(item.first, filePath(), tr("an environment name must be text."),
                               err);
            return fail();
        }

        Credentials credentials;
        credentials.environment = YamlCodec::toQString(item.first.Scalar());
        credentials.source = Credentials::Source::Keychain;
        const QString context = tr("environment \"%1\"").arg(credentials.environment);
        if (!validateName(credentials.environment, err)) {
            const QString problem = err->message;
            YamlCodec::invalid(item.first, filePath(), problem, err);
            return fail();
        }
        if (!item.second.IsNull() && !item.second.IsMap()) {
            YamlCodec::invalid(item.second, filePath(), tr("%1 must be a map.").arg(context), err);
            return fail();
        }

        if (!YamlCodec::text(item.second, "oid", filePath(), context, &credentials.oid, err)
            || !YamlCodec::text(item.second, "uid", filePath(), context, &credentials.uid, err))
            return fail();

        for (const UrlKey& urlKey : UrlKeys) {
            QString text;
            if (!YamlCodec::text(item.second, urlKey.key, filePath(), context, &text, err))
                return fail();
            if (!Credentials::parseBaseUrl(text, &(credentials.*urlKey.member))) {
                YamlCodec::invalid(YamlCodec::child(item.second, urlKey.key), filePath(),
                                   tr("%1: \"%2\" is not an http(s) or ws(s) URL with a host.")
                                           .arg(context, QLatin1String(urlKey.key)),
                                   err);
                return fail();
            }
        }

        // A key in this file is a mistake (a hand-edit or an old version); it is never used.
        if (YamlCodec::child(item.second, "api_key").IsDefined())
            qCWarning(lcCreds) << "Ignoring an api_key in" << filePath() << "for environment"
                               << credentials.environment << "; keys belong in the keychain";

        m_environments.removeIf([&credentials](const Credentials& existing) {
            return existing.environment == credentials.environment;
        });
        m_environments.append(credentials);
    }
    return true;
}

bool EnvironmentStore::save(CredentialsError* error)
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    if (m_loadError.isError()) {
        err->code = CredentialsError::Code::WriteFailed;
        err->filePath = filePath();
        err->message = tr("%1 could not be read, so it is not overwritten; fix or remove it "
                          "first. %2")
                               .arg(QDir::toNativeSeparators(filePath()), m_loadError.message);
        return false;
    }

    YAML::Node root(YAML::NodeType::Map);
    YAML::Node version(FormatVersion);
    version.SetTag("?"); // written plain: a number, not the text "1"
    root["version"] = version;
    YAML::Node list(YAML::NodeType::Map);
    for (const Credentials& credentials : m_environments) {
        YAML::Node entry(YAML::NodeType::Map);
        if (!credentials.oid.isEmpty())
            entry["oid"] = YamlCodec::toStd(credentials.oid);
        if (!credentials.uid.isEmpty())
            entry["uid"] = YamlCodec::toStd(credentials.uid);
        for (const UrlKey& urlKey : UrlKeys) {
            const QUrl& url = credentials.*urlKey.member;
            if (!url.isEmpty())
                entry[urlKey.key] = YamlCodec::toStd(url.toString());
        }
        list[YamlCodec::toStd(credentials.environment)] = entry;
    }
    root["environments"] = list;

    const QByteArray data = YamlCodec::serialize(
            root, tr("LC Desk environments. API keys are not stored here: they are kept in the "
                     "system keychain."));
    QString message;
    if (!PrivateFileWriter::write(filePath(), data, &message)) {
        err->code = CredentialsError::Code::WriteFailed;
        err->filePath = filePath();
        err->message = message;
        return false;
    }
    return true;
}

bool EnvironmentStore::contains(const QString& name) const
{
    for (const Credentials& credentials : m_environments) {
        if (credentials.environment == name)
            return true;
    }
    return false;
}

Credentials EnvironmentStore::environment(const QString& name) const
{
    for (const Credentials& credentials : m_environments) {
        if (credentials.environment == name)
            return credentials;
    }
    return {};
}

bool EnvironmentStore::upsert(const Credentials& credentials, CredentialsError* error)
{
    if (!validateName(credentials.environment, error))
        return false;

    Credentials stored = credentials.withoutKey();
    stored.source = Credentials::Source::Keychain;
    stored.sourcePath.clear();
    for (Credentials& existing : m_environments) {
        if (existing.environment == stored.environment) {
            existing = stored;
            return true;
        }
    }
    m_environments.append(stored);
    return true;
}

bool EnvironmentStore::remove(const QString& name)
{
    return m_environments.removeIf([&name](const Credentials& existing) {
        return existing.environment == name;
    }) > 0;
}

} // namespace lc
