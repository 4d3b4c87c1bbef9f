// Backups: the online copy (encrypted, consistent while others write, progress, cancel),
// file names, manifests and listing, rotation, the schedule, and restore with verification.
#include "backup/BackupEvent.h"
#include "backup/BackupFile.h"
#include "backup/BackupRestore.h"
#include "backup/BackupRotation.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupWriter.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "support/CrmFixture.h"
#include "support/TableChecksums.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::tableChecksums;
using frontline::test::TempDatabase;

namespace {

const QString Marker = u"独一无二的明文标记 BACKUP-PLAINTEXT-MARKER-51c9"_s;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Names and bytes of every file in the folder: "nothing changed" means equal.
QByteArray fingerprint(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(u"-shm"_s)) // shared memory index: rewritten by readers
            continue;
        hash.addData(name.toUtf8());
        hash.addData(fileHash(d.filePath(name)));
    }
    return hash.result();
}

// Some megabytes of rows, so that a backup takes many steps.
bool addFiller(Database &db, int rows = 2000)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, v TEXT)"_s) ||
        !q.exec(u"BEGIN"_s))
        return false;
    q.prepare(u"INSERT INTO filler (v) VALUES (?)"_s);
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QString(1000, QChar(u'a' + i % 26)));
        if (!q.exec())
            return false;
    }
    return QSqlQuery(db.connection()).exec(u"COMMIT"_s);
}

BackupOptions optionsWith(const SecureBytes &passphrase)
{
    BackupOptions options;
    options.passphrase = passphrase;
    return options;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Rewrites one value inside an encrypted file (schema version, a row) as another program would.
bool tamper(const QString &path, const SecureBytes &passphrase, const QString &sql)
{
    SqlCipherDriver driver;
    return driver.openEncrypted(path, passphrase, SqlCipherDriver::Create) && driver.execute(sql);
}

void corruptPage(const QString &path, int page)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > (page + 1) * 4096);
    f.seek(qint64(page) * 4096 + 100);
    f.write(QByteArray(64, '\x5a'));
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void backupHasSameContentAndNoPlaintext();
    void backupWithAnotherPassphrase();
    void backupWithTheDatabasesKey();
    void refusals();
    void consistentWhileAnotherConnectionWrites();
    void consistentWhileAThreadWrites();
    void progressAndCancel_data();
    void progressAndCancel();
    void fileNames_data();
    void fileNames();
    void rotation_data();
    void rotation();
    void rotationTouchesOnlyItsOwnFiles();
    void listingWithoutPassphrase();
    void deepVerificationFindsDamage();
    void isDue_data();
    void isDue();
    void scheduledRunRecordsAndRotates();
    void restoreReplacesAndKeepsOriginalAside();
    void restoreFailuresChangeNothing_data();
    void restoreFailuresChangeNothing();
    void restoreMigratesAnOlderSchema();
    void restoreRekeysToTheDatabasePassphrase();
    void restoreWithNoDatabaseYet();
    void restoreOfAClosedDatabaseKeepsItsSettings();
    void restoreRefusesWhenOpenElsewhere();
    void auditHookSeesEveryOutcome();
};

void tst_Backup::cleanup()
{
    setBackupAuditHook({});
}

void tst_Backup::backupHasSameContentAndNoPlaintext()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    CrmFixture fixture;
    const QString built = fixture.build(t.db());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    QVERIFY(t.db().setMetaValue(u"marker"_s, Marker));

    const QString path = t.dir() + u"/copies/team-2026-11-28-153000.fbackup"_s;
    const BackupResult result = BackupWriter::write(t.db(), path, optionsWith(TempDatabase::passphrase()));
    QVERIFY2(result.ok(), qPrintable(result.error.message() + u' ' + result.error.detail()));
    QVERIFY(result.verified);
    QCOMPARE(result.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(result.bytes, QFileInfo(path).size());
    QVERIFY(!QFileInfo::exists(path + u".part"_s));
    QCOMPARE(QDir(t.dir() + u"/copies"_s).entryList(QDir::Files).size(), 2); // backup + manifest

    // Encrypted from the first byte; the marker is nowhere in the file.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(Marker.toUtf8()));
    QVERIFY(!bytes.contains("BACKUP-PLAINTEXT-MARKER"));
    QVERIFY(!bytes.contains(u"北京华联商厦"_s.toUtf8()));
    f.close();

    const std::optional<BackupManifest> manifest = BackupManifest::read(path);
    QVERIFY(manifest);
    QVERIFY(manifest->verified);
    QCOMPARE(manifest->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(manifest->size, result.bytes);
    QCOMPARE(manifest->sha256, BackupFile::sha256(path));
    QCOMPARE(manifest->database, QFileInfo(t.path()).fileName());
    // The manifest tells nothing of the content.
    QFile m(BackupFile::manifestPath(path));
    QVERIFY(m.open(QIODevice::ReadOnly));
    QVERIFY(!m.readAll().contains(Marker.toUtf8()));

    QMap<QString, qint64> counts = t.db().liveRowCounts();
    QMap<QString, QByteArray> sums = tableChecksums(t.connection());
    // The live audit log also holds the entry for this backup, written after the copy was made.
    const qint64 liveAudit = counts.take(u"audit_log"_s);
    sums.remove(u"audit_log"_s);
    Database copy;
    const DatabaseError error = copy.open(path, TempDatabase::passphrase());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(copy.checkIntegrity(), QStringList());
    QMap<QString, qint64> copyCounts = copy.liveRowCounts();
    QCOMPARE(copyCounts.take(u"audit_log"_s), liveAudit - 1);
    QCOMPARE(copyCounts, counts);
    QCOMPARE(copy.liveRowCounts().value(u"customer"_s), 3);
    QCOMPARE(copy.metaValue(u"marker"_s), Marker);
    QMap<QString, QByteArray> copySums = tableChecksums(copy.connection());
    copySums.remove(u"audit_log"_s);
    QCOMPARE(copySums, sums);
    QCOMPARE(copy.cipherInfo().pageSize, SqlCipherDriver::CipherPageSize);
    QCOMPARE(copy.cipherInfo().kdfIterations, SqlCipherDriver::KdfIterations);
}

void tst_Backup::backupWithAnotherPassphrase()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(t.db().setMetaValue(u"marker"_s, Marker));
    const SecureBytes other = SecureBytes::fromString(u"备份口令 another one"_s);
    const QString path = t.dir() + u"/other.fbackup"_s;
    const BackupResult result = BackupWriter::write(t.db(), path, optionsWith(other));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    Database copy;
    QCOMPARE(copy.open(path, TempDatabase::passphrase()).kind(), DatabaseError::WrongPassphrase);
    QVERIFY(!copy.open(path, other));
    QCOMPARE(copy.metaValue(u"marker"_s), Marker);
}

