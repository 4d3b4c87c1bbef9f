// frontline-cli backup / backup list / backup settings / restore, as scripts and cron use them.
#include "support/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = frontline::test::CliRun;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({u"*.fbackup"_s}, QDir::Files, QDir::Name);
}
} // namespace

class tst_CliBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void backupThenRestoreRoundTrip();
    void backupWithItsOwnPassphrase();
    void restoreNeedsConfirmation();
    void restoreOfADamagedBackupChangesNothing();
    void ifDueForCron();
    void listWithoutThePassphrase();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args, const QByteArray &passphrase = "s3cret 口令")
    {
        return frontline::test::CliRunner().run(args, passphrase);
    }
    QStringList customerNames();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_backups;
};

void tst_CliBackup::init()
{
    QVERIFY(QFileInfo::exists(frontline::test::CliRunner::executable()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"team.db"_s);
    m_backups = m_dir->filePath(u"backups"_s);
    Run r = cli({u"init"_s, u"--db"_s, m_db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"customer"_s, u"add"_s, u"--db"_s, m_db, u"--name"_s, u"北京华联商厦"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QStringList tst_CliBackup::customerNames()
{
    const Run r = cli({u"customer"_s, u"list"_s, u"--db"_s, m_db, u"--json"_s});
    QStringList names;
    const QJsonValue rows = r.object().isEmpty() ? QJsonValue(r.array()) : r.object().value(u"customers"_s);
    for (const QJsonValue &v : rows.toArray())
        names << v.toObject().value(u"name"_s).toString();
    names.sort();
    return names;
}

void tst_CliBackup::backupThenRestoreRoundTrip()
{
    QCOMPARE(customerNames(), QStringList{u"北京华联商厦"_s});
    Run r = cli({u"backup"_s, u"--db"_s, m_db, u"--dir"_s, m_backups, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject made = r.object();
    const QString backup = made.value(u"path"_s).toString();
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(made.value(u"verified"_s).toBool());
    QVERIFY(made.value(u"size_bytes"_s).toInteger() > 0);
    QCOMPARE(made.value(u"sha256"_s).toString().size(), 64);
    QVERIFY(QFileInfo(backup).fileName().startsWith(u"team-"_s));

    r = cli({u"customer"_s, u"add"_s, u"--db"_s, m_db, u"--name"_s, u"上海宝钢贸易"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(customerNames().size(), 2);

    r = cli({u"restore"_s, backup, u"--db"_s, m_db, u"--yes"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject restored = r.object();
    const QString aside = restored.value(u"kept_aside"_s).toString();
    QVERIFY(aside.startsWith(QFileInfo(m_db).absoluteFilePath() + u".before-restore-"_s));
    QVERIFY(QFileInfo::exists(aside));
    QCOMPARE(customerNames(), QStringList{u"北京华联商厦"_s});
    r = cli({u"check"_s, u"--db"_s, m_db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The file kept aside is the database as it was, with both customers.
    r = cli({u"customer"_s, u"list"_s, u"--db"_s, aside, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(u"上海宝钢贸易"_s.toUtf8()));

    r = cli({u"backup"_s, u"list"_s, u"--dir"_s, m_backups, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 1);
    const QJsonObject entry = r.array().at(0).toObject();
    QCOMPARE(entry.value(u"path"_s).toString(), backup);
    QCOMPARE(entry.value(u"verification"_s).toString(), u"verified"_s);
    QVERIFY(entry.value(u"schema_version"_s).toInt() > 0);
    QCOMPARE(entry.value(u"database"_s).toString(), u"team"_s);
}

void tst_CliBackup::backupWithItsOwnPassphrase()
{
    const QString secretFile = m_dir->filePath(u"backup-secret.txt"_s);
    {
        QFile f(secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("备份专用 passphrase\n");
    }
    const QString out = m_dir->filePath(u"usb/manual.fbackup"_s);
    Run r = cli({u"backup"_s, u"--db"_s, m_db, u"--out"_s, out, u"--backup-passphrase-file"_s, secretFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(out));
    // Never over an existing file.
    r = cli({u"backup"_s, u"--db"_s, m_db, u"--out"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already exists"));

    cli({u"customer"_s, u"add"_s, u"--db"_s, m_db, u"--name"_s, u"上海宝钢贸易"_s});
    const QByteArray before = fileHash(m_db);
    r = cli({u"restore"_s, out, u"--db"_s, m_db, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("passphrase does not open the backup"), r.err.constData());
    QCOMPARE(fileHash(m_db), before);

    r = cli({u"restore"_s, out, u"--db"_s, m_db, u"--yes"_s, u"--backup-passphrase-file"_s, secretFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The restored database opens with the database's passphrase, not the backup's.
    QCOMPARE(customerNames(), QStringList{u"北京华联商厦"_s});
    r = cli({u"info"_s, u"--db"_s, m_db}, "备份专用 passphrase");
    QCOMPARE(r.exitCode, 1);
}

void tst_CliBackup::restoreNeedsConfirmation()
{
    Run r = cli({u"backup"_s, u"--db"_s, m_db, u"--dir"_s, m_backups, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString backup = r.object().value(u"path"_s).toString();
    const QByteArray before = fileHash(m_db);
    r = cli({u"restore"_s, backup, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(fileHash(m_db), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*before-restore*"_s}), QStringList());
}

void tst_CliBackup::restoreOfADamagedBackupChangesNothing()
{
    // Demo data goes only into a new database.
    QVERIFY(QFile::remove(m_db));
    Run r = cli({u"init"_s, u"--db"_s, m_db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"demo"_s, u"--db"_s, m_db, u"--customers"_s, u"300"_s, u"--reps"_s, u"4"_s, u"--months"_s,
             u"2"_s, u"--order-lines"_s, u"2000"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"backup"_s, u"--db"_s, m_db, u"--dir"_s, m_backups, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString backup = r.object().value(u"path"_s).toString();
    {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 40 * 4096);
        f.seek(30 * 4096 + 200);
        f.write(QByteArray(100, '\x33'));
    }
    const QByteArray before = fileHash(m_db);
    r = cli({u"restore"_s, backup, u"--db"_s, m_db, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("damaged"), r.err.constData());
    QCOMPARE(fileHash(m_db), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"team.db*"_s}), QStringList{u"team.db"_s});
    // list --verify tells the same.
    r = cli({u"backup"_s, u"list"_s, u"--dir"_s, m_backups, u"--verify"_s, u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.array().at(0).toObject().value(u"verified"_s).toBool(), false);
}

void tst_CliBackup::ifDueForCron()
{
    Run r = cli({u"backup"_s, u"settings"_s, u"--db"_s, m_db, u"--dir"_s, m_backups, u"--keep-daily"_s,
                 u"3"_s, u"--keep-monthly"_s, u"6"_s, u"--on-exit"_s, u"on"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject s = r.object();
    QCOMPARE(s.value(u"keep_daily"_s).toInt(), 3);
    QCOMPARE(s.value(u"keep_monthly"_s).toInt(), 6);
    QVERIFY(s.value(u"on_exit"_s).toBool());
    QVERIFY(s.value(u"daily"_s).toBool());
    QVERIFY(s.value(u"due"_s).toBool());

    r = cli({u"backup"_s, u"--if-due"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"due"_s).toBool());
    QVERIFY(r.object().value(u"scheduled"_s).toBool());
    QCOMPARE(backupsIn(m_backups).size(), 1);

    r = cli({u"backup"_s, u"--if-due"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"due"_s).toBool(), false);
    QCOMPARE(backupsIn(m_backups).size(), 1);

    // Old backups beyond the keep settings go when the next scheduled one is made.
    for (int day = 1; day <= 5; ++day) {
        const QString name = u"team-2020-01-0%1-120000.fbackup"_s.arg(day);
        QVERIFY(QFile::copy(m_backups + u'/' + backupsIn(m_backups).constLast(), m_backups + u'/' + name));
    }
    QCOMPARE(backupsIn(m_backups).size(), 6);
    r = cli({u"backup"_s, u"--db"_s, m_db, u"--json"_s}); // scheduled: into the folder, rotated
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Kept: today's two (the newest counts for the day) … 3 days: today, 2020-01-05, 2020-01-04;
    // monthly (6): today's month and January 2020 (already kept).
    QCOMPARE(r.object().value(u"removed"_s).toArray().size(), 4);
    QStringList left = backupsIn(m_backups);
    QCOMPARE(left.size(), 3);
    QVERIFY(left.contains(u"team-2020-01-05-120000.fbackup"_s));
    QVERIFY(left.contains(u"team-2020-01-04-120000.fbackup"_s));

    r = cli({u"backup"_s, u"settings"_s, u"--db"_s, m_db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("3 daily, 6 monthly"));
}

void tst_CliBackup::listWithoutThePassphrase()
{
    Run r = cli({u"backup"_s, u"--db"_s, m_db, u"--dir"_s, m_backups});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("verified"));
    QVERIFY(QFile::copy(m_backups + u'/' + backupsIn(m_backups).constFirst(),
                        m_backups + u"/copied alone.fbackup"_s));
    r = cli({u"backup"_s, u"list"_s, u"--dir"_s, m_backups}, QByteArray());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("copied alone.fbackup"));
    QVERIFY(r.out.contains("encrypted"));
    r = cli({u"backup"_s, u"list"_s, u"--dir"_s, m_backups, u"--json"_s}, QByteArray());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 2);
    for (const QJsonValue &v : r.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"file"_s).toString() == u"copied alone.fbackup"_s) {
            QVERIFY(o.value(u"schema_version"_s).isNull());
            QCOMPARE(o.value(u"verification"_s).toString(), u"not_verified"_s);
        } else {
            QCOMPARE(o.value(u"verification"_s).toString(), u"verified"_s);
        }
    }
}

void tst_CliBackup::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("out and dir") << QStringList{u"backup"_s, u"--out"_s, u"a"_s, u"--dir"_s, u"b"_s};
    QTest::newRow("if-due with out") << QStringList{u"backup"_s, u"--if-due"_s, u"--out"_s, u"a"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"backup"_s, u"now"_s};
    QTest::newRow("settings option on backup") << QStringList{u"backup"_s, u"--keep-daily"_s, u"3"_s};
    QTest::newRow("bad switch") << QStringList{u"backup"_s, u"settings"_s, u"--daily"_s, u"maybe"_s};
    QTest::newRow("keep zero daily") << QStringList{u"backup"_s, u"settings"_s, u"--keep-daily"_s, u"0"_s};
    QTest::newRow("restore without file") << QStringList{u"restore"_s, u"--yes"_s};
    QTest::newRow("restore takes no --out") << QStringList{u"restore"_s, u"x.fbackup"_s, u"--out"_s, u"y"_s};
}

void tst_CliBackup::usageErrors()
{
    QFETCH(QStringList, args);
    const QByteArray before = fileHash(m_db);
    const Run r = cli(args + QStringList{u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(fileHash(m_db), before);
}

QTEST_GUILESS_MAIN(tst_CliBackup)
#include "tst_cli_backup.moc"
