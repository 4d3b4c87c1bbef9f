// Kills frontline-cli (SIGKILL) at random moments of an import, a backup and a sync import, many
// times each. After every kill the database opens, passes `frontline-cli check` (integrity_check,
// cipher_integrity_check, foreign keys) and holds the batch entirely or not at all: every table is
// exactly as before (checksums) or has exactly the rows of an uninterrupted run (counts). A killed
// backup leaves either no backup or a complete one that verifies and holds the database as it
// was; its unfinished .part file is never listed.
//
// Where the kills land: a quarter after a random delay from the start up to the length of an
// uninterrupted run (anywhere: key stretching, reading the file, the work, the exit), a quarter
// within 20 ms after the work ended (the commit, the rename, what follows), half a random time
// into the work itself. The test sees the work from outside: a write transaction holds SQLite's
// WAL write lock (byte 120 of the -shm file, listed in /proc/locks with the holder's pid); a
// backup being written is a .part file.
// Each test prints how its kills fell and fails when too few landed in the middle of the work to
// prove anything. FRONTLINE_KILL_ITERATIONS (default 25) and FRONTLINE_KILL_SEED repeat a run.
#include "backup/BackupFile.h"
#include "security/SecureBytes.h"
#include "storage/Database.h"
#include "support/CliRunner.h"
#include "support/TableChecksums.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CliRun;
using frontline::test::CliRunner;

namespace {

const QByteArray Passphrase = "s3cret 口令";

// Whether process pid holds SQLite's WAL write lock of database: a write transaction is open.
bool holdsWalWriteLock(qint64 pid, const QString &database)
{
    struct stat st;
    if (::stat(QFile::encodeName(database + u"-shm"_s).constData(), &st) != 0)
        return false;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray owner = QByteArray::number(pid);
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    // "12: POSIX  ADVISORY  WRITE 4242 08:01:1315587 120 120"
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 8 && f[1] == "POSIX" && f[3] == "WRITE" && f[4] == owner && f[5].endsWith(inode) &&
            f[6] == "120")
            return true;
    }
    return false;
}

struct Snapshot
{
    QMap<QString, QByteArray> sums;
    QMap<QString, qint64> counts;
};

enum class Moment
{
    BeforeWork, // killed before the work began (or between its start and its first write)
    MidWork,    // a write transaction or a backup file was open
    AfterWork,  // the work was done (committed, renamed), the process not yet gone
    Exited,     // it finished before the kill
};

struct Tally
{
    int moments[4] = {};
    int rolledBack = 0; // kills that found the database as before
    int applied = 0;    // kills that found the batch whole
    int total() const { return moments[0] + moments[1] + moments[2] + moments[3]; }
    void add(Moment m) { ++moments[int(m)]; }
    // Whether to kill once more: the planned number of kills, and more (up to three times as
    // many) while fewer than a quarter of them have landed in the work: on a loaded machine the
    // moments drift, and the test is about kills mid-work, so it makes sure it has them.
    bool wantsMore(int planned) const
    {
        return total() < planned || (moments[int(Moment::MidWork)] * 4 < planned && total() < 3 * planned);
    }
    void print(const char *what) const
    {
        qInfo("%s: %d kills: %d mid-work (%.0f%%), %d before the work, %d after it, %d after the process "
              "had exited; the database was found as before %d times, with the whole batch %d times",
              what, total(), moments[int(Moment::MidWork)], 100.0 * moments[int(Moment::MidWork)] / total(),
              moments[int(Moment::BeforeWork)], moments[int(Moment::AfterWork)], moments[int(Moment::Exited)],
              rolledBack, applied);
    }
};

// How long an uninterrupted run takes, and its work within it.
struct Timing
{
    qint64 totalMs = 0;
    qint64 workStartMs = -1;
    qint64 workMs = 0; // the longest stretch the work was seen
};

} // namespace

class tst_CliKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killsDuringImport();
    void killsDuringBackup();
    void killsDuringSyncImport();

private:
    CliRunner m_runner{Passphrase};
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    int m_iterations = 25;

    CliRun cli(QStringList args, const QString &db) { return m_runner.run(args << u"--db"_s << db); }
    Snapshot snapshot(const QString &db);
    Timing measure(const QStringList &args, const std::function<bool(qint64)> &inWork);
    Moment killSomewhere(const QStringList &args, const std::function<bool(qint64)> &inWork,
                         const Timing &timing, int *exitCode);
    QSet<QString> volatileTables(const QString &pristine);
    void makeCompany(const QString &db, int customers, int orderLines);
};

