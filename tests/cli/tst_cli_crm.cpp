// The small CRM commands as a script uses them, including --as: a rep's commands see only
// the rep's customers.
#include "support/CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::test::CliRun;
using frontline::test::CliRunner;

class tst_CliCrm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void membersHaveCodes();
    void customerAddNormalisesAndRefusesDuplicates();
    void listFiltersAndSearch();
    void repSeesOnlyOwnCustomers();
    void activityOpportunityTaskRoundTrip();
    void badInputIsAUsageError_data();
    void badInputIsAUsageError();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliCrm::initTestCase()
{
    m_db = m_dir.filePath(u"crm.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

void tst_CliCrm::membersHaveCodes()
{
    CliRun r = cli({u"member"_s, u"add"_s, u"--name"_s, u"张伟"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"code"_s).toString(), u"R0001"_s);
    r = cli({u"member"_s, u"add"_s, u"--name"_s, u"李娜"_s, u"--role"_s, u"rep"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"code"_s).toString(), u"R0002"_s);
    r = cli({u"member"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 2);
    QCOMPARE(r.array().at(0).toObject().value(u"name"_s).toString(), u"张伟"_s);
}

void tst_CliCrm::customerAddNormalisesAndRefusesDuplicates()
{
    CliRun r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"北京华联商厦"_s, u"--phone"_s,
                    u"(+86)138-0013-8000"_s, u"--email"_s, u"Info@HuaLian.CN"_s, u"--owner"_s, u"R0001"_s,
                    u"--tag"_s, u"重点"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject c = r.object();
    QVERIFY(c.value(u"id"_s).toInteger() > 0);
    QVERIFY(c.value(u"code"_s).toString().startsWith(u'C'));
    QCOMPARE(c.value(u"phones"_s).toArray().at(0).toObject().value(u"normalized"_s).toString(),
             u"+8613800138000"_s);
    QCOMPARE(c.value(u"emails"_s).toArray().at(0).toObject().value(u"normalized"_s).toString(),
             u"info@hualian.cn"_s);
    QCOMPARE(c.value(u"owner"_s).toString(), u"张伟"_s);

    r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"另一家"_s, u"--phone"_s, u"13800138000"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("duplicate"));
    r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"上海宝钢贸易"_s, u"--owner"_s, u"R0002"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"  "_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("name"));
}

void tst_CliCrm::listFiltersAndSearch()
{
    CliRun r = cli({u"customer"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 2);
    for (const QString &typed : {u"bjhl"_s, u"beijing"_s, u"华联"_s, u"8000"_s}) {
        r = cli({u"customer"_s, u"list"_s, u"--search"_s, typed, u"--json"_s});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(u"name"_s).toString(), u"北京华联商厦"_s);
    }
    r = cli({u"customer"_s, u"list"_s, u"--owner"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    r = cli({u"customer"_s, u"list"_s, u"--tag"_s, u"重点"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    r = cli({u"customer"_s, u"list"_s}); // human table
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"上海宝钢贸易"_s));
}

void tst_CliCrm::repSeesOnlyOwnCustomers()
{
    CliRun r = cli({u"customer"_s, u"list"_s, u"--as"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(u"name"_s).toString(), u"上海宝钢贸易"_s);
    r = cli({u"customer"_s, u"list"_s, u"--search"_s, u"华联"_s, u"--as"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    r = cli({u"customer"_s, u"show"_s, u"C000001"_s, u"--as"_s, u"R0002"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    r = cli({u"activity"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--summary"_s, u"x"_s, u"--as"_s,
             u"R0002"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"customer"_s, u"list"_s, u"--as"_s, u"NOBODY"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliCrm::activityOpportunityTaskRoundTrip()
{
    CliRun r = cli({u"activity"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--kind"_s, u"call"_s,
                    u"--summary"_s, u"电话沟通报价"_s, u"--satisfaction"_s, u"5"_s, u"--follow-up"_s,
                    u"+1w"_s, u"--as"_s, u"R0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"kind"_s).toString(), u"call"_s);
    QCOMPARE(r.object().value(u"member"_s).toString(), u"张伟"_s);
    QCOMPARE(r.object().value(u"next_follow_up"_s).toString(),
             QDate::currentDate().addDays(7).toString(Qt::ISODate));
    r = cli({u"activity"_s, u"list"_s, u"--customer"_s, u"C000001"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);

    r = cli({u"opportunity"_s, u"add"_s, u"--customer"_s, u"C000001"_s, u"--title"_s, u"办公椅采购"_s,
             u"--amount"_s, u"¥12,000.50"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"amount_fen"_s).toInteger(), 1200050);
    QCOMPARE(r.object().value(u"stage"_s).toString(), u"lead"_s);
    const qint64 id = r.object().value(u"id"_s).toInteger();
    r = cli({u"opportunity"_s, u"move"_s, QString::number(id), u"--stage"_s, u"negotiation"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"weighted_fen"_s).toInteger(), 900038); // 75% of 12,000.50, half up

    r = cli({u"task"_s, u"add"_s, u"--title"_s, u"寄样品"_s, u"--assignee"_s, u"R0001"_s, u"--customer"_s,
             u"C000001"_s, u"--due"_s, u"2020-01-01"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"task"_s, u"list"_s, u"--overdue"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    r = cli({u"task"_s, u"done"_s, QString::number(r.array().at(0).toObject().value(u"id"_s).toInteger())});
    QCOMPARE(r.exitCode, 0);
    r = cli({u"task"_s, u"list"_s, u"--overdue"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    r = cli({u"order"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.array().size(), 0);
}

void tst_CliCrm::badInputIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no subcommand") << QStringList{u"customer"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"customer"_s, u"frob"_s};
    QTest::newRow("bad date") << QStringList{u"activity"_s, u"list"_s, u"--since"_s, u"yesterday-ish"_s};
    QTest::newRow("bad amount") << QStringList{u"opportunity"_s, u"add"_s,      u"--customer"_s,
                                               u"C000001"_s,     u"--amount"_s, u"12.345"_s};
    QTest::newRow("bad stage") << QStringList{u"opportunity"_s, u"list"_s, u"--stage"_s, u"nirvana"_s};
    QTest::newRow("option of another command") << QStringList{u"order"_s, u"list"_s, u"--title"_s, u"x"_s};
}

void tst_CliCrm::badInputIsAUsageError()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliCrm)
#include "tst_cli_crm.moc"
