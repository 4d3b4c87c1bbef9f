// frontline-cli export, report --format xlsx and watch --once as scripts use them: the JSON
// summaries, files read back, the round trip through import, --as scope, the watched folder's
// done/ and failed/ with rejects and logs, and usage errors.
#include "import/ImportFolder.h"
#include "io/XlsxReader.h"
#include "support/CliRunner.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

class tst_CliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportAndImportBack();
    void exportAsRep();
    void exportGbk();
    void reportXlsx();
    void watchOnce();
    void watchRememberedFolder();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRunner m_runner{QByteArray(TempDatabase::Passphrase)};
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliExport::initTestCase()
{
    m_db = m_dir.filePath(u"export.db"_s);
    Database db;
    QVERIFY(!db.create(m_db, TempDatabase::passphrase()));
    CrmFixture fixture;
    QCOMPARE(fixture.build(db), QString());
    db.close();
}

void tst_CliExport::exportAndImportBack()
{
    for (const QString &format : {u"xlsx"_s, u"csv"_s}) {
        const QString file = path(u"orders."_s + format);
        CliRun r = cli({u"export"_s, u"orders"_s, u"--format"_s, format, u"--out"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(u"rows"_s).toInteger(), 6);
        QCOMPARE(r.object().value(u"format"_s).toString(), format);
        r = cli({u"import"_s, u"orders"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = r.object();
        QCOMPARE(s.value(u"read"_s).toInteger(), 6);
        QCOMPARE(s.value(u"skipped"_s).toInteger(), 6);
        QCOMPARE(s.value(u"inserted"_s).toInteger(), 0);
        QCOMPARE(s.value(u"merged"_s).toInteger(), 0);
        QCOMPARE(s.value(u"rejected"_s).toInteger(), 0);
    }
    // Text output names the file and the count.
    const CliRun text = cli({u"export"_s, u"customers"_s, u"--out"_s, path(u"c.xlsx"_s)});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("3"));
    io::XlsxReader reader;
    QVERIFY(reader.open(path(u"c.xlsx"_s)));
    io::SourceRow row;
    int rows = 0;
    while (reader.next(row))
        ++rows;
    QCOMPARE(rows, 4);
}

void tst_CliExport::exportAsRep()
{
    // By default a rep may not take money out of the database: refused, and audited.
    const CliRun refused = cli({u"export"_s, u"orders"_s, u"--out"_s, path(u"r2.csv"_s), u"--as"_s, u"R2"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("may not export"), refused.err.constData());
    QVERIFY(!QFile::exists(path(u"r2.csv"_s)));
    const CliRun allow = cli({u"permission"_s, u"set"_s, u"rep"_s, u"money"_s, u"export"_s, u"allow"_s});
    QVERIFY2(allow.exitCode == 0, allow.err.constData());

    // Allowed, the export holds the rep's own customers' orders only.
    const CliRun r = cli({u"export"_s, u"orders"_s, u"--out"_s, path(u"r2.csv"_s), u"--as"_s, u"R2"_s,
                          u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"rows"_s).toInteger(), 2);
    QCOMPARE(r.object().value(u"from"_s).toString(), u"2025-03-01"_s);
    QFile f(path(u"r2.csv"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u"上海宝钢贸易"_s));
    QVERIFY(!text.contains(u"北京华联商厦"_s));
    const CliRun april = cli({u"export"_s, u"orders"_s, u"--out"_s, path(u"april.csv"_s), u"--period"_s,
                              u"2025-04"_s, u"--json"_s});
    QCOMPARE(april.object().value(u"rows"_s).toInteger(), 0);
    const CliRun audit = cli({u"audit"_s, u"--action"_s, u"export"_s, u"--json"_s});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    QVERIFY2(audit.out.contains("export:orders"), audit.out.constData());
}

void tst_CliExport::exportGbk()
{
    const CliRun r = cli(
        {u"export"_s, u"members"_s, u"--out"_s, path(u"m.csv"_s), u"--encoding"_s, u"gbk"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"encoding"_s).toString(), u"gbk"_s);
    QFile f(path(u"m.csv"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xD5\xC5\xCE\xB0")); // 张伟
    // Importing it back (the encoding detected) changes nothing.
    const CliRun back = cli({u"import"_s, u"members"_s, path(u"m.csv"_s), u"--json"_s});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(back.object().value(u"encoding"_s).toString(), u"gb18030"_s);
    QCOMPARE(back.object().value(u"skipped"_s).toInteger(), 6);
}

void tst_CliExport::reportXlsx()
{
    const QString file = path(u"ranking.xlsx"_s);
    const CliRun r = cli(
        {u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    io::XlsxReader reader;
    QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
    QList<QList<QVariant>> rows;
    io::SourceRow row;
    while (reader.next(row))
        rows << row.cells;
    QCOMPARE(rows.size(), 4); // header and three reps
    // Every rep sold 130000 fen in March: ¥1,300.00 as a number.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0).toLongLong(), 1);
        QVERIFY(rows.at(i).contains(QVariant(qint64(1300))));
    }
    const CliRun dashboard = cli({u"report"_s, u"dashboard"_s, u"--period"_s, u"2025-03"_s, u"--format"_s,
                                  u"xlsx"_s, u"--out"_s, path(u"dashboard.xlsx"_s)});
    QVERIFY2(dashboard.exitCode == 0, dashboard.err.constData());
    io::XlsxReader sheets;
    QVERIFY(sheets.open(path(u"dashboard.xlsx"_s)));
    QVERIFY(sheets.sheetNames().size() >= 1);
    const CliRun noOut =
        cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"xlsx"_s});
    QCOMPARE(noOut.exitCode, 2);
}

void tst_CliExport::watchOnce()
{
    const QString inbox = path(u"inbox"_s);
    QVERIFY(QDir().mkpath(inbox));
    // A saved mapping (through import --save-mapping) the folder uses; its kind comes with it.
    {
        QFile f(path(u"seed.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("公司,电话\n种子客户,13800009999\n").toUtf8());
    }
    const QString mapping = path(u"map.json"_s);
    {
        QFile f(mapping);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"columns": {"公司": "name", "电话": "phone"}})");
    }
    CliRun r = cli({u"import"_s, u"customers"_s, path(u"seed.csv"_s), u"--mapping"_s, mapping,
                    u"--save-mapping"_s, u"ledger"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        QFile f(QDir(inbox).filePath(u"week1.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("公司,电话\n周一客户,13800001001\n周二客户,13800001002\n,13800001003\n").toUtf8());
    }
    r = cli({u"watch"_s, inbox, u"--mapping"_s, u"ledger"_s, u"--once"_s, u"--interval"_s, u"0.2"_s,
             u"--json"_s});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject out = r.object();
    QCOMPARE(out.value(u"kind"_s).toString(), u"customers"_s);
    const QJsonArray files = out.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject week1 = files.at(0).toObject();
    QCOMPARE(week1.value(u"imported"_s).toBool(), true);
    QCOMPARE(week1.value(u"inserted"_s).toInteger(), 2);
    QCOMPARE(week1.value(u"rejected"_s).toInteger(), 1);
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"done/week1.csv"_s)));
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"done/week1.rejects.csv"_s)));
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"done/week1.log"_s)));
    QVERIFY(!QFile::exists(QDir(inbox).filePath(u"week1.csv"_s)));
    // The batch is in the history like any import's.
    r = cli({u"import"_s, u"history"_s, u"--json"_s});
    QCOMPARE(r.array().at(0).toObject().value(u"file"_s).toString(), u"week1.csv"_s);
    QCOMPARE(r.array().at(0).toObject().value(u"batch"_s).toInteger(), week1.value(u"batch"_s).toInteger());

    // A file the kind cannot use goes to failed/ and the exit code says so.
    {
        QFile f(QDir(inbox).filePath(u"wrong.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y\n1,2\n");
    }
    r = cli({u"watch"_s, inbox, u"--kind"_s, u"customers"_s, u"--once"_s, u"--interval"_s, u"0.2"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"failed/wrong.csv"_s)));
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"failed/wrong.log"_s)));
    // Nothing left: a quiet, successful run.
    r = cli({u"watch"_s, inbox, u"--kind"_s, u"customers"_s, u"--once"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(u"files"_s).toArray().size(), 0);
}