// What the GUI's scheduled backups do: the open database's key, which the caller never sees;
// and a meta value read from a worker thread (on that thread's own connection).
void tst_Backup::backupWithTheDatabasesKey()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(t.db().setMetaValue(u"marker"_s, Marker));
    QVERIFY(t.db().hasPassphrase(TempDatabase::passphrase()));
    QVERIFY(!t.db().hasPassphrase(SecureBytes::fromString(u"not it"_s)));
    const QString path = t.dir() + u"/same.fbackup"_s;
    BackupOptions options;
    options.databaseKey = true;
    BackupResult result;
    QString seenByWorker;
    QThread *worker = QThread::create([&] {
        seenByWorker = t.db().metaValue(u"marker"_s);
        result = BackupWriter::write(t.db(), path, options);
        t.db().releaseThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QCOMPARE(seenByWorker, Marker);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QVERIFY(result.verified);
    Database copy;
    QVERIFY(!copy.open(path, TempDatabase::passphrase()));
    QCOMPARE(copy.metaValue(u"marker"_s), Marker);
}

void tst_Backup::refusals()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    // No passphrase: the backup API would write plaintext, so nothing is written at all.
    const QString plain = t.dir() + u"/plain.fbackup"_s;
    BackupResult r = BackupWriter::write(t.db(), plain, optionsWith(SecureBytes()));
    QVERIFY(!r.ok());
    QVERIFY(!QFileInfo::exists(plain) && !QFileInfo::exists(plain + u".part"_s));

    // Never over an existing file.
    const QString existing = t.dir() + u"/existing.fbackup"_s;
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    r = BackupWriter::write(t.db(), existing, optionsWith(TempDatabase::passphrase()));
    QCOMPARE(r.error.kind(), DatabaseError::AlreadyExists);
    QCOMPARE(fileHash(existing), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));

    // Not in the middle of a change of the same connection.
    QVERIFY(QSqlQuery(t.connection()).exec(u"BEGIN IMMEDIATE"_s));
    r = BackupWriter::write(t.db(), t.dir() + u"/busy.fbackup"_s, optionsWith(TempDatabase::passphrase()));
    QCOMPARE(r.error.kind(), DatabaseError::Locked);
    QVERIFY(!QFileInfo::exists(t.dir() + u"/busy.fbackup"_s));
    QVERIFY(QSqlQuery(t.connection()).exec(u"ROLLBACK"_s));

    Database closed;
    r = BackupWriter::write(closed, t.dir() + u"/none.fbackup"_s, optionsWith(TempDatabase::passphrase()));
    QVERIFY(!r.ok());
}

void tst_Backup::consistentWhileAnotherConnectionWrites()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addFiller(t.db()));
    QVERIFY(QSqlQuery(t.connection()).exec(u"CREATE TABLE ledger (id INTEGER PRIMARY KEY, note TEXT)"_s));
    QVERIFY(QSqlQuery(t.connection()).exec(u"INSERT INTO ledger (note) VALUES ('before')"_s));

    // Another program's connection writes between every two steps of the backup.
    SqlCipherDriver writer;
    QVERIFY(writer.openEncrypted(t.path(), TempDatabase::passphrase()));
    QVERIFY(writer.execute(u"PRAGMA busy_timeout = 200"_s));
    int writes = 0, failedWrites = 0;
    BackupOptions options = optionsWith(TempDatabase::passphrase());
    options.pagesPerStep = 16;
    options.progress = [&](qint64, qint64) {
        // A copy that restarted on every change would never end: stop writing at some point.
        if (writes >= 150)
            return true;
        // Bigger than a page, so that the file grows under the backup.
        const QString sql =
            u"INSERT INTO ledger (note) VALUES ('during %1 %2')"_s.arg(writes).arg(QString(5000, u'x'));
        (writer.execute(sql) ? writes : failedWrites)++;
        return true;
    };
    const QString path = t.dir() + u"/during.fbackup"_s;
    const BackupResult result = BackupWriter::write(t.db(), path, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(failedWrites, 0); // writers were never blocked
    QVERIFY(writes > 10);
    // One snapshot: the copy never restarted, every step moved forward.
    QVERIFY2(result.steps <= result.pages / 16 + 2,
             qPrintable(u"%1 steps for %2 pages"_s.arg(result.steps).arg(result.pages)));
    QCOMPARE(count(t.connection(), u"SELECT count(*) FROM ledger"_s), 1 + writes);

    Database copy;
    QVERIFY(!copy.open(path, TempDatabase::passphrase()));
    QCOMPARE(copy.checkIntegrity(), QStringList());
    // The copy is the database as it was when the backup began.
    QCOMPARE(count(copy.connection(), u"SELECT count(*) FROM ledger"_s), 1);
    QCOMPARE(count(copy.connection(), u"SELECT count(*) FROM filler"_s), 2000);
}

