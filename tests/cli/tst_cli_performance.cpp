// frontline-cli target, evaluate, evaluation, rank and honour as scripts use them, on the CRM
// fixture: March 2025 orders of 130000 fen for R1, R2 and R3, one visit each (satisfaction 4).
#include "support/CliRunner.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

class tst_CliPerformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void targets();
    void evaluateShowPublish();
    void rank();
    void honours();
    void asRep();
    void targetScope();
    void scorecard();
    void scorecardEdit();
    void planReview();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(QStringList args) { return m_runner.run(args << u"--db"_s << m_db); }
    CliRunner m_runner{QByteArray(TempDatabase::Passphrase)};
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliPerformance::initTestCase()
{
    m_db = m_dir.filePath(u"perf.db"_s);
    Database db;
    QVERIFY(!db.create(m_db, TempDatabase::passphrase()));
    CrmFixture fixture;
    QCOMPARE(fixture.build(db), QString());
    db.close();
}

void tst_CliPerformance::targets()
{
    // ¥1,000 for R1, ¥1,300 for R2 and ¥2,000 for R3 in March; one visit each.
    for (const auto &[code, yuan] :
         {std::pair{u"R1"_s, u"1000"_s}, std::pair{u"R2"_s, u"1,300.00"_s}, std::pair{u"R3"_s, u"2000"_s}}) {
        const CliRun r = cli({u"target"_s, u"set"_s, u"--member"_s, code, u"--period"_s, u"2025-03"_s,
                              u"--value"_s, yuan, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(u"period"_s).toString(), u"2025-03"_s);
        const CliRun v = cli({u"target"_s, u"set"_s, u"--member"_s, code, u"--period"_s, u"2025-03"_s,
                              u"--metric"_s, u"visits"_s, u"--value"_s, u"1"_s});
        QVERIFY2(v.exitCode == 0, v.err.constData());
    }
    // Bottom-up for 一组: 100000 + 130000.
    CliRun r = cli({u"target"_s, u"list"_s, u"--team"_s, u"一组"_s, u"--period"_s, u"2025-03"_s,
                    u"--metric"_s, u"revenue"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"targets"_s).toArray().size(), 2);
    QCOMPARE(r.object().value(u"bottom_up"_s).toInteger(), 230000);
    QVERIFY(r.object().value(u"effective"_s).isNull());
    // Top-down for April by weights 2:1, exact to the fen: ¥1,000.01 → 66667 + 33334.
    r = cli({u"target"_s, u"split"_s, u"--team"_s, u"一组"_s, u"--period"_s, u"2025-04"_s, u"--value"_s,
             u"1000.01"_s, u"--method"_s, u"weights"_s, u"--weights"_s, u"R1=2,R2=1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray parts = r.object().value(u"parts"_s).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value(u"member"_s).toString(), u"R1"_s);
    QCOMPARE(parts.at(0).toObject().value(u"value"_s).toInteger(), 66667);
    QCOMPARE(parts.at(1).toObject().value(u"value"_s).toInteger(), 33334);
    QCOMPARE(r.object().value(u"sum"_s).toInteger(), 100001);
    // A quarter into months, dry run: nothing written.
    r = cli({u"target"_s, u"split"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-Q3"_s, u"--into"_s,
             u"months"_s, u"--value"_s, u"1"_s, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"parts"_s).toArray().at(0).toObject().value(u"value"_s).toInteger(), 34);
    QCOMPARE(r.object().value(u"saved"_s).toBool(), false);
    r = cli({u"target"_s, u"list"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-Q3"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"targets"_s).toArray().size(), 0);
}

void tst_CliPerformance::evaluateShowPublish()
{
    // Scores (default scorecard): R1 revenue 130% → 120 (w40), new customers no target, visits
    // 100 (w10), satisfaction 4/4.5 → 88.89 (w15), retention none: (4800 + 1000 + 1333.35) / 65
    // = 109.74 → 100.00 at most. R2: (4000 + 1000 + 1333.35) / 65 = 97.44. R3: 65% → (2600 +
    // 1000 + 1333.35) / 65 = 75.90.
    CliRun r = cli({u"evaluate"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = r.object();
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    QCOMPARE(o.value(u"status"_s).toString(), u"draft"_s);
    QJsonArray lines = o.value(u"lines"_s).toArray();
    QStringList got;
    for (const QJsonValue &v : lines)
        got << u"%1 %2 %3"_s.arg(v[u"rank"_s].toInt())
                   .arg(v[u"member"_s].toString())
                   .arg(v[u"score_hundredths"_s].toInteger());
    QCOMPARE(got.join(u';'), u"1 R1 10000;2 R2 9744;3 R3 7590"_s);
    QCOMPARE(lines.at(0)[u"computed_score"_s].toDouble(), 109.74);
    QCOMPARE(lines.at(0)[u"indicators"_s].toArray().size(), 5);
    QVERIFY(!lines.at(0)[u"explanation"_s].toArray().isEmpty());

    r = cli({u"evaluate"_s, u"--period"_s, u"2025-03"_s, u"--publish"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"version"_s).toInt(), 2);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"published"_s);

    r = cli({u"evaluation"_s, u"show"_s, u"--period"_s, u"2025-03"_s, u"--version"_s, u"1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"version"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(r.object().value(u"reproducible"_s).toBool(), true);

    r = cli({u"evaluation"_s, u"adjust"_s, u"--period"_s, u"2025-03"_s, u"--version"_s, u"1"_s, u"--member"_s,
             u"R3"_s, u"--points"_s, u"2.5"_s, u"--reason"_s, u"协助新人"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject r3 = r.object().value(u"lines"_s).toArray().at(2).toObject();
    QCOMPARE(r3.value(u"member"_s).toString(), u"R3"_s);
    QCOMPARE(r3.value(u"score_hundredths"_s).toInteger(), 7840);
    QCOMPARE(r3.value(u"adjustments"_s).toArray().at(0)[u"reason"_s].toString(), u"协助新人"_s);
    // Version 2 is published: no more adjustments.
    r = cli({u"evaluation"_s, u"adjust"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R3"_s, u"--points"_s,
             u"1"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(r.exitCode, 1);

    r = cli({u"evaluation"_s, u"list"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"versions"_s).toArray().size(), 2);

    // Text output explains line by line.
    r = cli({u"evaluation"_s, u"show"_s, u"--period"_s, u"2025-03"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(
        u"Composite: (40 × 120.00 + 10 × 100.00 + 15 × 88.89) / 65 = 109.74"_s));
}

void tst_CliPerformance::rank()
{
    CliRun r = cli({u"rank"_s, u"--period"_s, u"2025-03"_s, u"--by"_s, u"score"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0)[u"member"_s].toString(), u"R1"_s);
    QCOMPARE(rows.at(0)[u"rank"_s].toInt(), 1);
    QCOMPARE(rows.at(0)[u"value"_s].toDouble(), 100.0);
    QCOMPARE(rows.at(0)[u"medal"_s].toString(), u"gold"_s);
    QCOMPARE(rows.at(2)[u"medal"_s].toString(), u"bronze"_s);
    QCOMPARE(rows.at(0)[u"movement"_s][u"direction"_s].toString(), u"new"_s);
    QCOMPARE(r.object().value(u"evaluation"_s)[u"version"_s].toInt(), 2);

    // Revenue: all three 130000 in March, nothing at all in February: nobody had a place to move
    // from, so everyone is new (no places, no previous rank) rather than "same".
    r = cli({u"rank"_s, u"--period"_s, u"2025-03"_s, u"--by"_s, u"revenue"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    rows = r.object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &v : rows) {
        QCOMPARE(v[u"rank"_s].toInt(), 1);
        QCOMPARE(v[u"value"_s].toInteger(), 130000);
        QCOMPARE(v[u"movement"_s][u"direction"_s].toString(), u"new"_s);
        QCOMPARE(v[u"movement"_s][u"places"_s].toInt(), 0);
        QVERIFY(v[u"movement"_s][u"previous_rank"_s].isNull());
    }
    // April against March: nobody sold in April (all tied first again), everyone was first in
    // March: unchanged, with the previous rank.
    r = cli({u"rank"_s, u"--period"_s, u"2025-04"_s, u"--by"_s, u"revenue"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QJsonValue &v : r.object().value(u"rows"_s).toArray()) {
        QCOMPARE(v[u"movement"_s][u"direction"_s].toString(), u"same"_s);
        QCOMPARE(v[u"movement"_s][u"previous_rank"_s].toInt(), 1);
    }
    // The table says "new" in words.
    r = cli({u"rank"_s, u"--period"_s, u"2025-03"_s, u"--by"_s, u"revenue"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).count(u"new"_s), 3);
    r = cli({u"rank"_s, u"--period"_s, u"2025-03"_s, u"--by"_s, u"visits"_s, u"--team"_s, u"二组"_s,
             u"--json"_s});
    QCOMPARE(r.object().value(u"rows"_s).toArray().size(), 1);
}

void tst_CliPerformance::honours()
{
    // Publishing March gave the rule honours; one more by hand.
    CliRun r = cli({u"honour"_s, u"award"_s, u"--member"_s, u"R2"_s, u"--period"_s, u"2025-03"_s,
                    u"--reason"_s, u"客户表扬信"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"honour"_s, u"list"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QStringList got;
    for (const QJsonValue &v : r.object().value(u"honours"_s).toArray())
        got << v[u"kind"_s].toString() + u' ' + v[u"member"_s].toString();
    got.sort();
    // R1 reached ¥1,000 on 11 March, first; one visit and one new customer each.
    QCOMPARE(got.join(u';'), u"first_to_target R1;manual R2;most_visits R1;most_visits R2;most_visits R3;"
                             u"new_customer_champion R1;new_customer_champion R2;new_customer_champion R3"_s);
}

void tst_CliPerformance::asRep()
{
    // R2 sees only their own line of the published version, and their team's ranking.
    CliRun r =
        cli({u"evaluation"_s, u"show"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R2"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"version"_s).toInt(), 2);
    QJsonArray lines = r.object().value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0)[u"member"_s].toString(), u"R2"_s);
    r = cli({u"rank"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R2"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"rows"_s).toArray().size(), 2);
    r = cli({u"evaluate"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R2"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"target"_s, u"set"_s, u"--member"_s, u"R2"_s, u"--period"_s, u"2025-05"_s, u"--value"_s, u"1"_s,
             u"--as"_s, u"R2"_s});
    QCOMPARE(r.exitCode, 1);
}

void tst_CliPerformance::targetScope()
{
    // R3 (二组) asking for 一组's or R1's targets is refused with the reason, not answered empty.
    CliRun r = cli({u"target"_s, u"list"_s, u"--team"_s, u"一组"_s, u"--period"_s, u"2025-03"_s, u"--as"_s,
                    u"R3"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"frontline-cli: A rep sees only their own targets, not those of the team 一组."_s);
    r = cli({u"target"_s, u"list"_s, u"--member"_s, u"R1"_s, u"--as"_s, u"R3"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"frontline-cli: The targets of R1 are outside what you may see."_s);
    r = cli({u"target"_s, u"split"_s, u"--member"_s, u"R1"_s, u"--period"_s, u"2025-Q3"_s, u"--into"_s,
             u"months"_s, u"--value"_s, u"1"_s, u"--dry-run"_s, u"--as"_s, u"R3"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("R1"));
    // Their own: March revenue ¥2,000 and one visit.
    r = cli({u"target"_s, u"list"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R3"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList got;
    for (const QJsonValue &v : r.object().value(u"targets"_s).toArray())
        got << u"%1 %2 %3"_s.arg(v[u"member"_s].toString(), v[u"metric"_s].toString())
                   .arg(v[u"value"_s].toInteger());
    QCOMPARE(got.join(u';'), u"R3 revenue 200000;R3 visits 1"_s);
    // M1 manages 一组: 二组 and R3 are outside; 一组 is theirs (R1 + R2 = 230000).
    r = cli(
        {u"target"_s, u"list"_s, u"--team"_s, u"二组"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"M1"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"frontline-cli: The targets of the team 二组 are outside what you may see."_s);
    r = cli({u"target"_s, u"split"_s, u"--team"_s, u"二组"_s, u"--period"_s, u"2025-06"_s, u"--value"_s,
             u"100"_s, u"--dry-run"_s, u"--as"_s, u"M1"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("二组"));
    r = cli({u"target"_s, u"list"_s, u"--team"_s, u"一组"_s, u"--period"_s, u"2025-03"_s, u"--metric"_s,
             u"revenue"_s, u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"targets"_s).toArray().size(), 2);
    QCOMPARE(r.object().value(u"bottom_up"_s).toInteger(), 230000);
}

void tst_CliPerformance::scorecard()
{
    const CliRun r = cli({u"scorecard"_s, u"--role"_s, u"rep"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray cards = r.object().value(u"scorecards"_s).toArray();
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.at(0)[u"total_weight"_s].toInt(), 100);
    QStringList got;
    for (const QJsonValue &v : cards.at(0)[u"indicators"_s].toArray())
        got << u"%1 %2"_s.arg(v[u"metric"_s].toString()).arg(v[u"weight"_s].toInt());
    QCOMPARE(got.join(u", "_s),
             u"revenue 40, new_customers 20, visits 10, satisfaction 15, retention_rate 15"_s);
    QCOMPARE(cards.at(0)[u"indicators"_s].toArray().at(4)[u"target_text"_s].toString(), u"80%"_s);
    QCOMPARE(cards.at(0)[u"key"_s].toString(), u"rep"_s);
}

void tst_CliPerformance::scorecardEdit()
{
    // No senior rep's card yet: members at that position are scored with the rep's.
    CliRun r = cli({u"scorecard"_s, u"show"_s, u"--role"_s, u"senior_rep"_s});
    QCOMPARE(r.exitCode, 1);
    const auto set = [&](const QStringList &more) {
        return cli(QStringList{u"scorecard"_s, u"set"_s, u"--role"_s, u"senior_rep"_s, u"--name"_s,
                               u"高级代表"_s, u"--json"_s} +
                   more);
    };
    // Weights 50 + 40: refused, nothing written.
    r = set({u"--indicator"_s, u"metric=revenue weight=50 rule=steps steps=110:60,140:100"_s,
             u"--indicator"_s, u"metric=visits weight=40 direction=lower target=0.8"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), u"frontline-cli: The weights add up to 90%, not 100%."_s);
    QCOMPARE(r.object().value(u"ok"_s).toBool(true), false);
    QCOMPARE(cli({u"scorecard"_s, u"show"_s, u"--role"_s, u"senior_rep"_s}).exitCode, 1);
    // A cap under 100% and thresholds out of order, each with its reason.
    r = set({u"--indicator"_s, u"metric=revenue weight=50 cap=99"_s, u"--indicator"_s,
             u"metric=visits weight=50 rule=steps steps=100:100,80:60"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Indicator 1 (Revenue): the cap must be at least 100%."));
    QVERIFY(r.err.contains(
        "Indicator 2 (Visits): thresholds must be above zero and ascending (80% after 100%)."));
    // Valid: revenue by steps, visits lower-is-better against a fixed 0.8.
    r = set({u"--indicator"_s, u"metric=revenue weight=50 rule=steps steps=110:60,140:100"_s,
             u"--indicator"_s, u"metric=visits weight=50 direction=lower target=0.8"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject card = r.object();
    QCOMPARE(card.value(u"saved"_s).toBool(), true);
    QCOMPARE(card.value(u"key"_s).toString(), u"senior_rep"_s);
    QCOMPARE(card.value(u"role"_s).toString(), u"rep"_s);
    QCOMPARE(card.value(u"total_weight"_s).toInt(), 100);
    QJsonArray indicators = card.value(u"indicators"_s).toArray();
    QCOMPARE(indicators.at(0)[u"steps"_s].toString(), u"11000:60,14000:100"_s);
    QCOMPARE(indicators.at(0)[u"rule"_s].toString(), u"steps"_s);
    QCOMPARE(indicators.at(1)[u"direction"_s].toString(), u"lower"_s);
    QCOMPARE(indicators.at(1)[u"fixed_target_milli"_s].toInteger(), 800);
    QCOMPARE(indicators.at(1)[u"target_text"_s].toString(), u"0.8"_s);

    // What show --json prints, set --file reads: the team lead's card from the senior rep's.
    r = cli({u"scorecard"_s, u"show"_s, u"--role"_s, u"senior_rep"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString file = m_dir.filePath(u"card.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(r.out);
    out.close();
    r = cli({u"scorecard"_s, u"set"_s, u"--role"_s, u"team_lead"_s, u"--file"_s, file, u"--name"_s, u"组长"_s,
             u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"role"_s).toString(), u"manager"_s);
    QCOMPARE(r.object().value(u"indicators"_s).toArray(), indicators);
    r = cli({u"scorecard"_s, u"list"_s, u"--json"_s});
    QStringList keys;
    for (const QJsonValue &v : r.object().value(u"scorecards"_s).toArray())
        keys << v[u"key"_s].toString() + u' ' + v[u"name"_s].toString();
    QCOMPARE(keys.join(u';'), u"rep Sales rep;senior_rep 高级代表;team_lead 组长"_s);

    // R1's plan makes them a senior rep: their card, and their March score with it. Revenue
    // 130000 against 100000 = 130% → the 110% step, 60; one visit against 0.8, fewer is better:
    // 2 − 1.25 = 75%; (50 × 60 + 50 × 75) / 100 = 67.50. R2 keeps the rep's card (97.44).
    r = cli({u"scorecard"_s, u"show"_s, u"--member"_s, u"R1"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"key"_s).toString(), u"rep"_s);
    r = cli({u"plan"_s, u"set"_s, u"--member"_s, u"R1"_s, u"--current"_s, u"senior_rep"_s, u"--target"_s,
             u"team_lead"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"scorecard"_s, u"show"_s, u"--member"_s, u"R1"_s, u"--json"_s});
    QCOMPARE(r.object().value(u"key"_s).toString(), u"senior_rep"_s);
    r = cli({u"evaluate"_s, u"--period"_s, u"2025-03"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList got;
    for (const QJsonValue &v : r.object().value(u"lines"_s).toArray())
        got << u"%1 %2 %3"_s.arg(v[u"member"_s].toString(), v[u"scorecard"_s].toString())
                   .arg(v[u"score_hundredths"_s].toInteger());
    QCOMPARE(got.join(u';'), u"R2 Sales rep 9744;R3 Sales rep 7590;R1 高级代表 6750"_s);

    // Only an administrator edits; the rep's card cannot be removed; the others can.
    r = cli({u"scorecard"_s, u"set"_s, u"--role"_s, u"team_lead"_s, u"--name"_s, u"x"_s, u"--as"_s, u"R2"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"scorecard"_s, u"remove"_s, u"--role"_s, u"rep"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"frontline-cli: The sales rep's scorecard is the default and cannot be removed."_s);
    r = cli({u"scorecard"_s, u"remove"_s, u"--role"_s, u"team_lead"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cli({u"scorecard"_s, u"show"_s, u"--role"_s, u"team_lead"_s}).exitCode, 1);
    // A spec that cannot be read is a usage error.
    QCOMPARE(set({u"--indicator"_s, u"metric=height weight=100"_s}).exitCode, 2);
    QCOMPARE(set({u"--indicator"_s, u"metric=revenue weight=100 colour=red"_s}).exitCode, 2);
}

void tst_CliPerformance::planReview()
{
    // R1's plan (senior rep → team lead, from scorecardEdit) reviewed by M1 on the newest version
    // of March (3, the draft scorecardEdit ran).
    CliRun r = cli({u"evaluation"_s, u"review"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R1"_s,
                    u"--comment"_s, u"谈判进步明显"_s, u"--as"_s, u"M1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"version"_s).toInt(), 3);
    QJsonObject plan;
    for (const QJsonValue &l : r.object().value(u"lines"_s).toArray()) {
        if (l[u"member"_s].toString() == u"R1"_s)
            plan = l[u"development_plan"_s].toObject();
        else
            QVERIFY(l[u"development_plan"_s].isNull()); // R2 has no plan
    }
    QCOMPARE(plan.value(u"current_position"_s).toString(), u"senior_rep"_s);
    QCOMPARE(plan.value(u"target_position"_s).toString(), u"team_lead"_s);
    QJsonArray reviews = plan.value(u"reviews"_s).toArray();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.at(0)[u"comment"_s].toString(), u"谈判进步明显"_s);
    QCOMPARE(reviews.at(0)[u"reviewer"_s].toString(), u"王经理"_s);
    QCOMPARE(reviews.at(0)[u"date"_s].toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(reviews.at(0)[u"evaluation_version"_s].toInt(), 3);
    QCOMPARE(reviews.at(0)[u"this_version"_s].toBool(), true);
    QCOMPARE(plan.value(u"explanation"_s).toArray().last().toString(),
             u"Review of this version by 王经理 on %1: 谈判进步明显"_s.arg(
                 QDate::currentDate().toString(Qt::ISODate)));
    // The member does not review their own plan; a member without a plan has nothing to review.
    r = cli({u"evaluation"_s, u"review"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R1"_s,
             u"--comment"_s, u"x"_s, u"--as"_s, u"R1"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"evaluation"_s, u"review"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R2"_s,
             u"--comment"_s, u"x"_s, u"--as"_s, u"M1"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             u"frontline-cli: The member has no development plan to review."_s);
    QCOMPARE(
        cli({u"evaluation"_s, u"review"_s, u"--period"_s, u"2025-03"_s, u"--member"_s, u"R1"_s}).exitCode, 2);
    // R1 sees their own line of the published version 2 with their plan: the review is version 3's.
    r = cli({u"evaluation"_s, u"show"_s, u"--period"_s, u"2025-03"_s, u"--as"_s, u"R1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"version"_s).toInt(), 2);
    reviews = r.object().value(u"lines"_s).toArray().at(0)[u"development_plan"_s][u"reviews"_s].toArray();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.at(0)[u"this_version"_s].toBool(), false);
    QCOMPARE(reviews.at(0)[u"evaluation_version"_s].toInt(), 3);
}

void tst_CliPerformance::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no period") << QStringList{u"evaluate"_s};
    QTest::newRow("bad period") << QStringList{u"rank"_s, u"--period"_s, u"2025-13"_s};
    QTest::newRow("bad by") << QStringList{u"rank"_s, u"--period"_s, u"2025-03"_s, u"--by"_s, u"height"_s};
    QTest::newRow("target sub") << QStringList{u"target"_s, u"grow"_s};
    QTest::newRow("member and team") << QStringList{u"target"_s,  u"set"_s,     u"--period"_s,
                                                    u"2025-03"_s, u"--value"_s, u"1"_s};
    QTest::newRow("bad method") << QStringList{u"target"_s,   u"split"_s,   u"--team"_s,   u"一组"_s,
                                               u"--period"_s, u"2025-03"_s, u"--method"_s, u"dice"_s};
    QTest::newRow("bad points") << QStringList{u"evaluation"_s, u"adjust"_s, u"--period"_s, u"2025-03"_s,
                                               u"--version"_s,  u"1"_s,      u"--member"_s, u"R1"_s,
                                               u"--points"_s,   u"lots"_s,   u"--reason"_s, u"x"_s};
}

void tst_CliPerformance::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliPerformance)
#include "tst_cli_performance.moc"
