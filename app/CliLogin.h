// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lc {

// `lcdesk login`: asks for the organisation, the environment name and the API key (without
// echo), and stores the key in the OS keychain. Writing it in plaintext into the official
// CLI's credentials file happens only with --plaintext-for-official-cli.
class CliLogin
{
    Q_DECLARE_TR_FUNCTIONS(lc::CliLogin)

public:
    static int run(const QStringList& arguments);
    // The first line of a file, or of stdin for "-", trimmed: an API key given by file.
    static QString readKey(const QString& source, QString* error);

private:
    static QString prompt(const QString& question, bool echo);
    // The organisations a user key reaches, listed with an organisation-less token; asks
    // which one when there are several.
    static QString chooseOrganisation(const QString& uid, const QString& apiKey, QString* error);
};

} // namespace lc
