// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/WhoAmI.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lc {

namespace {

QStringList stringsOf(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

WhoAmI WhoAmI::fromJson(const QJsonObject& body, const QString& oid)
{
    WhoAmI who;
    who.ident = body.value(QStringLiteral("ident")).toString();

    // Same rule as the SDKs: user permissions for this org win, else the key's
    // permissions when the org is one of its orgs.
    const QJsonObject userPerms = body.value(QStringLiteral("user_perms")).toObject();
    if (!userPerms.isEmpty() || body.contains(QStringLiteral("user_perms"))) {
        who.userKey = true;
        who.permissions = stringsOf(userPerms.value(oid));
        return who;
    }
    if (stringsOf(body.value(QStringLiteral("orgs"))).contains(oid))
        who.permissions = stringsOf(body.value(QStringLiteral("perms")));
    return who;
}

} // namespace lc