void tst_Backup::consistentWhileAThreadWrites()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addFiller(t.db(), 3000));
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"CREATE TABLE debit (id INTEGER PRIMARY KEY, amount INTEGER)"_s));
    QVERIFY(q.exec(u"CREATE TABLE credit (id INTEGER PRIMARY KEY, amount INTEGER)"_s));

    // Each transaction books both sides; a consistent copy always balances.
    std::atomic_bool stop{false};
    std::atomic_int committed{0};
    QThread *thread = QThread::create([&] {
        SqlCipherDriver writer;
        if (!writer.openEncrypted(t.path(), TempDatabase::passphrase()))
            return;
        writer.execute(u"PRAGMA busy_timeout = 5000"_s);
        for (int i = 1; !stop.load(); ++i) {
            const QString amount = QString::number(i * 100);
            if (writer.execute(u"BEGIN IMMEDIATE"_s) &&
                writer.execute(u"INSERT INTO debit (amount) VALUES (%1)"_s.arg(amount)) &&
                writer.execute(u"INSERT INTO credit (amount) VALUES (%1)"_s.arg(amount)) &&
                writer.execute(u"COMMIT"_s))
                committed.fetch_add(1);
            else
                writer.execute(u"ROLLBACK"_s);
        }
    });
    thread->start();
    QTRY_VERIFY(committed.load() > 5);
    BackupOptions options = optionsWith(TempDatabase::passphrase());
    options.pagesPerStep = 8;
    const QString path = t.dir() + u"/threaded.fbackup"_s;
    const BackupResult result = BackupWriter::write(t.db(), path, options);
    const int atEnd = committed.load();
    stop = true;
    thread->wait();
    delete thread;
    QVERIFY2(result.ok(), qPrintable(result.error.message()));

    Database copy;
    QVERIFY(!copy.open(path, TempDatabase::passphrase()));
    QCOMPARE(copy.checkIntegrity(), QStringList());
    const qint64 debits = count(copy.connection(), u"SELECT count(*) FROM debit"_s);
    QCOMPARE(count(copy.connection(), u"SELECT count(*) FROM credit"_s), debits);
    QCOMPARE(count(copy.connection(), u"SELECT total(amount) FROM credit"_s),
             count(copy.connection(), u"SELECT total(amount) FROM debit"_s));
    QVERIFY(debits > 0 && debits <= atEnd);
    qInfo("writer committed %d transactions during the backup; the copy holds %lld", atEnd, debits);
}

void tst_Backup::progressAndCancel_data()
{
    QTest::addColumn<bool>("byFlag");
    QTest::newRow("progress returns false") << false;
    QTest::newRow("cancel flag") << true;
}

void tst_Backup::progressAndCancel()
{
    QFETCH(bool, byFlag);
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addFiller(t.db()));

    // A full run first: progress rises to the total.
    QList<qint64> done;
    qint64 total = -1;
    BackupOptions options = optionsWith(TempDatabase::passphrase());
    options.pagesPerStep = 32;
    options.progress = [&](qint64 d, qint64 n) {
        done << d;
        if (total >= 0 && total != n)
            total = -2;
        else
            total = n;
        return true;
    };
    const QString full = t.dir() + u"/full.fbackup"_s;
    const BackupResult whole = BackupWriter::write(t.db(), full, options);
    QVERIFY2(whole.ok(), qPrintable(whole.error.message()));
    QVERIFY(done.size() > 10);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(total, whole.pages);
    QCOMPARE(done.last(), whole.pages);
    QVERIFY(done.first() <= 32);

    // Cancelled after three steps: no file of any kind is left.
    const QString folder = t.dir() + u"/cancelled"_s;
    QVERIFY(QDir().mkpath(folder));
    std::atomic_bool cancel{false};
    int steps = 0;
    options.progress = [&](qint64, qint64) {
        ++steps;
        if (steps == 3) {
            if (byFlag)
                cancel = true;
            else
                return false;
        }
        return true;
    };
    options.cancel = &cancel;
    const BackupResult cancelled = BackupWriter::write(t.db(), folder + u"/x.fbackup"_s, options);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.ok());
    QCOMPARE(steps, 3);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    // The database goes on as before.
    QVERIFY(QSqlQuery(t.connection()).exec(u"INSERT INTO filler (v) VALUES ('after')"_s));
}

void tst_Backup::fileNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("sequence");
    QTest::newRow("plain") << u"team-2026-11-28-153000.fbackup"_s << true << u"team"_s
                           << u"2026-11-28T15:30:00"_s << 0;
    QTest::newRow("dashes in the name") << u"华东-一组-2026-01-02-030405.fbackup"_s << true << u"华东-一组"_s
                                        << u"2026-01-02T03:04:05"_s << 0;
    QTest::newRow("second in one second")
        << u"team-2026-11-28-153000-2.fbackup"_s << true << u"team"_s << u"2026-11-28T15:30:00"_s << 1;
    QTest::newRow("other suffix") << u"team-2026-11-28-153000.db"_s << false << QString() << QString() << 0;
    QTest::newRow("unfinished") << u"team-2026-11-28-153000.fbackup.part"_s << false << QString() << QString()
                                << 0;
    QTest::newRow("no time") << u"team.fbackup"_s << false << QString() << QString() << 0;
    QTest::newRow("impossible date") << u"team-2026-13-40-253000.fbackup"_s << false << QString() << QString()
                                     << 0;
}

