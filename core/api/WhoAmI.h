// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

namespace lc {

// What the key in use may do in one organisation, from `GET /v1/who`.
struct WhoAmI
{
    QString ident;
    bool userKey = false;
    // Effective permissions in the organisation asked about.
    QStringList permissions;

    bool can(const QString& permission) const { return permissions.contains(permission); }
    static WhoAmI fromJson(const QJsonObject& body, const QString& oid);
};

} // namespace lc
