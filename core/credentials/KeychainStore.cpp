// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/KeychainStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

#include "LcDesk.h"
#include "credentials/CredentialsError.h"
#include "credentials/EnvironmentStore.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && !defined(Q_OS_HAIKU)
#define LCDESK_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace lc {

namespace {

using Status = KeychainStore::Status;
using Result = KeychainStore::Result;

Result makeResult(Status status, const QString& environment, const QString& message = {})
{
    Result result;
    result.status = status;
    result.environment = environment;
    result.message = message;
    return result;
}

// Three base64url segments starting with '{"' encoded: a session token, not an API key.
bool looksLikeJwt(const QString& secret)
{
    return secret.startsWith(QLatin1String("eyJ")) && secret.count(QLatin1Char('.')) == 2;
}

Result resultFromJob(const QKeychain::Job& job, const QString& environment)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return makeResult(Status::Ok, environment);
    case QKeychain::EntryNotFound:
        return makeResult(Status::NotFound, environment,
                          KeychainStore::tr("The keychain has no API key for environment \"%1\".")
                                  .arg(environment));
    case QKeychain::NoBackendAvailable:
        return makeResult(Status::NoBackend, environment, KeychainStore::noBackendMessage());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeResult(Status::AccessDenied, environment,
                          KeychainStore::tr("The keychain refused access to the key of "
                                            "environment \"%1\" (is it locked?): %2")
                                  .arg(environment, job.errorString()));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }

    // libsecret reports a missing Secret Service as a generic error.
    if (job.errorString().contains(QLatin1String("org.freedesktop.secrets")))
        return makeResult(Status::NoBackend, environment, KeychainStore::noBackendMessage());
    return makeResult(Status::Failed, environment,
                      KeychainStore::tr("The keychain reported an error for environment \"%1\": "
                                        "%2")
                              .arg(environment, job.errorString()));
}

} // namespace

KeychainStore::KeychainStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

QString KeychainStore::noBackendMessage()
{
    return tr("No keychain service is running. Install and start gnome-keyring (Secret "
              "Service) or KWallet, or use the key for this session only.");
}

Result KeychainStore::checkApiKey(const QString& environment, const QString& apiKey)
{
    CredentialsError nameError;
    if (!EnvironmentStore::validateName(environment, &nameError))
        return makeResult(Status::Failed, environment, nameError.message);

    if (apiKey.isEmpty())
        return makeResult(Status::NotAnApiKey, environment, tr("The API key is empty."));

    for (const QChar c : apiKey) {
        if (c.category() == QChar::Other_Control)
            return makeResult(Status::NotAnApiKey, environment,
                              tr("The API key contains line breaks or control characters."));
    }

    // Tokens are short-lived and may be far larger than any keychain entry allows.
    if (looksLikeJwt(apiKey))
        return makeResult(Status::NotAnApiKey, environment,
                          tr("This is a session token (JWT), not an API key. LC Desk keeps only "
                             "API keys in the keychain."));

    const qsizetype bytes = apiKey.toUtf8().size();
    if (bytes > MaxSecretBytes)
        return makeResult(Status::TooLarge, environment,
                          tr("The secret is %1 bytes long; keychain entries are limited to %2 "
                             "bytes (the Windows Credential Manager limit). Only API keys can "
                             "be stored.")
                                  .arg(bytes)
                                  .arg(MaxSecretBytes));

    return makeResult(Status::Ok, environment);
}

void KeychainStore::deliver(const Callback& done, const Result& result)
{
    QMetaObject::invokeMethod(
            this, [done, result]() { done(result); }, Qt::QueuedConnection);
}

void KeychainStore::probe(Callback done)
{
#ifdef LCDESK_KEYCHAIN_OVER_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcCreds) << "No D-Bus session bus; the keychain is unavailable";
        deliver(done, makeResult(Status::NoBackend, {},
                                 tr("No D-Bus session bus is running, so no keychain can be "
                                    "reached. Start a desktop session with gnome-keyring "
                                    "(Secret Service) or KWallet, or use the key for this "
                                    "session only.")));
        return;
    }

    // Both lists: a running service, or one D-Bus would start on the first call.
    struct ProbeState
    {
        int pending = 2;
        QStringList names;
    };
    auto state = std::make_shared<ProbeState>();
    const auto finish = [state, done]() {
        static const QStringList backends = {
                QStringLiteral("org.freedesktop.secrets"),
                QStringLiteral("org.kde.kwalletd5"),
                QStringLiteral("org.kde.kwalletd6"),
        };
        for (const QString& backend : backends) {
            if (state->names.contains(backend)) {
                done(makeResult(Status::Ok, {}));
                return;
            }
        }
        qCInfo(lcCreds) << "No Secret Service or KWallet on the session bus";
        done(makeResult(Status::NoBackend, {}, noBackendMessage()));
    };

    for (const QString& method :
         {QStringLiteral("ListNames"), QStringLiteral("ListActivatableNames")}) {
        const QDBusMessage message = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), method);
        auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, ProbeTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [state, finish](QDBusPendingCallWatcher* finished) {
                    finished->deleteLater();
                    const QDBusPendingReply<QStringList> reply = *finished;
                    if (!reply.isError())
                        state->names += reply.value();
                    if (--state->pending == 0)
                        finish();
                });
    }