void tst_Backup::fileNames()
{
    QFETCH(QString, fileName);
    QFETCH(bool, valid);
    QFETCH(QString, database);
    QFETCH(QString, time);
    QFETCH(int, sequence);
    const BackupFile::Name name = BackupFile::parseFileName(fileName);
    QCOMPARE(name.valid, valid);
    if (!valid)
        return;
    QCOMPARE(name.databaseName, database);
    QCOMPARE(name.localTime, QDateTime::fromString(time, Qt::ISODate));
    QCOMPARE(name.sequence, sequence);
    QCOMPARE(BackupFile::fileName(database, name.localTime, sequence), fileName);
    QCOMPARE(BackupFile::databaseName(u"/data/"_s + database + u".db"_s), database);
}

void tst_Backup::rotation_data()
{
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<int>("keepDaily");
    QTest::addColumn<int>("keepMonthly");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("nothing") << QStringList() << 7 << 12 << QStringList();
    QTest::newRow("one") << QStringList{u"2026-11-28T15:30:00"_s} << 7 << 12
                         << QStringList{u"2026-11-28T15:30:00"_s};

    // Ten days in a row, one backup a day: the last 3 days, and the newest of each month
    // (October 31st, November 8th) — November's is already kept as a daily.
    QStringList tenDays;
    for (int d = 0; d < 10; ++d)
        tenDays << QDateTime(QDate(2026, 10, 30).addDays(d), QTime(3, 0)).toString(Qt::ISODate);
    QTest::newRow("ten days, keep 3 daily, 2 monthly")
        << tenDays << 3 << 2
        << QStringList{u"2026-10-31T03:00:00"_s, u"2026-11-06T03:00:00"_s, u"2026-11-07T03:00:00"_s,
                       u"2026-11-08T03:00:00"_s};
    QTest::newRow("ten days, no monthly")
        << tenDays << 3 << 0
        << QStringList{u"2026-11-06T03:00:00"_s, u"2026-11-07T03:00:00"_s, u"2026-11-08T03:00:00"_s};

    // Several a day (on exit): only the newest of each day counts.
    QTest::newRow("several a day") << QStringList{u"2026-11-27T09:00:00"_s, u"2026-11-27T18:00:00"_s,
                                                  u"2026-11-28T09:00:00"_s, u"2026-11-28T12:00:00"_s,
                                                  u"2026-11-28T18:30:00"_s}
                                   << 2 << 0
                                   << QStringList{u"2026-11-27T18:00:00"_s, u"2026-11-28T18:30:00"_s};

    // Gaps: days without a backup do not use up the daily count.
    QTest::newRow("gaps") << QStringList{u"2026-11-01T10:00:00"_s, u"2026-11-10T10:00:00"_s,
                                         u"2026-11-20T10:00:00"_s, u"2026-11-28T10:00:00"_s}
                          << 3 << 0
                          << QStringList{u"2026-11-10T10:00:00"_s, u"2026-11-20T10:00:00"_s,
                                         u"2026-11-28T10:00:00"_s};

    // A year and a half of daily backups with the defaults: 7 daily + 12 months (the newest
    // month is already covered by the dailies, so 11 more).
    QStringList year;
    for (QDate d(2025, 6, 1); d <= QDate(2026, 11, 28); d = d.addDays(1))
        year << QDateTime(d, QTime(23, 0)).toString(Qt::ISODate);
    QStringList yearKept;
    for (QDate d(2026, 11, 22); d <= QDate(2026, 11, 28); d = d.addDays(1))
        yearKept << QDateTime(d, QTime(23, 0)).toString(Qt::ISODate);
    for (int m = 1; m <= 11; ++m) {
        const QDate first = QDate(2026, 11, 1).addMonths(-m);
        yearKept << QDateTime(QDate(first.year(), first.month(), first.daysInMonth()), QTime(23, 0))
                        .toString(Qt::ISODate);
    }
    QTest::newRow("eighteen months, defaults") << year << 7 << 12 << yearKept;

    // Zero daily still keeps the newest backup.
    QTest::newRow("keep zero") << QStringList{u"2026-11-27T10:00:00"_s, u"2026-11-28T10:00:00"_s} << 0 << 0
                               << QStringList{u"2026-11-28T10:00:00"_s};
}

