// When and where backups are made: the schedule settings, kept in the database's local meta
// table (they belong to this copy of the file on this computer, so they never travel with
// sync), the "is a backup due?" check the GUI and `frontline-cli backup --if-due` (cron, Task
// Scheduler) share, and the scheduled backup itself: into the folder, then rotation.
#pragma once

#include "BackupRotation.h"
#include "BackupWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace frontline {

class Database;

struct BackupSettings
{
    QString folder;      // empty: defaultFolder() of the database
    bool daily = true;   // one backup a day (whenever the app or the cron job next checks)
    bool onExit = false; // one more whenever the app closes
    int keepDaily = 7;
    int keepMonthly = 12;
    QDateTime lastBackupAt; // UTC, of the last scheduled backup into the folder
    QString lastBackupFile;

    static BackupSettings load(const Database &db);
    // Stores everything but the last backup (recordBackup() does that).
    bool save(Database &db) const;

    RotationPolicy policy() const { return {keepDaily, keepMonthly}; }
    QString effectiveFolder(const QString &databasePath) const;
    // <database folder>/Backups: on the same disk, better than nothing; the user picks another.
    static QString defaultFolder(const QString &databasePath);
};

struct ScheduledBackup
{
    BackupResult backup;
    QStringList removed; // deleted by rotation
};

class BackupScheduler
{
    Q_DECLARE_TR_FUNCTIONS(frontline::BackupScheduler)
public:
    explicit BackupScheduler(Database &db);

    BackupSettings settings() const { return m_settings; }
    void reload();

    // A daily backup is due when daily backups are on and none was made into the folder on
    // now's local day (or the last one is in the future: the clock was wrong).
    bool isDue(const QDateTime &now) const;
    // Why isDue() says what it says, for the CLI and the GUI's tooltip.
    QString dueReason(const QDateTime &now) const;
    // The app calls this when it closes.
    bool isDueOnExit() const { return m_settings.onExit; }

    // Backs up into the folder (named for now), rotates, and records the backup as the last
    // one. options.passphrase keys the copy: the caller passes the database's own passphrase
    // (Database never hands its key out) or another one.
    ScheduledBackup run(const QDateTime &now, const BackupOptions &options);

private:
    Database &m_db;
    BackupSettings m_settings;
};

} // namespace frontline
