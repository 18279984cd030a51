// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsIdentity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <cstdint>
#include <cstring>

#include "Codec.h"

namespace {

std::string opensslError(const std::string& what)
{
    char buffer[256];
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return what + ": " + buffer;
}

bool addExtension(X509* certificate, int nid, const std::string& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    if (extension == nullptr) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

} // namespace

TlsIdentity::TlsIdentity(SSL_CTX* context, std::string certificatePem)
    : m_context(context)
    , m_certificatePem(std::move(certificatePem))
{}

TlsIdentity::~TlsIdentity()
{
    SSL_CTX_free(m_context);
}

std::unique_ptr<TlsIdentity> TlsIdentity::create(const std::vector<std::string>& ipAddresses,
                                                 std::string& error)
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* certificate = X509_new();
    SSL_CTX* context = nullptr;
    BIO* pem = nullptr;
    auto fail = [&](const std::string& what) {
        error = opensslError(what);
        SSL_CTX_free(context);
        BIO_free(pem);
        X509_free(certificate);
        EVP_PKEY_free(key);
        return nullptr;
    };
    if (key == nullptr || certificate == nullptr) {
        return fail("cannot create key");
    }
    std::uint64_t serial = 0;
    const std::string random = Codec::randomBytes(sizeof serial);
    std::memcpy(&serial, random.data(), sizeof serial);
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(certificate), serial >> 1U);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 365L * 24 * 3600);
    X509_set_pubkey(certificate, key);
    X509_NAME* name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("LC Desk emulator"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(certificate, name);

    std::string altNames = "DNS:localhost";
    for (const std::string& ip : ipAddresses) {
        altNames += ",IP:" + ip;
    }
    // CA:TRUE lets clients put this one certificate straight into their trust store.
    if (!addExtension(certificate, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(certificate, NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(certificate, NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate, NID_subject_key_identifier, "hash")
        || !addExtension(certificate, NID_authority_key_identifier, "keyid:always")
        || !addExtension(certificate, NID_subject_alt_name, altNames)) {
        return fail("cannot add certificate extensions");
    }
    if (X509_sign(certificate, key, EVP_sha256()) == 0) {
        return fail("cannot sign certificate");
    }

    context = SSL_CTX_new(TLS_server_method());
    if (context == nullptr || SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) != 1
        || SSL_CTX_use_certificate(context, certificate) != 1
        || SSL_CTX_use_PrivateKey(context, key) != 1 || SSL_CTX_check_private_key(context) != 1) {
        return fail("cannot set up TLS context");
    }
    pem = BIO_new(BIO_s_mem());
    if (pem == nullptr || PEM_write_bio_X509(pem, certificate) != 1) {
        return fail("cannot encode certificate");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(pem, &data);
    std::string certificatePem(data, static_cast<std::size_t>(length));
    BIO_free(pem);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return std::unique_ptr<TlsIdentity>(new TlsIdentity(context, std::move(certificatePem)));
}
