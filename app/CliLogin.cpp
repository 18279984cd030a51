// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLogin.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include "CliContext.h"
#include "api/ApiClient.h"
#include "api/UserOrgDirectory.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialsFile.h"
#include "credentials/PlaintextCredentialsWriter.h"

namespace lc {

QString CliLogin::prompt(const QString& question, bool echo)
{
    QTextStream err(stderr);
    err << question << Qt::flush;

    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) != 0;
    if (!echo && terminal) {
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }

    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();

    if (!echo && terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return answer;
}

QString CliLogin::readKey(const QString& source, QString* error)
{
    if (source == QLatin1String("-"))
        return QTextStream(stdin).readLine().trimmed();

    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the API key from %1: %2").arg(source, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readLine()).trimmed();
}

QString CliLogin::chooseOrganisation(const QString& uid, const QString& apiKey, QString* error)
{
    ApiClient client;
    UserOrgDirectory directory(&client);
    QEventLoop loop;
    ApiError result;
    QObject::connect(&directory, &UserOrgDirectory::finished, &loop,
                     [&loop, &result](const ApiError& finished) {
                         result = finished;
                         loop.quit();
                     });
    directory.fetch(uid, apiKey);
    loop.exec();
    if (!result.isOk()) {
        *error = result.toString();
        return {};
    }

    const QList<UserOrgDirectory::Org>& orgs = directory.orgs();
    if (orgs.isEmpty()) {
        *error = tr("This user has no organisations.");
        return {};
    }
    if (orgs.size() == 1)
        return orgs.first().oid;

    QTextStream err(stderr);
    for (int i = 0; i < orgs.size(); ++i)
        err << QStringLiteral("%1) %2  %3").arg(i + 1, 3).arg(orgs.at(i).oid, orgs.at(i).name)
            << Qt::endl;
    const QString answer = prompt(tr("Organisation (number or OID): "), true);
    bool isNumber = false;
    const int index = answer.toInt(&isNumber);
    if (isNumber && index >= 1 && index <= orgs.size())
        return orgs.at(index - 1).oid;
    return answer;
}

int CliLogin::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Store an API key for an environment in the OS keychain. Missing values are "
               "asked for; the key is read without echo."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("oid"), tr("Organisation id."), tr("oid")});
    parser.addOption({QStringLiteral("uid"), tr("User id (user-scoped keys only)."), tr("uid")});
    parser.addOption(
            {QStringLiteral("env"), tr("Environment name (default: \"default\")."), tr("name")});
    parser.addOption({QStringLiteral("api-key-file"),
                      tr("Read the API key from this file, or from standard input with -."),
                      tr("file")});
    parser.addOption({QStringLiteral("plaintext-for-official-cli"),
                      tr("Instead of the keychain, write the key in plaintext (mode 0600) into "
                         "the official CLI's credentials file.")});
    if (int exitCode = 0; !CliContext::parse(parser, arguments, &exitCode))
        return exitCode;

    Credentials credentials;
    credentials.oid = parser.value(QStringLiteral("oid"));
    if (credentials.oid.isEmpty() && parser.isSet(QStringLiteral("uid"))) {
        // A user key reaches several organisations: offer them instead of asking for an id.
        credentials.uid = parser.value(QStringLiteral("uid"));
        QString error;
        credentials.apiKey = parser.isSet(QStringLiteral("api-key-file"))
                                     ? readKey(parser.value(QStringLiteral("api-key-file")), &error)
                                     : prompt(tr("API key: "), false);
        if (!error.isEmpty())
            return CliContext().fail(error);
        credentials.oid = chooseOrganisation(credentials.uid, credentials.apiKey, &error);
        if (!error.isEmpty())
            return CliContext().fail(error);
    }
    if (credentials.oid.isEmpty())
        credentials.oid = prompt(tr("Organisation id (OID): "), true);
    if (QUuid::fromString(credentials.oid).isNull())
        return CliContext().fail(tr("Invalid OID: it must be a UUID."));

    if (credentials.uid.isEmpty())
        credentials.uid =
                parser.isSet(QStringLiteral("uid"))
                        ? parser.value(QStringLiteral("uid"))
                        : (parser.isSet(QStringLiteral("oid"))
                                   ? QString()
                                   : prompt(tr("User id (empty for an organisation key): "), true));
    credentials.environment = parser.value(QStringLiteral("env"));
    if (credentials.environment.isEmpty() && !parser.isSet(QStringLiteral("oid")))
        credentials.environment = prompt(tr("Environment name (empty for default): "), true);
    if (credentials.environment.isEmpty())
        credentials.environment = CredentialsFile::DefaultEnvironment;

    // A user key was already read to list its organisations.
    if (credentials.apiKey.isEmpty() && parser.isSet(QStringLiteral("api-key-file"))) {
        QString error;
        credentials.apiKey = readKey(parser.value(QStringLiteral("api-key-file")), &error);
        if (!error.isEmpty())
            return CliContext().fail(error);
    } else if (credentials.apiKey.isEmpty()) {
        credentials.apiKey = prompt(tr("API key: "), false);
    }
    if (credentials.apiKey.isEmpty())
        return CliContext().fail(tr("No API key was given."), CliContext::UsageError);

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("plaintext-for-official-cli"))) {
        CredentialsError error;
        const QString path = CredentialsFile::defaultPath();
        credentials.source = Credentials::Source::CredentialsFile;
        if (!PlaintextCredentialsWriter::writeKeyInPlaintext(path, credentials, &error))
            return CliContext().fail(error.message);
        out << tr("Wrote environment \"%1\" with its API key in plaintext to %2 (mode 0600).")
                        .arg(credentials.environment, path)
            << Qt::endl;
        return CliContext::Success;
    }

    credentials.source = Credentials::Source::Keychain;
    CredentialManager manager;
    manager.loadEnvironments();
    const bool existed = manager.environmentStore().contains(credentials.environment);
    const KeychainStore::Result result = manager.saveEnvironmentBlocking(credentials);
    if (!result.ok()) {
        // A new environment whose key could not be stored would only fail later.
        if (!existed && manager.environmentStore().remove(credentials.environment))
            manager.environmentStore().save();
        return CliContext().fail(
                result.message + QLatin1Char('\n')
                + tr("To write the key in plaintext for the official CLI instead, run again with "
                     "--plaintext-for-official-cli."));
    }
    out << tr("Stored the API key of environment \"%1\" in the keychain.")
                    .arg(credentials.environment)
        << Qt::endl;
    return CliContext::Success;
}

} // namespace lc
