#include "BackupFile.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"
#include "util/FileHash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

const QString StampFormat = u"yyyy-MM-dd-HHmmss"_s;

// Every row of a one-column statement; ok is false when it cannot run.
QStringList column(sqlite3 *db, const char *sql, bool *ok)
{
    QStringList rows;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList cells;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
            rows << cells.join(u' ');
        }
    }
    sqlite3_finalize(stmt);
    *ok = rc == SQLITE_DONE;
    if (!*ok)
        rows << QString::fromUtf8(sqlite3_errmsg(db));
    return rows;
}

} // namespace

// --- BackupFile -----------------------------------------------------------------------------

QString BackupFile::databaseName(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    return base.isEmpty() ? u"frontline"_s : base;
}

QString BackupFile::fileName(const QString &databaseName, const QDateTime &localTime, int sequence)
{
    QString name = databaseName + u'-' + localTime.toLocalTime().toString(StampFormat);
    if (sequence > 0)
        name += u'-' + QString::number(sequence + 1);
    return name + suffix();
}

QString BackupFile::freePath(const QString &folder, const QString &databaseName, const QDateTime &localTime)
{
    const QDir dir(folder);
    for (int sequence = 0;; ++sequence) {
        const QString path = dir.filePath(fileName(databaseName, localTime, sequence));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + u".part"_s))
            return path;
    }
}

BackupFile::Name BackupFile::parseFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?"_s +
                                            QRegularExpression::escape(suffix()) + u'$');
    Name name;
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return name;
    QDateTime time = QDateTime::fromString(m.captured(2), StampFormat);
    if (!time.isValid())
        return name;
    time.setTimeSpec(Qt::LocalTime);
    name.valid = true;
    name.databaseName = m.captured(1);
    name.localTime = time;
    name.sequence = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt() - 1;
    return name;
}

QString BackupFile::sha256(const QString &path)
{
    return sha256OfFile(path);
}

// --- BackupManifest -------------------------------------------------------------------------

QJsonObject BackupManifest::toJson() const
{
    return QJsonObject{
        {u"format"_s, Format},
        {u"database"_s, database},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"schema_version"_s, schemaVersion},
        {u"app_version"_s, appVersion},
        {u"size_bytes"_s, size},
        {u"sha256"_s, sha256},
        {u"verified"_s, verified},
        {u"verified_at"_s, verifiedAt.isValid() ? verifiedAt.toUTC().toString(Qt::ISODate) : QString()},
        {u"problems"_s, QJsonArray::fromStringList(problems)},
    };
}

std::optional<BackupManifest> BackupManifest::fromJson(const QJsonObject &json)
{
    if (json.value(u"format"_s).toInt() != Format)
        return std::nullopt;
    BackupManifest m;
    m.database = json.value(u"database"_s).toString();
    m.createdAt = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODate);
    m.schemaVersion = json.value(u"schema_version"_s).toInt(-1);
    m.appVersion = json.value(u"app_version"_s).toString();
    m.size = qint64(json.value(u"size_bytes"_s).toDouble(-1));
    m.sha256 = json.value(u"sha256"_s).toString();
    m.verified = json.value(u"verified"_s).toBool();
    m.verifiedAt = QDateTime::fromString(json.value(u"verified_at"_s).toString(), Qt::ISODate);
    for (const QJsonValue &v : json.value(u"problems"_s).toArray())
        m.problems << v.toString();
    return m;
}

