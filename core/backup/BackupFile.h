// Backup files on disk: their names, the small manifest beside each, verification with the
// passphrase, and the listing of a backup folder.
//
// A backup is a complete Frontline database — SQLCipher with the pinned cipher settings, in
// rollback-journal mode so that it is one self-contained file — named after the database and
// the local time it was made: team-2026-11-28-153000.fbackup for team.db. Everything inside is
// encrypted, the first page included, so nothing about a backup can be read without its
// passphrase. What a folder listing shows without the passphrase (when it was made, schema
// version, size, checksum, whether it was verified) comes from the manifest written beside it,
// team-2026-11-28-153000.fbackup.json, which holds no customer data. A backup without a
// manifest (copied alone) is listed as "encrypted": schema unknown, not verified.
#pragma once

#include "security/SecureBytes.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace frontline {

class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupFile)
public:
    static QString suffix() { return QStringLiteral(".fbackup"); }

    // "team" for /data/team.db: the prefix of that database's backups.
    static QString databaseName(const QString &databasePath);
    // team-2026-11-28-153000.fbackup (sequence > 0 appends -2, -3… for two in one second).
    static QString fileName(const QString &databaseName, const QDateTime &localTime, int sequence = 0);
    // A name in the folder that does not exist yet, for a backup made at localTime.
    static QString freePath(const QString &folder, const QString &databaseName, const QDateTime &localTime);

    struct Name
    {
        bool valid = false;
        QString databaseName;
        QDateTime localTime;
        int sequence = 0;
    };
    // Splits a name written by fileName(); valid is false for any other file.
    static Name parseFileName(const QString &fileName);

    static QString manifestPath(const QString &backupPath) { return backupPath + QStringLiteral(".json"); }
    // Lowercase hex SHA-256 of the file's bytes, empty when it cannot be read.
    static QString sha256(const QString &path);
};

// What is known about a backup without its passphrase. Written when the backup is made and
// updated whenever it is verified again.
struct BackupManifest
{
    static constexpr int Format = 1;
    QString database;    // file name of the database it was made from
    QDateTime createdAt; // UTC
    int schemaVersion = -1;
    QString appVersion;
    qint64 size = -1;
    QString sha256;
    bool verified = false; // opened with its passphrase and passed the integrity check
    QDateTime verifiedAt;  // UTC
    QStringList problems;  // what the last verification found

    QJsonObject toJson() const;
    static std::optional<BackupManifest> fromJson(const QJsonObject &json);
    static std::optional<BackupManifest> read(const QString &backupPath);
    // Atomically (temporary file + rename).
    bool write(const QString &backupPath, QString *error = nullptr) const;
};

// The result of opening a backup with its passphrase.
struct BackupCheck
{
    DatabaseError error; // NotFound, NotADatabase, PlainDatabase, WrongPassphrase, NewerSchema, Corrupt…
    int schemaVersion = -1;
    QStringList problems; // integrity problems (error is Corrupt when there are any)
    qint64 elapsedMs = 0;
    bool ok() const { return !error.isError(); }
};

class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupVerifier)
public:
    // Opens the backup read-only (it is never written), checks that it is a Frontline database
    // this program can use (schema not newer) and runs SQLite's integrity and foreign key checks.
    static BackupCheck verify(const QString &path, const SecureBytes &passphrase);
    // Restates an error about opening path in terms of a backup ("the passphrase does not open
    // the backup …" rather than "… the database"); the kind stays the same.
    static DatabaseError forBackup(const DatabaseError &error, const QString &path);
};

struct BackupEntry
{
    enum Verification
    {
        Verified,    // the manifest says verified and the size still matches
        NotVerified, // no manifest, or never verified
        Changed,     // the file is not the size (or, after a deep check, the checksum) it was
        Failed,      // the last verification found problems
    };
    QString path;
    QString fileName;
    QString databaseName; // empty when the name is not one of ours
    QDateTime createdAt;  // UTC: manifest, else the name, else the file's time
    qint64 size = 0;
    int schemaVersion = -1; // -1: unknown without the passphrase ("encrypted")
    Verification verification = NotVerified;
    bool hasManifest = false;
    bool rotatable = false; // named by fileName(): rotation may delete it

    static QString verificationCode(Verification v); // "verified", "not_verified", "changed", "failed"
};

class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupCatalog)
public:
    // Every *.fbackup in folder, newest first. Unfinished copies (*.part) are not listed.
    static QList<BackupEntry> list(const QString &folder);
    // Verifies entry with the passphrase, compares the checksum with the manifest and records
    // the outcome in the manifest. Returns the check; entry is updated.
    static BackupCheck verify(BackupEntry &entry, const SecureBytes &passphrase);
    static QString verificationText(BackupEntry::Verification v);
};

} // namespace frontline
