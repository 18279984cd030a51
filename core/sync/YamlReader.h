// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "sync/ConfigDiagnostic.h"
#include "sync/ConfigValue.h"

namespace lc {

// Reads one YAML document the way the official command line does (PyYAML, YAML 1.1 safe
// loader) and stricter where it silently loses data:
// - plain scalars resolve as YAML 1.1 does: yes/No/on/OFF are booleans, 0755 is octal, 0x1F
//   hex, 12:30 sexagesimal, 1e3 a string (a float needs a dot), ~ and null are null. Each
//   value another YAML reader would take differently gets a warning at its line suggesting
//   quotes; a date is an error (JSON has no dates, the official tool crashes on it);
// - merge keys (<<) and anchors are applied, explicit keys winning;
// - a key twice in one mapping is an error naming both lines (PyYAML keeps the last);
// - a tab in indentation is an error at its line and column.
// An empty or comment-only document reads as null.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    // Returns false when an error was added to diagnostics.
    static bool read(const QByteArray& text, const QString& file, ConfigValue* out,
                     QList<ConfigDiagnostic>* diagnostics);
};

} // namespace lc
