// SyncService is offline sync between laptops through package files: what the CLI's `sync`
// commands and the GUI's Sync page call.
//
// Roles. The manager's database exports a Scope package for a rep (exportForMember): that
// rep's customers and everything attached, all products, their targets and tasks, and the
// organisation rows those refer to; never anyone else's customers. A new, empty database that
// imports it becomes that rep's database. The rep exports Changes packages (exportChanges):
// every row changed since the manager last confirmed the rep's changes (each package repeats
// what the manager has not confirmed yet, so a lost file loses nothing). The manager imports
// them; its next Scope package confirms them and carries everyone else's edits back.
//
// Merge (importPackage). Records are matched by uuid; references travel as uuids. Every field
// has a clock (see 0005_sync.sql); the later clock wins, on every replica alike, so the result
// does not depend on the order packages are imported in, and importing a package twice
// changes nothing. A field changed on both sides without either having seen the other's
// change is a conflict: the later value is applied (so the replicas still agree) and both
// values are queued in sync_conflict until someone picks one (resolve()). A delete is a write
// of deleted = 1: it wins over fields changed before it, and a field changed after it brings
// the row back. An import is one transaction: refused or interrupted, it changes nothing.
// New customers that the duplicate rule matches to existing ones are offered for merge
// (import_candidate, as after a file import).
#pragma once

#include "SyncPackage.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariant>

#include <optional>

namespace frontline {

struct SyncOptions
{
    SecureBytes passphrase;                                    // the team sync passphrase
    quint32 iterations = SyncPackageWriter::DefaultIterations; // PBKDF2 rounds for new packages
    int validDays = 30;                                        // a package expires after this
    QDateTime now;                                             // "now" for expiry (tests); empty: the clock
};

struct SyncState
{
    enum Role
    {
        Unsynced, // has neither exported nor imported a package
        Manager,  // exports packages for members, imports their changes
        Rep,      // made from a manager's package
    };
    Role role = Unsynced;
    QString teamId;
    QString deviceId;
    QString memberCode; // Rep: whose database this is
    QString memberUuid;
    QString managerDevice;    // Rep: the manager's device
    quint64 confirmedHlc = 0; // Rep: own changes up to here are at the manager
    qint64 openConflicts = 0;
};

struct SyncExportResult
{
    SyncPackageError error;
    QString path;
    SyncManifest manifest;
    QMap<QString, qint64> perTable; // records written per table
    bool ok() const { return !error.isError(); }
};

struct SyncImportResult
{
    SyncPackageError error; // refusals: the database did not change
    SyncManifest manifest;
    qint64 inserted = 0;
    qint64 updated = 0;   // rows whose values changed
    qint64 unchanged = 0; // rows already up to date
    qint64 conflicts = 0; // new conflicts queued
    qint64 ignored = 0;   // rows that could not be placed (a required reference is missing)
    qint64 matches = 0;   // new customers offered for merge with existing ones
    bool becameRep = false;
    QStringList notes; // renamed duplicates and the like, one line each
    qint64 historyId = 0;
    bool ok() const { return !error.isError(); }
};

struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QString uuid;
    QString field;
    QString record; // a readable name of the row (customer name, order number, …)
    QVariant mine;  // portable: a reference is the uuid of the row referred to
    FieldClock mineClock;
    QString mineWho; // member code or "this database"
    QVariant theirs;
    FieldClock theirsClock;
    QString theirsWho;
    QString applied; // mine, theirs: what the row holds now
    QString status;  // open, resolved
    QString resolution;
    QString createdAt;
};

struct SyncHistoryEntry
{
    qint64 id = 0;
    QString direction; // export, import
    QString at;
    QString fileName;
    QString packageId;
    QString peerDevice;
    QString memberCode;
    quint64 clockFrom = 0;
    quint64 clockTo = 0;
    qint64 records = 0, inserted = 0, updated = 0, conflicts = 0, ignored = 0, matches = 0;
};

class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SyncService)
public:
    enum class Take
    {
        Mine,
        Theirs
    };

    explicit SyncService(Database &db);
    ~SyncService();

    SyncState state() const;

    // Manager: a Scope package for the member with this code, written to destination.
    SyncExportResult exportForMember(const QString &memberCode, const QString &destination,
                                     const SyncOptions &options);
    // Rep: the changes the manager has not confirmed yet.
    SyncExportResult exportChanges(const QString &destination, const SyncOptions &options);
    SyncImportResult importPackage(const QString &path, const SyncOptions &options);

    QList<SyncConflict> conflicts(bool openOnly = true) const;
    // Keeps one side of a conflict: when it is not what the row holds, writes it as a new change
    // (which then travels like any edit). error gets the reason on failure.
    bool resolve(qint64 conflictId, Take take, QString *error = nullptr);
    QList<SyncHistoryEntry> history(int limit = 100) const;
    // Rep: the records the next exportChanges() would carry (changed here and not yet confirmed
    // by the manager); 0 on any other database.
    qint64 pendingChanges() const;

    // The synced tables, parents before children.
    static QStringList tables();
    // Every row of a synced table as it would travel (field clocks resolved): for tests and
    // diagnostics comparing replicas.
    QList<SyncRecord> records(const QString &table) const;

    // The SQL side of export, import and resolution (defined in SyncService.cpp).
    class Engine;

private:
    Database &m_db;
};

} // namespace frontline
