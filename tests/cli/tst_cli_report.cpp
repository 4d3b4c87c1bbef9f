// frontline-cli report as scripts use it: the ranking with shared ranks, the dashboard's figures
// in JSON, CSV to a file with a BOM, --as scope, rollup rebuild and usage errors.
#include "repositories/OrderRepository.h"
#include "support/CliRunner.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "support/XlsxCells.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

class tst_CliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ranking();
    void rankingAsRep();
    void rankingOfTheQ1Ledger();
    void dashboard();
    void customersBehindTheCards();
    void salesByChannelTable();
    void csvToFile();
    void repPerformanceAndCustomers();
    void csvInGbk();
    void companyNameSetting();
    void pdf();
    void rebuild();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    CliRunner m_runner{QByteArray(TempDatabase::Passphrase)};
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliReport::initTestCase()
{
    // The fixture's March 2025 orders (130000 fen each for R1, R2, R3) and one more for R1.
    m_db = m_dir.filePath(u"report.db"_s);
    Database db;
    QVERIFY(!db.create(m_db, TempDatabase::passphrase()));
    CrmFixture fixture;
    QCOMPARE(fixture.build(db), QString());
    Order o;
    o.orderNo = u"SO-EXTRA"_s;
    o.orderDate = QDate(2025, 3, 20);
    o.customerId = fixture.customers.value(u"c1"_s);
    o.channel = u"online"_s;
    o.lines << OrderLine{0, fixture.product, 1, 50000, 0, {}, {}};
    QVERIFY(OrderRepository(db, AccessScope::administrator()).create(o).ok());
    db.close();
}

void tst_CliReport::ranking()
{
    const CliRun r = cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QStringList got;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        got << u"%1 %2 %3 %4 %5"_s.arg(row.value(u"rank"_s).toInteger())
                   .arg(row.value(u"rep"_s).toString(), row.value(u"code"_s).toString())
                   .arg(row.value(u"revenue_fen"_s).toInteger())
                   .arg(row.value(u"orders"_s).toInteger());
    }
    // 张伟 180000 (two orders); 李娜 and 刘洋 tie at 130000 and share rank 2.
    QCOMPARE(got.join(u';'), u"1 张伟 R1 180000 2;2 李娜 R2 130000 1;2 刘洋 R3 130000 1"_s);
    QCOMPARE(r.object().value(u"period"_s).toString(), u"2025-03"_s);
}

void tst_CliReport::rankingOfTheQ1Ledger()
{
    // The sample ledger imported into a fresh database ranks its reps as expected.json says.
    const QString sample = QFINDTESTDATA("../data/samples/orders_q1.xlsx");
    const QString expectedPath = QFINDTESTDATA("../data/samples/expected.json");
    QVERIFY(!sample.isEmpty() && !expectedPath.isEmpty());
    const QString file = m_dir.filePath(u"orders_q1.xlsx"_s);
    QVERIFY(QFile::copy(sample, file));
    const QString db = m_dir.filePath(u"ledger.db"_s);
    QCOMPARE(m_runner.run({u"init"_s, u"--db"_s, db}).exitCode, 0);
    const CliRun imported = m_runner.run({u"import"_s, u"orders"_s, file, u"--db"_s, db, u"--json"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliRun r =
        m_runner.run({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-Q1"_s, u"--json"_s, u"--db"_s, db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile expectedFile(expectedPath);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll())
                                    .object()
                                    .value(u"orders_q1.xlsx"_s)
                                    .toObject()
                                    .value(u"ranking_q1"_s)
                                    .toArray();
    const QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), expected.size());
    QVERIFY(!rows.isEmpty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QJsonObject want = expected.at(i).toObject();
        QCOMPARE(row.value(u"rank"_s).toInteger(), i + 1);
        QCOMPARE(row.value(u"rep"_s).toString(), want.value(u"rep"_s).toString());
        QCOMPARE(row.value(u"revenue_fen"_s).toInteger(), want.value(u"fen"_s).toInteger());
    }
}

void tst_CliReport::rankingAsRep()
{
    const CliRun r = cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-Q1"_s, u"--as"_s, u"R2"_s,
                          u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"code"_s).toString(), u"R2"_s);
    QCOMPARE(rows.at(0).toObject().value(u"revenue_fen"_s).toInteger(), 130000);
}

