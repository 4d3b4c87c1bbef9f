// Collected payments from the command line, as a script records them: payment add (by name,
// code or order; refunds; refused duplicates, zero and other reps' customers), list with its
// total, balances, delete and restore, import payments, and the collected measure in targets,
// rankings and reports. Figures worked out by hand in the comments.
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::test::CliRun;
using frontline::test::CliRunner;

class tst_CliPayment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addRecordsAndRefuses();
    void listWithTotal();
    void balances();
    void deleteAndRestore();
    void importPayments();
    void targetsRankingAndReport();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    bool writeFile(const QString &name, const QByteArray &content, QString *path);
    CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_first = 0;
};

bool tst_CliPayment::writeFile(const QString &name, const QByteArray &content, QString *path)
{
    *path = m_dir.filePath(name);
    QFile f(*path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

void tst_CliPayment::initTestCase()
{
    m_db = m_dir.filePath(u"pay.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"张伟"_s}).exitCode, 0); // R0001
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"李娜"_s}).exitCode, 0); // R0002
    QCOMPARE(
        cli({u"customer"_s, u"add"_s, u"--name"_s, u"北京华联商厦"_s, u"--owner"_s, u"R0001"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"customer"_s, u"add"_s, u"--name"_s, u"上海宝钢贸易"_s, u"--owner"_s, u"R0002"_s}).exitCode, 0);
    // Orders: SO-1 ¥1,300 for 北京华联商厦 (R0001), SO-2 ¥2,000 for 上海宝钢贸易 (R0002).
    QString orders;
    QVERIFY(writeFile(u"orders.csv"_s,
                      "订单号,日期,客户,业务员,产品名称,金额\n"
                      "SO-1,2025-04-01,北京华联商厦,R0001,办公椅,1300\n"
                      "SO-2,2025-04-02,上海宝钢贸易,R0002,办公桌,2000\n",
                      &orders));
    const CliRun r = cli({u"import"_s, u"orders"_s, orders, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"inserted"_s).toInt(), 2);
}

