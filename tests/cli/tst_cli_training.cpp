// frontline-cli training and plan as scripts use them, on the CRM fixture (M1 manages 一组 with
// R1 and R2; R3 is in 二组).
#include "support/CliRunner.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

class tst_CliTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sessionsAttendanceScores();
    void repSeesOwnOnly();
    void plans();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    CliRunner m_runner{QByteArray(TempDatabase::Passphrase)};
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_session = 0;
};

void tst_CliTraining::initTestCase()
{
    m_db = m_dir.filePath(u"training.db"_s);
    Database db;
    QVERIFY(!db.create(m_db, TempDatabase::passphrase()));
    CrmFixture fixture;
    QCOMPARE(fixture.build(db), QString());
    db.close();
}

void tst_CliTraining::sessionsAttendanceScores()
{
    CliRun r = cli({u"training"_s, u"add"_s, u"--title"_s, u"大客户谈判"_s, u"--topic"_s, u"sales_skills"_s,
                    u"--date"_s, u"2025-03-07"_s, u"--trainer"_s, u"陈老师"_s, u"--duration"_s, u"120"_s,
                    u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_session = r.object().value(u"id"_s).toInteger();
    QVERIFY(m_session > 0);
    QCOMPARE(r.object().value(u"date"_s).toString(), u"2025-03-07"_s);
    QCOMPARE(r.object().value(u"duration_min"_s).toInt(), 120);
    const QString id = QString::number(m_session);
    QCOMPARE(cli({u"training"_s, u"attend"_s, id, u"--member"_s, u"R1"_s, u"--as"_s, u"M1"_s}).exitCode, 0);
    QCOMPARE(cli({u"training"_s, u"attend"_s, id, u"--member"_s, u"R2"_s, u"--absent"_s, u"--as"_s, u"M1"_s})
                 .exitCode,
             0);
    // R3 is not M1's.
    r = cli({u"training"_s, u"attend"_s, id, u"--member"_s, u"R3"_s, u"--as"_s, u"M1"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    r = cli({u"training"_s, u"score"_s, id, u"--member"_s, u"R1"_s, u"--score"_s, u"87"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"score"_s).toInt(), 87);
    QCOMPARE(cli({u"training"_s, u"score"_s, id, u"--member"_s, u"R2"_s, u"--score"_s, u"90"_s}).exitCode, 0);
    r = cli({u"training"_s, u"show"_s, id, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject show = r.object();
    QCOMPARE(show.value(u"invited"_s).toInt(), 2);
    QCOMPARE(show.value(u"attended"_s).toInt(), 2);       // a score means R2 came after all
    QCOMPARE(show.value(u"average_score"_s).toInt(), 89); // (87 + 90) / 2 = 88.5, half up
    const QJsonArray list = show.value(u"attendance"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"member"_s).toString(), u"R1"_s);
    QCOMPARE(list.at(0).toObject().value(u"score"_s).toInt(), 87);
    r = cli({u"training"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    r = cli({u"training"_s, u"list"_s, u"--topic"_s, u"product_knowledge"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    r = cli({u"training"_s, u"edit"_s, id, u"--title"_s, u"大客户谈判（二期）"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Titles are cleaned like every name: full-width brackets become ASCII ones.
    QCOMPARE(r.object().value(u"title"_s).toString(), u"大客户谈判(二期)"_s);
    QCOMPARE(r.object().value(u"trainer"_s).toString(), u"陈老师"_s); // kept
    // Text output names the people.
    r = cli({u"training"_s, u"show"_s, id});
    QVERIFY(QString::fromUtf8(r.out).contains(u"张伟"_s));
}

void tst_CliTraining::repSeesOwnOnly()
{
    QVERIFY(m_session);
    CliRun r = cli({u"training"_s, u"list"_s, u"--member"_s, u"R1"_s, u"--as"_s, u"R1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(u"score"_s).toInt(), 87);
    r = cli({u"training"_s, u"show"_s, QString::number(m_session), u"--as"_s, u"R1"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"attendance"_s).toArray().size(), 1); // not R2's score
    QCOMPARE(cli({u"training"_s, u"list"_s, u"--as"_s, u"R3"_s, u"--json"_s}).array().size(), 0);
    // A rep may not score.
    r = cli({u"training"_s, u"score"_s, QString::number(m_session), u"--member"_s, u"R1"_s, u"--score"_s,
             u"100"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliTraining::plans()
{
    CliRun r = cli({u"plan"_s, u"set"_s, u"--member"_s, u"R1"_s, u"--current"_s, u"rep"_s, u"--target"_s,
                    u"team_lead"_s, u"--notes"_s, u"两年内带队"_s, u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"career_path"_s).toArray().size(), 3);
    QCOMPARE(r.object().value(u"career_path"_s).toArray().at(1).toString(), u"senior_rep"_s);
    QCOMPARE(cli({u"plan"_s, u"goal"_s, u"--member"_s, u"R1"_s, u"--text"_s, u"季度回款 50 万"_s}).exitCode,
             0);
    QCOMPARE(cli({u"plan"_s, u"skill"_s, u"--member"_s, u"R1"_s, u"--name"_s, u"谈判"_s, u"--level"_s, u"2"_s,
                  u"--target-level"_s, u"4"_s})
                 .exitCode,
             0);
    r = cli({u"plan"_s, u"milestone"_s, u"--member"_s, u"R1"_s, u"--title"_s, u"完成谈判课程"_s, u"--due"_s,
             u"2025-06-30"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 milestone =
        r.object().value(u"milestones"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    r = cli({u"plan"_s, u"milestone"_s, QString::number(milestone), u"--status"_s, u"done"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"milestones_done"_s).toInt(), 1);
    r = cli({u"plan"_s, u"review"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-Q1"_s, u"--comment"_s,
             u"进步明显"_s, u"--date"_s, u"2025-04-02"_s, u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject review = r.object().value(u"reviews"_s).toArray().at(0).toObject();
    QCOMPARE(review.value(u"period"_s).toString(), u"2025-Q1"_s);
    QCOMPARE(review.value(u"reviewer"_s).toString(), u"王经理"_s);
    QCOMPARE(review.value(u"date"_s).toString(), u"2025-04-02"_s);
    // The rep reads their plan but cannot review it, nor see R2's.
    r = cli({u"plan"_s, u"show"_s, u"--as"_s, u"R1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"goals"_s).toArray().size(), 1);
    QCOMPARE(r.object().value(u"skills"_s).toArray().at(0).toObject().value(u"target_level"_s).toInt(), 4);
    QCOMPARE(cli({u"plan"_s, u"review"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-Q1"_s, u"--comment"_s,
                  u"好"_s, u"--as"_s, u"R1"_s})
                 .exitCode,
             1);
    QCOMPARE(cli({u"plan"_s, u"show"_s, u"--member"_s, u"R2"_s, u"--as"_s, u"R1"_s}).exitCode, 1);
    QCOMPARE(cli({u"plan"_s, u"list"_s, u"--as"_s, u"M1"_s, u"--json"_s}).array().size(), 1);
    r = cli({u"plan"_s, u"show"_s, u"--member"_s, u"R1"_s});
    QVERIFY(QString::fromUtf8(r.out).contains(u"→"_s));
}

void tst_CliTraining::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no subcommand") << QStringList{u"training"_s} << 2;
    QTest::newRow("unknown subcommand") << QStringList{u"plan"_s, u"fly"_s} << 2;
    QTest::newRow("show without id") << QStringList{u"training"_s, u"show"_s} << 2;
    QTest::newRow("bad date") << QStringList{u"training"_s, u"add"_s,    u"--title"_s,
                                             u"x"_s,        u"--date"_s, u"soon"_s}
                              << 2;
    QTest::newRow("score out of range")
        << QStringList{u"training"_s, u"score"_s, u"1"_s, u"--member"_s, u"R1"_s, u"--score"_s, u"101"_s}
        << 2;
    QTest::newRow("attend without member") << QStringList{u"training"_s, u"attend"_s, u"1"_s} << 2;
    QTest::newRow("unknown topic") << QStringList{u"training"_s, u"add"_s,     u"--title"_s,
                                                  u"x"_s,        u"--topic"_s, u"cooking"_s}
                                   << 1;
    QTest::newRow("review of a day") << QStringList{u"plan"_s,     u"review"_s,     u"--member"_s,  u"R1"_s,
                                                    u"--period"_s, u"2025-03-07"_s, u"--comment"_s, u"x"_s}
                                     << 1;
    QTest::newRow("remove what") << QStringList{u"plan"_s, u"remove"_s, u"plan"_s, u"1"_s} << 2;
}

void tst_CliTraining::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliTraining)
#include "tst_cli_training.moc"
