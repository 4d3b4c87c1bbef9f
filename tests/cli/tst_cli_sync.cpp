// frontline-cli sync: the manager → rep → manager workflow as a person scripts it, refusals
// with their exit codes, conflicts and resolve. Kills in the middle of an import: tst_cli_kill.
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace frontline::test;

class tst_CliSync : public QObject
{
    Q_OBJECT

private:
    CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_manager;

    CliRun cli(QStringList args, const QString &db)
    {
        args << u"--db"_s << db;
        return m_runner.run(args);
    }

private Q_SLOTS:
    void initTestCase();
    void managerToRepAndBack();
    void conflictsAndResolve();
    void refusals();
    void usageErrors_data();
    void usageErrors();
};

void tst_CliSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("FRONTLINE_SYNC_PASSPHRASE", "团队 sync 口令");
    m_manager = m_dir.filePath(u"manager.db"_s);
    QCOMPARE(cli({u"init"_s}, m_manager).exitCode, 0);
    const CliRun demo = cli({u"demo"_s, u"--reps"_s, u"3"_s, u"--customers"_s, u"90"_s, u"--order-lines"_s,
                             u"600"_s, u"--months"_s, u"6"_s},
                            m_manager);
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void tst_CliSync::managerToRepAndBack()
{
    const QString package = m_dir.filePath(u"for-r1.flsync"_s);
    CliRun r =
        cli({u"sync"_s, u"export"_s, u"--member"_s, u"R0001"_s, u"--out"_s, package, u"--json"_s}, m_manager);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"member"_s).toString(), u"R0001"_s);
    const qint64 customers = r.object().value(u"tables"_s).toObject().value(u"customer"_s).toInteger();
    QVERIFY(customers > 0);
    // R0001's customers only.
    r = cli({u"customer"_s, u"list"_s, u"--owner"_s, u"R0001"_s, u"--json"_s}, m_manager);
    QCOMPARE(r.array().size(), customers);

    const QString rep = m_dir.filePath(u"r1.db"_s);
    QCOMPARE(cli({u"init"_s}, rep).exitCode, 0);
    r = cli({u"sync"_s, u"import"_s, package, u"--json"_s}, rep);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject first = r.object();
    for (const QString &key : {u"inserted"_s, u"updated"_s, u"conflicts"_s, u"ignored"_s})
        QVERIFY2(first.contains(key), qPrintable(key));
    QVERIFY(first.value(u"inserted"_s).toInteger() > customers);
    QCOMPARE(first.value(u"conflicts"_s).toInteger(), 0);
    QCOMPARE(first.value(u"became_rep"_s).toBool(), true);
    r = cli({u"customer"_s, u"list"_s, u"--json"_s}, rep);
    QCOMPARE(r.array().size(), customers);
    const QString code = r.array().at(0).toObject().value(u"code"_s).toString();
    r = cli({u"sync"_s, u"status"_s, u"--json"_s}, rep);
    QCOMPARE(r.object().value(u"role"_s).toString(), u"rep"_s);
    QCOMPARE(r.object().value(u"member"_s).toString(), u"R0001"_s);

    // The same package again changes nothing.
    r = cli({u"sync"_s, u"import"_s, package, u"--json"_s}, rep);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(u"inserted"_s).toInteger(), 0);
    QCOMPARE(r.object().value(u"updated"_s).toInteger(), 0);

    // The rep works offline and sends the changes back. On the rep's own database a contact is
    // the rep's without --member.
    r = cli({u"activity"_s, u"add"_s, u"--customer"_s, code, u"--kind"_s, u"visit"_s, u"--summary"_s,
             u"离线拜访，客户同意试用"_s},
            rep);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"activity"_s, u"list"_s, u"--member"_s, u"R0001"_s, u"--json"_s}, rep);
    QVERIFY(r.out.contains("离线拜访，客户同意试用"));
    const QString changes = m_dir.filePath(u"from-r1.flsync"_s);
    const QString keyFile = m_dir.filePath(u"sync.key"_s);
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("团队 sync 口令\n");
    }
    qunsetenv("FRONTLINE_SYNC_PASSPHRASE");
    r = cli({u"sync"_s, u"export"_s, u"--out"_s, changes, u"--sync-passphrase-file"_s, keyFile, u"--json"_s},
            rep);
    qputenv("FRONTLINE_SYNC_PASSPHRASE", "团队 sync 口令");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"kind"_s).toString(), u"changes"_s);
    QCOMPARE(r.object().value(u"records"_s).toInteger(), 1);
    r = cli({u"sync"_s, u"import"_s, changes, u"--json"_s}, m_manager);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"inserted"_s).toInteger(), 1);
    r = cli({u"activity"_s, u"list"_s, u"--customer"_s, code, u"--json"_s}, m_manager);
    QVERIFY(QString::fromUtf8(r.out).contains(u"离线拜访，客户同意试用"_s));
    r = cli({u"sync"_s, u"history"_s, u"--json"_s}, m_manager);
    QCOMPARE(r.array().at(0).toObject().value(u"direction"_s).toString(), u"import"_s);
}

