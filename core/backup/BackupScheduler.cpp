#include "BackupScheduler.h"

#include "BackupFile.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString FolderKey = u"backup.folder"_s;
const QString DailyKey = u"backup.daily"_s;
const QString OnExitKey = u"backup.on_exit"_s;
const QString KeepDailyKey = u"backup.keep_daily"_s;
const QString KeepMonthlyKey = u"backup.keep_monthly"_s;
const QString LastAtKey = u"backup.last_at"_s;
const QString LastFileKey = u"backup.last_file"_s;

int number(const QString &text, int fallback)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 0 ? n : fallback;
}
} // namespace

BackupSettings BackupSettings::load(const Database &db)
{
    BackupSettings s;
    s.folder = db.metaValue(FolderKey);
    s.daily = db.metaValue(DailyKey, s.daily ? u"1"_s : u"0"_s) == u"1"_s;
    s.onExit = db.metaValue(OnExitKey, s.onExit ? u"1"_s : u"0"_s) == u"1"_s;
    s.keepDaily = number(db.metaValue(KeepDailyKey), s.keepDaily);
    s.keepMonthly = number(db.metaValue(KeepMonthlyKey), s.keepMonthly);
    s.lastBackupAt = QDateTime::fromString(db.metaValue(LastAtKey), Qt::ISODate);
    s.lastBackupFile = db.metaValue(LastFileKey);
    return s;
}

bool BackupSettings::save(Database &db) const
{
    return db.setMetaValue(FolderKey, folder) && db.setMetaValue(DailyKey, daily ? u"1"_s : u"0"_s) &&
           db.setMetaValue(OnExitKey, onExit ? u"1"_s : u"0"_s) &&
           db.setMetaValue(KeepDailyKey, QString::number(std::max(1, keepDaily))) &&
           db.setMetaValue(KeepMonthlyKey, QString::number(std::max(0, keepMonthly)));
}

QString BackupSettings::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"Backups"_s);
}

QString BackupSettings::effectiveFolder(const QString &databasePath) const
{
    return folder.isEmpty() ? defaultFolder(databasePath) : folder;
}

BackupScheduler::BackupScheduler(Database &db) : m_db(db)
{
    reload();
}

void BackupScheduler::reload()
{
    m_settings = BackupSettings::load(m_db);
}

bool BackupScheduler::isDue(const QDateTime &now) const
{
    if (!m_settings.daily)
        return false;
    if (!m_settings.lastBackupAt.isValid())
        return true;
    const QDateTime last = m_settings.lastBackupAt.toLocalTime();
    const QDateTime local = now.toLocalTime();
    return last.date() < local.date() || last > local.addSecs(60);
}

QString BackupScheduler::dueReason(const QDateTime &now) const
{
    if (!m_settings.daily)
        return tr("Daily backups are off.");
    if (!m_settings.lastBackupAt.isValid())
        return tr("No backup has been made yet.");
    const QString last = m_settings.lastBackupAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    if (isDue(now))
        return tr("The last backup was made on %1.").arg(last);
    return tr("Today's backup was made at %1.").arg(last);
}

ScheduledBackup BackupScheduler::run(const QDateTime &now, const BackupOptions &options)
{
    ScheduledBackup out;
    const QString folder = m_settings.effectiveFolder(m_db.path());
    const QString name = BackupFile::databaseName(m_db.path());
    out.backup = BackupWriter::write(m_db, BackupFile::freePath(folder, name, now), options);
    if (!out.backup.ok())
        return out;
    m_db.setMetaValue(LastAtKey, now.toUTC().toString(Qt::ISODate));
    m_db.setMetaValue(LastFileKey, QFileInfo(out.backup.path).fileName());
    reload();
    out.removed = BackupRotation::apply(folder, name, m_settings.policy(), false, out.backup.path);
    return out;
}

} // namespace frontline
