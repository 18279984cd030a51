// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

#include "api/ApiError.h"
#include "credentials/Credentials.h"
#include "credentials/CredentialsError.h"

namespace lc {

class ApiClient;
class ApiRequest;
class DemoServer;

// What every command-line subcommand needs: the chosen credentials, a connected client,
// and a way to wait for a call without a window. Errors go to stderr.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliContext)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        AuthError = 3,
    };

    CliContext();
    ~CliContext();

    // Options every subcommand accepts (--env, --demo).
    static void addCommonOptions(QCommandLineParser& parser);
    // Parses a subcommand's arguments. False when the command ends here, with *exitCode set:
    // a usage error was reported, or --help was printed.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
    // Resolves the credentials; on failure prints why and returns false.
    bool connect(const QCommandLineParser& parser);

    ApiClient* client() const { return m_client.get(); }
    const Credentials& credentials() const { return m_credentials; }

    // Runs the event loop until the request finishes.
    static void wait(ApiRequest* request);
    // Prints the error to stderr and returns the exit code that fits it.
    int fail(const ApiError& error) const;
    int fail(const QString& message, int code = Failure) const;

    // A name, value or error as one line of output: control and format characters (a newline
    // in a hostname or rule name could fake an output line) are written as \uXXXX escapes.
    static QString printable(const QString& text);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Sids for the arguments: each is a sid, or a hostname that must match exactly one
    // sensor. Prints the problem and returns false when one cannot be resolved.
    bool resolveSensors(const QStringList& arguments, QStringList* sids);

private:
    void loadFromKeychain(const QString& environment, CredentialsError* error);

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DemoServer> m_demo;
    Credentials m_credentials;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace lc