std::optional<BackupManifest> BackupManifest::read(const QString &backupPath)
{
    QFile file(BackupFile::manifestPath(backupPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

bool BackupManifest::write(const QString &backupPath, QString *error) const
{
    QSaveFile file(BackupFile::manifestPath(backupPath));
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// --- BackupVerifier -------------------------------------------------------------------------

DatabaseError BackupVerifier::forBackup(const DatabaseError &error, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (error.kind()) {
    case DatabaseError::NoError:
        return error;
    case DatabaseError::NotFound:
        return {error.kind(), tr("There is no backup at %1.").arg(name), error.detail()};
    case DatabaseError::WrongPassphrase:
        return {error.kind(),
                tr("The passphrase does not open the backup %1 (or it is not a Frontline backup).").arg(name),
                error.detail()};
    case DatabaseError::NotADatabase:
        return {error.kind(), tr("%1 is not a Frontline backup.").arg(name), error.detail()};
    case DatabaseError::PlainDatabase:
        return {error.kind(), tr("%1 is not encrypted, so it is not a Frontline backup.").arg(name),
                error.detail()};
    case DatabaseError::Corrupt:
        return {error.kind(), tr("The backup %1 is damaged and cannot be restored.").arg(name),
                error.detail()};
    default:
        return error;
    }
}

BackupCheck BackupVerifier::verify(const QString &path, const SecureBytes &passphrase)
{
    QElapsedTimer timer;
    timer.start();
    BackupCheck check;
    const auto done = [&](DatabaseError error) {
        check.error = forBackup(error, path);
        check.elapsedMs = timer.elapsed();
        return check;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return done({DatabaseError::NotFound, {}});
    if (info.isDir() || info.size() == 0)
        return done({DatabaseError::NotADatabase, {}});
    if (passphrase.isEmpty())
        return done({DatabaseError::WrongPassphrase, {}, u"no passphrase"_s});

    // A file in WAL mode (a copy of a live database rather than one of our backups) makes even a
    // read-only connection create -wal and -shm beside it; those, and only those, go again.
    const bool hadWal = QFileInfo::exists(path + u"-wal"_s);
    const bool hadShm = QFileInfo::exists(path + u"-shm"_s);
    const auto tidy = qScopeGuard([&] {
        if (!hadWal && QFileInfo(path + u"-wal"_s).size() == 0)
            QFile::remove(path + u"-wal"_s);
        if (!hadShm && !QFileInfo::exists(path + u"-wal"_s))
            QFile::remove(path + u"-shm"_s);
    });
    SqlCipherDriver driver;
    if (!driver.openEncrypted(path, passphrase, SqlCipherDriver::ReadOnly))
        return done(DatabaseError::fromSqlError(driver.lastError(), path));
    // The integrity check visits every page, index pages many times: with SQLite's default
    // 2 MiB cache it decrypts them again and again (3x slower on a 240 MB file than with this).
    driver.execute(u"PRAGMA cache_size = -65536"_s);
    DatabaseError error;
    check.schemaVersion = Migrations::currentVersion(&driver, &error);
    if (error)
        return done(error);
    bool ok = false;
    const QStringList meta =
        column(driver.nativeHandle(),
               "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", &ok);
    if (check.schemaVersion < 1 || !ok || meta.value(0) != u"1"_s)
        return done({DatabaseError::NotADatabase, {}, u"no meta table"_s});
    if (check.schemaVersion > Database::latestSchemaVersion())
        return done({DatabaseError::NewerSchema,
                     tr("The backup %1 was made by a newer version of Frontline (schema %2; this version "
                        "knows %3). Update Frontline to restore it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(check.schemaVersion)
                         .arg(Database::latestSchemaVersion())});

    // The same checks as Database::checkIntegrity(), on a connection that never writes.
    for (const QString &row : column(driver.nativeHandle(), "PRAGMA integrity_check", &ok)) {
        if (row != u"ok"_s)
            check.problems << row;
    }
    // SQLCipher 4 checks every page's HMAC; 3.x does not know the pragma and returns nothing.
    check.problems << column(driver.nativeHandle(), "PRAGMA cipher_integrity_check", &ok);
    if (!ok)
        check.problems.removeLast(); // an unknown pragma is no problem of the file
    check.problems << column(driver.nativeHandle(), "PRAGMA foreign_key_check", &ok);
    if (!check.problems.isEmpty())
        return done(
            {DatabaseError::Corrupt,
             tr("The backup %1 is damaged and cannot be restored.").arg(QDir::toNativeSeparators(path)),
             check.problems.mid(0, 5).join(u"; "_s)});
    return done({});
}

// --- BackupCatalog --------------------------------------------------------------------------

QString BackupEntry::verificationCode(Verification v)
{
    switch (v) {
    case Verified:
        return u"verified"_s;
    case NotVerified:
        return u"not_verified"_s;
    case Changed:
        return u"changed"_s;
    case Failed:
        return u"failed"_s;
    }
    return u"not_verified"_s;
}

QString BackupCatalog::verificationText(BackupEntry::Verification v)
{
    switch (v) {
    case BackupEntry::Verified:
        return tr("verified");
    case BackupEntry::NotVerified:
        return tr("not verified");
    case BackupEntry::Changed:
        return tr("changed since verified");
    case BackupEntry::Failed:
        return tr("failed verification");
    }
    return {};
}

QList<BackupEntry> BackupCatalog::list(const QString &folder)
{
    QList<BackupEntry> entries;
    const QDir dir(folder);
    const QFileInfoList files =
        dir.entryInfoList({u"*"_s + BackupFile::suffix()}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        BackupEntry e;
        e.path = file.absoluteFilePath();
        e.fileName = file.fileName();
        e.size = file.size();
        const BackupFile::Name name = BackupFile::parseFileName(e.fileName);
        e.rotatable = name.valid;
        e.databaseName = name.databaseName;
        e.createdAt = name.valid ? name.localTime.toUTC() : file.lastModified().toUTC();
        if (const std::optional<BackupManifest> m = BackupManifest::read(e.path)) {
            e.hasManifest = true;
            if (m->createdAt.isValid())
                e.createdAt = m->createdAt.toUTC();
            e.schemaVersion = m->schemaVersion;
            if (e.databaseName.isEmpty())
                e.databaseName = QFileInfo(m->database).completeBaseName();
            if (m->size >= 0 && m->size != e.size)
                e.verification = BackupEntry::Changed;
            else if (!m->problems.isEmpty())
                e.verification = BackupEntry::Failed;
            else
                e.verification = m->verified ? BackupEntry::Verified : BackupEntry::NotVerified;
        }
        entries << e;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry &a, const BackupEntry &b) { return a.createdAt > b.createdAt; });
    return entries;
}

BackupCheck BackupCatalog::verify(BackupEntry &entry, const SecureBytes &passphrase)
{
    BackupCheck check = BackupVerifier::verify(entry.path, passphrase);
    // A wrong passphrase says nothing about the file: the manifest is left as it is.
    if (check.error.kind() == DatabaseError::WrongPassphrase || check.error.kind() == DatabaseError::NotFound)
        return check;
    BackupManifest manifest = BackupManifest::read(entry.path).value_or(BackupManifest{});
    const QString sum = BackupFile::sha256(entry.path);
    const qint64 size = QFileInfo(entry.path).size();
    const bool changed = manifest.size >= 0 && (manifest.size != size || manifest.sha256 != sum);
    if (manifest.database.isEmpty())
        manifest.database = entry.databaseName;
    if (!manifest.createdAt.isValid())
        manifest.createdAt = entry.createdAt;
    manifest.problems = check.ok() ? QStringList() : QStringList{check.error.message()} + check.problems;
    if (changed && check.ok())
        manifest.problems << tr("The file changed since it was made (checksum differs).");
    manifest.verified = manifest.problems.isEmpty();
    manifest.verifiedAt = QDateTime::currentDateTimeUtc();
    if (check.schemaVersion > 0)
        manifest.schemaVersion = check.schemaVersion;
    // A changed file keeps its original size and checksum on record, so that it stays "changed".
    if (manifest.size < 0) {
        manifest.size = size;
        manifest.sha256 = sum;
    }
    manifest.write(entry.path);
    entry.hasManifest = true;
    entry.schemaVersion = manifest.schemaVersion;
    entry.verification = changed             ? BackupEntry::Changed
                         : manifest.verified ? BackupEntry::Verified
                                             : BackupEntry::Failed;
    return check;
}

} // namespace frontline
