// Online backup of an open Frontline database into a new encrypted file, with SQLite's backup
// API (sqlite3_backup_init/step/finish), while the program keeps working.
//
// How it stays consistent and out of the way: the source connection holds one read
// transaction for the whole copy, so every step reads the same snapshot and the copy never
// restarts. In WAL mode (every Frontline database opened for writing) a reader does not block
// writers, so other connections keep committing while the backup runs; their changes are
// simply not in this backup. Steps of a few hundred pages let the caller show progress and
// cancel. A cancelled or failed backup leaves no file behind: the copy is written to
// <name>.part and renamed only once it has been verified.
//
// SQLCipher 3.4.1 and the backup API: the backup copies decrypted pages from the source's
// pager into the destination's pager, which encrypts them with its own key and salt; SQLCipher
// only requires the same page size (4096, pinned) and the same reserved bytes per page (IV and
// HMAC: 48 with HMAC-SHA1, the same for both since both use the pinned settings). So the copy
// can have the same or another passphrase, and sqlcipher_export (ATTACH … KEY) is not needed.
// Careful: into a destination WITHOUT a key the backup API happily writes plaintext, which is
// why an empty passphrase is refused here.
#pragma once

#include "security/SecureBytes.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QSqlDatabase;

namespace frontline {

class Database;

struct BackupOptions
{
    SecureBytes passphrase; // of the copy; usually the database's own
    // Key the copy with the passphrase the database is open with (passphrase is then ignored):
    // the GUI's scheduled backups, which never see the passphrase after opening.
    bool databaseKey = false;
    int pagesPerStep = 256; // 1 MiB of 4 KiB pages between progress reports
    bool verify = true;     // reopen the copy with its passphrase and check it before keeping it
    bool writeManifest = true;
    // Called after each step with pages copied and pages in all; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Another thread may set it to cancel; checked after each step.
    const std::atomic_bool *cancel = nullptr;
};

struct BackupResult
{
    DatabaseError error;
    bool cancelled = false;
    QString path;
    qint64 bytes = 0;
    qint64 pages = 0;
    int steps = 0;
    int schemaVersion = -1;
    bool verified = false;
    QString sha256;
    qint64 copyMs = 0;
    qint64 verifyMs = 0;
    bool ok() const { return !error.isError() && !cancelled; }
};

class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupWriter)
public:
    // Backs db up into destination, which must not exist (a backup never overwrites). Uses the
    // calling thread's connection (Database::connectionForThread()), so a worker thread can run
    // it while the main thread goes on; that connection must not be inside a transaction.
    static BackupResult write(Database &db, const QString &destination, const BackupOptions &options);
};

} // namespace frontline
