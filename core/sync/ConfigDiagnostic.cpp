// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConfigDiagnostic.h"

namespace lc {

bool ConfigDiagnostic::isError() const
{
    return severity == Severity::Error;
}

QString ConfigDiagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    const QString kind = isError() ? tr("error") : tr("warning");
    return QStringLiteral("%1: %2: %3").arg(where, kind, message);
}

bool ConfigDiagnostic::hasErrors(const QList<ConfigDiagnostic>& diagnostics)
{
    for (const ConfigDiagnostic& diagnostic : diagnostics) {
        if (diagnostic.isError())
            return true;
    }
    return false;
}

} // namespace lc
