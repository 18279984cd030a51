// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/SelfSignedCertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

#include "LcDesk.h"
#include "credentials/PrivateFileWriter.h"

namespace lc {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* pointer) const { Free(pointer); }
};

using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

const char certificateFileName[] = "firehose-cert.pem";
const char keyFileName[] = "firehose-key.pem";
// A cached certificate closer than this to its end is replaced.
constexpr qint64 minimumRemainingSecs = 30LL * 24 * 3600;
constexpr long validityDays = 3650;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown libcrypto error");
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

bool isSpecific(const QHostAddress& address)
{
    return !address.isNull() && address != QHostAddress(QHostAddress::AnyIPv4)
           && address != QHostAddress(QHostAddress::AnyIPv6)
           && address != QHostAddress(QHostAddress::Any);
}

QList<QHostAddress> wantedAddresses(const QList<QHostAddress>& addresses)
{
    QList<QHostAddress> wanted = {QHostAddress(QHostAddress::LocalHost),
                                  QHostAddress(QHostAddress::LocalHostIPv6)};
    for (QHostAddress address : addresses) {
        address.setScopeId({});
        if (isSpecific(address) && !wanted.contains(address))
            wanted.append(address);
    }
    return wanted;
}

bool addIpName(GENERAL_NAMES* names, const QHostAddress& address)
{
    ASN1_OCTET_STRING* octets = a2i_IPADDRESS(address.toString().toLatin1().constData());
    if (!octets)
        return false;
    GENERAL_NAME* name = GENERAL_NAME_new();
    if (!name) {
        ASN1_OCTET_STRING_free(octets);
        return false;
    }
    GENERAL_NAME_set0_value(name, GEN_IPADD, octets);
    if (sk_GENERAL_NAME_push(names, name) == 0) {
        GENERAL_NAME_free(name);
        return false;
    }
    return true;
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    return added == 1;
}

bool covers(const QSslCertificate& certificate, const QList<QHostAddress>& wanted)
{
    const QList<QHostAddress> named = SelfSignedCertificate::ipAddresses(certificate);
    for (const QHostAddress& address : wanted) {
        if (!named.contains(address))
            return false;
    }
    return true;
}

bool keyMatches(const SelfSignedCertificate& pair)
{
    const QByteArray certificatePem = pair.certificate.toPem();
    const QByteArray keyPem = pair.key.toPem();
    BioPtr certificateBio(
            BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const bool matches =
            certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QList<QHostAddress>& addresses,
                                                      QString* error)
{
    const auto failWith = [error](const QString& step) {
        const QString message = tr("Could not generate the listener's certificate (%1: %2).")
                                        .arg(step, openSslError());
        if (error)
            *error = message;
        qCWarning(lcStream) << message;
        return SelfSignedCertificate();
    };

    // P-256 takes milliseconds where the reference SDKs' RSA 4096 takes seconds; any TLS peer
    // LimaCharlie uses accepts it.
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failWith(QStringLiteral("key"));

    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return failWith(QStringLiteral("certificate"));

    BigNumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return failWith(QStringLiteral("serial"));

    // Valid from a day ago, so a peer whose clock is a little behind accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -24L * 3600)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validityDays, 0, nullptr))
        return failWith(QStringLiteral("validity"));
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return failWith(QStringLiteral("public key"));

    X509_NAME* subject = X509_get_subject_name(certificate.get());
    const auto addEntry = [subject](const char* field, const char* value) {
        return X509_NAME_add_entry_by_txt(subject, field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char*>(value), -1, -1, 0)
               == 1;
    };
    if (!addEntry("O", "refractionPOINT") || !addEntry("CN", "limacharlie_firehose")
        || X509_set_issuer_name(certificate.get(), subject) != 1)
        return failWith(QStringLiteral("subject"));

    NamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return failWith(QStringLiteral("subjectAltName"));
    for (const QHostAddress& address : wantedAddresses(addresses)) {
        if (!addIpName(names.get(), address))
            return failWith(QStringLiteral("subjectAltName"));
    }
    {
        GENERAL_NAME* dns = GENERAL_NAME_new();
        ASN1_IA5STRING* text = ASN1_IA5STRING_new();
        if (!dns || !text || ASN1_STRING_set(text, "localhost", -1) != 1) {
            GENERAL_NAME_free(dns);
            ASN1_IA5STRING_free(text);
            return failWith(QStringLiteral("subjectAltName"));
        }
        GENERAL_NAME_set0_value(dns, GEN_DNS, text);
        if (sk_GENERAL_NAME_push(names.get(), dns) == 0) {
            GENERAL_NAME_free(dns);
            return failWith(QStringLiteral("subjectAltName"));
        }
    }
    if (X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, names.get(), 0,
                          X509V3_ADD_DEFAULT)
        != 1)
        return failWith(QStringLiteral("subjectAltName"));

    // Its own issuer, as the Go SDK makes it (a CA that signs itself), so a peer can pin it
    // as a trust anchor.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash"))
        return failWith(QStringLiteral("extensions"));

    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return failWith(QStringLiteral("signature"));

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                   != 1)
        return failWith(QStringLiteral("PEM"));

    SelfSignedCertificate result;
    result.certificate = QSslCertificate(bioBytes(certificateBio.get()), QSsl::Pem);
    result.key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem);
    if (result.isNull()) {
        if (error)
            *error = tr("Could not load the generated certificate into the TLS backend.");
        return SelfSignedCertificate();
    }
    return result;
}

SelfSignedCertificate SelfSignedCertificate::loadOrCreate(const QString& directory,
                                                          const QList<QHostAddress>& addresses,
                                                          QString* error)
{
    const QString certificatePath =
            QDir(directory).filePath(QString::fromLatin1(certificateFileName));
    const QString keyPath = QDir(directory).filePath(QString::fromLatin1(keyFileName));
    const QList<QHostAddress> wanted = wantedAddresses(addresses);

    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!directory.isEmpty() && certificateFile.open(QIODevice::ReadOnly)
        && keyFile.open(QIODevice::ReadOnly)) {
        SelfSignedCertificate cached;
        cached.certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
        cached.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool fresh = !cached.isNull() && cached.certificate.effectiveDate() <= now
                           && now.secsTo(cached.certificate.expiryDate()) > minimumRemainingSecs;
        if (fresh && keyMatches(cached) && covers(cached.certificate, wanted))
            return cached;
        qCInfo(lcStream) << "cached firehose certificate is not usable here; making a new one";
    }

    SelfSignedCertificate made = generate(addresses, error);
    if (made.isNull() || directory.isEmpty())
        return made;

    QString writeError;
    if (!PrivateFileWriter::write(keyPath, made.key.toPem(), &writeError)
        || !PrivateFileWriter::write(certificatePath, made.certificate.toPem(), &writeError)) {
        qCWarning(lcStream) << "firehose certificate not cached:" << writeError;
    }
    return made;
}

QString SelfSignedCertificate::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("firehose"));
}

QList<QHostAddress> SelfSignedCertificate::ipAddresses(const QSslCertificate& certificate)
{
    QList<QHostAddress> addresses;
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key() == QSsl::IpAddressEntry)
            addresses.append(QHostAddress(it.value()));
    }
    return addresses;
}

} // namespace lc
