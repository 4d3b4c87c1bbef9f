#include "Database.h"

#include "Migrations.h"
#include "SqlCipherDriver.h"
#include "SqliteApi.h"
#include "security/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

QAtomicInt connectionCounter;

QVariant scalar(const QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool success = query.exec(sql) && query.next();
    if (ok)
        *ok = success;
    return success ? query.value(0) : QVariant();
}

// Connection settings that hold for every connection to a Frontline file.
bool applyConnectionPragmas(SqlCipherDriver *driver, bool readOnly)
{
    // Temporary tables and indices stay in memory: SQLCipher does not encrypt temp files.
    bool ok = driver->execute(u"PRAGMA temp_store = MEMORY"_s) &&
              driver->execute(u"PRAGMA foreign_keys = ON"_s) &&
              driver->execute(u"PRAGMA cache_size = -32768"_s); // 32 MiB of decrypted pages
    if (ok && !readOnly)
        ok = driver->execute(u"PRAGMA synchronous = FULL"_s);
    return ok;
}

} // namespace

Database::Database(QObject *parent) : QObject(parent)
{
    SqlCipherDriver::registerDriver();
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("FRONTLINE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/Frontline/frontline.db"_s;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty();
}

QSqlDatabase Database::connection() const
{
    return m_connectionName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver *Database::mainDriver() const
{
    return qobject_cast<SqlCipherDriver *>(connection().driver());
}

DatabaseError Database::lock(const QString &path)
{
    auto lockFile = std::make_unique<QLockFile>(path + u".lock"_s);
    lockFile->setStaleLockTime(0); // stale only when its process is gone, however old it is
    if (lockFile->tryLock(0)) {
        m_lock = std::move(lockFile);
        return {};
    }
    const QString name = QDir::toNativeSeparators(path);
    if (lockFile->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lockFile->getLockInfo(&pid, &host, &app);
        if (app.isEmpty())
            app = tr("another program");
        return {DatabaseError::AlreadyOpen,
                tr("%1 is already open by %2 (process %3 on %4). Close it there first.")
                    .arg(name, app, QString::number(pid), host)};
    }
    if (lockFile->error() == QLockFile::PermissionError) {
        if (m_options.readOnly)
            return {}; // nothing will be written: a read-only folder is no obstacle
        return {DatabaseError::ReadOnly,
                tr("The database %1 cannot be written: it or its folder is read-only.").arg(name)};
    }
    return {DatabaseError::IoError, tr("Cannot create the lock file beside %1.").arg(name)};
}

void Database::unlock()
{
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

DatabaseError Database::openConnection(const QString &path, const SecureBytes &passphrase, bool create)
{
    auto *driver = new SqlCipherDriver;
    SqlCipherDriver::OpenFlags flags =
        m_options.readOnly ? SqlCipherDriver::ReadOnly : SqlCipherDriver::ReadWrite;
    if (create)
        flags |= SqlCipherDriver::Create;
    if (!driver->openEncrypted(path, passphrase, flags, m_options.busyTimeoutMs)) {
        DatabaseError error = DatabaseError::fromSqlError(driver->lastError(), path);
        delete driver;
        return error;
    }
    m_connectionName = u"frontline-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_ownerThread = QThread::currentThread();
    QSqlDatabase::addDatabase(driver, m_connectionName);
    return {};
}

DatabaseError Database::create(const QString &path, const SecureBytes &passphrase)
{
    close();
    const QString name = QDir::toNativeSeparators(path);
    if (passphrase.isEmpty())
        return {DatabaseError::Other, tr("A passphrase is required to encrypt the database.")};
    if (QFileInfo::exists(path) || QFileInfo::exists(path + u"-wal"_s))
        return {DatabaseError::AlreadyExists,
                tr("%1 already exists. Choose another name, or open it instead.").arg(name)};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return {DatabaseError::ReadOnly,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    m_options = {};
    if (DatabaseError error = lock(path))
        return error;
    if (DatabaseError error = openConnection(path, passphrase, true)) {
        unlock();
        return error;
    }

    SqlCipherDriver *driver = mainDriver();
    DatabaseError error;
    if (!driver->execute(u"PRAGMA journal_mode = WAL"_s) || !applyConnectionPragmas(driver, false))
        error = DatabaseError::fromSqlError(driver->lastError(), path);
    if (!error)
        error = Migrations::migrate(driver);
    if (!error) {
        m_path = path;
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (!setMetaValue(u"device_id"_s, m_deviceId) || !setMetaValue(u"created_at"_s, now) ||
            !setMetaValue(u"created_by_version"_s, QCoreApplication::applicationVersion()))
            error = DatabaseError::fromSqlError(connection().lastError(), path);
    }
    if (error) {
        const QString connection = m_connectionName;
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
        m_connectionName.clear();
        m_path.clear();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
        unlock();
        return error;
    }
    m_key = passphrase;
    m_ready = true;
    Q_EMIT opened(m_path);
    return {};
}

DatabaseError Database::open(const QString &path, const SecureBytes &passphrase, const OpenOptions &options)
{
    close();
    if (!QFileInfo::exists(path))
        return {DatabaseError::NotFound,
                tr("There is no database at %1.").arg(QDir::toNativeSeparators(path))};
    if (QFileInfo(path).isDir() || QFileInfo(path).size() == 0)
        return {DatabaseError::NotADatabase,
                tr("%1 is not a Frontline database.").arg(QDir::toNativeSeparators(path))};
    m_options = options;
    if (DatabaseError error = lock(path))
        return error;
    if (DatabaseError error = openConnection(path, passphrase, false)) {
        unlock();
        return error;
    }
    m_path = path;

    SqlCipherDriver *driver = mainDriver();
    const auto fail = [this](DatabaseError error) {
        close();
        return error;
    };
    // Check the version before anything writes: a newer file is left exactly as it is.
    DatabaseError error;
    const int version = Migrations::currentVersion(driver, &error);
    if (error)
        return fail(error);
    if (version > Migrations::latestVersion())
        return fail(Migrations::migrate(driver)); // reports NewerSchema without writing
    if (options.readOnly && version < Migrations::latestVersion())
        return fail({DatabaseError::ReadOnly,
                     tr("%1 must be updated to this version of Frontline, which needs write access.")
                         .arg(QDir::toNativeSeparators(path))});

    if (!options.readOnly) {
        const QString journal = scalar(connection(), u"PRAGMA journal_mode"_s).toString();
        if (journal.compare(u"wal"_s, Qt::CaseInsensitive) != 0 &&
            !driver->execute(u"PRAGMA journal_mode = WAL"_s))
            return fail(DatabaseError::fromSqlError(driver->lastError(), path));
    }
    if (!applyConnectionPragmas(driver, options.readOnly))
        return fail(DatabaseError::fromSqlError(driver->lastError(), path));
    if (!options.readOnly) {
        if (DatabaseError migrationError = Migrations::migrate(driver))
            return fail(migrationError);
    }

    m_deviceId = metaValue(u"device_id"_s);
    if (m_deviceId.isEmpty()) {
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!options.readOnly)
            setMetaValue(u"device_id"_s, m_deviceId);
    }
    m_clock.restore(metaValue(u"hlc_last"_s).toULongLong());
    m_key = passphrase;
    m_ready = true;
    Q_EMIT opened(m_path);
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        unlock();
        return;
    }
    if (m_ready && !m_options.readOnly && m_clock.last() > 0)
        setMetaValue(u"hlc_last"_s, QString::number(m_clock.last()));
    closeThreadConnections();
    const QString name = m_connectionName;
    m_connectionName.clear();
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    m_ready = false;
    m_key.clear();
    m_path.clear();
    m_deviceId.clear();
    unlock();
    Q_EMIT closed();
}

void Database::closeThreadConnections()
{
    QMutexLocker locker(&m_threadMutex);
    // Removing a connection deletes its driver, which closes the SQLite handle; the workers
    // that used them have finished (they release their connection, or close() waits for them).
    for (const QString &name : std::as_const(m_threadConnections))
        QSqlDatabase::removeDatabase(name);
    m_threadConnections.clear();
}

void Database::releaseThreadConnection()
{
    QMutexLocker locker(&m_threadMutex);
    const QString name = m_connectionName + u"-thread-%1"_s.arg(quintptr(QThread::currentThreadId()));
    if (m_threadConnections.removeOne(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connectionForThread()
{
    if (!isOpen())
        return QSqlDatabase();
    if (QThread::currentThread() == m_ownerThread)
        return connection();
    QMutexLocker locker(&m_threadMutex);
    const QString name = m_connectionName + u"-thread-%1"_s.arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto *driver = new SqlCipherDriver;
    const auto flags = m_options.readOnly ? SqlCipherDriver::ReadOnly : SqlCipherDriver::ReadWrite;
    if (!driver->openEncrypted(m_path, m_key, flags, m_options.busyTimeoutMs) ||
        !applyConnectionPragmas(driver, m_options.readOnly)) {
        qWarning("Cannot open a worker connection: %s", qPrintable(driver->lastError().text()));
        delete driver;
        return QSqlDatabase();
    }
    m_threadConnections.append(name);
    return QSqlDatabase::addDatabase(driver, name);
}

bool Database::hasPassphrase(const SecureBytes &candidate) const
{
    return isOpen() && !m_key.isEmpty() && m_key == candidate;
}

DatabaseError Database::changePassphrase(const SecureBytes &newPassphrase)
{
    if (!isOpen())
        return {DatabaseError::Other, tr("No database is open.")};
    if (m_options.readOnly)
        return {DatabaseError::ReadOnly, tr("The database is open read-only.")};
    if (newPassphrase.isEmpty())
        return {DatabaseError::Other, tr("A passphrase is required to encrypt the database.")};
    closeThreadConnections();
    SqlCipherDriver *driver = mainDriver();
    // Rekeying rewrites every page; it is done in rollback-journal mode so that a crash half-way
    // leaves the old key in force rather than a WAL written under two keys.
    if (!driver->execute(u"PRAGMA journal_mode = DELETE"_s))
        return DatabaseError::fromSqlError(driver->lastError(), m_path);
    const bool ok = driver->rekey(newPassphrase);
    const QSqlError rekeyError = driver->lastError();
    driver->execute(u"PRAGMA journal_mode = WAL"_s);
    if (!ok)
        return DatabaseError::fromSqlError(rekeyError, m_path);
    m_key = newPassphrase;
    AuditLog(*this).record(AuditAction::PassphraseChange, u"database"_s, {}, -1, m_path);
    return {};
}

DatabaseError Database::changePassphrase(const SecureBytes &current, const SecureBytes &newPassphrase)
{
    if (!isOpen())
        return {DatabaseError::Other, tr("No database is open.")};
    if (!(current == m_key)) {
        if (!m_options.readOnly)
            AuditLog(*this).record(AuditAction::PassphraseChange, u"database"_s,
                                   u"wrong current passphrase"_s, -1, m_path, AuditOutcome::Failed);
        return {DatabaseError::WrongPassphrase, tr("The current passphrase is not right.")};
    }
    return changePassphrase(newPassphrase);
}

QStringList Database::checkIntegrity(DatabaseError *error) const
{
    QStringList problems;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    const auto collect = [&](const QString &sql, bool okRow) {
        if (!query.exec(sql)) {
            if (error)
                *error = DatabaseError::fromSqlError(query.lastError(), m_path);
            problems << query.lastError().text();
            return;
        }
        while (query.next()) {
            const QString text = query.value(0).toString();
            if (okRow && text == u"ok"_s)
                continue;
            problems << text;
        }
    };
    collect(u"PRAGMA integrity_check"_s, true);
    // SQLCipher 4 checks every page's HMAC; 3.x does not know the pragma and returns nothing.
    collect(u"PRAGMA cipher_integrity_check"_s, false);
    if (!query.exec(u"PRAGMA foreign_key_check"_s)) {
        problems << query.lastError().text();
    } else {
        while (query.next())
            problems << tr("Foreign key violation: row %1 of %2 refers to a missing row in %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
    }
    return problems;
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return -1;
    // Workers (sync export, backups) ask too: each thread reads through its own connection.
    const QSqlDatabase connection = const_cast<Database *>(this)->connectionForThread();
    return Migrations::currentVersion(qobject_cast<SqlCipherDriver *>(connection.driver()));
}

CipherInfo Database::cipherInfo() const
{
    CipherInfo info;
    const QSqlDatabase db = connection();
    info.cipherVersion = scalar(db, u"PRAGMA cipher_version"_s).toString();
    info.sqliteVersion = SqlCipherDriver::sqliteVersion();
    info.cipher = scalar(db, u"PRAGMA cipher"_s).toString();
    info.pageSize = scalar(db, u"PRAGMA cipher_page_size"_s).toInt();
    info.kdfIterations = scalar(db, u"PRAGMA kdf_iter"_s).toInt();
    info.hmac = scalar(db, u"PRAGMA cipher_use_hmac"_s).toInt() != 0;
    // SQLCipher 3.x knows only SHA1 and answers nothing to these two.
    info.hmacAlgorithm = scalar(db, u"PRAGMA cipher_hmac_algorithm"_s).toString();
    if (info.hmacAlgorithm.isEmpty())
        info.hmacAlgorithm = u"HMAC_SHA1"_s;
    info.kdfAlgorithm = scalar(db, u"PRAGMA cipher_kdf_algorithm"_s).toString();
    if (info.kdfAlgorithm.isEmpty())
        info.kdfAlgorithm = u"PBKDF2_HMAC_SHA1"_s;
    if (info.cipher.isEmpty())
        info.cipher = u"aes-256-cbc"_s;
    info.journalMode = scalar(db, u"PRAGMA journal_mode"_s).toString();
    return info;
}

QMap<QString, qint64> Database::liveRowCounts() const
{
    QMap<QString, qint64> counts;
    const QSqlDatabase db = connection();
    // Full-text indexes are derived data: neither the virtual table nor its shadow tables count.
    QStringList derived;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
        while (q.next())
            derived << q.value(0).toString();
    }
    const auto isDerived = [&](const QString &table) {
        return std::any_of(derived.cbegin(), derived.cend(),
                           [&](const QString &vt) { return table == vt || table.startsWith(vt + u'_'); });
    };
    for (const QString &table : db.tables(QSql::Tables)) {
        if (isDerived(table))
            continue;
        const QString escaped = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const bool tombstones = db.record(table).contains(u"deleted"_s);
        counts.insert(table, scalar(db, u"SELECT count(*) FROM "_s + escaped +
                                            (tombstones ? u" WHERE deleted = 0"_s : QString()))
                                 .toLongLong());
    }
    return counts;
}

int Database::cacheSizeMiB()
{
    const int size = scalar(connectionForThread(), u"PRAGMA cache_size"_s).toInt();
    // Negative: KiB; positive: pages.
    return size < 0 ? -size / 1024 : int(qint64(size) * SqlCipherDriver::CipherPageSize / (1024 * 1024));
}

bool Database::setCacheSizeMiB(int mebibytes)
{
    if (mebibytes <= 0)
        return false;
    QSqlQuery query(connectionForThread());
    return query.exec(u"PRAGMA cache_size = -%1"_s.arg(qint64(mebibytes) * 1024));
}

SyncStamp Database::stamp()
{
    return {m_clock.now(), m_deviceId};
}

QString Database::metaValue(const QString &key, const QString &defaultValue) const
{
    // A worker thread may not use the owner's connection (Qt refuses it): each its own.
    QSqlQuery query(const_cast<Database *>(this)->connectionForThread());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue;
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(connectionForThread());
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

} // namespace frontline
