// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "api/Endpoints.h"
#include "credentials/Credentials.h"
#include "session/OrgSession.h"

namespace lc {

class DemoServer;
class EnvironmentCatalog;

// Opens one organisation at a time from an environment the user picked: fetches its key
// (asynchronously for the keychain), or starts the demo emulator, then replaces the current
// OrgSession. A pick made while another is still being opened wins; the older one is
// dropped when it completes.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    explicit SessionHost(EnvironmentCatalog* catalog, QObject* parent = nullptr);
    ~SessionHost() override;

    EnvironmentCatalog* catalog() const { return m_catalog; }

    // Any entry of the catalog, the demo included.
    void openEntry(const QString& entryId);
    // Extra arguments for the emulator (--sensors N, --seed S) apply when it starts; an
    // emulator already running is reused.
    void openDemo(const QStringList& emulatorArguments = {});
    // Credentials already complete, e.g. typed in the login dialog.
    void openCredentials(const Credentials& credentials, const QString& entryId = {});
    void openCredentials(const Credentials& credentials, const Endpoints& endpoints,
                         const QString& entryId);
    void close();

    OrgSession* session() const { return m_session; }
    QString currentEntryId() const { return m_entryId; }
    DemoServer* demoServer() const { return m_demo; }

signals:
    // nullptr after close().
    void sessionChanged(lc::OrgSession* session);
    // Something visible should say we are busy: fetching a key, starting the demo.
    void opening(const QString& entryId, const QString& message);
    // The entry could not be opened (no key, broken file, the demo did not start). The
    // current session, if any, stays.
    void openFailed(const QString& entryId, const QString& message);

private:
    void replaceSession(OrgSession* session, const QString& entryId);

    EnvironmentCatalog* m_catalog;
    QPointer<OrgSession> m_session;
    DemoServer* m_demo = nullptr;
    QString m_entryId;
    // Bumped by every pick so late answers to older picks are ignored.
    quint64 m_pick = 0;
};

} // namespace lc