void tst_Backup::rotation()
{
    QFETCH(QStringList, times);
    QFETCH(int, keepDaily);
    QFETCH(int, keepMonthly);
    QFETCH(QStringList, kept);
    QList<QDateTime> dates;
    for (const QString &t : std::as_const(times))
        dates << QDateTime::fromString(t, Qt::ISODate);
    // Order of the input does not matter.
    std::reverse(dates.begin(), dates.end());
    const RotationPolicy policy{keepDaily, keepMonthly};
    const QList<bool> keep = BackupRotation::keep(dates, policy);
    QStringList actual;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (keep.at(i))
            actual << dates.at(i).toString(Qt::ISODate);
    }
    actual.sort();
    kept.sort();
    QCOMPARE(actual, kept);

    // The same on files.
    QTemporaryDir dir;
    for (const QDateTime &d : std::as_const(dates)) {
        QFile f(dir.filePath(BackupFile::fileName(u"team"_s, d)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        BackupManifest m;
        m.createdAt = d.toUTC();
        QVERIFY(m.write(f.fileName()));
    }
    const QStringList wouldRemove = BackupRotation::apply(dir.path(), u"team"_s, policy, true);
    QCOMPARE(wouldRemove.size(), times.size() - kept.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2 * times.size()); // dry run: all there
    const QStringList removed = BackupRotation::apply(dir.path(), u"team"_s, policy);
    QCOMPARE(removed, wouldRemove);
    QStringList left;
    for (const QString &name : QDir(dir.path()).entryList({u"*.fbackup"_s}, QDir::Files))
        left << BackupFile::parseFileName(name).localTime.toString(Qt::ISODate);
    left.sort();
    QCOMPARE(left, kept);
    // Manifests go with their backups.
    QCOMPARE(QDir(dir.path()).entryList({u"*.json"_s}, QDir::Files).size(), kept.size());
}

void tst_Backup::rotationTouchesOnlyItsOwnFiles()
{
    QTemporaryDir dir;
    const QStringList others{u"other-2020-01-01-000000.fbackup"_s, u"my copy.fbackup"_s, u"team.db"_s,
                             u"team-2020-01-01-000000.fbackup.part"_s, u"notes.txt"_s};
    for (const QString &name : others) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (int d = 1; d <= 5; ++d) {
        QFile f(dir.filePath(BackupFile::fileName(u"team"_s, QDateTime(QDate(2020, 1, d), QTime(1, 0)))));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QStringList removed = BackupRotation::apply(dir.path(), u"team"_s, {1, 0});
    QCOMPARE(removed.size(), 4);
    for (const QString &name : others)
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    QVERIFY(QFileInfo::exists(dir.filePath(u"team-2020-01-05-010000.fbackup"_s)));
}

void tst_Backup::listingWithoutPassphrase()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const QString folder = t.dir() + u"/backups"_s;
    const QDateTime earlier(QDate(2026, 11, 27), QTime(9, 0));
    const QDateTime later(QDate(2026, 11, 28), QTime(9, 0));
    const QString first = BackupFile::freePath(folder, u"team"_s, earlier);
    QVERIFY(BackupWriter::write(t.db(), first, optionsWith(TempDatabase::passphrase())).ok());
    const QString second = BackupFile::freePath(folder, u"team"_s, later);
    QVERIFY(BackupWriter::write(t.db(), second, optionsWith(TempDatabase::passphrase())).ok());
    QCOMPARE(BackupFile::freePath(folder, u"team"_s, later), folder + u"/team-2026-11-28-090000-2.fbackup"_s);
    // Copied without its manifest, and one cut short.
    QVERIFY(QFile::copy(first, folder + u"/carried on a stick.fbackup"_s));
    QVERIFY(QFile::copy(second, folder + u"/team-2026-11-26-090000.fbackup"_s));
    QVERIFY(
        QFile::copy(BackupFile::manifestPath(second), folder + u"/team-2026-11-26-090000.fbackup.json"_s));
    QVERIFY(QFile::resize(folder + u"/team-2026-11-26-090000.fbackup"_s, 4096));

    QList<BackupEntry> entries = BackupCatalog::list(folder);
    QCOMPARE(entries.size(), 4);
    QHash<QString, BackupEntry> byName;
    for (const BackupEntry &e : std::as_const(entries))
        byName.insert(e.fileName, e);
    const BackupEntry a = byName.value(QFileInfo(second).fileName());
    QVERIFY(a.hasManifest);
    QCOMPARE(a.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(a.verification, BackupEntry::Verified);
    QCOMPARE(a.databaseName, u"team"_s);
    QCOMPARE(a.size, QFileInfo(second).size());
    const BackupEntry stick = byName.value(u"carried on a stick.fbackup"_s);
    QVERIFY(!stick.hasManifest);
    QCOMPARE(stick.schemaVersion, -1); // encrypted: unknown without the passphrase
    QCOMPARE(stick.verification, BackupEntry::NotVerified);
    QVERIFY(!stick.rotatable);
    QCOMPARE(byName.value(u"team-2026-11-26-090000.fbackup"_s).verification, BackupEntry::Changed);
    // Newest first (manifests hold the real time of the backup: both were made just now).
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).createdAt >= entries.at(i).createdAt);

    // With the passphrase the unknown one is verified and gets a manifest.
    BackupEntry e = stick;
    const BackupCheck check = BackupCatalog::verify(e, TempDatabase::passphrase());
    QVERIFY2(check.ok(), qPrintable(check.error.message()));
    QCOMPARE(e.verification, BackupEntry::Verified);
    QCOMPARE(e.schemaVersion, Database::latestSchemaVersion());
    QVERIFY(BackupManifest::read(stick.path));
    // A wrong passphrase says nothing about the file and records nothing.
    BackupEntry truncated = byName.value(u"team-2026-11-26-090000.fbackup"_s);
    const QByteArray before = fileHash(BackupFile::manifestPath(truncated.path));
    QCOMPARE(BackupCatalog::verify(truncated, SecureBytes::fromString(u"nope"_s)).error.kind(),
             DatabaseError::WrongPassphrase);
    QCOMPARE(fileHash(BackupFile::manifestPath(truncated.path)), before);
}

void tst_Backup::deepVerificationFindsDamage()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addFiller(t.db(), 400));
    const QString path = t.dir() + u"/b/team-2026-11-28-090000.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), path, optionsWith(TempDatabase::passphrase())).ok());
    corruptPage(path, 20);
    BackupEntry e = BackupCatalog::list(t.dir() + u"/b"_s).value(0);
    QCOMPARE(e.verification, BackupEntry::Verified); // same size: only a deep check can tell
    const BackupCheck check = BackupCatalog::verify(e, TempDatabase::passphrase());
    QCOMPARE(check.error.kind(), DatabaseError::Corrupt);
    QVERIFY(e.verification == BackupEntry::Changed || e.verification == BackupEntry::Failed);
    QVERIFY(BackupCatalog::list(t.dir() + u"/b"_s).value(0).verification != BackupEntry::Verified);
}

