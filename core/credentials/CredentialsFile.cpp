// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialsFile.h"

#include <QDir>
#include <QFileInfo>

#include "LcDesk.h"
#include "credentials/YamlCodec.h"

namespace lc {

namespace {

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

// Characters that would change the meaning of `export LC_CURRENT_ENV="NAME"` once the user
// sources it in a shell.
bool isShellSafe(const QString& name)
{
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('"') || c == QLatin1Char('\\')
            || c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('!'))
            return false;
    }
    return true;
}

} // namespace

QString CredentialsFile::defaultPath(const QProcessEnvironment& environment)
{
    const QString fromEnvironment = environment.value(QStringLiteral("LC_CREDS_FILE"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;

#ifdef Q_OS_WIN
    const QString home = QDir::homePath();
#else
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
#endif
    return QDir(home).filePath(QStringLiteral(".limacharlie"));
}

CredentialsFile CredentialsFile::load(const QString& path, CredentialsError* error)
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;

    QByteArray data;
    if (!YamlCodec::readFile(path, &data, err)) {
        CredentialsFile invalidFile;
        invalidFile.m_path = path;
        return invalidFile;
    }

    // The official CLI writes this file 0600; a wider mode usually means a copy made by hand.
    const QFileInfo info(path);
    const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (info.permissions() & shared)
        qCWarning(lcCreds) << "Credentials file" << path << "is readable by other users";

    return parse(data, path, err);
}

CredentialsFile CredentialsFile::parse(const QByteArray& yaml, const QString& path,
                                       CredentialsError* error)
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    CredentialsFile file;
    file.m_path = path;

    YAML::Node root;
    if (!YamlCodec::parse(yaml, path, &root, err))
        return file;

    if (root.IsNull() || !root.IsDefined()) {
        file.m_valid = true;
        return file;
    }

    if (!root.IsMap()) {
        YamlCodec::invalid(root, path,
                           tr("the file must be a map of keys such as oid, api_key and env."), err);
        return file;
    }

    const auto readEntry = [&path](const YAML::Node& map, const QString& name,
                                   const QString& context, Entry* entry) {
        Credentials& c = entry->credentials;
        c.environment = name;
        c.source = Credentials::Source::CredentialsFile;
        c.sourcePath = path;
        entry->hasOAuth = YamlCodec::child(map, "oauth").IsDefined()
                          && !YamlCodec::child(map, "oauth").IsNull();

        if (!YamlCodec::text(map, "oid", path, context, &c.oid, &entry->error)
            || !YamlCodec::text(map, "uid", path, context, &c.uid, &entry->error)
            || !YamlCodec::text(map, "api_key", path, context, &c.apiKey, &entry->error))
            return;

        for (const UrlKey& urlKey : UrlKeys) {
            QString text;
            if (!YamlCodec::text(map, urlKey.key, path, context, &text, &entry->error))
                return;
            if (!Credentials::parseBaseUrl(text, &(c.*urlKey.member))) {
                YamlCodec::invalid(YamlCodec::child(map, urlKey.key), path,
                                   tr("%1: \"%2\" is not an http(s) or ws(s) URL with a host.")
                                           .arg(context, QLatin1String(urlKey.key)),
                                   &entry->error);
                return;
            }
        }
    };

    readEntry(root, DefaultEnvironment, tr("default environment"), &file.m_default);
    const auto present = [&root](const char* key) {
        const YAML::Node node = YamlCodec::child(root, key);
        return node.IsDefined() && !node.IsNull();
    };
    file.m_defaultPresent =
            present("oid") || present("uid") || present("api_key") || present("oauth");
    file.m_defaultListed = present("oid") && present("api_key");

    const YAML::Node env = YamlCodec::child(root, "env");
    if (env.IsDefined() && !env.IsNull()) {
        if (!env.IsMap()) {
            YamlCodec::invalid(env, path,
                               tr("\"env\" must be a map from environment names to their oid "
                                  "and api_key."),
                               err);
            return file;
        }

        for (const auto& item : env) {
            // An empty name would stand for "default" everywhere a name is looked up; a name
            // that changes on its way into text (a lone byte order mark is dropped) could not
            // be found again.
            const QString name =
                    item.first.IsScalar() ? YamlCodec::toQString(item.first.Scalar()) : QString();
            if (name.isEmpty() || YamlCodec::toStd(name) != item.first.Scalar()) {
                YamlCodec::invalid(item.first, path,
                                   tr("an environment name must be a single word."), err);
                return file;
            }

            Entry entry;
            const QString context = tr("environment \"%1\"").arg(name);
            if (item.second.IsMap()) {
                readEntry(item.second, name, context, &entry);
            } else if (item.second.IsNull()) {
                entry.credentials.environment = name;
                entry.credentials.source = Credentials::Source::CredentialsFile;
                entry.credentials.sourcePath = path;
            } else {
                entry.credentials.environment = name;
                YamlCodec::invalid(item.second, path,
                                   tr("%1 must be a map with oid and api_key.").arg(context),
                                   &entry.error);
            }
            file.m_named.append(entry);
        }
    }

    file.m_valid = true;
    return file;
}

