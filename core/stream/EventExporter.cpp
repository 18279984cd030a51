// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/EventExporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

namespace lc {

struct EventExporter::Private
{
    std::unique_ptr<QSaveFile> file;
    Format format = Format::Ndjson;
    qint64 rows = 0;
    QByteArray buffer;
};

namespace {

// Written in blocks of about this size: few system calls, little memory.
constexpr qsizetype BlockBytes = 1 << 20;

QString failure(const QString& fileName, const QString& reason)
{
    return QCoreApplication::translate("lc::EventExporter", "Could not write %1: %2")
            .arg(QFileInfo(fileName).absoluteFilePath(), reason);
}

} // namespace

EventExporter::EventExporter()
    : d(std::make_unique<Private>())
{}

EventExporter::~EventExporter()
{
    cancel();
}

EventExporter::Format EventExporter::formatFor(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv
                                                                         : Format::Ndjson;
}

bool EventExporter::open(const QString& fileName, Format format, QString* error)
{
    cancel();
    d->file = std::make_unique<QSaveFile>(fileName);
    d->format = format;
    d->rows = 0;
    d->buffer.clear();
    if (!d->file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = failure(fileName, d->file->errorString());
        d->file.reset();
        return false;
    }
    if (format == Format::Csv)
        d->buffer = csvHeader();
    return true;
}

bool EventExporter::write(const QVector<Row>& rows, QString* error)
{
    if (!d->file) {
        if (error)
            *error = QCoreApplication::translate("lc::EventExporter",
                                                 "The export file is not open.");
        return false;
    }
    for (const Row& row : rows) {
        if (d->format == Format::Csv) {
            d->buffer += csvRecord(row);
        } else {
            d->buffer += row.raw;
            d->buffer += '\n';
        }
        if (d->buffer.size() >= BlockBytes) {
            if (d->file->write(d->buffer) != d->buffer.size()) {
                if (error)
                    *error = failure(d->file->fileName(), d->file->errorString());
                cancel();
                return false;
            }
            d->buffer.clear();
        }
    }
    d->rows += rows.size();
    return true;
}

bool EventExporter::commit(QString* error)
{
    if (!d->file) {
        if (error)
            *error = QCoreApplication::translate("lc::EventExporter",
                                                 "The export file is not open.");
        return false;
    }
    const QString name = d->file->fileName();
    const bool written = d->buffer.isEmpty() || d->file->write(d->buffer) == d->buffer.size();
    d->buffer.clear();
    if (!written || !d->file->commit()) {
        if (error)
            *error = failure(name, d->file->errorString());
        d->file.reset();
        return false;
    }
    d->file.reset();
    return true;
}

void EventExporter::cancel()
{
    if (d->file) {
        d->file->cancelWriting();
        d->file.reset();
    }
    d->buffer.clear();
}

bool EventExporter::isOpen() const
{
    return d->file != nullptr;
}

QString EventExporter::fileName() const
{
    return d->file ? d->file->fileName() : QString();
}

qint64 EventExporter::rowsWritten() const
{
    return d->rows;
}

QByteArray EventExporter::csvHeader()
{
    return QByteArrayLiteral("time,hostname,sid,type,kind,summary,raw\r\n");
}

QByteArray EventExporter::csvRecord(const Row& row)
{
    // The file is UTF-8: bytes that are not become U+FFFD here (the NDJSON export keeps them).
    const auto utf8 = [](const QByteArray& bytes) {
        return QString::fromUtf8(bytes).toUtf8();
    };
    QByteArray line;
    line.reserve(row.raw.size() + row.summary.size() + 160);
    line += csvField(isoTime(row.timeMs), false);
    line += ',';
    line += csvField(utf8(row.hostname), true);
    line += ',';
    line += csvField(utf8(row.sensor), true);
    line += ',';
    line += csvField(utf8(row.type), true);
    line += ',';
    line += csvField(kindName(row.kind).toUtf8(), false);
    line += ',';
    line += csvField(row.summary.toUtf8(), true);
    line += ',';
    line += csvField(utf8(row.raw), false);
    line += "\r\n";
    return line;
}

QByteArray EventExporter::csvField(QByteArrayView value, bool guardFormula)
{
    QByteArray text;
    if (guardFormula && !value.isEmpty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r')
            text += '\'';
    }
    text += value;
    bool quote = false;
    for (const char c : std::as_const(text)) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    quote = quote || (!text.isEmpty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return text;
    text.replace('"', QByteArrayLiteral("\"\""));
    return '"' + text + '"';
}

QString EventExporter::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Event:
        return QStringLiteral("event");
    case EventKind::Detection:
        return QStringLiteral("detection");
    case EventKind::Audit:
        return QStringLiteral("audit");
    case EventKind::Deployment:
        return QStringLiteral("deployment");
    case EventKind::Billing:
        return QStringLiteral("billing");
    case EventKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QByteArray EventExporter::isoTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
            .toLatin1();
}

} // namespace lc
