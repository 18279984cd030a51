// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionHost.h"

#include "LcDesk.h"
#include "demo/DemoServer.h"
#include "session/EnvironmentCatalog.h"
#include "session/OrgSession.h"

namespace lc {

SessionHost::SessionHost(EnvironmentCatalog* catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{}

SessionHost::~SessionHost()
{
    // The session's requests go through its own client; end them before the emulator.
    delete m_session;
    delete m_demo;
}

void SessionHost::openEntry(const QString& entryId)
{
    if (entryId == EnvironmentCatalog::demoId()) {
        openDemo();
        return;
    }

    const quint64 pick = ++m_pick;
    emit opening(entryId, tr("Reading the credentials…"));
    m_catalog->resolve(entryId, [this, pick, entryId](const Credentials& credentials,
                                                      const CredentialsError& error) {
        if (pick != m_pick)
            return;
        if (error.isError()) {
            emit openFailed(entryId, error.message);
            return;
        }
        openCredentials(credentials, entryId);
    });
}

void SessionHost::openDemo(const QStringList& emulatorArguments)
{
    const quint64 pick = ++m_pick;
    const QString entryId = EnvironmentCatalog::demoId();
    const auto openOnDemo = [this, entryId] {
        Credentials credentials;
        credentials.environment = tr("Demo organisation");
        credentials.oid = m_demo->oid();
        credentials.apiKey = m_demo->apiKey();
        credentials.source = Credentials::Source::Demo;
        openCredentials(credentials, m_demo->endpoints(), entryId);
    };

    if (m_demo && m_demo->isReady()) {
        openOnDemo();
        return;
    }
    if (!m_demo) {
        m_demo = new DemoServer(this);
        m_demo->setExtraArguments(emulatorArguments);
    }

    emit opening(entryId, tr("Starting the demo organisation…"));
    auto* context = new QObject(this);
    connect(m_demo, &DemoServer::ready, context, [this, pick, context, openOnDemo] {
        context->deleteLater();
        if (pick == m_pick)
            openOnDemo();
    });
    connect(m_demo, &DemoServer::failed, context,
            [this, pick, context, entryId](const QString& message) {
                context->deleteLater();
                // A failed emulator cannot be started again; the next try gets a new one.
                m_demo->deleteLater();
                m_demo = nullptr;
                if (pick == m_pick)
                    emit openFailed(entryId, message);
            });
    m_demo->start();
}

void SessionHost::openCredentials(const Credentials& credentials, const QString& entryId)
{
    openCredentials(credentials, OrgSession::endpointsFor(credentials), entryId);
}

void SessionHost::openCredentials(const Credentials& credentials, const Endpoints& endpoints,
                                  const QString& entryId)
{
    ++m_pick;
    auto* session = new OrgSession(this);
    // Opened first so whoever gets sessionChanged() sees its organisation and whether it is
    // the demo; its answers arrive later.
    session->open(credentials, endpoints);
    replaceSession(session, entryId);
}

void SessionHost::close()
{
    ++m_pick;
    replaceSession(nullptr, {});
}

void SessionHost::replaceSession(OrgSession* session, const QString& entryId)
{
    OrgSession* old = m_session;
    m_session = session;
    m_entryId = entryId;
    qCInfo(lcUi) << "session" << (session ? "opened for" : "closed") << entryId;
    emit sessionChanged(session);
    if (old)
        old->deleteLater();
}

} // namespace lc
