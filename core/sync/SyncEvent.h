// What happened in a sync export, import or conflict resolution, handed to the audit log.
//
// Every export, every import (done or refused) and every resolved conflict ends with a call to
// auditSyncEvent(). The audit log (core/security/AuditLog.cpp) registers itself with
// setSyncAuditHook() and writes a sync entry; core/sync does not depend on it.
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace frontline {

class Database;

struct SyncEvent
{
    enum Kind
    {
        Exported,
        ExportFailed,
        Imported,
        ImportRefused, // refused or failed: the database did not change
        ConflictResolved,
    };
    Kind kind = Exported;
    QDateTime at;         // UTC
    QString databasePath; // the live database
    QString packagePath;  // the package written or read
    QString packageId;
    QString memberCode; // whose scope the package carries
    QString peerDevice; // the other side
    QString errorCode;  // SyncPackageError::code() or "database"
    qint64 records = 0; // written, or read
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 conflicts = 0;
    qint64 ignored = 0;
    qint64 conflictId = 0; // ConflictResolved
    QString resolution;    // ConflictResolved: mine, theirs
};

using SyncAuditHook = std::function<void(Database *db, const SyncEvent &event)>;

// Installs the hook (an empty function removes it). Set it at start-up.
void setSyncAuditHook(SyncAuditHook hook);
// Called by SyncService after each export, import and resolution.
void auditSyncEvent(Database *db, const SyncEvent &event);

} // namespace frontline
