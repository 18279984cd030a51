// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lc {

// A problem found while reading a sync config, where it was found. Errors stop everything
// before any network call; warnings are shown and pushed past.
struct ConfigDiagnostic
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDiagnostic)

public:
    enum class Severity
    {
        Warning,
        Error,
    };

    Severity severity = Severity::Error;
    QString file; // as given, or relative to the top config's folder
    int line = 0; // 1-based; 0 when the whole file is meant
    int column = 0;
    QString message;

    bool isError() const;
    // "file:line:column: error: message", the form editors and CI logs link from.
    QString toString() const;

    static bool hasErrors(const QList<ConfigDiagnostic>& diagnostics);
};

} // namespace lc
