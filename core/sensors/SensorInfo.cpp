// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorInfo.h"

namespace lc {

namespace {

quint32 codeOf(const QJsonValue& value)
{
    // Platform codes are uint32 (adapter codes such as 0x80000000 overflow an int32);
    // older servers may send them as decimal or hex strings.
    if (value.isDouble())
        return static_cast<quint32>(static_cast<qint64>(value.toDouble()));
    if (value.isString()) {
        bool ok = false;
        const quint32 code = value.toString().toUInt(&ok, 0);
        return ok ? code : 0;
    }
    return 0;
}

QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(static_cast<qint64>(value.toDouble()));
    return {};
}

} // namespace

SensorInfo SensorInfo::fromJson(const QJsonObject& object)
{
    SensorInfo info;
    info.sid = object.value(QStringLiteral("sid")).toString();
    info.oid = object.value(QStringLiteral("oid")).toString();
    info.iid = object.value(QStringLiteral("iid")).toString();
    info.did = object.value(QStringLiteral("did")).toString();
    info.hostname = object.value(QStringLiteral("hostname")).toString();
    info.intIp = object.value(QStringLiteral("int_ip")).toString();
    info.extIp = object.value(QStringLiteral("ext_ip")).toString();
    info.enroll = textOf(object.value(QStringLiteral("enroll")));
    info.alive = textOf(object.value(QStringLiteral("alive")));
    info.plat = codeOf(object.value(QStringLiteral("plat")));
    info.arch = codeOf(object.value(QStringLiteral("arch")));
    info.isolated = object.value(QStringLiteral("isolated")).toBool();
    info.shouldIsolate = object.value(QStringLiteral("should_isolate")).toBool();
    info.kernel = object.value(QStringLiteral("kernel")).toBool();
    info.sealed = object.value(QStringLiteral("sealed")).toBool();
    info.shouldSeal = object.value(QStringLiteral("should_seal")).toBool();
    return info;
}

} // namespace lc
