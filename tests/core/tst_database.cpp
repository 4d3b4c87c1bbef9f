// Database lifecycle and the distinct, human-readable errors a user can act on.
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::TempDatabase;

namespace {
QByteArray fingerprint(const QString &dir)
{
    // Hash of every file in the folder (names and bytes): "nothing changed" means equal.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}

QString createPlain(const QString &path)
{
    SqlCipherDriver driver;
    if (!driver.openEncrypted(path, SecureBytes(), SqlCipherDriver::Create) ||
        !driver.execute(u"CREATE TABLE x (v TEXT)"_s))
        return driver.lastError().text();
    driver.close();
    return {};
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createOpenClose();
    void createNeverOverwrites();
    void openErrors_data();
    void openErrors();
    void wrongPassphraseLeavesFileUntouched();
    void newerSchemaIsRefusedUntouched();
    void alreadyOpenNamesTheHolder();
    void staleLockIsTakenOver();
    void lockedByAnotherWriter();
    void readOnly();
    void diskFull();
    void changePassphrase();
    void cipherSettingsArePinned();
    void pragmas();
    void integrity();
    void corruptFileIsReported();
    void liveRowCountsIgnoreTombstones();
    void deviceIdAndClockPersist();
    void workerThreadConnection();
};

void tst_Database::createOpenClose()
{
    TempDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error().message()));
    QVERIFY(t.db().isOpen());
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('greeting', '你好')"_s));
    QVERIFY(QFile::exists(t.path() + u".lock"_s));
    t.db().close();
    QVERIFY(!t.db().isOpen());
    QVERIFY(!QFile::exists(t.path() + u".lock"_s));
    QVERIFY2(!t.reopen(), qPrintable(t.error().message()));
    QCOMPARE(t.db().metaValue(u"greeting"_s), u"你好"_s);
}

void tst_Database::createNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"existing.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    Database db;
    const DatabaseError error = db.create(path, SecureBytes::fromString(u"pw"_s));
    QCOMPARE(error.kind(), DatabaseError::AlreadyExists);
    QVERIFY(error.message().contains(u"existing.db"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    // And an empty passphrase is refused: a Frontline file is always encrypted.
    QCOMPARE(db.create(dir.filePath(u"new.db"_s), SecureBytes()).kind(), DatabaseError::Other);
    QVERIFY(!QFile::exists(dir.filePath(u"new.db"_s)));
}

void tst_Database::openErrors_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong passphrase")
        << u"wrong"_s << int(DatabaseError::WrongPassphrase) << u"wrong_passphrase"_s;
    QTest::newRow("text file") << u"text"_s << int(DatabaseError::NotADatabase) << u"not_a_database"_s;
    QTest::newRow("empty file") << u"empty"_s << int(DatabaseError::NotADatabase) << u"not_a_database"_s;
    QTest::newRow("plain sqlite") << u"plain"_s << int(DatabaseError::PlainDatabase)
                                  << u"unencrypted_database"_s;
    QTest::newRow("no file") << u"missing"_s << int(DatabaseError::NotFound) << u"not_found"_s;
    QTest::newRow("a folder") << u"folder"_s << int(DatabaseError::NotADatabase) << u"not_a_database"_s;
}

