// What happened in a backup or a restore, handed to the audit log.
//
// Every backup and every restore (successful, failed or cancelled) ends with a call to
// auditBackupEvent(). The audit log (core/security/AuditLog.cpp) registers itself with
// setBackupAuditHook() and writes a backup or backup_restore entry; core/backup does not depend
// on it. Tests may install their own hook to see the events.
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace frontline {

class Database;

struct BackupEvent
{
    enum Kind
    {
        BackupCreated,
        BackupFailed,
        BackupCancelled,
        RestoreDone,
        RestoreFailed,
    };
    Kind kind = BackupCreated;
    QDateTime at;          // UTC
    QString databasePath;  // the live database
    QString backupPath;    // the backup written or restored from
    QString keptAsidePath; // restore: where the replaced database was kept
    QString errorCode;     // DatabaseError::code() when it failed
    qint64 bytes = 0;      // size of the backup
    int schemaVersion = 0; // of the backup
};

// db is the database the event belongs to (open, or null when it could not be opened).
using BackupAuditHook = std::function<void(Database *db, const BackupEvent &event)>;

// Installs the hook (an empty function removes it). Not thread-safe against a running backup:
// set it at start-up.
void setBackupAuditHook(BackupAuditHook hook);
// Called by BackupWriter, BackupScheduler and BackupRestore after each backup and restore.
void auditBackupEvent(Database *db, const BackupEvent &event);

} // namespace frontline