void tst_Backup::isDue_data()
{
    QTest::addColumn<bool>("daily");
    QTest::addColumn<QString>("last"); // local
    QTest::addColumn<QString>("now");  // local
    QTest::addColumn<bool>("due");
    QTest::newRow("never backed up") << true << QString() << u"2026-11-28T10:00:00"_s << true;
    QTest::newRow("daily off") << false << QString() << u"2026-11-28T10:00:00"_s << false;
    QTest::newRow("earlier today") << true << u"2026-11-28T00:05:00"_s << u"2026-11-28T23:59:00"_s << false;
    QTest::newRow("yesterday late") << true << u"2026-11-27T23:59:00"_s << u"2026-11-28T00:01:00"_s << true;
    QTest::newRow("a week ago") << true << u"2026-11-21T10:00:00"_s << u"2026-11-28T10:00:00"_s << true;
    QTest::newRow("cron a second early")
        << true << u"2026-11-27T03:00:01"_s << u"2026-11-28T03:00:00"_s << true;
    QTest::newRow("in the future") << true << u"2026-12-05T10:00:00"_s << u"2026-11-28T10:00:00"_s << true;
}

void tst_Backup::isDue()
{
    QFETCH(bool, daily);
    QFETCH(QString, last);
    QFETCH(QString, now);
    QFETCH(bool, due);
    TempDatabase t;
    QVERIFY(t.isValid());
    BackupSettings s = BackupSettings::load(t.db());
    QVERIFY(s.daily); // on by default
    QCOMPARE(s.keepDaily, 7);
    QCOMPARE(s.keepMonthly, 12);
    s.daily = daily;
    QVERIFY(s.save(t.db()));
    if (!last.isEmpty())
        QVERIFY(t.db().setMetaValue(u"backup.last_at"_s,
                                    QDateTime::fromString(last, Qt::ISODate).toUTC().toString(Qt::ISODate)));
    BackupScheduler scheduler(t.db());
    QCOMPARE(scheduler.isDue(QDateTime::fromString(now, Qt::ISODate)), due);
    QVERIFY(!scheduler.dueReason(QDateTime::fromString(now, Qt::ISODate)).isEmpty());
}

void tst_Backup::scheduledRunRecordsAndRotates()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    BackupSettings s = BackupSettings::load(t.db());
    QCOMPARE(s.effectiveFolder(t.path()), t.dir() + u"/Backups"_s);
    s.folder = t.dir() + u"/daily"_s;
    s.keepDaily = 2;
    s.keepMonthly = 0;
    s.onExit = true;
    QVERIFY(s.save(t.db()));
    QVERIFY(!t.reopen()); // settings live in the file
    QCOMPARE(BackupSettings::load(t.db()).folder, s.folder);
    QVERIFY(BackupSettings::load(t.db()).onExit);

    const QString name = BackupFile::databaseName(t.path());
    BackupScheduler scheduler(t.db());
    QVERIFY(scheduler.isDueOnExit());
    QStringList made;
    for (int day = 25; day <= 28; ++day) {
        const QDateTime now(QDate(2026, 11, day), QTime(12, 0));
        QVERIFY(scheduler.isDue(now));
        const ScheduledBackup run = scheduler.run(now, optionsWith(TempDatabase::passphrase()));
        QVERIFY2(run.backup.ok(), qPrintable(run.backup.error.message()));
        QCOMPARE(QFileInfo(run.backup.path).fileName(), BackupFile::fileName(name, now));
        QVERIFY(!scheduler.isDue(now.addSecs(3600)));
        QVERIFY(scheduler.isDue(now.addDays(1)));
        QCOMPARE(run.removed, day >= 27 ? QStringList{made.at(day - 27)} : QStringList());
        made << run.backup.path;
    }
    QCOMPARE(scheduler.settings().lastBackupFile, QFileInfo(made.last()).fileName());
    QCOMPARE(BackupCatalog::list(s.folder).size(), 2);
}

