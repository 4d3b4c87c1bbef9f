#include "DatabaseError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// Primary SQLite result codes (sqlite3.h); the extended code's low byte is the primary one.
enum : int
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};
} // namespace

DatabaseError::DatabaseError(Kind kind, QString message, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail))
{}

QString DatabaseError::code() const
{
    switch (m_kind) {
    case NoError:
        return u"ok"_s;
    case NotFound:
        return u"not_found"_s;
    case AlreadyExists:
        return u"already_exists"_s;
    case WrongPassphrase:
        return u"wrong_passphrase"_s;
    case NotADatabase:
        return u"not_a_database"_s;
    case PlainDatabase:
        return u"unencrypted_database"_s;
    case AlreadyOpen:
        return u"already_open"_s;
    case Locked:
        return u"locked"_s;
    case ReadOnly:
        return u"read_only"_s;
    case DiskFull:
        return u"disk_full"_s;
    case NewerSchema:
        return u"newer_schema"_s;
    case Corrupt:
        return u"corrupt"_s;
    case IoError:
        return u"io_error"_s;
    case MigrationFailed:
        return u"migration_failed"_s;
    case Other:
        return u"error"_s;
    }
    return u"error"_s;
}

DatabaseError DatabaseError::notOpenable(const QString &path, const QString &detail)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {NotFound, tr("The database file %1 cannot be read.").arg(name), detail};
    const QByteArray head = file.read(16);
    const qint64 size = file.size();
    if (head == QByteArray("SQLite format 3\0", 16))
        return {PlainDatabase,
                tr("%1 is an unencrypted SQLite database, not a Frontline database.").arg(name), detail};
    // Every SQLCipher file is a whole number of pages (512 bytes at the very least); random
    // data, text files and truncated copies almost never are.
    if (size == 0 || size % 512 != 0)
        return {NotADatabase, tr("%1 is not a Frontline database.").arg(name), detail};
    return {WrongPassphrase, tr("The passphrase is wrong (or %1 is not a Frontline database).").arg(name),
            detail};
}

DatabaseError DatabaseError::fromSqlError(const QSqlError &error, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString detail = error.text() + u" ["_s + error.nativeErrorCode() + u']';
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SqliteNotADb:
        return notOpenable(path, detail);
    case SqliteBusy:
    case SqliteLocked:
        return {Locked, tr("The database %1 is locked by another program. Try again in a moment.").arg(name),
                detail};
    case SqliteReadOnly:
    case SqlitePerm:
        return {ReadOnly, tr("The database %1 cannot be written: it or its folder is read-only.").arg(name),
                detail};
    case SqliteFull:
        return {DiskFull, tr("The disk is full: the change to %1 was not saved.").arg(name), detail};
    case SqliteCorrupt:
        return {Corrupt, tr("The database %1 is damaged. Restore it from a backup.").arg(name), detail};
    case SqliteCantOpen:
        if (!QFileInfo::exists(path))
            return {NotFound, tr("There is no database at %1.").arg(name), detail};
        return {ReadOnly,
                tr("The database %1 cannot be opened: check that the file and its folder are "
                   "accessible.")
                    .arg(name),
                detail};
    case SqliteIoErr:
        return {IoError, tr("Reading or writing %1 failed (disk error).").arg(name), detail};
    default:
        return {Other,
                tr("Database error in %1: %2")
                    .arg(name, error.databaseText().isEmpty() ? error.driverText() : error.databaseText()),
                detail};
    }
}

} // namespace frontline