void tst_CliPayment::addRecordsAndRefuses()
{
    CliRun r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"北京华联商厦"_s, u"--order"_s, u"SO-1"_s,
                    u"--amount"_s, u"1000.50"_s, u"--date"_s, u"2025-04-03"_s, u"--method"_s, u"wechat"_s,
                    u"--no"_s, u"R-001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject p = r.object();
    m_first = p.value(u"id"_s).toInteger();
    QCOMPARE(p.value(u"amount_fen"_s).toInteger(), 100050);
    QCOMPARE(p.value(u"order_no"_s).toString(), u"SO-1"_s);
    QCOMPARE(p.value(u"member"_s).toString(), u"张伟"_s);
    QCOMPARE(p.value(u"method"_s).toString(), u"wechat"_s);
    QCOMPARE(p.value(u"paid_on"_s).toString(), u"2025-04-03"_s);
    QCOMPARE(p.value(u"payment_no"_s).toString(), u"R-001"_s);

    // By order alone: the customer and the rep are the order's. ¥0.25万 is 2500 yuan.
    r = cli({u"payment"_s, u"add"_s, u"--order"_s, u"SO-2"_s, u"--amount"_s, u"¥0.25万"_s, u"--date"_s,
             u"2025-04-30"_s, u"--method"_s, u"银行承兑汇票"_s, u"--no"_s, u"R-002"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    p = r.object();
    QCOMPARE(p.value(u"amount_fen"_s).toInteger(), 250000);
    QCOMPARE(p.value(u"customer"_s).toString(), u"上海宝钢贸易"_s);
    QCOMPARE(p.value(u"member"_s).toString(), u"李娜"_s);
    QCOMPARE(p.value(u"method"_s).toString(), u"draft"_s);

    // A refund, by customer code, as the rep.
    r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--amount"_s, u"-200"_s, u"--date"_s,
             u"2025-04-15"_s, u"--method"_s, u"现金"_s, u"--notes"_s, u"退货"_s, u"--as"_s, u"R0001"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(u"-¥200.00"_s));

    // Refused: the receipt number again, zero, a colleague's customer, a bad method, no amount.
    r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"北京华联商厦"_s, u"--amount"_s, u"5"_s, u"--no"_s,
             u"R-001"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("R-001 is already recorded"), r.err.constData());
    r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"北京华联商厦"_s, u"--amount"_s, u"0"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot be zero"), r.err.constData());
    r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"北京华联商厦"_s, u"--amount"_s, u"5"_s, u"--as"_s,
             u"R0002"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"payment"_s, u"add"_s, u"--customer"_s, u"上海宝钢贸易"_s, u"--order"_s, u"SO-1"_s,
             u"--amount"_s, u"5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not one of this customer's"), r.err.constData());
    QCOMPARE(cli({u"payment"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--amount"_s, u"5"_s, u"--method"_s,
                  u"barter"_s})
                 .exitCode,
             2);
    QCOMPARE(cli({u"payment"_s, u"add"_s, u"--customer"_s, u"C000001"_s}).exitCode, 2);
    QCOMPARE(cli({u"payment"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--amount"_s, u"1.234"_s}).exitCode,
             2);
    QCOMPARE(cli({u"payment"_s, u"frob"_s}).exitCode, 2);
}

void tst_CliPayment::listWithTotal()
{
    // April: 100050 + 250000 − 20000 = 330050.
    CliRun r = cli({u"payment"_s, u"list"_s, u"--period"_s, u"2025-04"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = r.object();
    QCOMPARE(o.value(u"count"_s).toInt(), 3);
    QCOMPARE(o.value(u"total_fen"_s).toInteger(), 330050);
    QCOMPARE(o.value(u"payments"_s).toArray().at(0).toObject().value(u"paid_on"_s).toString(),
             u"2025-04-30"_s); // newest first
    r = cli({u"payment"_s, u"list"_s, u"--rep"_s, u"R0001"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"total_fen"_s).toInteger(), 80050);
    r = cli({u"payment"_s, u"list"_s, u"--from"_s, u"2025-04-10"_s, u"--to"_s, u"2025-04-29"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"count"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"total_fen"_s).toInteger(), -20000);
    r = cli({u"payment"_s, u"list"_s, u"--customer"_s, u"上海宝钢贸易"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"count"_s).toInt(), 1);
    // A rep sees their customers' payments only.
    r = cli({u"payment"_s, u"list"_s, u"--as"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"count"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"total_fen"_s).toInteger(), 250000);
    r = cli({u"payment"_s, u"list"_s, u"--period"_s, u"2025-04"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Payments: 3, total ¥3,300.50"_s), r.out.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(u"-200.00"_s));
    QCOMPARE(cli({u"payment"_s, u"list"_s, u"--period"_s, u"2025-13"_s}).exitCode, 2);
}

void tst_CliPayment::balances()
{
    // 北京华联商厦: 130000 − (100050 − 20000) = 49950; 上海宝钢贸易: 200000 − 250000 = −50000.
    CliRun r = cli({u"payment"_s, u"balances"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.object();
    const QJsonArray rows = o.value(u"balances"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"customer"_s).toString(), u"北京华联商厦"_s);
    QCOMPARE(rows.at(0).toObject().value(u"owner"_s).toString(), u"张伟"_s);
    QCOMPARE(rows.at(0).toObject().value(u"billed_fen"_s).toInteger(), 130000);
    QCOMPARE(rows.at(0).toObject().value(u"collected_fen"_s).toInteger(), 80050);
    QCOMPARE(rows.at(0).toObject().value(u"outstanding_fen"_s).toInteger(), 49950);
    QCOMPARE(rows.at(1).toObject().value(u"outstanding_fen"_s).toInteger(), -50000);
    QCOMPARE(o.value(u"outstanding_fen"_s).toInteger(), -50); // 330000 − 330050
    r = cli({u"payment"_s, u"balances"_s});
    QVERIFY2(QString::fromUtf8(r.out).contains(u"499.50"_s), r.out.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(u"-500.00"_s));
    r = cli({u"payment"_s, u"balances"_s, u"--as"_s, u"R0001"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"balances"_s).toArray().size(), 1);
}

void tst_CliPayment::deleteAndRestore()
{
    const QString id = QString::number(m_first);
    // Reps may record payments but not take them back (Orders: no Delete for reps).
    CliRun r = cli({u"payment"_s, u"delete"_s, id, u"--as"_s, u"R0001"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"payment"_s, u"delete"_s, id, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"deleted"_s).toBool(), true);
    QCOMPARE(cli({u"payment"_s, u"list"_s, u"--json"_s}).object().value(u"total_fen"_s).toInteger(), 230000);
    QCOMPARE(cli({u"payment"_s, u"delete"_s, id}).exitCode, 1); // already gone
    r = cli({u"payment"_s, u"restore"_s, id, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"amount_fen"_s).toInteger(), 100050);
    QCOMPARE(cli({u"payment"_s, u"list"_s, u"--json"_s}).object().value(u"total_fen"_s).toInteger(), 330050);
    QCOMPARE(cli({u"payment"_s, u"delete"_s, u"x"_s}).exitCode, 2);
    r = cli({u"audit"_s, u"--json"_s});
    const QByteArray target = "payment:" + id.toUtf8();
    QVERIFY2(r.out.contains(target), r.out.constData());
}

void tst_CliPayment::importPayments()
{
    QString file;
    QVERIFY(writeFile(u"receipts.csv"_s,
                      "收款单号,客户名称,订单编号,收款日期,收款金额,收款方式\n"
                      "SK-1,北京华联商厦,SO-1,2025-05-06,299.50,电汇\n"
                      "R-002,上海宝钢贸易,,2025-05-06,100,现金\n"
                      "SK-2,上海宝钢贸易,SO-1,2025-05-07,100,现金\n",
                      &file));
    CliRun r = cli({u"import"_s, u"payments"_s, file, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"inserted"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"skipped"_s).toInt(), 1);  // R-002 was added by hand
    QCOMPARE(r.object().value(u"rejected"_s).toInt(), 1); // SO-1 is not 上海宝钢贸易's
    r = cli({u"payment"_s, u"list"_s, u"--period"_s, u"2025-05"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"total_fen"_s).toInteger(), 29950);
    // Support staff import no money.
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"客服小周"_s, u"--role"_s, u"support"_s, u"--code"_s,
                  u"S01"_s})
                 .exitCode,
             0);
    r = cli({u"import"_s, u"payments"_s, file, u"--as"_s, u"S01"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliPayment::targetsRankingAndReport()
{
    CliRun r = cli({u"target"_s, u"set"_s, u"--member"_s, u"R0001"_s, u"--period"_s, u"2025-04"_s,
                    u"--metric"_s, u"collected"_s, u"--value"_s, u"1000"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"target"_s, u"list"_s, u"--metric"_s, u"collected"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray targets = r.object().value(u"targets"_s).toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.at(0).toObject().value(u"value"_s).toInteger(), 100000);
    QCOMPARE(targets.at(0).toObject().value(u"metric"_s).toString(), u"collected"_s);

    // April: 李娜 250000, 张伟 80050.
    r = cli({u"rank"_s, u"--by"_s, u"collected"_s, u"--period"_s, u"2025-04"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(0).toObject().value(u"member"_s).toString(), u"R0002"_s);
    QCOMPARE(rows.at(0).toObject().value(u"value"_s).toInteger(), 250000);
    QCOMPARE(rows.at(1).toObject().value(u"member"_s).toString(), u"R0001"_s);
    QCOMPARE(rows.at(1).toObject().value(u"value"_s).toInteger(), 80050);

    // Attainment of 张伟's collected target: 80050 / 100000.
    r = cli({u"report"_s, u"attainment"_s, u"--measure"_s, u"collected"_s, u"--period"_s, u"2025-04"_s,
             u"--today"_s, u"2025-05-10"_s, u"--as"_s, u"R0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("80050") && r.out.contains("100000"), r.out.constData());
    r = cli({u"report"_s, u"ranking"_s, u"--measure"_s, u"collected"_s, u"--period"_s, u"2025-04"_s,
             u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("250000"), r.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliPayment)
#include "tst_cli_payment.moc"