void tst_Backup::restoreReplacesAndKeepsOriginalAside()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    CrmFixture fixture;
    QVERIFY(fixture.build(t.db()).isEmpty());
    QVERIFY(t.db().setMetaValue(u"state"_s, u"at backup"_s));
    const QMap<QString, QByteArray> sums = tableChecksums(t.connection());
    const QString backup = t.dir() + u"/b/team-2026-11-28-090000.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    const QByteArray backupBytes = fileHash(backup);

    // Life goes on after the backup.
    QVERIFY(t.db().setMetaValue(u"state"_s, u"after backup"_s));
    QVERIFY(QSqlQuery(t.connection()).exec(u"UPDATE customer SET deleted = 1"_s));
    BackupSettings s = BackupSettings::load(t.db());
    s.folder = u"/media/usb/frontline"_s;
    QVERIFY(s.save(t.db()));
    const quint64 clockBefore = t.db().stamp().hlc;

    RestoreOptions options{TempDatabase::passphrase(), TempDatabase::passphrase()};
    const RestoreResult result = BackupRestore::restore(t.db(), t.path(), backup, options);
    QVERIFY2(result.ok(), qPrintable(result.error.message() + u' ' + result.error.detail()));
    QVERIFY(t.db().isOpen());
    QCOMPARE(t.db().path(), t.path());
    QCOMPARE(t.db().metaValue(u"state"_s), u"at backup"_s);
    QCOMPARE(t.db().liveRowCounts().value(u"customer"_s), 3);
    QCOMPARE(t.db().checkIntegrity(), QStringList());
    QMap<QString, QByteArray> restored = tableChecksums(t.connection());
    restored.remove(u"meta"_s); // backup settings and the clock carried over, see below
    QMap<QString, QByteArray> expected = sums;
    expected.remove(u"meta"_s);
    QCOMPARE(restored, expected);
    QCOMPARE(BackupSettings::load(t.db()).folder, u"/media/usb/frontline"_s);
    QVERIFY(t.db().stamp().hlc > clockBefore);
    QCOMPARE(fileHash(backup), backupBytes); // the backup is only read
    QVERIFY(!QFileInfo::exists(t.path() + u".restoring"_s));

    // The replaced database is whole, aside.
    QVERIFY(result.keptAside.startsWith(t.path() + u".before-restore-"_s));
    Database aside;
    QVERIFY(!aside.open(result.keptAside, TempDatabase::passphrase()));
    QCOMPARE(aside.metaValue(u"state"_s), u"after backup"_s);
    QCOMPARE(aside.liveRowCounts().value(u"customer"_s), 0);
    aside.close();

    // Undo: the file kept aside (a database in WAL mode, not one of our backups) restores too,
    // and checking it leaves no -wal or -shm beside it.
    const RestoreResult undo = BackupRestore::restore(t.db(), t.path(), result.keptAside, options);
    QVERIFY2(undo.ok(), qPrintable(undo.error.message()));
    QCOMPARE(t.db().metaValue(u"state"_s), u"after backup"_s);
    QVERIFY(!QFileInfo::exists(result.keptAside + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(result.keptAside + u"-shm"_s));
    QVERIFY(undo.keptAside != result.keptAside);
}

void tst_Backup::restoreFailuresChangeNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("kind");
    QTest::newRow("wrong passphrase") << u"wrong"_s << int(DatabaseError::WrongPassphrase);
    QTest::newRow("corrupt") << u"corrupt"_s << int(DatabaseError::Corrupt);
    QTest::newRow("newer schema") << u"newer"_s << int(DatabaseError::NewerSchema);
    QTest::newRow("not a database") << u"text"_s << int(DatabaseError::NotADatabase);
    QTest::newRow("unencrypted") << u"plain"_s << int(DatabaseError::PlainDatabase);
    QTest::newRow("missing") << u"missing"_s << int(DatabaseError::NotFound);
    QTest::newRow("some other encrypted database") << u"foreign"_s << int(DatabaseError::NotADatabase);
}

void tst_Backup::restoreFailuresChangeNothing()
{
    QFETCH(QString, problem);
    QFETCH(int, kind);
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(addFiller(t.db(), 400));
    QVERIFY(t.db().setMetaValue(u"state"_s, u"current"_s));
    QTemporaryDir backups;
    const QString backup = backups.filePath(u"team-2026-11-28-090000.fbackup"_s);
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    SecureBytes passphrase = TempDatabase::passphrase();
    if (problem == u"wrong"_s) {
        passphrase = SecureBytes::fromString(u"not it"_s);
    } else if (problem == u"corrupt"_s) {
        corruptPage(backup, 30);
    } else if (problem == u"newer"_s) {
        QVERIFY(tamper(backup, passphrase, u"PRAGMA user_version = 999"_s));
    } else if (problem == u"text"_s || problem == u"plain"_s || problem == u"missing"_s ||
               problem == u"foreign"_s) {
        QVERIFY(QFile::remove(backup));
        if (problem == u"text"_s) {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("客户名称,电话\n北京华联,010-62345678\n");
        } else if (problem == u"plain"_s) {
            QVERIFY(tamper(backup, SecureBytes(), u"CREATE TABLE x (v TEXT)"_s));
        } else if (problem == u"foreign"_s) {
            QVERIFY(tamper(backup, passphrase, u"CREATE TABLE x (v TEXT)"_s));
        }
    }
    // The database is open, as in the app; the restore must leave every byte of it alone.
    const QByteArray dbBefore = fingerprint(t.dir());
    const QByteArray backupBefore = fingerprint(backups.path());

    RestoreOptions options{passphrase, TempDatabase::passphrase()};
    const RestoreResult result = BackupRestore::restore(t.db(), t.path(), backup, options);
    QCOMPARE(int(result.error.kind()), kind);
    QVERIFY(!result.error.message().isEmpty());
    if (problem != u"missing"_s)
        QVERIFY2(result.error.message().contains(QDir::toNativeSeparators(backup)),
                 qPrintable(result.error.message()));
    QVERIFY(result.keptAside.isEmpty());
    QCOMPARE(fingerprint(t.dir()), dbBefore);
    QCOMPARE(fingerprint(backups.path()), backupBefore);
    QVERIFY(t.db().isOpen());
    QCOMPARE(t.db().metaValue(u"state"_s), u"current"_s);
}

