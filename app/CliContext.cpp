// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialResolver.h"
#include "demo/DemoServer.h"
#include "sensors/SearchText.h"

namespace lc {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext() = default;

void CliContext::addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("env"),
                      tr("Use environment <name> of the credentials file instead of "
                         "LC_CURRENT_ENV."),
                      tr("name")});
    parser.addOption({QStringLiteral("demo"),
                      tr("Use the embedded demo organisation (starts the local emulator).")});
}

bool CliContext::connect(const QCommandLineParser& parser)
{
    m_client = std::make_unique<ApiClient>();
    // A wait for the server's quota is said on stderr, not spent in silence.
    QObject::connect(m_client.get(), &ApiClient::rateLimited, m_client.get(),
                     [](int retryInMs, const QString& quota, const QString& period) {
                         QTextStream err(stderr);
                         err << "lcdesk: ";
                         if (quota.isEmpty())
                             err << tr("rate limited by LimaCharlie; retrying in %n s", nullptr,
                                       (retryInMs + 999) / 1000);
                         else
                             err << tr("rate limited by LimaCharlie (quota %1 per %2 s); "
                                       "retrying in %n s",
                                       nullptr, (retryInMs + 999) / 1000)
                                             .arg(quota, period);
                         err << Qt::endl;
                     });

    if (parser.isSet(QStringLiteral("demo"))) {
        m_demo = std::make_unique<DemoServer>();
        m_demo->start();
        if (!m_demo->waitForReady()) {
            fail(m_demo->errorString());
            return false;
        }
        m_credentials.oid = m_demo->oid();
        m_credentials.apiKey = m_demo->apiKey();
        m_credentials.environment = QStringLiteral("demo");
        m_credentials.source = Credentials::Source::Demo;
        m_client->setEndpoints(m_demo->endpoints());
        m_client->setCredentials(m_credentials.oid, {}, m_credentials.apiKey);
        return true;
    }

    CredentialsError error;
    const CredentialResolver resolver;
    const QString explicitEnv = parser.value(QStringLiteral("env"));
    m_credentials = resolver.resolve(explicitEnv, &error);
    if (error.isError() || !m_credentials.isComplete())
        loadFromKeychain(resolver.selectedEnvironment(explicitEnv), &error);
    if (error.isError() || !m_credentials.isComplete()) {
        fail(error.isError() ? error.message
                             : tr("No credentials found. Set LC_OID and LC_API_KEY, run "
                                  "'lcdesk login', or use --demo."),
             AuthError);
        return false;
    }

    m_client->setEndpoints(Endpoints::fromEnvironment().overriddenBy(
            m_credentials.apiUrl, m_credentials.jwtUrl, m_credentials.streamUrl));
    m_client->setCredentials(m_credentials.oid, m_credentials.uid, m_credentials.apiKey);
    return true;
}

void CliContext::loadFromKeychain(const QString& environment, CredentialsError* error)
{
    // Environments saved by LC Desk keep their key in the keychain, not in the file.
    CredentialManager manager;
    if (!manager.loadEnvironments() || !manager.environmentStore().contains(environment))
        return;

    QEventLoop loop;
    manager.loadCredentials(environment, [this, error, &loop](const Credentials& credentials,
                                                              const CredentialsError& loadError) {
        if (!loadError.isError()) {
            m_credentials = credentials;
            *error = {};
        } else {
            *error = loadError;
        }
        loop.quit();
    });
    loop.exec();
}

void CliContext::wait(ApiRequest* request)
{
    QEventLoop loop;
    QObject::connect(request, &ApiRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int CliContext::fail(const ApiError& error) const
{
    const int code = error.status == ApiStatus::AuthenticationFailed ? AuthError : Failure;
    return fail(error.toString(), code);
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    if (!parser.parse(arguments)) {
        *exitCode = CliContext().fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the subcommand as it is typed, not the binary's path.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const int lineEnd = int(help.indexOf(QLatin1Char('\n')));
        const int at = program.isEmpty() ? -1 : int(help.left(lineEnd).indexOf(program));
        if (at >= 0 && !arguments.isEmpty())
            help.replace(at, program.size(), QStringLiteral("lcdesk ") + arguments.first());
        QTextStream(stdout) << help;
        *exitCode = Success;
        return false;
    }
    return true;
}

QString CliContext::printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

int CliContext::fail(const QString& message, int code) const
{
    QTextStream err(stderr);
    err << "lcdesk: " << message << Qt::endl;
    return code;
}

bool CliContext::resolveSensors(const QStringList& arguments, QStringList* sids)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}$"));
    for (const QString& argument : arguments) {
        if (uuid.match(argument).hasMatch()) {
            sids->append(argument.toLower());
            continue;
        }

        // The server compares hostname prefixes byte for byte, so "café" typed precomposed
        // would miss a host registered decomposed: ask for both forms, then compare folded.
        QStringList spellings = {argument, argument.normalized(QString::NormalizationForm_C),
                                 argument.normalized(QString::NormalizationForm_D)};
        spellings.removeDuplicates();
        const QString wanted = SearchText::fold(argument);
        QStringList exact;
        for (const QString& spelling : std::as_const(spellings)) {
            ApiRequest* request = SensorApi(m_client.get()).searchHostname(spelling);
            QList<QPair<QString, QString>> matches;
            ApiError error;
            QObject::connect(request, &ApiRequest::finished, request, [request, &matches, &error] {
                error = request->error();
                if (request->isOk())
                    matches = SensorApi::parseHostnames(request->object());
            });
            wait(request);
            if (!error.isOk()) {
                fail(error);
                return false;
            }
            for (const auto& match : std::as_const(matches)) {
                if (SearchText::fold(match.second) == wanted && !exact.contains(match.first))
                    exact.append(match.first);
            }
        }

        if (exact.isEmpty()) {
            fail(tr("No sensor has the hostname \"%1\".").arg(argument));
            return false;
        }
        if (exact.size() > 1) {
            fail(tr("%1 sensors have the hostname \"%2\"; name them by sid: %3")
                         .arg(exact.size())
                         .arg(argument, exact.join(QStringLiteral(", "))));
            return false;
        }
        sids->append(exact.first());
    }
    return true;
}

} // namespace lc