void tst_CliKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QFileInfo::exists(u"/proc/locks"_s))
        QSKIP("needs /proc/locks (Linux) to see a write transaction from outside");
    const QByteArray seedText = qgetenv("FRONTLINE_KILL_SEED");
    const quint32 seed = seedText.isEmpty() ? QRandomGenerator::global()->generate() : seedText.toUInt();
    m_random.seed(seed);
    if (const int n = qEnvironmentVariableIntValue("FRONTLINE_KILL_ITERATIONS"); n > 0)
        m_iterations = n;
    qInfo("FRONTLINE_KILL_SEED=%u FRONTLINE_KILL_ITERATIONS=%d", seed, m_iterations);
    qputenv("FRONTLINE_SYNC_PASSPHRASE", "团队 sync 口令");
}

Snapshot tst_CliKill::snapshot(const QString &db)
{
    Snapshot s;
    Database database;
    if (database.open(db, SecureBytes(Passphrase)))
        return s;
    s.sums = test::tableChecksums(database.connection());
    s.counts = test::tableRowCounts(database.connection());
    database.close();
    return s;
}

// Tables whose contents change by merely opening and checking the database (timestamps of this
// replica and the like): compared by nothing but their existence.
QSet<QString> tst_CliKill::volatileTables(const QString &pristine)
{
    QSet<QString> result;
    Snapshot runs[2];
    for (Snapshot &s : runs) {
        const QString copy = m_dir.filePath(u"calibrate.db"_s);
        QFile::remove(copy);
        QFile::copy(pristine, copy);
        cli({u"check"_s}, copy);
        s = snapshot(copy);
    }
    for (auto it = runs[0].sums.cbegin(); it != runs[0].sums.cend(); ++it) {
        if (runs[1].sums.value(it.key()) != it.value())
            result.insert(it.key());
    }
    if (!result.isEmpty())
        qInfo("tables that change on every open: %s", qPrintable(QStringList(result.values()).join(u", "_s)));
    return result;
}

Timing tst_CliKill::measure(const QStringList &args, const std::function<bool(qint64)> &inWork)
{
    Timing timing;
    const std::unique_ptr<QProcess> process = m_runner.start(args);
    if (!process->waitForStarted())
        return timing;
    const qint64 pid = process->processId();
    QElapsedTimer clock;
    clock.start();
    qint64 stretchStart = -1;
    while (!process->waitForFinished(1)) {
        const qint64 now = clock.elapsed();
        if (inWork(pid)) {
            if (stretchStart < 0)
                stretchStart = now;
            if (now - stretchStart >= timing.workMs) {
                timing.workMs = now - stretchStart;
                timing.workStartMs = stretchStart;
            }
        } else {
            stretchStart = -1;
        }
    }
    timing.totalMs = clock.elapsed();
    return timing;
}

Moment tst_CliKill::killSomewhere(const QStringList &args, const std::function<bool(qint64)> &inWork,
                                  const Timing &timing, int *exitCode)
{
    const std::unique_ptr<QProcess> process = m_runner.start(args);
    if (!process->waitForStarted())
        return Moment::Exited;
    const qint64 pid = process->processId();
    QElapsedTimer clock;
    clock.start();
    // Waits until the work shows (or, with false, until it is over); false when the process
    // ended first.
    const auto waitForWork = [&](bool shown) {
        while (inWork(pid) != shown) {
            if (process->waitForFinished(1) || clock.elapsed() > 120000) {
                *exitCode = process->exitCode();
                return false;
            }
        }
        return true;
    };
    qint64 deadline = 0;
    switch (m_random.bounded(4)) {
    case 0: // anywhere
        deadline = qint64(m_random.bounded(int(timing.totalMs) + 1));
        break;
    case 1: // right after the work: the commit, the rename, what follows them
        if (!waitForWork(true) || !waitForWork(false))
            return Moment::Exited;
        deadline = clock.elapsed() + qint64(m_random.bounded(20));
        break;
    default: // into the work, a random part of how long it lasts
        if (!waitForWork(true))
            return Moment::Exited;
        deadline = clock.elapsed() + qint64(m_random.bounded(int(std::max<qint64>(timing.workMs, 1))));
        break;
    }
    while (clock.elapsed() < deadline) {
        if (process->waitForFinished(1)) {
            *exitCode = process->exitCode();
            return Moment::Exited;
        }
    }
    const bool midWork = inWork(pid);
    process->kill(); // SIGKILL
    process->waitForFinished();
    if (process->exitStatus() == QProcess::NormalExit) {
        *exitCode = process->exitCode();
        return Moment::Exited;
    }
    return midWork ? Moment::MidWork : Moment::BeforeWork; // the caller tells before from after
}

