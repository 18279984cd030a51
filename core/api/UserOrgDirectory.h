// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "api/ApiError.h"

namespace lc {

class ApiClient;

// The organisations a user-scoped API key can reach (`GET /v1/user/orgs`). The call uses a
// token minted for no organisation (oid "-"): a user's full token lists every organisation
// and its permissions, and for a user with many organisations it grows past the 8 KB header
// limit of the API's front end.
class UserOrgDirectory : public QObject
{
    Q_OBJECT

public:
    struct Org
    {
        QString oid;
        QString name;
    };

    explicit UserOrgDirectory(ApiClient* client, QObject* parent = nullptr);

    // Uses the client's endpoints; uid and key are the user's.
    void fetch(const QString& uid, const QString& apiKey);
    const QList<Org>& orgs() const { return m_orgs; }

signals:
    void finished(const lc::ApiError& error);

private:
    void listWith(const QString& token);

    ApiClient* m_client;
    QList<Org> m_orgs;
};

} // namespace lc