void tst_Database::openErrors()
{
    QFETCH(QString, setup);
    QFETCH(int, kind);
    QFETCH(QString, code);
    TempDatabase t;
    QVERIFY(t.isValid());
    t.db().close();
    QString path = t.path();
    SecureBytes passphrase = TempDatabase::passphrase();
    if (setup == u"wrong"_s) {
        passphrase = SecureBytes::fromString(u"not the passphrase"_s);
    } else if (setup == u"text"_s || setup == u"empty"_s) {
        path = t.dir() + u"/notes.txt"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (setup == u"text"_s)
            f.write("客户名称,电话\n北京华联,010-62345678\n");
    } else if (setup == u"plain"_s) {
        path = t.dir() + u"/plain.sqlite"_s;
        const QString problem = createPlain(path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else if (setup == u"missing"_s) {
        path = t.dir() + u"/nothing-here.db"_s;
    } else if (setup == u"folder"_s) {
        path = t.dir();
    }
    Database db;
    const DatabaseError error = db.open(path, passphrase);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

void tst_Database::wrongPassphraseLeavesFileUntouched()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QSqlQuery(t.connection()).exec(u"INSERT INTO meta VALUES ('k', 'v')"_s);
    t.db().close();
    const QByteArray before = fingerprint(t.dir());
    Database db;
    QCOMPARE(db.open(t.path(), SecureBytes::fromString(u"guess"_s)).kind(), DatabaseError::WrongPassphrase);
    QCOMPARE(fingerprint(t.dir()), before);
}

void tst_Database::newerSchemaIsRefusedUntouched()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(QSqlQuery(t.connection()).exec(u"PRAGMA user_version = 999"_s));
    t.db().close();
    const QByteArray before = fingerprint(t.dir());
    Database db;
    const DatabaseError error = db.open(t.path(), TempDatabase::passphrase());
    QCOMPARE(error.kind(), DatabaseError::NewerSchema);
    QVERIFY(error.message().contains(u"999"_s));
    QVERIFY(!db.isOpen());
    QCOMPARE(fingerprint(t.dir()), before);
}

void tst_Database::alreadyOpenNamesTheHolder()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    Database second;
    const DatabaseError error = second.open(t.path(), TempDatabase::passphrase());
    QCOMPARE(error.kind(), DatabaseError::AlreadyOpen);
    QVERIFY2(error.message().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(error.message()));
    QVERIFY(t.db().isOpen()); // the holder is not disturbed
    QVERIFY(QSqlQuery(t.connection()).exec(u"INSERT INTO meta VALUES ('still', 'works')"_s));
}

void tst_Database::staleLockIsTakenOver()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    t.db().close();
    // A lock left by a process that crashed (a pid that cannot be running).
    QFile lock(t.path() + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nFrontline\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    Database db;
    const DatabaseError error = db.open(t.path(), TempDatabase::passphrase());
    QVERIFY2(!error, qPrintable(error.message()));
}

void tst_Database::lockedByAnotherWriter()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    // Another connection that ignores our lock file (another tool) holds the write lock.
    SqlCipherDriver other;
    QVERIFY(other.openEncrypted(t.path(), TempDatabase::passphrase()));
    QVERIFY(other.execute(u"BEGIN IMMEDIATE"_s));
    QVERIFY(QSqlQuery(t.connection()).exec(u"PRAGMA busy_timeout = 100"_s));
    Transaction tx(t.connection());
    QVERIFY(!tx.isActive());
    const DatabaseError error = DatabaseError::fromSqlError(tx.lastError(), t.path());
    QCOMPARE(error.kind(), DatabaseError::Locked);
    QCOMPARE(error.code(), u"locked"_s);
    QVERIFY(other.execute(u"ROLLBACK"_s));
    Transaction retry(t.connection());
    QVERIFY(retry.isActive());
}

void tst_Database::readOnly()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    t.db().close();
    Database db;
    Database::OpenOptions options;
    options.readOnly = true;
    QVERIFY(!db.open(t.path(), TempDatabase::passphrase(), options));
    QVERIFY(db.isReadOnly());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM meta"_s));
    QVERIFY(!q.exec(u"INSERT INTO meta VALUES ('x', 'y')"_s));
    const DatabaseError error = DatabaseError::fromSqlError(q.lastError(), db.path());
    QCOMPARE(error.kind(), DatabaseError::ReadOnly);
    QVERIFY(error.message().contains(u"read-only"_s));
    QCOMPARE(db.changePassphrase(SecureBytes::fromString(u"x"_s)).kind(), DatabaseError::ReadOnly);
}

void tst_Database::diskFull()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    // SQLite's own page limit raises the very SQLITE_FULL a full disk raises.
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));
    QVERIFY(q.prepare(u"INSERT INTO meta VALUES ('big', ?)"_s));
    q.addBindValue(QString(200000, u'满'));
    QVERIFY(!q.exec());
    const DatabaseError error = DatabaseError::fromSqlError(q.lastError(), t.path());
    QCOMPARE(error.kind(), DatabaseError::DiskFull);
    QCOMPARE(error.code(), u"disk_full"_s);
}

void tst_Database::changePassphrase()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(QSqlQuery(t.connection()).exec(u"INSERT INTO meta VALUES ('kept', '保留')"_s));
    const SecureBytes fresh = SecureBytes::fromString(u"新的口令 new passphrase"_s);
    QVERIFY2(!t.db().changePassphrase(fresh), "rekey failed");
    QCOMPARE(t.db().cipherInfo().journalMode.toLower(), u"wal"_s);
    t.db().close();
    Database db;
    QCOMPARE(db.open(t.path(), TempDatabase::passphrase()).kind(), DatabaseError::WrongPassphrase);
    const DatabaseError error = db.open(t.path(), fresh);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(db.metaValue(u"kept"_s), u"保留"_s);
    QVERIFY(db.checkIntegrity().isEmpty());
}

