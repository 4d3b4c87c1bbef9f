#include "BackupRestore.h"

#include "BackupEvent.h"
#include "BackupFile.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(reinterpret_cast<const char16_t *>(path.utf16()),
                                 reinterpret_cast<const char16_t *>(path.utf16() + path.size()));
}

// Renames over an existing file in one step (rename(2) / MoveFileEx with REPLACE_EXISTING);
// QFile::rename refuses to replace.
bool replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    return !ec;
}

// The local settings this computer keeps about backups (see BackupScheduler).
QList<std::pair<QString, QString>> backupSettings(const Database &db)
{
    QList<std::pair<QString, QString>> settings;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT key, value FROM meta WHERE key LIKE 'backup.%'"_s)) {
        while (q.next())
            settings.append({q.value(0).toString(), q.value(1).toString()});
    }
    return settings;
}

} // namespace

QString BackupRestore::asideName(const QString &databasePath, const QDateTime &when)
{
    const QString base =
        databasePath + u".before-restore-"_s + when.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + u"-wal"_s); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

RestoreResult BackupRestore::restore(Database &db, const QString &databasePath, const QString &backupPath,
                                     const RestoreOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    RestoreResult result;
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString staging = target + u".restoring"_s;
    const QString name = QDir::toNativeSeparators(target);
    const bool wasOpen = db.isOpen();

    const auto report = [&]() {
        result.totalMs = timer.elapsed();
        BackupEvent event;
        event.kind = result.ok() ? BackupEvent::RestoreDone : BackupEvent::RestoreFailed;
        event.at = QDateTime::currentDateTimeUtc();
        event.databasePath = target;
        event.backupPath = QFileInfo(backupPath).absoluteFilePath();
        event.keptAsidePath = result.keptAside;
        event.errorCode = result.ok() ? QString() : result.error.code();
        event.bytes = QFileInfo(backupPath).size();
        event.schemaVersion = result.backupSchemaVersion;
        auditBackupEvent(db.isOpen() ? &db : nullptr, event);
        return result;
    };
    const auto fail = [&](DatabaseError error) {
        result.error = std::move(error);
        return report();
    };

    if (wasOpen && QFileInfo(db.path()).absoluteFilePath() != target)
        return fail({DatabaseError::Other, tr("The open database is not %1.").arg(name)});
    if (options.databasePassphrase.isEmpty())
        return fail({DatabaseError::Other, tr("A passphrase is required to encrypt the database.")});
    if (QFileInfo(backupPath).absoluteFilePath() == target)
        return fail({DatabaseError::Other, tr("A database cannot be restored from itself.")});

    // 1. The backup itself, read-only.
    const BackupCheck check = BackupVerifier::verify(backupPath, options.backupPassphrase);
    result.verifyMs = check.elapsedMs;
    result.backupSchemaVersion = check.schemaVersion;
    if (!check.ok())
        return fail(check.error);

    // What carries over from the current database: read from it when it is open, else from the
    // file if it opens (it may not: a damaged file or a forgotten passphrase is why people restore).
    HybridClock::Timestamp clock = 0;
    QList<std::pair<QString, QString>> settings;
    if (wasOpen) {
        clock = db.clock().last();
        settings = backupSettings(db);
    } else if (QFileInfo::exists(target)) {
        Database current;
        Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        if (!current.open(target, options.databasePassphrase, readOnly)) {
            clock = current.clock().last();
            settings = backupSettings(current);
        }
    }

    // 2. A working copy beside the database, made ready there.
    removeWithCompanions(staging);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(
            {DatabaseError::ReadOnly, tr("Cannot create the folder %1.")
                                          .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))});
    {
        QFile source(backupPath);
        if (!source.copy(staging)) {
            removeWithCompanions(staging);
            return fail({DatabaseError::IoError,
                         tr("Cannot copy the backup beside %1: %2").arg(name, source.errorString())});
        }
        // The copy takes the database's permissions, not the backup's (a backup on a read-only
        // stick or CD would otherwise become a read-only database).
        const QFileDevice::Permissions own =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
        QFile::setPermissions(staging,
                              QFileInfo::exists(target) ? QFileInfo(target).permissions() | own : own);
    }
    {
        Database staged;
        DatabaseError error = staged.open(staging, options.backupPassphrase);
        if (!error && !(options.backupPassphrase == options.databasePassphrase))
            error = staged.changePassphrase(options.databasePassphrase);
        if (!error) {
            staged.clock().restore(clock);
            for (const auto &[key, value] : std::as_const(settings))
                staged.setMetaValue(key, value);
            result.schemaVersion = staged.schemaVersion();
        }
        staged.close();
        if (error) {
            removeWithCompanions(staging);
            return fail(BackupVerifier::forBackup(error, backupPath));
        }
    }

    // 3. The swap. From here on the original must be put back on any failure.
    if (wasOpen)
        db.close();
    const auto reopenOriginal = [&]() {
        if (wasOpen)
            db.open(target, options.databasePassphrase);
    };
    QLockFile lock(target + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        removeWithCompanions(staging);
        reopenOriginal();
        return fail({DatabaseError::AlreadyOpen,
                     tr("%1 is open in another program (process %2 on %3). Close it there, then restore.")
                         .arg(name, QString::number(pid), host)});
    }
    const bool hadOriginal = QFileInfo::exists(target);
    const QString aside = asideName(target, QDateTime::currentDateTime());
    bool walMoved = false;
    if (hadOriginal) {
        std::error_code ec;
        std::filesystem::create_hard_link(fsPath(target), fsPath(aside), ec);
        if (ec && !QFile::copy(target, aside)) {
            QFile::remove(aside);
            removeWithCompanions(staging);
            lock.unlock();
            reopenOriginal();
            return fail({DatabaseError::IoError,
                         tr("Cannot keep a copy of %1 aside; nothing was restored.").arg(name)});
        }
        // A WAL the close could not fold back belongs to the original: it goes aside with it,
        // or the restored file would read it as its own.
        if (QFileInfo(target + u"-wal"_s).size() > 0)
            walMoved = QFile::rename(target + u"-wal"_s, aside + u"-wal"_s);
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
    }
    const auto putOriginalBack = [&]() {
        if (hadOriginal) {
            replaceFile(aside, target);
            if (walMoved)
                QFile::rename(aside + u"-wal"_s, target + u"-wal"_s);
        } else {
            QFile::remove(target);
        }
    };
    if (!replaceFile(staging, target)) {
        removeWithCompanions(staging);
        putOriginalBack();
        lock.unlock();
        reopenOriginal();
        return fail({DatabaseError::IoError, tr("Cannot move the restored database to %1.").arg(name)});
    }
    lock.unlock();

    // 4. Open what is now in place.
    if (const DatabaseError error = db.open(target, options.databasePassphrase)) {
        db.close();
        // Nothing of the failed attempt stays; the original's own WAL, if any, is aside.
        for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(target + suffix);
        putOriginalBack();
        reopenOriginal();
        return fail(error);
    }
    result.keptAside = hadOriginal ? aside : QString();
    result.schemaVersion = db.schemaVersion();
    return report();
}

} // namespace frontline
