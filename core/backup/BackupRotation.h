// Which backups to keep: the newest of each of the last N days that have a backup, and the
// newest of each of the last M months that have one (the "keep daily / keep monthly" rule of
// restic and borg). A backup may count for both. The newest backup is always kept. Days and
// months are local, like the times in the file names.
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace frontline {

struct RotationPolicy
{
    int keepDaily = 7;
    int keepMonthly = 12;
};

class BackupRotation
{
public:
    // For each time (in any order), whether the backup made then is kept.
    static QList<bool> keep(const QList<QDateTime> &localTimes, const RotationPolicy &policy);

    // Applies the policy to the backups of one database in folder (only files named by
    // BackupFile::fileName() for databaseName; nothing else is ever touched) and deletes the
    // others with their manifests. alwaysKeep (the backup just made) survives even when the
    // clock went back. Returns the paths deleted; with dryRun, those it would delete.
    static QStringList apply(const QString &folder, const QString &databaseName, const RotationPolicy &policy,
                             bool dryRun = false, const QString &alwaysKeep = QString());
};

} // namespace frontline
