// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsReport.h"

#include <QCoreApplication>
#include <QSysInfo>

#include "DiagnosticLog.h"
#include "LogScrubber.h"

namespace lc {

DiagnosticsReport DiagnosticsReport::withApplicationFacts()
{
    DiagnosticsReport report;
    report.addSection(QCoreApplication::translate("lc::DiagnosticsReport", "LC Desk"));
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Version"),
                   QStringLiteral(LCDESK_VERSION));
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Qt"),
                   QCoreApplication::translate("lc::DiagnosticsReport", "%1 (built with %2)")
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Operating system"),
                   QSysInfo::prettyProductName());
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Kernel"),
                   QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "CPU"),
                   QSysInfo::currentCpuArchitecture());
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Log level"),
                   DiagnosticLog::levelName(DiagnosticLog::level()));
    const QString path = DiagnosticLog::filePath();
    report.addFact(QCoreApplication::translate("lc::DiagnosticsReport", "Log file"),
                   path.isEmpty() ? QCoreApplication::translate("lc::DiagnosticsReport", "none")
                                  : path);
    return report;
}

void DiagnosticsReport::addSection(const QString& title)
{
    m_entries.append({QString(), title});
}

void DiagnosticsReport::addFact(const QString& label, const QString& value)
{
    m_entries.append({label, value});
}

void DiagnosticsReport::addKnownSecret(const QString& secret)
{
    if (!secret.isEmpty())
        m_secrets.append(secret);
}

QString DiagnosticsReport::text() const
{
    QString text;
    for (const Entry& entry : m_entries) {
        if (entry.label.isEmpty()) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += QStringLiteral("== %1 ==\n").arg(entry.value);
            continue;
        }
        text += entry.label + QLatin1String(": ") + entry.value + QLatin1Char('\n');
    }

    text += QLatin1Char('\n')
            + QCoreApplication::translate("lc::DiagnosticsReport",
                                          "== Last %n log line(s) ==", nullptr,
                                          static_cast<int>(m_logLines.size()))
            + QLatin1Char('\n');
    for (const QString& line : m_logLines)
        text += line + QLatin1Char('\n');
    return LogScrubber::scrub(text, m_secrets);
}

} // namespace lc
