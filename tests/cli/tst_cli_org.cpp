// The org tree and tasks from the command line: team list|add|rename|move|remove, member
// edit|duties, and task add --opportunity, comment, show, list --mine|--team, each inside the
// access scope of --as.
#include "support/CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::test::CliRun;
using frontline::test::CliRunner;

class tst_CliOrg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void teams();
    void members();
    void duties();
    void tasks();
    void badInput_data();
    void badInput();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    QJsonObject teamNamed(const QString &name);
    CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_db;
};

QJsonObject tst_CliOrg::teamNamed(const QString &name)
{
    const QJsonArray teams = cli({u"team"_s, u"list"_s, u"--json"_s}).array();
    for (const QJsonValue &t : teams) {
        if (t.toObject().value(u"name"_s).toString() == name)
            return t.toObject();
    }
    return {};
}

void tst_CliOrg::initTestCase()
{
    m_db = m_dir.filePath(u"org.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    // 华星 ─ 华东大区 ─ 一组 (M0001 王经理, R0001 张伟), 二组 (R0002 李娜)
    QCOMPARE(cli({u"team"_s, u"add"_s, u"华星"_s, u"--kind"_s, u"company"_s}).exitCode, 0);
    QCOMPARE(cli({u"team"_s, u"add"_s, u"华东大区"_s, u"--parent"_s, u"华星"_s, u"--kind"_s, u"region"_s})
                 .exitCode,
             0);
    QCOMPARE(cli({u"team"_s, u"add"_s, u"一组"_s, u"--parent"_s, u"华东大区"_s}).exitCode, 0);
    const CliRun r = cli({u"team"_s, u"add"_s, u"二组"_s, u"--parent"_s, u"华东大区"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"kind"_s).toString(), u"team"_s);
    for (const QStringList &m :
         {QStringList{u"王经理"_s, u"manager"_s, u"一组"_s}, QStringList{u"张伟"_s, u"rep"_s, u"一组"_s},
          QStringList{u"李娜"_s, u"rep"_s, u"二组"_s}}) {
        const CliRun added =
            cli({u"member"_s, u"add"_s, u"--name"_s, m.at(0), u"--role"_s, m.at(1), u"--team"_s, m.at(2)});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

void tst_CliOrg::teams()
{
    QJsonObject one = teamNamed(u"一组"_s);
    QCOMPARE(one.value(u"parent"_s).toString(), u"华东大区"_s);
    QCOMPARE(one.value(u"active_members"_s).toInt(), 2);
    QCOMPARE(cli({u"team"_s, u"list"_s, u"--json"_s}).array().size(), 4);

    // The manager renames their own team, not another.
    CliRun r = cli({u"team"_s, u"rename"_s, u"一组"_s, u"精英组"_s, u"--as"_s, u"M0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"name"_s).toString(), u"精英组"_s);
    r = cli({u"team"_s, u"rename"_s, u"二组"_s, u"我的组"_s, u"--as"_s, u"M0001"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(teamNamed(u"我的组"_s).isEmpty());
    // A rep changes nothing.
    QCOMPARE(
        cli({u"team"_s, u"add"_s, u"三组"_s, u"--parent"_s, u"精英组"_s, u"--as"_s, u"R0001"_s}).exitCode, 1);

    // No cycles.
    r = cli({u"team"_s, u"move"_s, u"华东大区"_s, u"精英组"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("below itself"), r.err.constData());
    QCOMPARE(teamNamed(u"华东大区"_s).value(u"parent"_s).toString(), u"华星"_s);
    // A new team moved, then removed while empty.
    QCOMPARE(cli({u"team"_s, u"add"_s, u"三组"_s, u"--parent"_s, u"华星"_s}).exitCode, 0);
    r = cli({u"team"_s, u"move"_s, u"三组"_s, u"华东大区"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"parent_id"_s).toInteger(),
             teamNamed(u"华东大区"_s).value(u"id"_s).toInteger());
    QCOMPARE(cli({u"team"_s, u"remove"_s, u"三组"_s}).exitCode, 0);
    QVERIFY(teamNamed(u"三组"_s).isEmpty());

    // 二组 has 李娜: removed only with somewhere for her to go.
    r = cli({u"team"_s, u"remove"_s, u"二组"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 member"), r.err.constData());
    r = cli({u"team"_s, u"remove"_s, u"二组"_s, u"--move-members-to"_s, u"精英组"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray members = cli({u"member"_s, u"list"_s, u"--team"_s, u"精英组"_s, u"--json"_s}).array();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(2).toObject().value(u"code"_s).toString(), u"R0002"_s);
    // Put 二组 back for the other tests.
    QCOMPARE(cli({u"team"_s, u"add"_s, u"二组"_s, u"--parent"_s, u"华东大区"_s}).exitCode, 0);
    QCOMPARE(cli({u"member"_s, u"edit"_s, u"R0002"_s, u"--team"_s, u"二组"_s}).exitCode, 0);
}

void tst_CliOrg::members()
{
    CliRun r = cli({u"member"_s, u"edit"_s, u"R0001"_s, u"--name"_s, u"张伟伟"_s, u"--manager"_s, u"yes"_s,
                    u"--phone"_s, u"138 0013 8000"_s, u"--as"_s, u"M0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"name"_s).toString(), u"张伟伟"_s);
    QCOMPARE(r.object().value(u"role"_s).toString(), u"manager"_s);
    QCOMPARE(r.object().value(u"phone"_s).toString(), u"+8613800138000"_s);
    r = cli({u"member"_s, u"edit"_s, u"R0001"_s, u"--manager"_s, u"no"_s, u"--status"_s, u"inactive"_s,
             u"--json"_s});
    QCOMPARE(r.object().value(u"role"_s).toString(), u"rep"_s);
    QCOMPARE(r.object().value(u"active"_s).toBool(), false);
    QCOMPARE(cli({u"member"_s, u"list"_s, u"--active"_s, u"--json"_s}).array().size(), 2);
    QCOMPARE(cli({u"member"_s, u"edit"_s, u"R0001"_s, u"--status"_s, u"active"_s}).exitCode, 0);

    // Outside the manager's subtree, and a rep editing: refused, nothing changes.
    QCOMPARE(cli({u"member"_s, u"edit"_s, u"R0002"_s, u"--name"_s, u"x"_s, u"--as"_s, u"M0001"_s}).exitCode,
             1);
    QCOMPARE(cli({u"member"_s, u"edit"_s, u"R0001"_s, u"--name"_s, u"x"_s, u"--as"_s, u"R0001"_s}).exitCode,
             1);
    QCOMPARE(
        cli({u"member"_s, u"edit"_s, u"R0001"_s, u"--team"_s, u"二组"_s, u"--as"_s, u"M0001"_s}).exitCode, 1);
    const QJsonArray all = cli({u"member"_s, u"list"_s, u"--json"_s}).array();
    QCOMPARE(all.at(1).toObject().value(u"name"_s).toString(), u"张伟伟"_s);
    QCOMPARE(all.at(2).toObject().value(u"name"_s).toString(), u"李娜"_s);
    // The edits are in the audit log.
    r = cli({u"audit"_s, u"--action"_s, u"org_change"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("org_change"));
    QVERIFY(r.out.contains("name 张伟 → 张伟伟"));
}

void tst_CliOrg::duties()
{
    CliRun r = cli({u"member"_s, u"duties"_s, u"rep"_s, u"--duty"_s, u"每周拜访 10 家客户"_s, u"--duty"_s,
                    u"按时回款"_s, u"--as"_s, u"M0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"duties"_s).toArray(), (QJsonArray{u"每周拜访 10 家客户"_s, u"按时回款"_s}));
    QCOMPARE(
        cli({u"member"_s, u"duties"_s, u"rep"_s, u"--duty"_s, u"偷懒"_s, u"--as"_s, u"R0002"_s}).exitCode, 1);
    r = cli({u"member"_s, u"duties"_s, u"rep"_s});
    QVERIFY(r.out.contains("2. 按时回款"));
    QCOMPARE(cli({u"member"_s, u"duties"_s, u"rep"_s, u"--clear"_s, u"--json"_s}).object().value(u"duties"_s),
             QJsonValue(QJsonArray()));
}

void tst_CliOrg::tasks()
{
    CliRun r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"上海宝钢贸易"_s, u"--owner"_s, u"R0002"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"customer"_s, u"add"_s, u"--name"_s, u"北京华联商厦"_s, u"--owner"_s, u"R0001"_s, u"--json"_s});
    const qint64 c1 = r.object().value(u"id"_s).toInteger();
    r = cli({u"opportunity"_s, u"add"_s, u"--customer"_s, QString::number(c1), u"--title"_s, u"办公椅采购"_s,
             u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 opportunity = r.object().value(u"id"_s).toInteger();

    // The opportunity brings its customer; another rep may not use it.
    r = cli({u"task"_s, u"add"_s, u"--title"_s, u"准备报价"_s, u"--opportunity"_s,
             QString::number(opportunity), u"--as"_s, u"R0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"opportunity_id"_s).toInteger(), opportunity);
    QCOMPARE(r.object().value(u"customer_id"_s).toInteger(), c1);
    const QString task = QString::number(r.object().value(u"id"_s).toInteger());
    QCOMPARE(cli({u"task"_s, u"add"_s, u"--title"_s, u"抢单"_s, u"--opportunity"_s,
                  QString::number(opportunity), u"--as"_s, u"R0002"_s})
                 .exitCode,
             1);
    QCOMPARE(cli({u"task"_s, u"add"_s, u"--title"_s, u"李娜的事"_s, u"--as"_s, u"R0002"_s}).exitCode, 0);

    // Comments: who and when, in task show.
    r = cli({u"task"_s, u"comment"_s, task, u"客户要样品"_s, u"--as"_s, u"R0001"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"author"_s).toString(), u"张伟伟"_s);
    QCOMPARE(cli({u"task"_s, u"comment"_s, task, u"好的"_s, u"--as"_s, u"M0001"_s}).exitCode, 0);
    QCOMPARE(cli({u"task"_s, u"comment"_s, task, u"路过"_s, u"--as"_s, u"R0002"_s}).exitCode, 1);
    r = cli({u"task"_s, u"show"_s, task, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray comments = r.object().value(u"comments"_s).toArray();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).toObject().value(u"body"_s).toString(), u"客户要样品"_s);
    QCOMPARE(comments.at(1).toObject().value(u"author"_s).toString(), u"王经理"_s);
    QCOMPARE(r.object().value(u"opportunity"_s).toString(), u"办公椅采购"_s);
    r = cli({u"task"_s, u"show"_s, task});
    QVERIFY(r.out.contains("王经理: 好的"));
    QCOMPARE(cli({u"task"_s, u"show"_s, task, u"--as"_s, u"R0002"_s}).exitCode, 1);

    // --mine: the member's own; --team: the team's and below.
    r = cli({u"task"_s, u"list"_s, u"--mine"_s, u"--as"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(u"title"_s).toString(), u"李娜的事"_s);
    r = cli({u"task"_s, u"list"_s, u"--mine"_s, u"--as"_s, u"M0001"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    r = cli({u"task"_s, u"list"_s, u"--team"_s, u"精英组"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    r = cli({u"task"_s, u"list"_s, u"--team"_s, u"华东大区"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 2);
    r = cli({u"task"_s, u"list"_s, u"--team"_s, u"华东大区"_s, u"--as"_s, u"R0002"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
}

void tst_CliOrg::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("team rename without a name") << QStringList{u"team"_s, u"rename"_s, u"二组"_s} << 2;
    QTest::newRow("no such team") << QStringList{u"team"_s, u"remove"_s, u"九组"_s} << 1;
    QTest::newRow("bad kind") << QStringList{u"team"_s, u"add"_s, u"X"_s, u"--kind"_s, u"club"_s} << 1;
    QTest::newRow("bad status") << QStringList{u"member"_s, u"edit"_s, u"R0001"_s, u"--status"_s, u"gone"_s}
                                << 2;
    QTest::newRow("bad manager flag")
        << QStringList{u"member"_s, u"edit"_s, u"R0001"_s, u"--manager"_s, u"maybe"_s} << 2;
    QTest::newRow("no such member") << QStringList{u"member"_s, u"edit"_s, u"R0099"_s, u"--name"_s, u"x"_s}
                                    << 1;
    QTest::newRow("bad role") << QStringList{u"member"_s, u"duties"_s, u"boss"_s} << 2;
    QTest::newRow("mine as administrator") << QStringList{u"task"_s, u"list"_s, u"--mine"_s} << 2;
    QTest::newRow("bad opportunity") << QStringList{u"task"_s, u"add"_s,           u"--title"_s,
                                                    u"x"_s,    u"--opportunity"_s, u"abc"_s}
                                     << 2;
    QTest::newRow("blank comment") << QStringList{u"task"_s, u"comment"_s, u"1"_s, u" "_s} << 1;
}

void tst_CliOrg::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(cli(args).exitCode, exitCode);
}

QTEST_GUILESS_MAIN(tst_CliOrg)
#include "tst_cli_org.moc"
