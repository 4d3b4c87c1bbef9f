// frontline-cli import as scripts use it: the JSON summary (its counts add up), the rejects file,
// history, undo, dry runs, mappings, usage errors and targets; .xls files through the helper
// process next to frontline-cli. Kills in the middle of an import:
// tst_cli_kill.
#include "io/XlsReader.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::test::CliRun;
using frontline::test::CliRunner;

class tst_CliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importSummaryAddsUp();
    void historyAndUndo();
    void dryRunChangesNothing();
    void mappingFileAndSavedProfile();
    void usageErrors_data();
    void usageErrors();
    void targets();
    void xlsThroughTheHelper();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    QString sample(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        if (!QFile::exists(copy))
            QFile::copy(QFINDTESTDATA(u"../data/samples/"_s + name), copy);
        return copy;
    }
    qint64 liveRows(const QString &table)
    {
        return cli({u"info"_s, u"--json"_s})
            .object()
            .value(u"counts"_s)
            .toObject()
            .value(table)
            .toInteger(-1);
    }
    CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliImport::initTestCase()
{
    m_db = m_dir.filePath(u"import.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

void tst_CliImport::importSummaryAddsUp()
{
    CliRun r = cli({u"import"_s, u"customers"_s, sample(u"customers_gbk.csv"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject s = r.object();
    for (const char *key : {"read", "inserted", "merged", "updated", "skipped", "rejected", "warnings",
                            "created", "rejects_file", "batch"})
        QVERIFY2(s.contains(QLatin1StringView(key)), key);
    QCOMPARE(s.value(u"read"_s).toInteger(), 143);
    QCOMPARE(s.value(u"inserted"_s).toInteger(), 120);
    QCOMPARE(s.value(u"merged"_s).toInteger(), 20);
    QCOMPARE(s.value(u"rejected"_s).toInteger(), 3);
    QCOMPARE(s.value(u"inserted"_s).toInteger() + s.value(u"merged"_s).toInteger() +
                 s.value(u"updated"_s).toInteger() + s.value(u"skipped"_s).toInteger() +
                 s.value(u"rejected"_s).toInteger(),
             s.value(u"read"_s).toInteger());
    QCOMPARE(s.value(u"created"_s).toObject().value(u"customer"_s).toInteger(), 120);
    QCOMPARE(s.value(u"encoding"_s).toString(), u"gb18030"_s);
    const QString rejects = s.value(u"rejects_file"_s).toString();
    QVERIFY(QFile::exists(rejects));
    QCOMPARE(liveRows(u"customer"_s), 120);

    r = cli({u"import"_s, u"orders"_s, sample(u"orders_q1.xlsx"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    s = r.object();
    QCOMPARE(s.value(u"inserted"_s).toInteger(), 500);
    QCOMPARE(s.value(u"skipped"_s).toInteger(), 1);
    QCOMPARE(s.value(u"header_row"_s).toInteger(), 3);
    QCOMPARE(liveRows(u"sales_order"_s), 218);
    // Text output for people.
    r = cli({u"import"_s, u"opportunities"_s, sample(u"zoho_deals.csv"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("inserted 60"));
}

void tst_CliImport::historyAndUndo()
{
    CliRun r = cli({u"import"_s, u"history"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray batches = r.array();
    QVERIFY(batches.size() >= 3);
    const QJsonObject newest = batches.first().toObject();
    QCOMPARE(newest.value(u"kind"_s).toString(), u"opportunities"_s);
    QCOMPARE(newest.value(u"file"_s).toString(), u"zoho_deals.csv"_s);
    QCOMPARE(newest.value(u"status"_s).toString(), u"done"_s);
    const qint64 batch = newest.value(u"batch"_s).toInteger();
    const qint64 customersBefore = liveRows(u"customer"_s);
    r = cli({u"import"_s, u"undo"_s, QString::number(batch), u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"tombstoned"_s).toInteger() >= 60);
    QCOMPARE(liveRows(u"opportunity"_s), 0);
    QVERIFY(liveRows(u"customer"_s) <= customersBefore);
    r = cli({u"import"_s, u"history"_s, u"--json"_s});
    QCOMPARE(r.array().first().toObject().value(u"status"_s).toString(), u"undone"_s);
    r = cli({u"import"_s, u"undo"_s, QString::number(batch)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    // The customers batch has orders from a later batch pointing at it: refused, nothing changed.
    const qint64 customersAfterUndo = liveRows(u"customer"_s);
    r = cli(
        {u"import"_s, u"undo"_s, QString::number(batches.last().toObject().value(u"batch"_s).toInteger())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("later"), r.err.constData());
    QCOMPARE(liveRows(u"customer"_s), customersAfterUndo);
}

void tst_CliImport::dryRunChangesNothing()
{
    const qint64 before = liveRows(u"opportunity"_s);
    CliRun r =
        cli({u"import"_s, u"opportunities"_s, sample(u"zoho_deals.csv"_s), u"--dry-run"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"inserted"_s).toInteger(), 60);
    QVERIFY(r.object().value(u"batch"_s).isNull());
    QVERIFY(!r.object().value(u"preview"_s).toArray().isEmpty());
    QCOMPARE(liveRows(u"opportunity"_s), before);
}

void tst_CliImport::mappingFileAndSavedProfile()
{
    const QString csv = m_dir.filePath(u"odd.csv"_s);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("抬头,号码\n映射测试公司,13700137000\n");
    f.close();
    CliRun r = cli({u"import"_s, u"customers"_s, csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--mapping"));
    const QString mapping = m_dir.filePath(u"mapping.json"_s);
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"columns": {"抬头": "name", "号码": "phone"}})");
    m.close();
    r = cli({u"import"_s, u"customers"_s, csv, u"--mapping"_s, mapping, u"--save-mapping"_s, u"odd"_s,
             u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"inserted"_s).toInteger(), 1);
    r = cli({u"import"_s, u"customers"_s, csv, u"--mapping"_s, u"odd"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"skipped"_s).toInteger(), 1); // the same again: nothing new
}

void tst_CliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{u"import"_s};
    QTest::newRow("unknown kind") << QStringList{u"import"_s, u"spaceships"_s, u"x.csv"_s};
    QTest::newRow("no file") << QStringList{u"import"_s, u"customers"_s};
    QTest::newRow("undo without batch") << QStringList{u"import"_s, u"undo"_s};
    QTest::newRow("undo not a number") << QStringList{u"import"_s, u"undo"_s, u"last"_s};
    QTest::newRow("merge one") << QStringList{u"import"_s, u"merge"_s, u"1"_s};
}

void tst_CliImport::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(args).exitCode, 2);
}

void tst_CliImport::targets()
{
    const QString members = m_dir.filePath(u"members_t.csv"_s);
    {
        QFile f(members);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("工号,姓名,角色\nT7,周敏,业务员\n");
    }
    CliRun r = cli({u"import"_s, u"members"_s, members, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString targets = m_dir.filePath(u"targets_t.csv"_s);
    {
        QFile f(targets);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("业务员,期间,指标,目标\nT7,2025-Q1,销售额,\"¥90,000\"\n周敏,2025年2月,拜访次数,20\nT8,2025-"
                "03,销售额,1\n");
    }
    r = cli({u"import"_s, u"targets"_s, targets, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject s = r.object();
    QCOMPARE(s.value(u"kind"_s).toString(), u"targets"_s);
    QCOMPARE(s.value(u"read"_s).toInteger(), 3);
    QCOMPARE(s.value(u"inserted"_s).toInteger(), 2);
    QCOMPARE(s.value(u"rejected"_s).toInteger(), 1); // no member T8
    QCOMPARE(liveRows(u"target"_s), 2);
    r = cli({u"import"_s, u"undo"_s, QString::number(s.value(u"batch"_s).toInteger())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(liveRows(u"target"_s), 0);
}

void tst_CliImport::xlsThroughTheHelper()
{
    if (!frontline::io::XlsReader::isAvailable())
        QSKIP("Built without FreeXL: no .xls helper");
    // frontline-cli finds frontline-xls beside itself.
    const QString ledger = m_dir.filePath(u"台账.xls"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/import/ledger.xls"), ledger));
    const qint64 before = liveRows(u"customer"_s);
    CliRun r = cli({u"import"_s, u"customers"_s, ledger, u"--sheet"_s, u"客户"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"format"_s).toString(), u"xls"_s);
    QCOMPARE(r.object().value(u"inserted"_s).toInteger(), 3);
    QCOMPARE(liveRows(u"customer"_s), before + 3);

    // A file FreeXL 1.0.6 over-reads on: a message, exit status 1, nothing imported.
    const QString damaged = m_dir.filePath(u"damaged.xls"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/import/damaged.xls"), damaged));
    r = cli({u"import"_s, u"customers"_s, damaged});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("damaged.xls") && r.err.contains("save it as .xlsx or .csv"), r.err.constData());
    QCOMPARE(liveRows(u"customer"_s), before + 3);
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