#else
    deliver(done, makeResult(Status::Ok, {}));
#endif
}

void KeychainStore::saveApiKey(const QString& environment, const QString& apiKey, Callback done)
{
    const Result check = checkApiKey(environment, apiKey);
    if (!check.ok()) {
        deliver(done, check);
        return;
    }

    probe([this, environment, apiKey, done](const Result& probed) {
        if (!probed.ok()) {
            done(makeResult(probed.status, environment, probed.message));
            return;
        }

        // Not parented: QtKeychain's backends call back into the job, so it must outlive us
        // until it finishes; it deletes itself then.
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(environment);
        job->setTextData(apiKey);
        connect(job, &QKeychain::Job::finished, this,
                [environment, done](QKeychain::Job* finished) {
                    const Result result = resultFromJob(*finished, environment);
                    qCInfo(lcCreds) << "Saving the key of environment" << environment
                                    << "in the keychain:" << result.status;
                    done(result);
                });
        job->start();
    });
}

void KeychainStore::loadApiKey(const QString& environment, Callback done)
{
    probe([this, environment, done](const Result& probed) {
        if (!probed.ok()) {
            done(makeResult(probed.status, environment, probed.message));
            return;
        }

        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(environment);
        connect(job, &QKeychain::Job::finished, this,
                [environment, done](QKeychain::Job* finished) {
                    Result result = resultFromJob(*finished, environment);
                    if (result.ok()) {
                        const auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                        result.apiKey = readJob->textData();
                    }
                    if (result.ok() && result.apiKey.isEmpty()) {
                        result.status = Status::NotFound;
                        result.message = tr("The keychain has no API key for environment "
                                            "\"%1\".")
                                                 .arg(environment);
                    }
                    done(result);
                });
        job->start();
    });
}

void KeychainStore::removeApiKey(const QString& environment, Callback done)
{
    probe([this, environment, done](const Result& probed) {
        if (!probed.ok()) {
            done(makeResult(probed.status, environment, probed.message));
            return;
        }

        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(environment);
        connect(job, &QKeychain::Job::finished, this,
                [environment, done](QKeychain::Job* finished) {
                    Result result = resultFromJob(*finished, environment);
                    if (result.status == Status::NotFound)
                        result = makeResult(Status::Ok, environment);
                    done(result);
                });
        job->start();
    });
}

Result KeychainStore::runBlocking(const std::function<void(Callback)>& start,
                                  const QString& environment, int timeoutMs)
{
    struct BlockingState
    {
        bool finished = false;
        Result result;
    };
    auto state = std::make_shared<BlockingState>();
    QEventLoop loop;
    QPointer<QEventLoop> loopGuard(&loop);

    start([state, loopGuard](const Result& result) {
        state->finished = true;
        state->result = result;
        if (loopGuard)
            loopGuard->quit();
    });

    if (!state->finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }

    if (!state->finished)
        return makeResult(
                Status::TimedOut, environment,
                tr("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000));
    return state->result;
}

Result KeychainStore::probeBlocking(int timeoutMs)
{
    return runBlocking([this](Callback done) { probe(std::move(done)); }, {}, timeoutMs);
}

Result KeychainStore::saveApiKeyBlocking(const QString& environment, const QString& apiKey,
                                         int timeoutMs)
{
    return runBlocking([&](Callback done) { saveApiKey(environment, apiKey, std::move(done)); },
                       environment, timeoutMs);
}

Result KeychainStore::loadApiKeyBlocking(const QString& environment, int timeoutMs)
{
    return runBlocking([&](Callback done) { loadApiKey(environment, std::move(done)); },
                       environment, timeoutMs);
}

Result KeychainStore::removeApiKeyBlocking(const QString& environment, int timeoutMs)
{
    return runBlocking([&](Callback done) { removeApiKey(environment, std::move(done)); },
                       environment, timeoutMs);
}

} // namespace lc
