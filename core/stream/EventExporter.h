// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <memory>

#include "stream/EventRecord.h"

namespace lc {

// Writes live records to a file as newline-delimited JSON (each raw line exactly as received,
// one per line) or as CSV (time as ISO-8601 UTC, hostname, sid, type, kind, summary and the
// raw JSON; RFC 4180 quoting, UTF-8). The file appears only when commit() succeeds, so a
// cancelled or failed export leaves nothing half-written behind. Rows are given in batches so
// a caller can copy them out of a ring buffer a slice at a time and write on another thread;
// one thread at a time may use an exporter. Errors name the file.
class EventExporter
{
public:
    enum class Format
    {
        Ndjson,
        Csv,
    };

    // A record copied out of the store: owns its bytes.
    struct Row
    {
        QByteArray raw;
        qint64 timeMs = 0;
        QByteArray hostname; // UTF-8 as received
        QByteArray sensor;
        QByteArray type;
        EventKind kind = EventKind::Other;
        QString summary;
    };

    EventExporter();
    ~EventExporter();
    EventExporter(const EventExporter&) = delete;
    EventExporter& operator=(const EventExporter&) = delete;

    // ".csv" is CSV; anything else newline-delimited JSON.
    static Format formatFor(const QString& fileName);

    bool open(const QString& fileName, Format format, QString* error);
    bool write(const QVector<Row>& rows, QString* error);
    bool commit(QString* error);
    // Drops what was written; the target file is left as it was.
    void cancel();
    bool isOpen() const;
    QString fileName() const;
    qint64 rowsWritten() const;

    static QByteArray csvHeader();
    static QByteArray csvRecord(const Row& row);
    // Quotes when needed. Text columns that a spreadsheet would run as a formula (starting
    // with = + - @ or a tab) get a leading apostrophe; the raw column never does.
    static QByteArray csvField(QByteArrayView value, bool guardFormula);
    static QString kindName(EventKind kind);
    static QByteArray isoTime(qint64 ms); // "2026-12-04T18:23:42.123Z"; empty for 0

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
