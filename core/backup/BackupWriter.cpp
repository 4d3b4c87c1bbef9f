#include "BackupWriter.h"

#include "BackupEvent.h"
#include "BackupFile.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QThread>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

QString journalMode(sqlite3 *db)
{
    QString mode;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        mode = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return mode.toLower();
}

// An error while writing the copy, told in terms of the backup file.
DatabaseError writeError(int rc, sqlite3 *db, const QString &destination)
{
    const QString name = QDir::toNativeSeparators(destination);
    const QString detail =
        (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc))) + u" ["_s +
        QString::number(rc) + u']';
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {DatabaseError::DiskFull,
                BackupWriter::tr("The disk is full: the backup %1 was not written.").arg(name), detail};
    case SQLITE_IOERR:
        return {DatabaseError::IoError,
                BackupWriter::tr("Writing the backup %1 failed (disk error).").arg(name), detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {
            DatabaseError::ReadOnly,
            BackupWriter::tr("The backup %1 cannot be written: check that its folder is writable.").arg(name),
            detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            DatabaseError::Locked,
            BackupWriter::tr("The database stayed busy; the backup %1 was not made. Try again in a moment.")
                .arg(name),
            detail};
    case SQLITE_CORRUPT:
        return {DatabaseError::Corrupt,
                BackupWriter::tr("The database is damaged; the backup %1 was not made.").arg(name), detail};
    default:
        return {DatabaseError::Other, BackupWriter::tr("The backup %1 failed: %2").arg(name, detail), detail};
    }
}

} // namespace

BackupResult BackupWriter::write(Database &db, const QString &destination, const BackupOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    BackupResult result;
    result.path = destination;
    const QString name = QDir::toNativeSeparators(destination);
    const QString part = destination + u".part"_s;

    const auto report = [&]() {
        BackupEvent event;
        event.kind = result.cancelled         ? BackupEvent::BackupCancelled
                     : result.error.isError() ? BackupEvent::BackupFailed
                                              : BackupEvent::BackupCreated;
        event.at = QDateTime::currentDateTimeUtc();
        event.databasePath = db.path();
        event.backupPath = destination;
        event.errorCode = result.error.isError() ? result.error.code() : QString();
        event.bytes = result.bytes;
        event.schemaVersion = result.schemaVersion;
        auditBackupEvent(&db, event);
        return result;
    };
    const auto fail = [&](DatabaseError error) {
        result.error = std::move(error);
        return report();
    };

    if (!db.isOpen())
        return fail({DatabaseError::Other, tr("No database is open.")});
    const SecureBytes &key = options.databaseKey ? db.m_key : options.passphrase;
    if (key.isEmpty())
        return fail({DatabaseError::Other, tr("A passphrase is required to encrypt the backup.")});
    if (QFileInfo::exists(destination))
        return fail({DatabaseError::AlreadyExists,
                     tr("%1 already exists; a backup never overwrites a file.").arg(name)});
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(folder))
        return fail({DatabaseError::ReadOnly,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))});

    const QSqlDatabase connection = db.connectionForThread();
    auto *source = qobject_cast<SqlCipherDriver *>(connection.driver());
    if (!source || !source->nativeHandle())
        return fail({DatabaseError::Other, tr("No database is open.")});
    sqlite3 *src = source->nativeHandle();
    if (!sqlite3_get_autocommit(src))
        return fail({DatabaseError::Locked, tr("A change is being saved; make the backup when it is done.")});

    removeWithCompanions(part); // left over by a crash: never a finished backup
    SqlCipherDriver target;
    if (!target.openEncrypted(part, key, SqlCipherDriver::Create)) {
        const int rc = target.lastError().nativeErrorCode().toInt();
        removeWithCompanions(part);
        return fail(writeError(rc ? rc : SQLITE_CANTOPEN, nullptr, destination));
    }
    sqlite3 *dst = target.nativeHandle();

    // One snapshot for the whole copy (see the header). Outside WAL mode a held read lock would
    // block writers, so there each step takes its own and SQLite restarts the copy if the
    // database changed in between.
    const bool snapshot =
        journalMode(src) == u"wal"_s && sqlite3_exec(src, "BEGIN; SELECT count(*) FROM sqlite_master;",
                                                     nullptr, nullptr, nullptr) == SQLITE_OK;
    DatabaseError error;
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup) {
        error = writeError(sqlite3_extended_errcode(dst), dst, destination);
    } else {
        const int pagesPerStep = std::max(1, options.pagesPerStep);
        QElapsedTimer busy;
        for (;;) {
            const int rc = sqlite3_backup_step(backup, pagesPerStep);
            ++result.steps;
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                if (!busy.isValid())
                    busy.start();
                if (busy.elapsed() > 10000) {
                    error = writeError(rc, dst, destination);
                    break;
                }
                QThread::msleep(20);
                continue;
            }
            busy.invalidate();
            if (rc != SQLITE_OK && rc != SQLITE_DONE) {
                error = writeError(rc, dst, destination);
                break;
            }
            result.pages = sqlite3_backup_pagecount(backup);
            const qint64 done = result.pages - sqlite3_backup_remaining(backup);
            const bool goOn = !options.progress || options.progress(done, result.pages);
            if (rc == SQLITE_DONE)
                break;
            if (!goOn || (options.cancel && options.cancel->load())) {
                result.cancelled = true;
                break;
            }
        }
        const int rc = sqlite3_backup_finish(backup);
        if (!error && !result.cancelled && rc != SQLITE_OK)
            error = writeError(rc, dst, destination);
    }
    if (snapshot)
        sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
    // The copy carries the source's WAL flag; a backup is one self-contained file instead.
    if (!error && !result.cancelled && !target.execute(u"PRAGMA journal_mode = DELETE"_s))
        error = writeError(target.lastError().nativeErrorCode().toInt(), nullptr, destination);
    target.close();
    result.copyMs = timer.elapsed();
    if (error || result.cancelled) {
        removeWithCompanions(part);
        if (result.cancelled)
            result.error = {DatabaseError::Other, tr("The backup was cancelled; no file was written.")};
        else
            result.error = error;
        return report();
    }
    removeWithCompanions(part + u"-journal"_s);
    result.bytes = QFileInfo(part).size();

    if (options.verify) {
        const BackupCheck check = BackupVerifier::verify(part, key);
        result.verifyMs = check.elapsedMs;
        if (!check.ok()) {
            removeWithCompanions(part);
            return fail({DatabaseError::Corrupt,
                         tr("The backup %1 did not pass its check and was deleted: %2")
                             .arg(name, check.error.message()),
                         check.problems.join(u"; "_s)});
        }
        result.schemaVersion = check.schemaVersion;
        result.verified = true;
    } else {
        result.schemaVersion = db.schemaVersion();
    }
    if (!QFile::rename(part, destination)) {
        removeWithCompanions(part);
        return fail({DatabaseError::IoError, tr("Cannot rename the finished backup to %1.").arg(name)});
    }
    if (options.writeManifest) {
        BackupManifest manifest;
        manifest.database = QFileInfo(db.path()).fileName();
        manifest.createdAt = started; // the moment of the snapshot
        manifest.schemaVersion = result.schemaVersion;
        manifest.appVersion = QCoreApplication::applicationVersion();
        manifest.size = result.bytes;
        manifest.sha256 = result.sha256 = BackupFile::sha256(destination);
        manifest.verified = result.verified;
        if (result.verified)
            manifest.verifiedAt = QDateTime::currentDateTimeUtc();
        // Without its manifest the backup is still whole; it is listed as "not verified".
        manifest.write(destination);
    }
    return report();
}

} // namespace frontline
