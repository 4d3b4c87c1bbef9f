// frontline-cli commission as scripts use it: plans from a JSON file and from options,
// statements in JSON with their lines, bonuses and deductions, the simulation, --as scope,
// CSV and XLSX export, and usage errors. The CRM fixture's March 2025 orders are 130000 fen
// each for R1, R2 and R3 (category 家具); targets R1 100000, R2 200000, none for R3.
#include "support/CliRunner.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "support/XlsxCells.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

class tst_CliCommission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plans();
    void statements();
    void oneMemberAsText();
    void adjustAndScope();
    void simulate();
    void exportFiles();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    QJsonObject statementOf(const QJsonObject &summary, const QString &code)
    {
        for (const QJsonValue &v : summary.value(u"statements"_s).toArray()) {
            if (v.toObject().value(u"member"_s).toString() == code)
                return v.toObject();
        }
        return {};
    }
    CliRunner m_runner{QByteArray(TempDatabase::Passphrase)};
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_rolePlan = 0;
};

void tst_CliCommission::initTestCase()
{
    m_db = m_dir.filePath(u"commission.db"_s);
    {
        Database db;
        QVERIFY(!db.create(m_db, TempDatabase::passphrase()));
        CrmFixture fixture;
        QCOMPARE(fixture.build(db), QString());
        QSqlQuery q(db.connection());
        q.prepare(
            u"INSERT INTO target (uuid, member_id, metric, period_kind, period_start, value, hlc, device_id) "
            u"VALUES (?, ?, 'revenue', 'month', '2025-03-01', ?, 1, 'test')"_s);
        for (const auto &[code, fen] : {std::pair{u"R1"_s, 100000}, std::pair{u"R2"_s, 200000}}) {
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(fixture.members.value(code));
            q.addBindValue(fen);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        db.close();
    }

    // The reps' plan from a file; R3's own plan from options.
    const QString planFile = m_dir.filePath(u"plan.json"_s);
    QFile file(planFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "代表提成", "role": "rep", "from": "2025-01", "mode": "tier",
                   "tiers": [{"from_bp": 0, "rate_bp": 200}, {"from_bp": 8000, "rate_bp": 300},
                             {"from_bp": 10000, "rate_bp": 500}]})");
    file.close();
    CliRun r = cli({u"commission"_s, u"plan"_s, u"add"_s, u"--file"_s, planFile, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_rolePlan = r.object().value(u"id"_s).toInteger();
    QVERIFY(m_rolePlan > 0);
    r = cli({u"commission"_s, u"plan"_s, u"add"_s, u"--name"_s, u"刘洋专项"_s, u"--member"_s, u"R3"_s,
             u"--from"_s, u"2025-03"_s, u"--to"_s, u"2025-03"_s, u"--mode"_s, u"marginal"_s, u"--tier"_s,
             u"0:100"_s, u"--category-rate"_s, u"家具:300"_s, u"--cap"_s, u"5000"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("刘洋专项"));
}

void tst_CliCommission::plans()
{
    const CliRun list = cli({u"commission"_s, u"plan"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.array().size(), 2);
    const CliRun show =
        cli({u"commission"_s, u"plan"_s, u"show"_s, QString::number(m_rolePlan), u"--json"_s});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject plan = show.object();
    QCOMPARE(plan.value(u"name"_s).toString(), u"代表提成"_s);
    QCOMPARE(plan.value(u"role"_s).toString(), u"rep"_s);
    QCOMPARE(plan.value(u"valid_from"_s).toString(), u"2025-01-01"_s);
    QCOMPARE(plan.value(u"tiers"_s).toArray().size(), 3);
    QCOMPARE(plan.value(u"tiers"_s).toArray().at(2).toObject().value(u"accelerator"_s).toBool(), true);
    // A rep reads the plans but cannot add one.
    const CliRun asRep = cli({u"commission"_s, u"plan"_s, u"list"_s, u"--json"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(asRep.array().size(), 1);
    const CliRun add = cli({u"commission"_s, u"plan"_s, u"add"_s, u"--name"_s, u"x"_s, u"--role"_s, u"rep"_s,
                            u"--from"_s, u"2026-01"_s, u"--tier"_s, u"0:100"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(add.exitCode, 1);
}

void tst_CliCommission::statements()
{
    const CliRun r = cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = r.object();
    QCOMPARE(summary.value(u"period"_s).toString(), u"2025-03"_s);
    // R1: 130% → 5% of 130,000 = 6,500
    const QJsonObject r1 = statementOf(summary, u"R1"_s);
    QCOMPARE(r1.value(u"base_fen"_s).toInteger(), 130000);
    QCOMPARE(r1.value(u"target_fen"_s).toInteger(), 100000);
    QCOMPARE(r1.value(u"attainment_bp"_s).toInteger(), 13000);
    QCOMPARE(r1.value(u"tier_from_bp"_s).toInteger(), 10000);
    QCOMPARE(r1.value(u"commission_fen"_s).toInteger(), 6500);
    const QJsonArray lines = r1.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(u"rate_bp"_s).toInteger(), 500);
    QCOMPARE(lines.at(0).toObject().value(u"accelerator"_s).toBool(), true);
    // R2: 65% → 2% = 2,600
    QCOMPARE(statementOf(summary, u"R2"_s).value(u"commission_fen"_s).toInteger(), 2600);
    // R3's own plan: 家具 130,000 × 3% = 3,900 (no target needed: flat rates)
    const QJsonObject r3 = statementOf(summary, u"R3"_s);
    QCOMPARE(r3.value(u"plan"_s).toString(), u"刘洋专项"_s);
    QCOMPARE(r3.value(u"commission_fen"_s).toInteger(), 3900);
    QCOMPARE(r3.value(u"lines"_s).toArray().at(0).toObject().value(u"category"_s).toString(), u"家具"_s);
    // 6,500 + 2,600 + 3,900 (M1 has no plan)
    QCOMPARE(summary.value(u"total"_s).toObject().value(u"commission_fen"_s).toInteger(), 13000);
    QCOMPARE(summary.value(u"statements"_s).toArray().size(), 4);
    // --team: 二组 is R3 alone.
    const CliRun team =
        cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--team"_s, u"二组"_s, u"--json"_s});
    QCOMPARE(team.object().value(u"statements"_s).toArray().size(), 1);
    QCOMPARE(team.object().value(u"total"_s).toObject().value(u"total_fen"_s).toInteger(), 3900);
}

void tst_CliCommission::oneMemberAsText()
{
    const CliRun r = cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"¥1,300.00 × 5.00%"_s), r.out.constData());
    QVERIFY(text.contains(u"Total: ¥65.00"_s));
}

void tst_CliCommission::adjustAndScope()
{
    // April has no plan-relevant sales; the manager's bonus and the administrator's deduction
    // make R1's April total 500.00 − 20.50 = 479.50.
    CliRun r = cli({u"commission"_s, u"adjust"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-04"_s,
                    u"--amount"_s, u"500"_s, u"--reason"_s, u"月度冠军"_s, u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"amount_fen"_s).toInteger(), 50000);
    r = cli({u"commission"_s, u"adjust"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-04"_s, u"--amount"_s,
             u"-20.50"_s, u"--reason"_s, u"退货扣回"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("¥20.50"));
    // A rep cannot adjust, not even their own.
    r = cli({u"commission"_s, u"adjust"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-04"_s, u"--amount"_s,
             u"100"_s, u"--reason"_s, u"x"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);

    // R1 sees their own statement only, with the adjustments and who made them.
    r = cli({u"commission"_s, u"--period"_s, u"2025-04"_s, u"--json"_s, u"--as"_s, u"R1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray statements = r.object().value(u"statements"_s).toArray();
    QCOMPARE(statements.size(), 1);
    const QJsonObject own = statements.at(0).toObject();
    QCOMPARE(own.value(u"member"_s).toString(), u"R1"_s);
    QCOMPARE(own.value(u"adjustments_fen"_s).toInteger(), 47950);
    QCOMPARE(own.value(u"total_fen"_s).toInteger(), 47950);
    const QJsonArray adjustments = own.value(u"adjustments"_s).toArray();
    QCOMPARE(adjustments.size(), 2);
    QCOMPARE(adjustments.at(0).toObject().value(u"reason"_s).toString(), u"月度冠军"_s);
    QCOMPARE(adjustments.at(0).toObject().value(u"created_by"_s).toString(), u"王经理"_s);
    // Someone else's statement is refused.
    r = cli({u"commission"_s, u"--period"_s, u"2025-04"_s, u"--member"_s, u"R2"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliCommission::simulate()
{
    // R2: 130,000 of 200,000 (2%: 2,600); ¥300.00 more makes exactly 80% → 3% of 160,000 = 4,800.
    const CliRun r = cli({u"commission"_s, u"simulate"_s, u"--member"_s, u"R2"_s, u"--period"_s, u"2025-03"_s,
                          u"--extra"_s, u"300.00"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"extra_fen"_s).toInteger(), 30000);
    QCOMPARE(o.value(u"commission_fen"_s).toInteger(), 2600);
    QCOMPARE(o.value(u"simulated_commission_fen"_s).toInteger(), 4800);
    QCOMPARE(o.value(u"delta_fen"_s).toInteger(), 2200);
    QCOMPARE(o.value(u"simulated"_s).toObject().value(u"tier_from_bp"_s).toInteger(), 8000);
    QCOMPARE(o.value(u"current"_s).toObject().value(u"tier_from_bp"_s).toInteger(), 0);
    QVERIFY(o.value(u"sentence"_s).toString().contains(u"¥22.00"_s));
}

void tst_CliCommission::exportFiles()
{
    const QString csv = m_dir.filePath(u"march.csv"_s);
    CliRun r = cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 6); // header, M1, R1, R2, R3, total
    QVERIFY(rows.at(0).startsWith(u"Code,Name,Team"_s));
    QVERIFY2(
        rows.at(2).startsWith(u"R1,张伟,一组,代表提成,1300.00,1000.00,130.00%,100.00%,65.00,0.00,65.00"_s),
        qPrintable(rows.at(2)));
    QVERIFY2(rows.at(5).contains(u"130.00"_s), qPrintable(rows.at(5))); // 13,000 fen in all

    const QString xlsx = m_dir.filePath(u"march.xlsx"_s);
    r = cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QVERIFY(book.read(2) == "PK");
    // Amounts are yuan numbers with the ¥ format, rates fractions shown as percentages.
    XlsxCells cells;
    QVERIFY(cells.open(xlsx, u"xl/worksheets/sheet1.xml"_s));
    QCOMPARE(cells.at(u"A3"_s).value, u"R1"_s);
    const QString yuan = u"\"¥\"#,##0.00;-\"¥\"#,##0.00"_s;
    for (const auto &[ref, value] :
         {std::pair{u"E3"_s, 1300.0}, std::pair{u"F3"_s, 1000.0}, std::pair{u"I3"_s, 65.0},
          std::pair{u"K3"_s, 65.0}, std::pair{u"K6"_s, 130.0}}) {
        QVERIFY2(cells.at(ref).isNumber(), qPrintable(ref));
        QCOMPARE(cells.at(ref).value.toDouble(), value);
        QCOMPARE(cells.at(ref).format, yuan);
    }
    QCOMPARE(cells.at(u"G3"_s).value.toDouble(), 1.3);
    QCOMPARE(cells.at(u"G3"_s).format, u"0.0%"_s);
    QCOMPARE(cells.at(u"H3"_s).value.toDouble(), 1.0);
    QCOMPARE(cells.at(u"H3"_s).format, u"0.0%"_s);

    // The rate tables on a sheet of their own: R1's three tiers (130% reaches the 100% tier),
    // R2's, then R3's own bracket and its furniture rate; M1 has no plan.
    XlsxCells rates;
    QVERIFY(rates.open(xlsx, u"xl/worksheets/sheet2.xml"_s));
    QCOMPARE(rates.at(u"A2"_s).value, u"R1"_s);
    QCOMPARE(rates.at(u"C2"_s).value, u"代表提成"_s);
    QCOMPARE(rates.at(u"F3"_s).value.toDouble(), 0.8);
    QCOMPARE(rates.at(u"G3"_s).value.toDouble(), 0.03);
    QCOMPARE(rates.at(u"G3"_s).format, u"0.0%"_s);
    QCOMPARE(rates.at(u"F4"_s).value.toDouble(), 1.0);
    QCOMPARE(rates.at(u"G4"_s).value.toDouble(), 0.05);
    QCOMPARE(rates.at(u"H4"_s).value, u"✓"_s);
    QVERIFY(rates.at(u"H3"_s).value.isEmpty());
    QCOMPARE(rates.at(u"A5"_s).value, u"R2"_s);
    QCOMPARE(rates.at(u"A8"_s).value, u"R3"_s);
    QCOMPARE(rates.at(u"G8"_s).value.toDouble(), 0.01);
    QCOMPARE(rates.at(u"E9"_s).value, u"家具"_s);
    QCOMPARE(rates.at(u"G9"_s).value.toDouble(), 0.03);
    QVERIFY(rates.at(u"A10"_s).value.isEmpty());

    // CSV in GBK on request: no BOM, the same rows.
    const QString gbkPath = m_dir.filePath(u"march-gbk.csv"_s);
    r = cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s, u"--encoding"_s, u"gbk"_s,
             u"--out"_s, gbkPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile gbkFile(gbkPath);
    QVERIFY(gbkFile.open(QIODevice::ReadOnly));
    const QByteArray gbkBytes = gbkFile.readAll();
    QVERIFY(!gbkBytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder gbk("GBK");
    QCOMPARE(gbk.decode(gbkBytes), QString::fromUtf8(bytes.mid(3)));
    QVERIFY(!gbk.hasError());
    QCOMPARE(cli({u"commission"_s, u"--period"_s, u"2025-03"_s, u"--format"_s, u"csv"_s, u"--encoding"_s,
                  u"ebcdic"_s, u"--out"_s, gbkPath})
                 .exitCode,
             2);
}

void tst_CliCommission::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown action") << QStringList{u"commission"_s, u"pay"_s} << 2;
    QTest::newRow("week") << QStringList{u"commission"_s, u"--period"_s, u"2025-W07"_s} << 2;
    QTest::newRow("csv without out") << QStringList{u"commission"_s, u"--format"_s, u"csv"_s} << 2;
    QTest::newRow("adjust without reason")
        << QStringList{u"commission"_s, u"adjust"_s,  u"--member"_s, u"R1"_s,
                       u"--period"_s,   u"2025-03"_s, u"--amount"_s, u"10"_s}
        << 2;
    QTest::newRow("adjust zero") << QStringList{u"commission"_s, u"adjust"_s,  u"--member"_s, u"R1"_s,
                                                u"--period"_s,   u"2025-03"_s, u"--amount"_s, u"0"_s,
                                                u"--reason"_s,   u"nothing"_s}
                                 << 1;
    QTest::newRow("simulate without extra")
        << QStringList{u"commission"_s, u"simulate"_s, u"--member"_s, u"R1"_s} << 2;
    QTest::newRow("bad tier") << QStringList{u"commission"_s, u"plan"_s, u"add"_s, u"--tier"_s, u"abc"_s}
                              << 2;
    QTest::newRow("plan without name")
        << QStringList{u"commission"_s, u"plan"_s, u"add"_s,    u"--role"_s, u"rep"_s,
                       u"--from"_s,     u"2027"_s, u"--tier"_s, u"0:100"_s}
        << 1;
    QTest::newRow("show without id") << QStringList{u"commission"_s, u"plan"_s, u"show"_s} << 2;
    QTest::newRow("unknown member") << QStringList{u"commission"_s, u"--member"_s, u"R9"_s} << 1;
}

void tst_CliCommission::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliCommission)
#include "tst_cli_commission.moc"
