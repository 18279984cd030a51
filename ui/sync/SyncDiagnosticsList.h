// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

#include "sync/ConfigDiagnostic.h"

namespace lc {

// The errors and warnings of a config, one row each with file:line:column, severity and
// message. Activating a row (Enter, double-click) asks for its file to be opened.
class SyncDiagnosticsList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SyncDiagnosticsList(QWidget* parent = nullptr);

    void setDiagnostics(const QList<ConfigDiagnostic>& diagnostics);
    const QList<ConfigDiagnostic>& diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    int warningCount() const;

    static QString location(const ConfigDiagnostic& diagnostic);

signals:
    void openRequested(const lc::ConfigDiagnostic& diagnostic);

private:
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace lc