void tst_CliSync::conflictsAndResolve()
{
    const QString package = m_dir.filePath(u"for-r2.flsync"_s);
    QCOMPARE(
        cli({u"sync"_s, u"export"_s, u"--member"_s, u"R0002"_s, u"--out"_s, package}, m_manager).exitCode, 0);
    const QString rep = m_dir.filePath(u"r2.db"_s);
    QCOMPARE(cli({u"init"_s}, rep).exitCode, 0);
    QCOMPARE(cli({u"sync"_s, u"import"_s, package}, rep).exitCode, 0);
    // The manager and the rep both complete the same open task, each at their own time.
    CliRun r = cli({u"task"_s, u"list"_s, u"--status"_s, u"open"_s, u"--json"_s}, rep);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.array().isEmpty());
    const QString task = QString::number(r.array().at(0).toObject().value(u"id"_s).toInteger());
    const QString uuid = r.array().at(0).toObject().value(u"uuid"_s).toString();
    r = cli({u"task"_s, u"list"_s, u"--json"_s}, m_manager);
    QString managerTask;
    for (const QJsonValue &v : r.array()) {
        if (v.toObject().value(u"uuid"_s).toString() == uuid)
            managerTask = QString::number(v.toObject().value(u"id"_s).toInteger());
    }
    QVERIFY(!managerTask.isEmpty());
    QCOMPARE(cli({u"task"_s, u"done"_s, managerTask}, m_manager).exitCode, 0);
    QThread::msleep(5);
    QCOMPARE(cli({u"task"_s, u"done"_s, task}, rep).exitCode, 0);
    const QString changes = m_dir.filePath(u"from-r2.flsync"_s);
    QCOMPARE(cli({u"sync"_s, u"export"_s, u"--out"_s, changes}, rep).exitCode, 0);
    r = cli({u"sync"_s, u"import"_s, changes, u"--json"_s}, m_manager);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 conflicts = r.object().value(u"conflicts"_s).toInteger();
    QVERIFY(conflicts >= 1); // completed_at at least: both sides set it at their own time
    r = cli({u"sync"_s, u"conflicts"_s, u"--json"_s}, m_manager);
    QCOMPARE(r.array().size(), conflicts);
    const QJsonObject c = r.array().at(0).toObject();
    QCOMPARE(c.value(u"theirs_by"_s).toString(), u"R0002"_s);
    QVERIFY(c.contains(u"mine"_s) && c.contains(u"theirs"_s) && c.contains(u"mine_at"_s));
    const QString id = QString::number(c.value(u"id"_s).toInteger());
    QCOMPARE(cli({u"sync"_s, u"resolve"_s, id, u"--take"_s, u"sideways"_s}, m_manager).exitCode, 2);
    r = cli({u"sync"_s, u"resolve"_s, id, u"--take"_s, u"mine"_s}, m_manager);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"sync"_s, u"conflicts"_s, u"--json"_s}, m_manager);
    QCOMPARE(r.array().size(), conflicts - 1);
    QCOMPARE(cli({u"sync"_s, u"resolve"_s, id, u"--take"_s, u"mine"_s}, m_manager).exitCode, 1);
}

void tst_CliSync::refusals()
{
    const QString package = m_dir.filePath(u"for-r3.flsync"_s);
    QCOMPARE(
        cli({u"sync"_s, u"export"_s, u"--member"_s, u"R0003"_s, u"--out"_s, package}, m_manager).exitCode, 0);
    const QString rep = m_dir.filePath(u"r3.db"_s);
    QCOMPARE(cli({u"init"_s}, rep).exitCode, 0);
    qputenv("FRONTLINE_SYNC_PASSPHRASE", "not the team's");
    CliRun r = cli({u"sync"_s, u"import"_s, package, u"--json"_s}, rep);
    qputenv("FRONTLINE_SYNC_PASSPHRASE", "团队 sync 口令");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.object().value(u"error"_s).toString(), u"wrong_key"_s);
    QVERIFY(r.err.contains("passphrase"));

    QFile f(package);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    const QString cut = m_dir.filePath(u"cut.flsync"_s);
    QFile c(cut);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(bytes.left(bytes.size() - 1000));
    c.close();
    r = cli({u"sync"_s, u"import"_s, cut, u"--json"_s}, rep);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.object().value(u"error"_s).toString(), u"truncated"_s);
    QByteArray altered = bytes;
    altered[altered.size() - 10] = char(altered.at(altered.size() - 10) ^ 0x20);
    const QString tampered = m_dir.filePath(u"tampered.flsync"_s);
    QFile t(tampered);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(altered);
    t.close();
    r = cli({u"sync"_s, u"import"_s, tampered, u"--json"_s}, rep);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.object().value(u"error"_s).toString(), u"tampered"_s);
    // Nothing changed: the database is still empty and unsynced.
    r = cli({u"sync"_s, u"status"_s, u"--json"_s}, rep);
    QCOMPARE(r.object().value(u"role"_s).toString(), u"none"_s);
    r = cli({u"customer"_s, u"list"_s, u"--json"_s}, rep);
    QCOMPARE(r.array().size(), 0);
    // A manager's own package does not go back into the manager's database.
    r = cli({u"sync"_s, u"import"_s, package, u"--json"_s}, m_manager);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.object().value(u"error"_s).toString(), u"wrong_role"_s);
}

void tst_CliSync::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{u"sync"_s};
    QTest::newRow("unknown action") << QStringList{u"sync"_s, u"push"_s};
    QTest::newRow("export without --out") << QStringList{u"sync"_s, u"export"_s, u"--member"_s, u"R0001"_s};
    QTest::newRow("manager export without --member")
        << QStringList{u"sync"_s, u"export"_s, u"--out"_s, u"x.flsync"_s};
    QTest::newRow("import without file") << QStringList{u"sync"_s, u"import"_s};
    QTest::newRow("resolve without id") << QStringList{u"sync"_s, u"resolve"_s, u"--take"_s, u"mine"_s};
    QTest::newRow("bad --valid-days") << QStringList{u"sync"_s,  u"export"_s,   u"--member"_s,     u"R0001"_s,
                                                     u"--out"_s, u"x.flsync"_s, u"--valid-days"_s, u"0"_s};
}

void tst_CliSync::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(args, m_manager).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_cli_sync.moc"