void tst_Backup::restoreMigratesAnOlderSchema()
{
    QTemporaryDir dir;
    // A backup from the first Frontline: schema version 1 only.
    const QString old = dir.filePath(u"old.fbackup"_s);
    {
        SqlCipherDriver driver;
        QVERIFY(driver.openEncrypted(old, TempDatabase::passphrase(), SqlCipherDriver::Create));
        QVERIFY(!Migrations::migrate(&driver, 1));
        QVERIFY(driver.execute(u"INSERT INTO meta (key, value) VALUES ('state', 'from version 1')"_s));
        QVERIFY(driver.execute(u"PRAGMA journal_mode = DELETE"_s));
    }
    const QString target = dir.filePath(u"team.db"_s);
    Database db;
    const RestoreResult result =
        BackupRestore::restore(db, target, old, {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.backupSchemaVersion, 1);
    QCOMPARE(result.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.metaValue(u"state"_s), u"from version 1"_s);
    // The backup itself was not migrated.
    SqlCipherDriver check;
    QVERIFY(check.openEncrypted(old, TempDatabase::passphrase(), SqlCipherDriver::ReadOnly));
    QCOMPARE(Migrations::currentVersion(&check), 1);
}

void tst_Backup::restoreRekeysToTheDatabasePassphrase()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QVERIFY(t.db().setMetaValue(u"state"_s, u"backed up"_s));
    const SecureBytes other = SecureBytes::fromString(u"the backup's own"_s);
    const QString backup = t.dir() + u"/other.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(other)).ok());
    QVERIFY(t.db().setMetaValue(u"state"_s, u"changed"_s));
    // The database passphrase alone does not open that backup.
    RestoreResult result = BackupRestore::restore(t.db(), t.path(), backup,
                                                  {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QCOMPARE(result.error.kind(), DatabaseError::WrongPassphrase);
    result = BackupRestore::restore(t.db(), t.path(), backup, {other, TempDatabase::passphrase()});
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(t.db().metaValue(u"state"_s), u"backed up"_s);
    t.db().close();
    Database db;
    QCOMPARE(db.open(t.path(), other).kind(), DatabaseError::WrongPassphrase);
    QVERIFY(!db.open(t.path(), TempDatabase::passphrase()));
}

void tst_Backup::restoreWithNoDatabaseYet()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    CrmFixture fixture;
    QVERIFY(fixture.build(t.db()).isEmpty());
    const QString backup = t.dir() + u"/b.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    const QMap<QString, qint64> counts = t.db().liveRowCounts();

    QTemporaryDir fresh;
    const QString target = fresh.filePath(u"new laptop/team.db"_s);
    Database db;
    const RestoreResult result =
        BackupRestore::restore(db, target, backup, {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QVERIFY(result.keptAside.isEmpty());
    QVERIFY(db.isOpen());
    QCOMPARE(db.liveRowCounts(), counts);
}

void tst_Backup::restoreOfAClosedDatabaseKeepsItsSettings()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const QString backup = t.dir() + u"/b.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    BackupSettings s = BackupSettings::load(t.db());
    s.folder = u"/media/usb/frontline"_s;
    s.keepMonthly = 24;
    QVERIFY(s.save(t.db()));
    const quint64 clock = t.db().stamp().hlc;
    t.db().close(); // as frontline-cli restore finds it

    Database db;
    const RestoreResult result = BackupRestore::restore(
        db, t.path(), backup, {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(BackupSettings::load(db).folder, u"/media/usb/frontline"_s);
    QCOMPARE(BackupSettings::load(db).keepMonthly, 24);
    QVERIFY(db.clock().last() >= clock);
}

void tst_Backup::restoreRefusesWhenOpenElsewhere()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const QString backup = t.dir() + u"/b.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    QVERIFY(t.db().setMetaValue(u"state"_s, u"in use"_s));
    // t.db() stands for the other program holding the file; this Database is not open.
    Database mine;
    const RestoreResult result = BackupRestore::restore(
        mine, t.path(), backup, {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QCOMPARE(result.error.kind(), DatabaseError::AlreadyOpen);
    QVERIFY(!mine.isOpen());
    QVERIFY(!QFileInfo::exists(t.path() + u".restoring"_s));
    QCOMPARE(QDir(t.dir()).entryList({u"*before-restore*"_s}, QDir::Files), QStringList());
    QCOMPARE(t.db().metaValue(u"state"_s), u"in use"_s);
}

void tst_Backup::auditHookSeesEveryOutcome()
{
    QList<BackupEvent> events;
    int withDatabase = 0;
    setBackupAuditHook([&](Database *db, const BackupEvent &e) {
        events << e;
        withDatabase += db && db->isOpen() ? 1 : 0;
    });
    TempDatabase t;
    QVERIFY(t.isValid());
    const QString backup = t.dir() + u"/b.fbackup"_s;
    QVERIFY(BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    BackupOptions cancelled = optionsWith(TempDatabase::passphrase());
    cancelled.pagesPerStep = 1;
    cancelled.progress = [](qint64, qint64) { return false; };
    QVERIFY(BackupWriter::write(t.db(), t.dir() + u"/c.fbackup"_s, cancelled).cancelled);
    QVERIFY(!BackupWriter::write(t.db(), backup, optionsWith(TempDatabase::passphrase())).ok());
    QVERIFY(BackupRestore::restore(t.db(), t.path(), backup,
                                   {TempDatabase::passphrase(), TempDatabase::passphrase()})
                .ok());
    QVERIFY(!BackupRestore::restore(t.db(), t.path(), backup,
                                    {SecureBytes::fromString(u"x"_s), TempDatabase::passphrase()})
                 .ok());

    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(0).kind, BackupEvent::BackupCreated);
    QCOMPARE(events.at(0).backupPath, backup);
    QCOMPARE(events.at(0).databasePath, t.path());
    QVERIFY(events.at(0).bytes > 0);
    QCOMPARE(events.at(1).kind, BackupEvent::BackupCancelled);
    QCOMPARE(events.at(2).kind, BackupEvent::BackupFailed);
    QCOMPARE(events.at(2).errorCode, u"already_exists"_s);
    QCOMPARE(events.at(3).kind, BackupEvent::RestoreDone);
    QVERIFY(!events.at(3).keptAsidePath.isEmpty());
    QCOMPARE(events.at(4).kind, BackupEvent::RestoreFailed);
    QCOMPARE(events.at(4).errorCode, u"wrong_passphrase"_s);
    QCOMPARE(withDatabase, 5);
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
