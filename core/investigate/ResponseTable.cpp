// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigate/ResponseTable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace lc {

namespace {

// Lists the reference names for table-shaped replies, best first when a reply has several.
const char* const knownListKeys[] = {
        "PROCESSES", "SVCS",     "AUTORUNS",   "DIRECTORY_LIST", "NETWORK_ACTIVITY",
        "USERS",     "PACKAGES", "MEMORY_MAP", "HANDLES",        "REGISTRY_VALUE",
        "MODULES",   "DRIVERS",  "PATTERNS",   "EVENTS",
};

// Columns an analyst reads first, in this order; the rest follow by name, and columns that
// hold whole lists or objects come last.
const char* const leadingColumns[] = {
        "PROCESS_ID",
        "PARENT_PROCESS_ID",
        "FILE_NAME",
        "FILE_PATH",
        "COMMAND_LINE",
        "USER_NAME",
        "SVC_NAME",
        "SVC_DISPLAY_NAME",
        "SVC_STATE",
        "NAME",
        "TYPE",
        "PACKAGE_NAME",
        "PACKAGE_VERSION",
        "REGISTRY_KEY",
        "PROTOCOL",
        "SOURCE/IP_ADDRESS",
        "SOURCE/PORT",
        "DESTINATION/IP_ADDRESS",
        "DESTINATION/PORT",
        "STATE",
        "FILE_SIZE",
        "HASH",
        "EXECUTABLE",
        "BASE_ADDRESS",
        "MEMORY_SIZE",
        "MEMORY_ACCESS",
        "HANDLE_TYPE",
        "HANDLE_NAME",
};

int columnRank(const QString& column)
{
    int rank = 0;
    for (const char* name : leadingColumns) {
        if (column == QLatin1String(name))
            return rank;
        ++rank;
    }
    return rank;
}

bool isListOfObjects(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return !array.isEmpty() && array.first().isObject();
}

void flatten(const QJsonObject& object, const QString& prefix, QJsonObject& into)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        if (it->isObject() && prefix.isEmpty())
            flatten(it->toObject(), key, into);
        else if (it->isObject() || it->isArray())
            into.insert(key, QString::fromUtf8(QJsonDocument(it->isObject()
                                                                     ? QJsonDocument(it->toObject())
                                                                     : QJsonDocument(it->toArray()))
                                                       .toJson(QJsonDocument::Compact)));
        else
            into.insert(key, *it);
    }
}

} // namespace

ResponseTable ResponseTable::fromEvent(const QJsonObject& event)
{
    ResponseTable table;
    for (const char* key : knownListKeys) {
        if (isListOfObjects(event.value(QLatin1String(key)))) {
            table.m_listKey = QLatin1String(key);
            break;
        }
    }
    if (table.m_listKey.isEmpty()) {
        for (auto it = event.begin(); it != event.end(); ++it) {
            if (isListOfObjects(*it)) {
                table.m_listKey = it.key();
                break;
            }
        }
    }
    if (table.m_listKey.isEmpty())
        return table;

    const QJsonArray rows = event.value(table.m_listKey).toArray();
    QSet<QString> complex;
    table.m_rows.reserve(rows.size());
    for (const QJsonValue& row : rows) {
        const QJsonObject object = row.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it->isArray())
                complex.insert(it.key());
        }
        QJsonObject flat;
        flatten(object, {}, flat);
        for (auto it = flat.begin(); it != flat.end(); ++it) {
            if (!table.m_columns.contains(it.key()))
                table.m_columns.append(it.key());
        }
        table.m_rows.append(flat);
    }

    std::stable_sort(table.m_columns.begin(), table.m_columns.end(),
                     [&complex](const QString& a, const QString& b) {
                         const bool aComplex = complex.contains(a);
                         if (aComplex != complex.contains(b))
                             return !aComplex;
                         return columnRank(a) < columnRank(b);
                     });
    return table;
}

QVariant ResponseTable::value(int row, int column) const
{
    const QJsonValue value = m_rows.at(row).value(m_columns.at(column));
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool();
    return value.toString();
}

QString ResponseTable::text(int row, int column) const
{
    const QJsonValue value = m_rows.at(row).value(m_columns.at(column));
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString ResponseTable::displayText(int row, int column) const
{
    const QString& name = m_columns.at(column);
    const QJsonValue value = m_rows.at(row).value(name);
    if (!value.isDouble()
        || !(name.endsWith(QLatin1String("_TIME")) || name.endsWith(QLatin1String("TIMESTAMP"))))
        return text(row, column);

    // Sensors send some times in seconds and some in milliseconds (reference §10.2).
    const double number = value.toDouble();
    qint64 ms = 0;
    if (number >= 1e11 && number < 1e14)
        ms = qint64(number);
    else if (number >= 1e8 && number < 1e11)
        ms = qint64(number * 1000);
    else
        return text(row, column);
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool ResponseTable::rowsAreProcesses() const
{
    return m_columns.contains(QLatin1String("PROCESS_ID"))
           && (m_listKey == QLatin1String("PROCESSES")
               || m_listKey == QLatin1String("NETWORK_ACTIVITY")
               || m_listKey == QLatin1String("HANDLES") || m_listKey == QLatin1String("SVCS"));
}

bool ResponseTable::rowsAreFiles() const
{
    return m_columns.contains(QLatin1String("FILE_PATH"))
           || m_columns.contains(QLatin1String("EXECUTABLE"));
}

QString ResponseTable::csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ResponseTable::toCsv() const
{
    QString out;
    QStringList header;
    for (const QString& column : m_columns)
        header.append(csvField(column));
    out += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_columns.size(); ++column)
            fields.append(csvField(text(row, column)));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace lc
