// What fuzz_syncpackage and the program that writes its seeds share: the team passphrase and
// key stretching of the seed packages, the modes of an input, and how to wrap a body into an
// envelope whose key check and MAC are right (the layout of core/sync/SyncPackage.h).
#pragma once

#include "security/SecureBytes.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <openssl/evp.h>

namespace frontline::fuzz {

inline constexpr char SyncPassphrase[] = "fuzz 团队口令";
inline constexpr quint32 SyncIterations = 1000; // the reader's minimum: cheap to derive
inline constexpr int SaltSize = 16;

enum SyncMode : unsigned char
{
    RawPackage = 0,   // the rest is a package file: envelope checks, key check, MAC, body
    SealedBody = 1,   // the rest is a salt and a body; the harness seals them with a valid envelope
    ManifestRows = 2, // the rest is key=value lines for parseManifest()
    RecordData = 3,   // the rest is a record's stored CBOR
    ModeCount = 4,
};

inline SecureBytes syncPassphrase()
{
    return SecureBytes::fromString(QString::fromUtf8(SyncPassphrase));
}

// The MAC key of a package with this salt (the second half of the PBKDF2 output).
inline QByteArray macKey(const QByteArray &salt)
{
    const QByteArray passphrase = QByteArray(SyncPassphrase);
    QByteArray out(64, '\0');
    PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      int(SyncIterations), EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out.mid(32);
}

// A package around body, authenticated with the key of salt.
inline QByteArray seal(const QByteArray &body, const QByteArray &salt, const QByteArray &key)
{
    QByteArray prefix("FLSYNC\r\n", 8);
    char buf[8];
    qToBigEndian<quint16>(1, buf);
    prefix.append(buf, 2);
    qToBigEndian<quint32>(SyncIterations, buf);
    prefix.append(buf, 4);
    prefix.append(salt);
    prefix.append(
        QMessageAuthenticationCode::hash("frontline sync key check", key, QCryptographicHash::Sha256));
    qToBigEndian<quint64>(quint64(body.size()), buf);
    prefix.append(buf, 8);
    return prefix + QMessageAuthenticationCode::hash(prefix + body, key, QCryptographicHash::Sha256) + body;
}

} // namespace frontline::fuzz