void tst_CliKill::makeCompany(const QString &db, int customers, int orderLines)
{
    QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
    const CliRun r = cli({u"demo"_s, u"--reps"_s, u"2"_s, u"--customers"_s, QString::number(customers),
                          u"--order-lines"_s, QString::number(orderLines), u"--months"_s, u"12"_s},
                         db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

namespace {

QByteArray ordersCsv(int first, int lines)
{
    QByteArray csv = "单号,日期,业务员编号,客户编号,产品编码,数量,金额,渠道,区域\n";
    for (int i = first; i < first + lines; ++i)
        csv += "K" + QByteArray::number(i / 3) + ",2025-03-" + QByteArray::number(10 + i % 19) + ",R" +
               QByteArray::number(1000 + i % 20) + ",C" + QByteArray::number(500000 + i % 4000) + ",SKU-" +
               QByteArray::number(i % 300) + ",2," + QByteArray::number(100 + i % 900) + ".50,微信,华东\n";
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// "before", "after" or what differs from both.
QString stateOf(const Snapshot &now, const Snapshot &before, const Snapshot &after,
                const QSet<QString> &ignored, bool *isBefore, bool *isAfter)
{
    *isBefore = now.sums.keys() == before.sums.keys();
    *isAfter = now.counts.keys() == after.counts.keys();
    QStringList asBefore, asAfter, neither;
    for (auto it = now.sums.cbegin(); it != now.sums.cend(); ++it) {
        // The segments of a full-text index depend on the order its rows were written in,
        // which varies from run to run; the index is compared through its table and content.
        if (ignored.contains(it.key()) || it.key().endsWith(u"_segdir"_s) ||
            it.key().endsWith(u"_segments"_s))
            continue;
        const bool sameAsBefore = before.sums.value(it.key()) == it.value();
        const bool countAsAfter = after.counts.value(it.key(), -1) == now.counts.value(it.key());
        *isBefore = *isBefore && sameAsBefore;
        *isAfter = *isAfter && countAsAfter;
        if (sameAsBefore && !countAsAfter)
            asBefore << it.key();
        else if (countAsAfter && !sameAsBefore)
            asAfter << it.key();
        else if (!sameAsBefore)
            neither << u"%1 has %2 rows (before %3, after %4)"_s.arg(it.key())
                           .arg(now.counts.value(it.key()))
                           .arg(before.counts.value(it.key()))
                           .arg(after.counts.value(it.key()));
    }
    return u"as before: %1; as after: %2; neither: %3"_s.arg(asBefore.join(u", "_s), asAfter.join(u", "_s),
                                                             neither.join(u", "_s));
}

} // namespace

void tst_CliKill::killsDuringImport()
{
    QTemporaryDir dir;
    // The database holds a first batch; the second, killed one adds orders for the same
    // customers, reps and products and new ones.
    const QString pristine = dir.filePath(u"pristine.db"_s);
    const QString first = dir.filePath(u"first.csv"_s), second = dir.filePath(u"second.csv"_s);
    QVERIFY(writeFile(first, ordersCsv(0, 3000)));
    QVERIFY(writeFile(second, ordersCsv(3000, 12000)));
    QCOMPARE(cli({u"init"_s}, pristine).exitCode, 0);
    CliRun r = cli({u"import"_s, u"orders"_s, first}, pristine);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QSet<QString> ignored = volatileTables(pristine);

    const QString work = dir.filePath(u"work.db"_s);
    const auto fresh = [&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(work + suffix);
        return QFile::copy(pristine, work);
    };
    const QStringList args{u"import"_s, u"orders"_s, second, u"--db"_s, work};
    const auto inWork = [&](qint64 pid) { return holdsWalWriteLock(pid, work); };

    QVERIFY(fresh());
    QCOMPARE(cli({u"check"_s}, work).exitCode, 0);
    const Snapshot before = snapshot(work);
    const Timing timing = measure(args, inWork);
    QVERIFY2(timing.workMs > 0, "the import's transaction was never seen from outside");
    QCOMPARE(cli({u"check"_s}, work).exitCode, 0);
    const Snapshot after = snapshot(work);
    QVERIFY(after.counts.value(u"order_line"_s) > before.counts.value(u"order_line"_s));
    QCOMPARE(after.counts.value(u"import_batch"_s), before.counts.value(u"import_batch"_s) + 1);
    qInfo("an uninterrupted import takes %lld ms, its transaction %lld ms of it", timing.totalMs,
          timing.workMs);

    Tally tally;
    for (int i = 0; tally.wantsMore(m_iterations); ++i) {
        QVERIFY(fresh());
        int exitCode = -1;
        Moment moment = killSomewhere(args, inWork, timing, &exitCode);
        if (moment == Moment::Exited)
            QCOMPARE(exitCode, 0);
        r = cli({u"check"_s}, work);
        QVERIFY2(r.exitCode == 0, qPrintable(u"kill %1: %2"_s.arg(i).arg(QString::fromUtf8(r.err))));
        bool isBefore = false, isAfter = false;
        const QString diff = stateOf(snapshot(work), before, after, ignored, &isBefore, &isAfter);
        if (!isBefore && !isAfter)
            qWarning("kill %d left part of the batch: %s", i, qPrintable(diff));
        QVERIFY2(isBefore || isAfter, "a kill left part of the batch");
        if (isBefore)
            ++tally.rolledBack;
        else
            ++tally.applied;
        if (moment == Moment::BeforeWork && isAfter)
            moment = Moment::AfterWork;
        QVERIFY2(moment != Moment::Exited || isAfter, "an import that finished left nothing");
        tally.add(moment);
    }
    tally.print("import");
    QVERIFY2(tally.moments[int(Moment::MidWork)] * 4 >= m_iterations,
             "fewer than a quarter of the kills landed inside the import's transaction");
}

void tst_CliKill::killsDuringBackup()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.db"_s);
    makeCompany(db, 600, 8000);
    if (QTest::currentTestFailed())
        return;
    const QSet<QString> ignored = volatileTables(db) + QSet<QString>{u"audit_log"_s};
    QCOMPARE(cli({u"check"_s}, db).exitCode, 0);
    const Snapshot source = snapshot(db);

    int round = 0;
    QString folder;
    const auto inWork = [&](qint64) { return !QDir(folder).entryList({u"*.part"_s}, QDir::Files).isEmpty(); };
    const auto args = [&] { return QStringList{u"backup"_s, u"--db"_s, db, u"--dir"_s, folder}; };
    folder = dir.filePath(u"measure"_s);
    const Timing timing = measure(args(), inWork);
    QVERIFY2(timing.workMs > 0, "the backup's file was never seen from outside");
    qInfo("an uninterrupted backup takes %lld ms, writing and checking the copy %lld ms of it",
          timing.totalMs, timing.workMs);

    Tally tally;
    for (int i = 0; tally.wantsMore(m_iterations); ++i) {
        folder = dir.filePath(u"kill-%1"_s.arg(++round));
        int exitCode = -1;
        Moment moment = killSomewhere(args(), inWork, timing, &exitCode);
        if (moment == Moment::Exited)
            QCOMPARE(exitCode, 0);
        // The database itself: sound and unchanged.
        CliRun r = cli({u"check"_s}, db);
        QVERIFY2(r.exitCode == 0, qPrintable(u"kill %1: %2"_s.arg(i).arg(QString::fromUtf8(r.err))));
        bool isBefore = false, isAfter = false;
        const QString diff = stateOf(snapshot(db), source, source, ignored, &isBefore, &isAfter);
        if (!isBefore)
            qWarning("kill %d changed the database: %s", i, qPrintable(diff));
        QVERIFY2(isBefore, "a kill during a backup changed the database");

        // The folder: nothing, or one complete backup holding the database as it was.
        const QStringList backups = QDir(folder).entryList({u"*"_s + BackupFile::suffix()}, QDir::Files);
        QVERIFY2(backups.size() <= 1, qPrintable(backups.join(u", "_s)));
        r = m_runner.run({u"backup"_s, u"list"_s, u"--dir"_s, folder, u"--json"_s});
        if (QFileInfo(folder).isDir()) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.array().size(), backups.size()); // a .part is never listed
        }
        if (backups.isEmpty()) {
            ++tally.rolledBack;
        } else {
            ++tally.applied;
            if (moment == Moment::BeforeWork)
                moment = Moment::AfterWork;
            const QString copy = QDir(folder).filePath(backups.first());
            QVERIFY2(cli({u"check"_s}, copy).exitCode == 0, "a backup that was kept does not pass the check");
            const Snapshot backedUp = snapshot(copy);
            for (auto it = source.sums.cbegin(); it != source.sums.cend(); ++it) {
                if (!ignored.contains(it.key()))
                    QVERIFY2(backedUp.sums.value(it.key()) == it.value(), qPrintable(it.key()));
            }
        }
        QVERIFY2(moment != Moment::Exited || !backups.isEmpty(), "a backup that finished left no file");
        tally.add(moment);
    }
    tally.print("backup");
    QVERIFY2(tally.moments[int(Moment::MidWork)] * 4 >= m_iterations,
             "fewer than a quarter of the kills landed while the backup was written");

    // What the kills left behind does not stop the next backup into the same folder.
    const CliRun r = m_runner.run({u"backup"_s, u"--db"_s, db, u"--dir"_s, folder, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"verified"_s).toBool());
}

