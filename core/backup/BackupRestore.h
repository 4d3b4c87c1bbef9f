// Restores a database from a backup, verifying everything before anything is replaced.
//
//  1. The backup is opened read-only with its passphrase: it must be a Frontline database, pass
//     the integrity check, and not come from a newer Frontline. Any failure here changes nothing.
//  2. It is copied beside the database (<name>.restoring) and that copy is opened: an older
//     schema is migrated there, and the copy is rekeyed when the backup's passphrase is not the
//     database's. Still nothing of the database has been touched.
//  3. The database is closed, kept aside as <name>.before-restore-<yyyyMMdd-HHmmss> (a hard link
//     where the file system allows, else a copy), and the verified copy is renamed over it — one
//     atomic rename, so at every moment the database path holds a whole file.
//  4. The database is opened again. If that fails, the original is put back.
//
// The schedule settings of the current database (backup.* in meta) carry over, and the sync
// clock never goes back, so a restore does not reset where backups go or reissue old stamps.
#pragma once

#include "security/SecureBytes.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

namespace frontline {

class Database;

struct RestoreOptions
{
    SecureBytes backupPassphrase;   // opens the backup
    SecureBytes databasePassphrase; // of the restored database (its passphrase is changed if different)
};

struct RestoreResult
{
    DatabaseError error;
    QString keptAside; // where the replaced database is now
    int backupSchemaVersion = -1;
    int schemaVersion = -1; // after migration
    qint64 verifyMs = 0;
    qint64 totalMs = 0;
    bool ok() const { return !error.isError(); }
};

class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupRestore)
public:
    // Replaces the database at databasePath with the backup. db may be open on databasePath (it
    // is closed for the swap) or closed (the database may be unopenable: that is when restores
    // happen); on success db is open on the restored database, on failure it is as it was
    // (open again on the original if it was open).
    static RestoreResult restore(Database &db, const QString &databasePath, const QString &backupPath,
                                 const RestoreOptions &options);

    // The name the replaced database is kept under.
    static QString asideName(const QString &databasePath, const QDateTime &when);
};

} // namespace frontline
