// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ValueCompare.h"

#include <charconv>
#include <cmath>

namespace lc {

namespace {

bool isNothing(const ConfigValue& value)
{
    return value.isNull() || (value.isList() && value.items().empty())
           || (value.isMap() && value.entries().empty());
}

bool isNumber(const ConfigValue& value)
{
    return value.type() == ConfigValue::Type::Integer || value.type() == ConfigValue::Type::Float;
}

QString shown(const ConfigValue& value)
{
    if (value.isNull())
        return QStringLiteral("(none)");
    QByteArray json = value.toJson();
    if (json.size() > 120)
        json = json.left(117) + "...";
    return QString::fromUtf8(json);
}

void collect(const ConfigValue& remote, const ConfigValue& local, const QString& path,
             QStringList* out)
{
    if (ValueCompare::equal(remote, local))
        return;

    const QString here = path.isEmpty() ? QStringLiteral("(whole)") : path;
    if (remote.isMap() && local.isMap()) {
        QStringList keys;
        for (const ConfigValue::Entry& entry : remote.entries())
            keys.append(entry.first);
        for (const ConfigValue::Entry& entry : local.entries()) {
            if (!keys.contains(entry.first))
                keys.append(entry.first);
        }
        for (const QString& key : keys) {
            collect(remote.value(key), local.value(key),
                    path.isEmpty() ? key : path + QLatin1Char('/') + key, out);
        }
        return;
    }
    if (remote.isList() && local.isList() && remote.items().size() == local.items().size()) {
        for (size_t i = 0; i < remote.items().size(); ++i)
            collect(remote.items()[i], local.items()[i],
                    path + QLatin1Char('/') + QString::number(i), out);
        return;
    }
    out->append(QStringLiteral("%1: %2 → %3").arg(here, shown(remote), shown(local)));
}

} // namespace

QString ValueCompare::canonicalNumber(const ConfigValue& number)
{
    QString text = number.text();
    if (number.type() == ConfigValue::Type::Integer) {
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text.remove(0, 1);
        while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
            text.remove(0, 1);
        return negative && text != QLatin1String("0") ? QLatin1Char('-') + text : text;
    }

    const QByteArray latin = text.toLatin1();
    double value = 0;
    const auto parsed = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
    if (parsed.ec != std::errc())
        return text;
    // A whole value within the exact range of a double reads as the integer it is.
    if (std::floor(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, static_cast<qsizetype>(written.ptr - buffer));
}

bool ValueCompare::equal(const ConfigValue& a, const ConfigValue& b)
{
    if (isNothing(a) && isNothing(b))
        return true;
    if (isNumber(a) && isNumber(b))
        return canonicalNumber(a) == canonicalNumber(b);
    if (a.type() != b.type())
        return false;

    switch (a.type()) {
    case ConfigValue::Type::Null:
        return true;
    case ConfigValue::Type::Bool:
        return a.toBool() == b.toBool();
    case ConfigValue::Type::Integer:
    case ConfigValue::Type::Float:
    case ConfigValue::Type::String:
        return a.text() == b.text();
    case ConfigValue::Type::List:
        if (a.items().size() != b.items().size())
            return false;
        for (size_t i = 0; i < a.items().size(); ++i) {
            if (!equal(a.items()[i], b.items()[i]))
                return false;
        }
        return true;
    case ConfigValue::Type::Map:
        for (const ConfigValue::Entry& entry : a.entries()) {
            if (!equal(entry.second, b.value(entry.first)))
                return false;
        }
        for (const ConfigValue::Entry& entry : b.entries()) {
            if (!a.contains(entry.first) && !isNothing(entry.second))
                return false;
        }
        return true;
    }
    return false;
}

QStringList ValueCompare::differences(const ConfigValue& remote, const ConfigValue& local)
{
    QStringList out;
    collect(remote, local, QString(), &out);
    return out;
}

} // namespace lc
