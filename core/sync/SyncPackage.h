// A sync package: the one file a manager and a rep swap by USB stick, e-mail or a shared folder.
//
// Layout: a small envelope, then the body, which is a SQLCipher database (tables manifest,
// version_vector, record). The team sync passphrase is stretched with PBKDF2-HMAC-SHA256 and a
// per-file salt into two keys: one keys the SQLCipher body (raw key, so SQLCipher's own KDF is
// not run a second time), the other authenticates the envelope and the whole body with
// HMAC-SHA256. That is what lets the reader tell the refusals apart before it trusts a byte:
//   not a package   no magic at the start
//   truncated       shorter than the envelope says
//   wrong key       the key check in the envelope does not match the passphrase
//   tampered        the key is right but the MAC over envelope and body is not
//   newer format    written by a newer Frontline
// Foreign team and expiry are read from the (authenticated) manifest.
//
//   offset  size  field
//   0       8     magic "FLSYNC\r\n"
//   8       2     format version (big-endian), 1
//   10      4     PBKDF2 iterations (big-endian)
//   14      16    salt
//   30      32    key check: HMAC-SHA256(macKey, "frontline sync key check")
//   62      8     body length (big-endian)
//   70      32    MAC: HMAC-SHA256(macKey, bytes 0..69 || body)
//   102     …     body
#pragma once

#include "security/SecureBytes.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace frontline {

class SqlCipherDriver;

// A field's clock: the hybrid logical clock of its last change and the device that made it.
// Ordered by hlc, then device id, the same on every laptop.
struct FieldClock
{
    quint64 hlc = 0;
    QString device;
    bool operator==(const FieldClock &o) const { return hlc == o.hlc && device == o.device; }
    bool operator!=(const FieldClock &o) const { return !(*this == o); }
    bool operator<(const FieldClock &o) const { return hlc != o.hlc ? hlc < o.hlc : device < o.device; }
    bool operator>(const FieldClock &o) const { return o < *this; }
    bool operator>=(const FieldClock &o) const { return !(*this < o); }
};

// Highest clock seen from each device: what a replica knows.
using VersionVector = QHash<QString, quint64>;

struct SyncManifest
{
    enum Kind
    {
        Scope,   // manager → rep: everything in the rep's scope
        Changes, // rep → manager: the rep's changes since the manager last confirmed them
    };
    int format = 1;
    Kind kind = Scope;
    QString packageId;    // uuid of this package
    QString teamId;       // the team's sync id; a package of another team is refused
    QString sourceDevice; // the replica that wrote it
    QString memberCode;   // whose data it carries (the rep)
    QString memberUuid;
    quint64 clockFrom = 0; // the records' clocks lie in (clockFrom, clockTo]
    quint64 clockTo = 0;
    QDateTime created; // UTC
    QDateTime expires; // UTC; refused after
    int schemaVersion = 0;
    qint64 records = 0;
    VersionVector versionVector; // the source's knowledge when it wrote the package

    static QString kindName(Kind kind);
};

// One row as it travels: portable field values (references are the uuid of the row referred
// to), the row's clock, and the clocks of fields that differ from it.
struct SyncRecord
{
    QString table;
    QString uuid;
    FieldClock clock;                  // the latest of the row's field clocks
    QCborMap fields;                   // column → value (null, integer, double, text, bytes)
    QHash<QString, FieldClock> clocks; // only fields whose clock is not `clock`
    FieldClock clockOf(const QString &field) const { return clocks.value(field, clock); }
};

class SyncPackageError
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SyncPackageError)
public:
    enum Kind
    {
        NoError,
        NotFound,
        NotAPackage,
        Truncated,
        Tampered, // damaged or altered after it was written
        WrongKey,
        NewerFormat,
        ForeignTeam,
        Expired,
        WrongMember, // a rep's database given another member's package
        WrongRole,   // e.g. a rep's package handed back to a rep
        IoError,
    };
    SyncPackageError() = default;
    SyncPackageError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}
    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    explicit operator bool() const { return isError(); }
    QString message() const { return m_message; }
    // Stable names for scripts: "tampered", "wrong_key", …
    QString code() const;

private:
    Kind m_kind = NoError;
    QString m_message;
};

struct SyncPackageHeader
{
    quint16 format = 0;
    quint32 iterations = 0;
    QByteArray salt;
    QByteArray keyCheck;
    quint64 bodyLength = 0;
    QByteArray mac;
    static constexpr int Size = 102;
};

class SyncPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SyncPackageWriter)
public:
    static constexpr quint32 DefaultIterations = 600000;

    // Starts a package; records go into a temporary encrypted body until finish().
    SyncPackageWriter(const SecureBytes &passphrase, quint32 iterations = DefaultIterations);
    ~SyncPackageWriter();
    SyncPackageWriter(const SyncPackageWriter &) = delete;
    SyncPackageWriter &operator=(const SyncPackageWriter &) = delete;

    SyncPackageError open();
    bool add(const SyncRecord &record);
    // A record's fields and field clocks as stored (CBOR); SyncPackageReader::decodeRecordData()
    // reads them back.
    static QByteArray encodeRecordData(const SyncRecord &record);
    // Writes manifest and envelope to destination (never over an existing file). Fills in the
    // manifest's record count, clock range and id as written.
    SyncPackageError finish(SyncManifest &manifest, const QString &destination);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class SyncPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SyncPackageReader)
public:
    SyncPackageReader();
    ~SyncPackageReader();
    SyncPackageReader(const SyncPackageReader &) = delete;
    SyncPackageReader &operator=(const SyncPackageReader &) = delete;

    // Checks and opens the package; after success manifest() and records() are available.
    // Nothing but a temporary copy of the body is written.
    SyncPackageError open(const QString &path, const SecureBytes &passphrase);
    // The same on bytes in memory (tests, fuzzing).
    SyncPackageError openBytes(const QByteArray &bytes, const SecureBytes &passphrase);
    const SyncManifest &manifest() const;
    // Calls visit for each record of table, in the order written; false stops. Returns false
    // when the body cannot be read or a record's data is malformed (then recordError() says so).
    bool records(const QString &table, const std::function<bool(const SyncRecord &)> &visit) const;
    SyncPackageError recordError() const;

    // Fuzz-friendly entry points: no files, no database.
    static SyncPackageError parseHeader(const QByteArray &bytes, SyncPackageHeader *header);
    // Reads a manifest from its key/value rows (as stored in the body); false on malformed input.
    static bool parseManifest(const QHash<QString, QString> &values, SyncManifest *manifest);
    // Fills a record's fields and field clocks from its stored data (CBOR); false, with no
    // fields, when it is not well-formed CBOR or not the map the writer stores.
    static bool decodeRecordData(const QByteArray &data, SyncRecord *record);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace frontline