QStringList CredentialsFile::environmentNames() const
{
    QStringList names;
    for (const Entry& entry : m_named)
        names << entry.credentials.environment;
    if (m_defaultListed && !names.contains(DefaultEnvironment))
        names << DefaultEnvironment;
    return names;
}

bool CredentialsFile::contains(const QString& name) const
{
    if (name.isEmpty() || name == DefaultEnvironment)
        return m_defaultPresent;
    for (const Entry& entry : m_named) {
        if (entry.credentials.environment == name)
            return true;
    }
    return false;
}

QString CredentialsFile::availableText() const
{
    const QStringList names = environmentNames();
    if (names.isEmpty())
        return tr("%1 defines no environments.").arg(QDir::toNativeSeparators(m_path));
    return tr("Environments in %1: %2.")
            .arg(QDir::toNativeSeparators(m_path), names.join(QLatin1String(", ")));
}

CredentialsError CredentialsFile::lookupError(CredentialsError::Code code,
                                              const QString& message) const
{
    CredentialsError error;
    error.code = code;
    error.filePath = m_path;
    error.environments = environmentNames();
    error.message = message + QLatin1Char(' ') + availableText();
    return error;
}

Credentials CredentialsFile::environment(const QString& name, CredentialsError* error) const
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    const QString wanted = name.isEmpty() ? DefaultEnvironment : name;
    const QString nativePath = QDir::toNativeSeparators(m_path);

    const Entry* entry = nullptr;
    if (wanted == DefaultEnvironment) {
        if (!m_defaultPresent) {
            *err = lookupError(CredentialsError::Code::NoDefaultEnvironment,
                               tr("%1 has no default environment (no top-level oid and "
                                  "api_key); choose an environment with LC_CURRENT_ENV or in "
                                  "LC Desk.")
                                       .arg(nativePath));
            return {};
        }
        entry = &m_default;
    } else {
        for (const Entry& candidate : m_named) {
            if (candidate.credentials.environment == wanted) {
                entry = &candidate;
                break;
            }
        }
        if (!entry) {
            *err = lookupError(CredentialsError::Code::EnvironmentNotFound,
                               tr("Environment \"%1\" is not in %2.").arg(wanted, nativePath));
            return {};
        }
    }

    if (entry->error.isError()) {
        *err = entry->error;
        err->environments = environmentNames();
        return {};
    }

    const Credentials& found = entry->credentials;
    if (found.apiKey.isEmpty()) {
        const QString message =
                entry->hasOAuth
                        ? tr("Environment \"%1\" in %2 signs in with OAuth, which LC Desk does not "
                             "support; add an api_key to it.")
                        : tr("Environment \"%1\" in %2 has no api_key.");
        *err = lookupError(CredentialsError::Code::IncompleteEnvironment,
                           message.arg(wanted, nativePath));
    } else if (found.oid.isEmpty() && found.uid.isEmpty()) {
        *err = lookupError(CredentialsError::Code::IncompleteEnvironment,
                           tr("Environment \"%1\" in %2 has neither an oid nor a uid.")
                                   .arg(wanted, nativePath));
    }
    return found;
}

QString CredentialsFile::useListing(const QProcessEnvironment& environment) const
{
    QString current = environment.value(QStringLiteral("LC_CURRENT_ENV"));
    if (current.isEmpty())
        current = DefaultEnvironment;

    QString text = tr("Current environment: %1").arg(current) + QLatin1String("\n\n")
                   + tr("Available environments:") + QLatin1Char('\n');
    for (const QString& name : environmentNames())
        text += name + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("lcdesk use <environment_name> to change environment")
            + QLatin1Char('\n');
    return text;
}

QString CredentialsFile::useExportLine(const QString& name, CredentialsError* error) const
{
    CredentialsError localError;
    CredentialsError* err = error ? error : &localError;
    *err = CredentialsError();

    const QString wanted = name.isEmpty() ? DefaultEnvironment : name;
    if (!environmentNames().contains(wanted)) {
        *err = lookupError(CredentialsError::Code::EnvironmentNotFound,
                           tr("Environment not found: \"%1\".").arg(wanted));
        return {};
    }

    if (!isShellSafe(wanted)) {
        err->code = CredentialsError::Code::InvalidName;
        err->filePath = m_path;
        err->message = tr("The environment name \"%1\" contains characters that cannot be "
                          "used in a shell export line; rename it in %2.")
                               .arg(wanted, QDir::toNativeSeparators(m_path));
        return {};
    }

    return QLatin1String("export LC_CURRENT_ENV=\"") + wanted + QLatin1Char('"');
}

} // namespace lc
