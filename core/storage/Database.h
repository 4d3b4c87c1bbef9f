// Database owns the life of one encrypted Frontline file: create (never over an existing
// file), open (key, cipher settings, version check, migrations, pragmas), close, change the
// passphrase, check integrity. It holds an OS-level lock file beside the database so that a
// second Frontline process gets a clear "already open by …" instead of a hang or a corrupt file.
//
// The main connection belongs to the thread that opened the database; worker threads ask for
// their own with connectionForThread().
#pragma once

#include "DatabaseError.h"
#include "security/SecureBytes.h"
#include "sync/HybridClock.h"

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QLockFile;
class QThread;

namespace frontline {

class SqlCipherDriver;

struct CipherInfo
{
    QString cipherVersion; // "3.4.1 community"
    QString sqliteVersion; // "3.15.2"
    QString cipher;        // "aes-256-cbc"
    int pageSize = 0;
    int kdfIterations = 0;
    bool hmac = false;
    QString hmacAlgorithm; // "HMAC_SHA1"
    QString kdfAlgorithm;  // "PBKDF2_HMAC_SHA1"
    QString journalMode;
};

// A stamp for a record that travels between laptops: who changed it, when (HLC).
struct SyncStamp
{
    HybridClock::Timestamp hlc = 0;
    QString deviceId;
};

class Database : public QObject
{
    Q_OBJECT
public:
    struct OpenOptions
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Creates a new encrypted database at path (the folder is created if needed) and leaves it
    // open. Refuses when anything already exists at path.
    DatabaseError create(const QString &path, const SecureBytes &passphrase);
    DatabaseError open(const QString &path, const SecureBytes &passphrase, const OpenOptions &options);
    DatabaseError open(const QString &path, const SecureBytes &passphrase)
    {
        return open(path, passphrase, {});
    }
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_options.readOnly; }
    QString path() const { return m_path; }

    // The connection of the thread that opened the database.
    QSqlDatabase connection() const;
    // A connection for the calling thread (opened on first use, closed with the database or by
    // releaseThreadConnection(), which a worker calls when it is done).
    QSqlDatabase connectionForThread();
    void releaseThreadConnection();

    DatabaseError changePassphrase(const SecureBytes &newPassphrase);
    // Whether candidate is the passphrase the database is open with (to confirm a person before a
    // restore, without ever handing the key out).
    bool hasPassphrase(const SecureBytes &candidate) const;
    // The same, after checking that current is the passphrase the file is open with (a wrong
    // one is refused and recorded in the audit log): what a person at the keyboard must prove
    // before re-keying a database someone left open.
    DatabaseError changePassphrase(const SecureBytes &current, const SecureBytes &newPassphrase);
    // Runs SQLite's integrity and foreign key checks; an empty list means the file is sound.
    QStringList checkIntegrity(DatabaseError *error = nullptr) const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    CipherInfo cipherInfo() const;
    // Tables of the schema with their live rows (tombstoned rows are not counted).
    QMap<QString, qint64> liveRowCounts() const;

    // This replica's id, created with the database.
    QString deviceId() const { return m_deviceId; }
    HybridClock &clock() { return m_clock; }

    // The page cache of the calling thread's connection, in MiB (32 unless changed). Bulk
    // writers (imports, demo data) raise it while they run, so that inserts into large indexes
    // find their pages in memory instead of decrypting them again, and set it back afterwards.
    int cacheSizeMiB();
    bool setCacheSizeMiB(int mebibytes);
    SyncStamp stamp();

    // Small local key/value store (not synced): device id, last clock, preferences of this file.
    // Read and written on the calling thread's connection, so a worker's import stays one
    // transaction.
    QString metaValue(const QString &key, const QString &defaultValue = QString()) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Where a database lives when none is named: $FRONTLINE_DB or the per-user data folder.
    static QString defaultPath();

Q_SIGNALS:
    void opened(const QString &path);
    void closed();

private:
    // A backup may be keyed with the database's own passphrase (BackupOptions::databaseKey)
    // without the key leaving core.
    friend class BackupWriter;

    DatabaseError openConnection(const QString &path, const SecureBytes &passphrase, bool create);
    DatabaseError lock(const QString &path);
    void unlock();
    void closeThreadConnections();
    SqlCipherDriver *mainDriver() const;

    QString m_path;
    QString m_connectionName;
    OpenOptions m_options;
    SecureBytes m_key;
    std::unique_ptr<QLockFile> m_lock;
    QString m_deviceId;
    HybridClock m_clock;
    QMutex m_threadMutex;
    QStringList m_threadConnections;
    QThread *m_ownerThread = nullptr;
    bool m_ready = false; // fully opened: close() may write to the file
};

} // namespace frontline
