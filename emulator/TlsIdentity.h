// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/ssl.h>

#include <memory>
#include <string>
#include <vector>

// A self-signed certificate made at start-up (EC P-256), and the server context using it.
// The private key never leaves memory; only the certificate is written out for clients to trust.
class TlsIdentity
{
public:
    ~TlsIdentity();
    TlsIdentity(const TlsIdentity&) = delete;
    TlsIdentity& operator=(const TlsIdentity&) = delete;

    static std::unique_ptr<TlsIdentity> create(const std::vector<std::string>& ipAddresses,
                                               std::string& error);

    SSL_CTX* context() const { return m_context; }
    const std::string& certificatePem() const { return m_certificatePem; }

private:
    TlsIdentity(SSL_CTX* context, std::string certificatePem);

    SSL_CTX* m_context;
    std::string m_certificatePem;
};
