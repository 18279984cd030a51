// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lc {

// The text Copy Diagnostics puts on the clipboard: labelled facts in sections (version, Qt,
// platform, session, log) and the last log lines. Everything in it passes LogScrubber, and
// the known secrets given (the session's API key, its token) are removed wherever they appear.
class DiagnosticsReport
{
public:
    // Version, Qt (build and run time), operating system, CPU, log file and level.
    static DiagnosticsReport withApplicationFacts();

    void addSection(const QString& title);
    void addFact(const QString& label, const QString& value);
    void setLogLines(const QStringList& lines) { m_logLines = lines; }
    void addKnownSecret(const QString& secret);

    QString text() const;

private:
    struct Entry
    {
        QString label; // empty: value is a section title
        QString value;
    };

    QList<Entry> m_entries;
    QStringList m_logLines;
    QStringList m_secrets;
};

} // namespace lc
