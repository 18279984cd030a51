// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace lc {

// The Firehose listener's own certificate when the user gives none: EC P-256, CN
// limacharlie_firehose, O refractionPOINT, IP SANs for 127.0.0.1, ::1 and the listen address,
// valid ten years. Made in-process with libcrypto (no openssl binary). LimaCharlie connects
// with is_strict_tls=false to such a listener, so the certificate only has to exist; it is
// cached (key 0600) so a restarted console presents the same one and a peer can pin it.
class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(lc::SelfSignedCertificate)

public:
    QSslCertificate certificate;
    QSslKey key;

    bool isNull() const { return certificate.isNull() || key.isNull(); }

    // Generates a fresh certificate; a null result with *error set on failure.
    static SelfSignedCertificate generate(const QList<QHostAddress>& addresses, QString* error);
    // The cached certificate in `directory` if it is still valid for a while and covers the
    // addresses; otherwise a new one, written there (failing to write is not an error: the
    // certificate is then used for this run only).
    static SelfSignedCertificate loadOrCreate(const QString& directory,
                                              const QList<QHostAddress>& addresses, QString* error);
    // Where loadOrCreate() keeps it by default: <app data dir>/firehose.
    static QString defaultDirectory();
    // The IP addresses a certificate names in its subjectAltName.
    static QList<QHostAddress> ipAddresses(const QSslCertificate& certificate);
};

} // namespace lc