void tst_CliKill::killsDuringSyncImport()
{
    QTemporaryDir dir;
    const QString manager = dir.filePath(u"manager.db"_s);
    makeCompany(manager, 200, 2000);
    if (QTest::currentTestFailed())
        return;
    const QString package = dir.filePath(u"r1.flsync"_s);
    CliRun r =
        cli({u"sync"_s, u"export"_s, u"--member"_s, u"R0001"_s, u"--out"_s, package, u"--json"_s}, manager);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"records"_s).toInteger() > 500);

    // A new, empty database becomes R0001's: the whole package in one transaction.
    const QString pristine = dir.filePath(u"pristine.db"_s);
    QCOMPARE(cli({u"init"_s}, pristine).exitCode, 0);
    const QSet<QString> ignored = volatileTables(pristine);
    const QString work = dir.filePath(u"rep.db"_s);
    const auto fresh = [&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(work + suffix);
        return QFile::copy(pristine, work);
    };
    const QStringList args{u"sync"_s, u"import"_s, package, u"--db"_s, work};
    const auto inWork = [&](qint64 pid) { return holdsWalWriteLock(pid, work); };

    QVERIFY(fresh());
    QCOMPARE(cli({u"check"_s}, work).exitCode, 0);
    const Snapshot before = snapshot(work);
    const Timing timing = measure(args, inWork);
    QVERIFY2(timing.workMs > 0, "the sync import's transaction was never seen from outside");
    QCOMPARE(cli({u"check"_s}, work).exitCode, 0);
    const Snapshot after = snapshot(work);
    QVERIFY(after.counts.value(u"customer"_s) > 0);
    qInfo("an uninterrupted sync import takes %lld ms, its transaction %lld ms of it", timing.totalMs,
          timing.workMs);

    Tally tally;
    for (int i = 0; tally.wantsMore(m_iterations); ++i) {
        QVERIFY(fresh());
        int exitCode = -1;
        Moment moment = killSomewhere(args, inWork, timing, &exitCode);
        if (moment == Moment::Exited)
            QCOMPARE(exitCode, 0);
        r = cli({u"check"_s}, work);
        QVERIFY2(r.exitCode == 0, qPrintable(u"kill %1: %2"_s.arg(i).arg(QString::fromUtf8(r.err))));
        bool isBefore = false, isAfter = false;
        const QString diff = stateOf(snapshot(work), before, after, ignored, &isBefore, &isAfter);
        if (!isBefore && !isAfter)
            qWarning("kill %d left part of the package: %s", i, qPrintable(diff));
        QVERIFY2(isBefore || isAfter, "a kill left part of the package");
        r = cli({u"sync"_s, u"status"_s, u"--json"_s}, work);
        QCOMPARE(r.object().value(u"role"_s).toString(), isBefore ? u"none"_s : u"rep"_s);
        if (isBefore)
            ++tally.rolledBack;
        else
            ++tally.applied;
        if (moment == Moment::BeforeWork && isAfter)
            moment = Moment::AfterWork;
        QVERIFY2(moment != Moment::Exited || isAfter, "a sync import that finished left nothing");
        tally.add(moment);
    }
    tally.print("sync import");
    QVERIFY2(tally.moments[int(Moment::MidWork)] * 4 >= m_iterations,
             "fewer than a quarter of the kills landed inside the sync import's transaction");
}

QTEST_GUILESS_MAIN(tst_CliKill)
#include "tst_cli_kill.moc"
