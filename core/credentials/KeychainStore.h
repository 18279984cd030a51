// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace lc {

// API keys in the OS keychain through QtKeychain: service "lcdesk", key = environment name.
//
// Every operation is asynchronous and reports through a callback that runs later on the
// caller's thread (never before the call returns, never after this object is destroyed), so
// the GUI thread never waits on D-Bus. The *Blocking helpers spin a local event loop and are
// meant for the command line only.
//
// Before any keychain job the D-Bus session bus is probed with short timeouts (Linux and other
// D-Bus systems): with no bus, or a bus where nobody owns or can activate a Secret Service
// (org.freedesktop.secrets) or KWallet (org.kde.kwalletd5/6), operations fail within
// ProbeTimeoutMs with Status::NoBackend and a message saying what to install or start, instead
// of waiting for a 25 s D-Bus timeout. QtKeychain's insecure plaintext fallback stays off.
//
// Known limit: QtKeychain 0.13 talks to KWallet 5 only on a KDE 5 session and otherwise to the
// Secret Service, so a bus with only kwalletd6 and its Secret Service bridge disabled passes
// the probe and then fails with the backend's own error.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    // C16: the Windows Credential Manager rejects a credential blob over 2560 bytes
    // (CRED_MAX_CREDENTIAL_BLOB_SIZE, 5 * 512) with an unhelpful error, and other backends
    // have limits of their own. LC Desk stores API keys only (36-byte UUIDs), never JWTs (a user
    // token for many organisations passes 20 KB; tokens are minted again from the key), and
    // refuses anything larger than this with a message that names the limit, on every system.
    static constexpr int MaxSecretBytes = 2560;

    // Upper bound of the backend probe; the whole refusal stays well under 5 s.
    static constexpr int ProbeTimeoutMs = 1500;

    // For the command line: a locked keychain may show an unlock prompt the user must answer.
    static constexpr int DefaultBlockingTimeoutMs = 120000;

    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        TooLarge,
        NotAnApiKey,
        AccessDenied,
        TimedOut,
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString environment;
        QString message; // translated, for the user; empty when status is Ok
        QString apiKey;  // only set by a successful load

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    // Tests pass their own service name so they never touch the user's "lcdesk" entries.
    explicit KeychainStore(const QString& service = QStringLiteral("lcdesk"),
                           QObject* parent = nullptr);

    QString service() const { return m_service; }

    // Ok when a keychain backend is reachable, else NoBackend with the message to show.
    void probe(Callback done);

    void saveApiKey(const QString& environment, const QString& apiKey, Callback done);
    void loadApiKey(const QString& environment, Callback done);
    // Removing a key that does not exist is not an error.
    void removeApiKey(const QString& environment, Callback done);

    // Command line only (they run a local QEventLoop); never call them on the GUI thread.
    Result probeBlocking(int timeoutMs = DefaultBlockingTimeoutMs);
    Result saveApiKeyBlocking(const QString& environment, const QString& apiKey,
                              int timeoutMs = DefaultBlockingTimeoutMs);
    Result loadApiKeyBlocking(const QString& environment, int timeoutMs = DefaultBlockingTimeoutMs);
    Result removeApiKeyBlocking(const QString& environment,
                                int timeoutMs = DefaultBlockingTimeoutMs);

    // The checks made before anything reaches the keychain: a valid environment name, a
    // non-empty key without control characters, not a JWT, at most MaxSecretBytes in UTF-8.
    static Result checkApiKey(const QString& environment, const QString& apiKey);

    static QString noBackendMessage();

    // Command line only: calls start with a callback and runs a local event loop until that
    // callback has run or timeoutMs has passed (then Status::TimedOut).
    static Result runBlocking(const std::function<void(Callback)>& start,
                              const QString& environment, int timeoutMs);

private:
    void deliver(const Callback& done, const Result& result);

    QString m_service;
};

} // namespace lc
