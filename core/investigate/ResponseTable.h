// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lc {

// A reply whose data is a list (processes, services, autoruns, a directory listing,
// network connections, drivers, users, packages, memory map, handles, registry values) as
// rows and columns. Nested objects become "PARENT/KEY" columns; lists inside a row are kept
// as compact JSON text.
class ResponseTable
{
public:
    // Empty (isValid() false) when the event holds no list of objects.
    static ResponseTable fromEvent(const QJsonObject& event);

    bool isValid() const { return !m_listKey.isEmpty(); }
    // The event key the rows came from (PROCESSES, DIRECTORY_LIST, ...).
    QString listKey() const { return m_listKey; }
    const QStringList& columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    // Numbers stay numbers so sorting is numeric.
    QVariant value(int row, int column) const;
    // The value as the sensor sent it (exports).
    QString text(int row, int column) const;
    // For reading: times (columns named ..._TIME or TIMESTAMP holding epoch seconds or
    // milliseconds) as local dates; everything else as text().
    QString displayText(int row, int column) const;
    const QJsonObject& rowObject(int row) const { return m_rows.at(row); }
    int columnOf(const QString& name) const { return int(m_columns.indexOf(name)); }

    // What the console can do with a row.
    bool rowsAreProcesses() const;
    bool rowsAreFiles() const;

    // RFC 4180 CSV with a header line.
    QByteArray toCsv() const;

    static QString csvField(const QString& text);

private:
    QString m_listKey;
    QStringList m_columns;
    QList<QJsonObject> m_rows;
};

} // namespace lc