void tst_Database::cipherSettingsArePinned()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const CipherInfo info = t.db().cipherInfo();
    QVERIFY(!info.cipherVersion.isEmpty());
    QCOMPARE(info.pageSize, 4096);
    QVERIFY(info.kdfIterations >= 256000);
    QVERIFY(info.hmac);
    QCOMPARE(info.hmacAlgorithm, u"HMAC_SHA1"_s);
    QCOMPARE(info.kdfAlgorithm, u"PBKDF2_HMAC_SHA1"_s);
    const QStringList pragmas = SqlCipherDriver::cipherPragmas();
    QVERIFY(pragmas.contains(u"PRAGMA kdf_iter = 256000;"_s));
    QVERIFY(pragmas.contains(u"PRAGMA cipher_page_size = 4096;"_s));
}

void tst_Database::pragmas()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA temp_store"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // MEMORY: no unencrypted temp files
}

void tst_Database::integrity()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    DatabaseError error;
    QCOMPARE(t.db().checkIntegrity(&error), QStringList());
    QVERIFY(!error);
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
    QVERIFY(
        q.exec(u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))"_s));
    QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(q.exec(u"INSERT INTO child VALUES (1, 42)"_s));
    QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
    const QStringList problems = t.db().checkIntegrity();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"child"_s));
}

void tst_Database::corruptFileIsReported()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"CREATE TABLE filler (v TEXT)"_s));
    QVERIFY(q.prepare(u"INSERT INTO filler VALUES (?)"_s));
    for (int i = 0; i < 200; ++i) {
        q.addBindValue(QString(500, QChar(u'a' + i % 26)));
        QVERIFY(q.exec());
    }
    t.db().close();
    {
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 10 * 4096);
        f.seek(8 * 4096 + 100); // inside a data page, not the first
        f.write(QByteArray(64, '\x5a'));
    }
    Database db;
    const DatabaseError error = db.open(t.path(), TempDatabase::passphrase());
    if (error) {
        QVERIFY(!error.message().isEmpty());
        return;
    }
    DatabaseError checkError;
    const QStringList problems = db.checkIntegrity(&checkError);
    QVERIFY2(!problems.isEmpty(), "a damaged page went unnoticed");
}

void tst_Database::liveRowCountsIgnoreTombstones()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"INSERT INTO shared_setting (uuid, key, value, hlc, device_id, deleted) VALUES "
                   u"('u1', 'company', '华联', 1, 'd', 0), ('u2', 'old', 'x', 2, 'd', 1)"_s));
    const QMap<QString, qint64> counts = t.db().liveRowCounts();
    QCOMPARE(counts.value(u"shared_setting"_s), 1);
    QVERIFY(counts.contains(u"meta"_s));
    QVERIFY(!counts.contains(u"sqlite_sequence"_s));
}

void tst_Database::deviceIdAndClockPersist()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const QString device = t.db().deviceId();
    QVERIFY(!QUuid::fromString(device).isNull());
    const SyncStamp stamp = t.db().stamp();
    QCOMPARE(stamp.deviceId, device);
    QVERIFY(!t.reopen());
    QCOMPARE(t.db().deviceId(), device);
    QVERIFY(t.db().clock().last() >= stamp.hlc);
    QVERIFY(t.db().stamp().hlc > stamp.hlc);
}

void tst_Database::workerThreadConnection()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(QSqlQuery(t.connection()).exec(u"INSERT INTO meta VALUES ('from', 'main')"_s));
    QString seen;
    QString connectionName;
    QThread *worker = QThread::create([&] {
        QSqlDatabase db = t.db().connectionForThread();
        connectionName = db.connectionName();
        QSqlQuery q(db);
        if (q.exec(u"SELECT value FROM meta WHERE key = 'from'"_s) && q.next())
            seen = q.value(0).toString();
        q = QSqlQuery();
        db = QSqlDatabase();
        t.db().releaseThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(seen, u"main"_s);
    QVERIFY(connectionName != t.connection().connectionName());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