void tst_CliReport::dashboard()
{
    // M1 leads 一组 (R1, R2): 180000 + 130000 in March; nothing in February.
    const CliRun r = cli({u"report"_s, u"dashboard"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"M1"_s,
                          u"--today"_s, u"2025-03-31"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QString, QJsonObject> cards;
    for (const QJsonValue &v : r.object().value(u"cards"_s).toArray())
        cards.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
    QCOMPARE(cards.keys().size(), 7);
    QCOMPARE(cards.value(u"revenue"_s).value(u"value"_s).toInteger(), 310000);
    QCOMPARE(cards.value(u"revenue"_s).value(u"previous"_s).toInteger(), 0);
    QCOMPARE(cards.value(u"revenue"_s).value(u"status"_s).toString(), u"no_target"_s);
    QCOMPARE(cards.value(u"revenue"_s).value(u"trend"_s).toArray().size(), 12);
    QCOMPARE(cards.value(u"visits"_s).value(u"value"_s).toInteger(), 2);
    QCOMPARE(cards.value(u"new_customers"_s).value(u"value"_s).toInteger(), 2);
    QVERIFY(cards.value(u"growth"_s).value(u"value"_s).isNull()); // nothing to compare with
    QCOMPARE(r.object().value(u"subject"_s).toString(), u"一组"_s);
}

void tst_CliReport::customersBehindTheCards()
{
    // First purchases in March 2025: c1 (R1), c2 (R2), c3 (R3); nobody bought in April.
    const auto names = [this](QStringList args) {
        const CliRun r = cli(QStringList{u"customer"_s, u"list"_s, u"--json"_s} + args);
        QStringList result;
        for (const QJsonValue &v : r.array())
            result << v.toObject().value(u"name"_s).toString();
        result.sort();
        return r.exitCode == 0 ? result
                               : QStringList{u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))};
    };
    const QStringList all = names({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(names({u"--cohort"_s, u"new"_s, u"--period"_s, u"2025-03"_s}), all);
    QCOMPARE(names({u"--cohort"_s, u"new"_s, u"--period"_s, u"2025-02"_s}), QStringList());
    QCOMPARE(names({u"--cohort"_s, u"lost"_s, u"--period"_s, u"2025-04"_s}), all);
    QCOMPARE(names({u"--cohort"_s, u"retained"_s, u"--period"_s, u"2025-04"_s}), QStringList());
    // The dashboard's manager (一组: R1, R2) and one rep see their own only.
    QCOMPARE(names({u"--cohort"_s, u"new"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"M1"_s}).size(), 2);
    const QStringList mine =
        names({u"--cohort"_s, u"active"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R2"_s});
    QCOMPARE(mine, names({u"--as"_s, u"R2"_s}));
    QCOMPARE(mine.size(), 1);
    // Bad requests are usage errors.
    QCOMPARE(
        cli({u"customer"_s, u"list"_s, u"--cohort"_s, u"lapsed"_s, u"--period"_s, u"2025-03"_s}).exitCode, 2);
    QCOMPARE(cli({u"customer"_s, u"list"_s, u"--cohort"_s, u"new"_s}).exitCode, 2);
}

void tst_CliReport::salesByChannelTable()
{
    const CliRun r =
        cli({u"report"_s, u"sales"_s, u"--period"_s, u"2025-03-01..2025-03-31"_s, u"--by"_s, u"channel"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"Direct"_s) && out.contains(u"¥3,900.00"_s), r.out.constData());
    QVERIFY(out.contains(u"Online"_s) && out.contains(u"¥500.00"_s));
}

void tst_CliReport::csvToFile()
{
    const QString path = m_dir.filePath(u"ranking.csv"_s);
    const CliRun r = cli(
        {u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s, u"--out"_s, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s).mid(0, 2),
             (QStringList{u"rank,rep,code,team,revenue_fen,orders"_s, u"1,张伟,R1,一组,180000,2"_s}));
}

void tst_CliReport::repPerformanceAndCustomers()
{
    CliRun r = cli({u"report"_s, u"rep-performance"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4); // three reps and the total
    QJsonObject first = rows.at(0).toObject();
    // 张伟: 130000 + 50000 in two orders, one visit rated 4, the fixture's opportunity open.
    QCOMPARE(first.value(u"code"_s).toString(), u"R1"_s);
    QCOMPARE(first.value(u"revenue_fen"_s).toInteger(), 180000);
    QCOMPARE(first.value(u"orders"_s).toInteger(), 2);
    QCOMPARE(first.value(u"visits"_s).toInteger(), 1);
    QCOMPARE(first.value(u"satisfaction"_s).toDouble(), 4.0);
    QCOMPARE(rows.at(3).toObject().value(u"revenue_fen"_s).toInteger(), 440000);

    // The customer list in full (JSON is an export, which a rep may not make of customers).
    r = cli({u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4); // c1, c3, c2 and the total
    first = rows.at(0).toObject();
    QCOMPARE(first.value(u"customer"_s).toString(), u"北京华联商厦"_s);
    QCOMPARE(first.value(u"owner"_s).toString(), u"张伟"_s);
    QCOMPARE(first.value(u"last_contact"_s).toString(), u"2025-03-01"_s);
    QCOMPARE(first.value(u"orders"_s).toInteger(), 2);
    QCOMPARE(first.value(u"revenue_fen"_s).toInteger(), 180000);
    QCOMPARE(first.value(u"lifetime_value_fen"_s).toInteger(), 180000);
    // A rep sees only their own customers on the screen, and may not export them.
    r = cli({u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString table = QString::fromUtf8(r.out);
    QVERIFY2(table.contains(u"北京华联商厦"_s) && table.contains(u"¥1,800.00"_s), qPrintable(table));
    QVERIFY(!table.contains(u"上海宝钢贸易"_s) && !table.contains(u"广州白云制药"_s));
    QCOMPARE(cli({u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R1"_s, u"--json"_s})
                 .exitCode,
             1);

    // As a workbook: the reps' revenue in yuan and its bar chart beside it.
    const QString xlsx = m_dir.filePath(u"reps.xlsx"_s);
    r = cli({u"report"_s, u"rep-performance"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"xlsx"_s,
             u"--out"_s, xlsx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    XlsxCells cells;
    QVERIFY(cells.open(xlsx, u"xl/worksheets/sheet1.xml"_s));
    QCOMPARE(cells.at(u"D2"_s).value, u"1800"_s);
    QVERIFY(cells.at(u"D2"_s).format.contains(u"#,##0.00"_s));
    QVERIFY(zipPart(xlsx, u"xl/charts/chart1.xml"_s).contains("$D$2:$D$4"));
}

void tst_CliReport::csvInGbk()
{
    const QString path = m_dir.filePath(u"customers-gbk.csv"_s);
    CliRun r = cli({u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s,
                    u"--encoding"_s, u"gbk"_s, u"--out"_s, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xB1\xB1\xBE\xA9")); // 北京
    QStringDecoder gbk("GBK");
    const QString text = gbk.decode(bytes);
    QVERIFY(!gbk.hasError());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, three customers, total
    QVERIFY2(lines.at(1).startsWith(u"北京华联商厦,"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u",张伟,"_s));
    QVERIFY(lines.at(1).contains(u",华东,2025-03-01,2,180000,"_s));
    // The default is UTF-8 with a BOM.
    r = cli({u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s, u"--out"_s,
             path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile utf8(path);
    QVERIFY(utf8.open(QIODevice::ReadOnly));
    const QByteArray utf8Bytes = utf8.readAll();
    QVERIFY(utf8Bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(utf8Bytes.mid(3)), text);
}

void tst_CliReport::companyNameSetting()
{
    CliRun r = cli({u"settings"_s, u"set"_s, u"company_name"_s, u"华星贸易有限公司"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"settings"_s, u"get"_s, u"company_name"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"company_name"_s).toString(), u"华星贸易有限公司"_s);
    r = cli({u"settings"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"company_name"_s).toString(), u"华星贸易有限公司"_s);
    // Settings are an administrator's: a rep is refused.
    r = cli({u"settings"_s, u"set"_s, u"company_name"_s, u"别的公司"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(cli({u"settings"_s, u"set"_s, u"colour"_s, u"red"_s}).exitCode, 2);
    QCOMPARE(cli({u"settings"_s, u"get"_s, u"company_name"_s}).out.trimmed(), QByteArray("华星贸易有限公司"));
}

namespace {

QString pdfOutput(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    // NFKC: Qt 6.4's PDF writer names some ideographs by their Kangxi radicals (see tst_print).
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

void tst_CliReport::pdf()
{
#ifndef FRONTLINE_CLI_PDF
    const CliRun off = cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"pdf"_s,
                            u"--out"_s, m_dir.filePath(u"off.pdf"_s)});
    QCOMPARE(off.exitCode, 1);
    QVERIFY(off.err.contains("PDF is not available"));
    QSKIP("built without the GUI libraries: PDF is not available");
#endif
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("poppler-utils (pdftotext, pdfinfo) is needed: installer/setup.sh installs it");
    QCOMPARE(cli({u"settings"_s, u"set"_s, u"company_name"_s, u"华星贸易有限公司"_s}).exitCode, 0);
    const QString ranking = m_dir.filePath(u"排名.pdf"_s);
    CliRun r = cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"pdf"_s,
                    u"--out"_s, ranking});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(pdfOutput(u"pdfinfo"_s, {ranking}).contains(u"(A4)"_s));
    QString text = pdfOutput(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, ranking, u"-"_s});
    QVERIFY2(text.contains(u"华星贸易有限公司"_s), qPrintable(text));
    QVERIFY(text.contains(u"Ranking by revenue · 2025-03"_s));
    QVERIFY(text.contains(u"Page 1 of 1"_s));
    QVERIFY(text.indexOf(u"张伟"_s) >= 0 && text.indexOf(u"张伟"_s) < text.lastIndexOf(u"李娜"_s));
    QVERIFY(text.contains(u"¥1,800.00"_s));

    // Headless, as in CI or cron: no display and no platform chosen.
    const QString dashboard = m_dir.filePath(u"dashboard.pdf"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    env.insert(u"FRONTLINE_PASSPHRASE"_s, QString::fromUtf8(TempDatabase::Passphrase));
    env.insert(u"FRONTLINE_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"FRONTLINE_LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(CliRunner::executable(),
            {u"report"_s, u"dashboard"_s, u"--period"_s, u"2025-03"_s, u"--format=pdf"_s, u"--out"_s,
             dashboard, u"--db"_s, m_db, u"--today"_s, u"2025-04-02"_s});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    text = pdfOutput(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, dashboard, u"-"_s});
    QVERIFY2(text.contains(u"Dashboard · 2025-03"_s), qPrintable(text));
    QVERIFY(text.contains(u"华星贸易有限公司"_s));
    QVERIFY(text.contains(u"¥4,400.00"_s)); // the month's revenue card: 180000 + 130000 × 2 fen
    QVERIFY(text.contains(u"Page 1 of"_s));

    // Every kind prints.
    for (const QString &kind : {u"sales"_s, u"attainment"_s, u"funnel"_s}) {
        const QString out = m_dir.filePath(kind + u".pdf"_s);
        r = cli({u"report"_s, kind, u"--period"_s, u"2025-Q1"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(pdfOutput(u"pdfinfo"_s, {out}).contains(u"Pages:"_s));
    }
    // A PDF goes to a file; the dashboard's takes no other filter.
    QCOMPARE(cli({u"report"_s, u"funnel"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);
    QCOMPARE(
        cli({u"report"_s, u"dashboard"_s, u"--format"_s, u"pdf"_s, u"--out"_s, dashboard, u"--anonymize"_s})
            .exitCode,
        2);
}

void tst_CliReport::rebuild()
{
    CliRun r = cli({u"report"_s, u"rebuild"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"rebuilt"_s).toBool());
    r = cli({u"report"_s, u"rebuild"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"report"_s, u"ranking"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"rows"_s).toArray().at(0).toObject().value(u"revenue_fen"_s).toInteger(),
             180000);
}

void tst_CliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no kind") << QStringList{u"report"_s};
    QTest::newRow("unknown kind") << QStringList{u"report"_s, u"profit"_s};
    QTest::newRow("unknown encoding")
        << QStringList{u"report"_s, u"sales"_s, u"--format"_s, u"csv"_s, u"--encoding"_s, u"latin9"_s};
    QTest::newRow("encoding for json")
        << QStringList{u"report"_s, u"sales"_s, u"--format"_s, u"json"_s, u"--encoding"_s, u"gbk"_s};
    QTest::newRow("customers by team")
        << QStringList{u"report"_s, u"customers"_s, u"--period"_s, u"2025-03"_s, u"--team"_s, u"一组"_s};
    QTest::newRow("bad period") << QStringList{u"report"_s, u"sales"_s, u"--period"_s, u"2025-13"_s};
    QTest::newRow("bad dimension") << QStringList{u"report"_s, u"sales"_s, u"--period"_s,
                                                  u"2025"_s,   u"--by"_s,  u"colour"_s};
    QTest::newRow("bad format") << QStringList{u"report"_s, u"sales"_s, u"--format"_s, u"docx"_s};
    QTest::newRow("bad measure") << QStringList{u"report"_s, u"ranking"_s, u"--measure"_s, u"smiles"_s};
}

void tst_CliReport::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_cli_report.moc"