// --remember saves what the app's Automatic Import runs; --saved runs it from cron; --forget turns
// it off.
void tst_CliExport::watchRememberedFolder()
{
    const QString inbox = path(u"remembered"_s);
    QVERIFY(QDir().mkpath(inbox));
    CliRun r = cli({u"watch"_s, u"--saved"_s, u"--once"_s});
    QCOMPARE(r.exitCode, 1); // nothing saved yet
    QVERIFY2(r.err.contains("--remember"), r.err.constData());

    r = cli({u"watch"_s, inbox, u"--kind"_s, u"customer"_s, u"--interval"_s, u"30"_s, u"--remember"_s,
             u"--once"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    {
        Database db;
        QVERIFY(!db.open(m_db, TempDatabase::passphrase()));
        const ImportFolderSettings s = ImportFolderSettings::load(db);
        QVERIFY(s.enabled);
        QCOMPARE(s.folder, QFileInfo(inbox).absoluteFilePath());
        QCOMPARE(s.kind, u"customers"_s); // the kind's own key
        QCOMPARE(s.mapping, QString());
        QCOMPARE(s.intervalSeconds, 30);
    }

    {
        QFile f(QDir(inbox).filePath(u"cron.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("客户名称,手机\n定时客户,13800002001\n").toUtf8());
    }
    r = cli({u"watch"_s, u"--saved"_s, u"--once"_s, u"--interval"_s, u"0.2"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QCOMPARE(r.object().value(u"kind"_s).toString(), u"customers"_s);
    const QJsonArray files = r.object().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(u"inserted"_s).toInteger(), 1);
    QVERIFY(QFile::exists(QDir(inbox).filePath(u"done/cron.csv"_s)));

    r = cli({u"watch"_s, u"--forget"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"enabled"_s).toBool(true), false);
    r = cli({u"watch"_s, u"--saved"_s, u"--once"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no kind") << QStringList{u"export"_s} << 2;
    QTest::newRow("unknown kind") << QStringList{u"export"_s, u"tasks"_s, u"--out"_s, u"x.csv"_s} << 2;
    QTest::newRow("no out") << QStringList{u"export"_s, u"orders"_s} << 2;
    QTest::newRow("bad format") << QStringList{u"export"_s, u"orders"_s,   u"--out"_s,
                                               u"x"_s,      u"--format"_s, u"pdf"_s}
                                << 2;
    QTest::newRow("bad encoding") << QStringList{u"export"_s, u"orders"_s,     u"--out"_s,
                                                 u"x.csv"_s,  u"--encoding"_s, u"latin9"_s}
                                  << 2;
    QTest::newRow("period of undated")
        << QStringList{u"export"_s, u"products"_s, u"--out"_s, u"x.csv"_s, u"--period"_s, u"2025"_s} << 2;
    QTest::newRow("watch no dir") << QStringList{u"watch"_s} << 2;
    QTest::newRow("watch missing dir")
        << QStringList{u"watch"_s, u"/nonexistent/inbox"_s, u"--kind"_s, u"orders"_s, u"--once"_s} << 1;
    QTest::newRow("watch no kind") << QStringList{u"watch"_s, u"."_s, u"--once"_s} << 1;
    QTest::newRow("watch saved with a dir") << QStringList{u"watch"_s, u"."_s, u"--saved"_s} << 2;
    QTest::newRow("watch saved and forget") << QStringList{u"watch"_s, u"--saved"_s, u"--forget"_s} << 2;
}

void tst_CliExport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cli_export.moc"
