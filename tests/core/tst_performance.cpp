// Performance management on hand-computed numbers: every scoring rule at and around its
// boundaries, exact splits, targets, evaluations with frozen snapshots (an order edited after
// publishing does not move the result; re-running makes a new version), ranking ties and
// movement, and the honour rules.
//
// The data set (CrmFixture plus buildWorld()): R1 张伟 and R2 李娜 in 一组 (manager M1), R3 刘洋 in
// 二组. March 2025: one order of 130000 fen each (R1 11 March, R2 12 March, R3 13 March), one
// visit each (satisfaction 4). R1 also sold 50000 to c1 on 15 January and 10 February.
// Revenue targets: R1 Jan 50000, Feb 50000, Mar 100000; R2 Mar 130000; R3 Mar 200000.
// New-customer targets (March): R1 1, R2 2. Visit targets (March): R1 1, R2 1, R3 4.
#include "analytics/Rollups.h"
#include "performance/Evaluations.h"
#include "performance/Honours.h"
#include "performance/Rankings.h"
#include "performance/Scorecards.h"
#include "performance/Scoring.h"
#include "performance/TargetPlanner.h"
#include "repositories/ActivityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "training/DevelopmentPlans.h"

#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::performance;
using namespace frontline::test;
using analytics::Measure;
using analytics::Period;
using analytics::Value;

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(ScoreRule)

class tst_Performance : public QObject
{
    Q_OBJECT

private slots:
    void scoring_data();
    void scoring();
    void composite_data();
    void composite();
    void apportion_data();
    void apportion();
    void mulDivIsExact();
    void pointsAndSteps();
    void defaultScorecard();
    void scorecardValidation_data();
    void scorecardValidation();
    void scorecardPerPosition();
    void targets();
    void targetReadScope();
    void splitTeam();
    void splitPeriod();
    void evaluationSnapshot();
    void publishedResultIsFrozen();
    void adjustments();
    void planReviewedInEvaluation();
    void scopeOfEvaluations();
    void rankTiesAndMovement_data();
    void rankTiesAndMovement();
    void rankByScore();
    void rankByMeasure();
    void honourRules();
    void honourByHand();
    void honoursComeFromTheSnapshot();

private:
    // Fills db with the data set above; returns what failed.
    QString buildWorld(Database &db, CrmFixture &f);
};

// ---------------------------------------------------------------------------------------------
// Scoring rules, all numbers worked out by hand.

void tst_Performance::scoring_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<ScoreRule>("rule");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("target"); // thousandths; 0: none
    QTest::addColumn<bool>("scored");
    QTest::addColumn<qint64>("achievement");
    QTest::addColumn<qint64>("score");

    const auto H = Direction::HigherBetter;
    const auto L = Direction::LowerBetter;
    const auto lin = ScoreRule::Linear;
    const auto st = ScoreRule::Steps;
    const QString steps = u"8000:60,10000:100,12000:120"_s;
    // Linear, higher is better. 130000 fen against 100000 fen: 130% → capped at 120%.
    QTest::newRow("linear over cap") << H << lin << 12000LL << QString() << 130000LL << 1LL << 100000000LL
                                     << true << 13000LL << 12000LL;
    QTest::newRow("linear exactly at cap")
        << H << lin << 12000LL << QString() << 120000LL << 1LL << 100000000LL << true << 12000LL << 12000LL;
    QTest::newRow("linear just below cap") << H << lin << 12000LL << QString() << 119994LL << 1LL
                                           << 100000000LL << true << 11999LL << 11999LL; // 11999.4 bp
    QTest::newRow("linear on target")
        << H << lin << 12000LL << QString() << 1LL << 1LL << 1000LL << true << 10000LL << 10000LL;
    QTest::newRow("linear zero") << H << lin << 12000LL << QString() << 0LL << 1LL << 5000LL << true << 0LL
                                 << 0LL;
    QTest::newRow("linear cap 150%") << H << lin << 15000LL << QString() << 3LL << 2LL << 1000LL << true
                                     << 15000LL << 15000LL;
    // 4 against 4.5: 8888.9 bp → 8889.
    QTest::newRow("average against fixed")
        << H << lin << 12000LL << QString() << 4LL << 1LL << 4500LL << true << 8889LL << 8889LL;
    // A ratio 3/4 against 80% (800): 93.75%.
    QTest::newRow("ratio against fixed")
        << H << lin << 12000LL << QString() << 3LL << 4LL << 800LL << true << 9375LL << 9375LL;
    // 1 of 3 against 1: 33.333…% → 3333 bp.
    QTest::newRow("rounded down") << H << lin << 12000LL << QString() << 1LL << 3LL << 1000LL << true
                                  << 3333LL << 3333LL;
    // 2 of 3: 6666.67 → 6667 (half up).
    QTest::newRow("rounded up") << H << lin << 12000LL << QString() << 2LL << 3LL << 1000LL << true << 6667LL
                                << 6667LL;
    // 1 of 8 against 1: 1250 bp exactly; 1 of 16 000: 0.625 bp → 1 (half up).
    QTest::newRow("half up") << H << lin << 12000LL << QString() << 1LL << 16000LL << 1000LL << true << 1LL
                             << 1LL;
    // Lower is better: 2 − value / target. 8 days against 10: 120%; 10 → 100%; 15 → 50%;
    // 20 → 0; 25 → 0 (never negative); 0 → 200% → capped 120%.
    QTest::newRow("lower better under target")
        << L << lin << 12000LL << QString() << 8LL << 1LL << 10000LL << true << 12000LL << 12000LL;
    QTest::newRow("lower better on target")
        << L << lin << 12000LL << QString() << 10LL << 1LL << 10000LL << true << 10000LL << 10000LL;
    QTest::newRow("lower better over target")
        << L << lin << 12000LL << QString() << 15LL << 1LL << 10000LL << true << 5000LL << 5000LL;
    QTest::newRow("lower better twice the target")
        << L << lin << 12000LL << QString() << 20LL << 1LL << 10000LL << true << 0LL << 0LL;
    QTest::newRow("lower better far over")
        << L << lin << 12000LL << QString() << 25LL << 1LL << 10000LL << true << 0LL << 0LL;
    QTest::newRow("lower better zero")
        << L << lin << 12000LL << QString() << 0LL << 1LL << 10000LL << true << 20000LL << 12000LL;
    // Steps 80% → 60, 100% → 100, 120% → 120; exactly at a threshold counts.
    QTest::newRow("steps below first")
        << H << st << 0LL << steps << 7999LL << 1LL << 10000000LL << true << 7999LL << 0LL;
    QTest::newRow("steps exactly first")
        << H << st << 0LL << steps << 8000LL << 1LL << 10000000LL << true << 8000LL << 6000LL;
    QTest::newRow("steps between") << H << st << 0LL << steps << 9999LL << 1LL << 10000000LL << true << 9999LL
                                   << 6000LL;
    QTest::newRow("steps exactly target")
        << H << st << 0LL << steps << 10000LL << 1LL << 10000000LL << true << 10000LL << 10000LL;
    QTest::newRow("steps exactly top")
        << H << st << 0LL << steps << 12000LL << 1LL << 10000000LL << true << 12000LL << 12000LL;
    QTest::newRow("steps above top") << H << st << 0LL << steps << 30000LL << 1LL << 10000000LL << true
                                     << 30000LL << 12000LL;
    // Lower is better with steps: 9 against 10 → 110% → the 100 step.
    QTest::newRow("steps lower better")
        << L << st << 0LL << steps << 9LL << 1LL << 10000LL << true << 11000LL << 10000LL;
    // Nothing to score.
    QTest::newRow("no target") << H << lin << 12000LL << QString() << 5LL << 1LL << 0LL << false << 0LL
                               << 0LL;
    QTest::newRow("undefined value") << H << lin << 12000LL << QString() << 0LL << 0LL << 800LL << false
                                     << 0LL << 0LL;
}

void tst_Performance::scoring()
{
    QFETCH(Direction, direction);
    QFETCH(ScoreRule, rule);
    QFETCH(qint64, cap);
    QFETCH(QString, steps);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, target);
    QFETCH(bool, scored);
    QFETCH(qint64, achievement);
    QFETCH(qint64, score);

    Indicator i;
    i.measure = Measure::Visits;
    i.direction = direction;
    i.rule = rule;
    i.capBp = cap;
    i.steps = Scoring::parseSteps(steps).value();
    i.weight = 10;
    const Value v{analytics::ValueType::Average, num, den, true};
    const IndicatorScore s = Scoring::score(i, v, target ? std::optional<qint64>(target) : std::nullopt);
    QCOMPARE(s.scored, scored);
    QCOMPARE(s.achievementBp, achievement);
    QCOMPARE(s.score, score);
    QVERIFY(!s.explanation.isEmpty());
}

void tst_Performance::composite_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QList<qint64>>("scores"); // −1: not scored
    QTest::addColumn<qint64>("expected");

    // 40 × 120 + 20 × 100 + 10 × 100 + 15 × 88.89, retention left out: 913335 / 85 = 10745.1 → 10745.
    QTest::newRow("one left out") << QList<int>{40, 20, 10, 15, 15}
                                  << QList<qint64>{12000, 10000, 10000, 8889, -1} << 10745LL;
    // All five: (40 × 100 + 20 × 50 + 10 × 0 + 15 × 100 + 15 × 100) / 100 = 80.
    QTest::newRow("all scored") << QList<int>{40, 20, 10, 15, 15}
                                << QList<qint64>{10000, 5000, 0, 10000, 10000} << 8000LL;
    // 733335 / 85 = 8627.47 → 8627.
    QTest::newRow("rounded down") << QList<int>{40, 20, 10, 15, 15}
                                  << QList<qint64>{10000, 5000, 10000, 8889, -1} << 8627LL;
    // (1 × 1 + 1 × 2) / 2 = 1.5 → 2 (half up).
    QTest::newRow("half up") << QList<int>{1, 1} << QList<qint64>{1, 2} << 2LL;
    QTest::newRow("nothing scored") << QList<int>{40, 60} << QList<qint64>{-1, -1} << 0LL;
}

void tst_Performance::composite()
{
    QFETCH(QList<int>, weights);
    QFETCH(QList<qint64>, scores);
    QFETCH(qint64, expected);
    QList<QPair<int, IndicatorScore>> parts;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        IndicatorScore s;
        s.scored = scores.at(i) >= 0;
        s.score = std::max<qint64>(0, scores.at(i));
        parts << qMakePair(weights.at(i), s);
    }
    QCOMPARE(Scoring::composite(parts), expected);
    QCOMPARE(Scoring::adjusted(10745, 0), 10000LL);
    QCOMPARE(Scoring::adjusted(150, -250), 0LL);
    QCOMPARE(Scoring::adjusted(8627, 250), 8877LL);
}

void tst_Performance::apportion_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    // 100 among 3 evenly: 33.33 each, one unit left → the first (equal remainders: earlier first).
    QTest::newRow("even 100/3") << 100LL << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("even 2/3") << 2LL << QList<qint64>{1, 1, 1} << QList<qint64>{1, 1, 0};
    QTest::newRow("even exact") << 90LL << QList<qint64>{1, 1, 1} << QList<qint64>{30, 30, 30};
    // 1000 by 1:2:3 → 166.67, 333.33, 500 → floors 166, 333, 500 (999); remainders 4/6, 2/6, 0 → first.
    QTest::newRow("weights 1:2:3") << 1000LL << QList<qint64>{1, 2, 3} << QList<qint64>{167, 333, 500};
    // 10 by 3:3:1 → 4.29, 4.29, 1.43 → floors 4, 4, 1; remainders 2/7, 2/7, 3/7 → the third.
    QTest::newRow("largest remainder not first") << 10LL << QList<qint64>{3, 3, 1} << QList<qint64>{4, 4, 2};
    // Last year's shares in fen: 130000, 130000, 90000 of 1000000 → 371428.57, 371428.57, 257142.86:
    // floors 371428, 371428, 257142 (999998); remainders 200000, 200000, 300000 of 350000 → 3rd, then 1st.
    QTest::newRow("shares") << 1000000LL << QList<qint64>{130000, 130000, 90000}
                            << QList<qint64>{371429, 371428, 257143};
    QTest::newRow("zero weight gets nothing") << 7LL << QList<qint64>{0, 1, 1} << QList<qint64>{0, 4, 3};
    QTest::newRow("all zero: even") << 7LL << QList<qint64>{0, 0} << QList<qint64>{4, 3};
    QTest::newRow("zero total") << 0LL << QList<qint64>{5, 1} << QList<qint64>{0, 0};
    QTest::newRow("negative total") << -10LL << QList<qint64>{1, 1, 1} << QList<qint64>{-4, -3, -3};
    // Big money and big weights: the product passes 2^63 and must stay exact (floors
    // 6999999999999 + 2000000000000, the unit left to the larger remainder, the second).
    QTest::newRow("huge") << 9'000'000'000'000LL << QList<qint64>{7'000'000'000'000, 2'000'000'000'001}
                          << QList<qint64>{6'999'999'999'999, 2'000'000'000'001};
}

void tst_Performance::apportion()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    const QList<qint64> parts = Scoring::apportion(total, weights);
    QCOMPARE(parts, expected);
    QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), qint64(0)), total);
}

void tst_Performance::mulDivIsExact()
{
    qint64 r = 0;
    // (2^62 × 6) / 4 = 3 × 2^62 would overflow the product in 64 bits; (2^62 + 1) × 3 / 2.
    QCOMPARE(Scoring::mulDiv(qint64(1) << 62, 6, 8, false, &r), qint64(3) << 60);
    QCOMPARE(r, 0LL);
    QCOMPARE(Scoring::mulDiv((qint64(1) << 62) + 1, 3, 2, false, &r), (qint64(3) << 61) + 1);
    QCOMPARE(r, 1LL);
    QCOMPARE(Scoring::mulDiv(5, 1, 2), 3LL);        // 2.5 → 3
    QCOMPARE(Scoring::mulDiv(5, 1, 2, false), 2LL); // floor
    QCOMPARE(Scoring::mulDiv(7, 1, 3), 2LL);        // 2.33 → 2
}

void tst_Performance::pointsAndSteps()
{
    QCOMPARE(Scoring::pointsText(8627), u"86.27"_s);
    QCOMPARE(Scoring::pointsText(-50), u"-0.50"_s);
    QCOMPARE(Scoring::percentText(9550), u"95.5%"_s);
    QCOMPARE(Scoring::percentText(10000), u"100%"_s);
    QCOMPARE(Scoring::parsePoints(u"2.5"_s), std::optional<qint64>(250));
    QCOMPARE(Scoring::parsePoints(u"-1"_s), std::optional<qint64>(-100));
    QCOMPARE(Scoring::parsePoints(u"0.05"_s), std::optional<qint64>(5));
    QVERIFY(!Scoring::parsePoints(u"1.234"_s));
    QVERIFY(!Scoring::parsePoints(u"abc"_s));
    QVERIFY(!Scoring::parseSteps(u"10000:100,8000:60"_s)); // not ascending
    QVERIFY(!Scoring::parseSteps(u"8000"_s));
    QCOMPARE(Scoring::stepsText(Scoring::parseSteps(u"8000:60, 10000:100"_s).value()),
             u"8000:60,10000:100"_s);
    QCOMPARE(Scoring::targetText(Measure::Satisfaction, 4500), u"4.5"_s);
    QCOMPARE(Scoring::targetText(Measure::RetentionRate, 800), u"80%"_s);
    QCOMPARE(Scoring::toMilli(Value::average(17, 4)), 4250LL);
}

void tst_Performance::defaultScorecard()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    Scorecards cards(temp.db(), AccessScope::administrator());
    const std::optional<Scorecard> rep = cards.forRole(Role::Rep);
    QVERIFY(rep);
    QCOMPARE(rep->totalWeight(), 100);
    QStringList got;
    for (const Indicator &i : rep->indicators)
        got << u"%1:%2:%3:%4"_s
                   .arg(analytics::Metrics::key(i.measure), Scoring::targetSourceKey(i.targetSource))
                   .arg(i.weight)
                   .arg(i.capBp);
    QCOMPARE(got.join(u' '), u"revenue:target:40:12000 new_customers:target:20:12000 visits:target:10:12000 "
                             u"satisfaction:fixed:15:12000 retention_rate:fixed:15:12000"_s);
    QVERIFY(!cards.forRole(Role::Manager));

    // A manager's card with a lower-is-better steps indicator; weights must add up to 100.
    Scorecard m;
    m.role = Role::Manager;
    m.name = u"经理"_s;
    Indicator a;
    a.measure = Measure::Revenue;
    a.weight = 70;
    Indicator b;
    b.measure = Measure::Calls;
    b.targetSource = TargetSource::Fixed;
    b.fixedTarget = 30000;
    b.direction = Direction::LowerBetter;
    b.rule = ScoreRule::Steps;
    b.steps = {{8000, 50}, {10000, 100}};
    b.weight = 20;
    m.indicators = {a, b};
    QVERIFY(!cards.save(m).ok()); // 90%
    m.indicators[1].weight = 30;
    QVERIFY2(cards.save(m).ok(), qPrintable(cards.lastError()));
    const std::optional<Scorecard> back = cards.forRole(Role::Manager);
    QVERIFY(back);
    QCOMPARE(back->indicators.size(), 2);
    QCOMPARE(back->indicators.at(1).direction, Direction::LowerBetter);
    QCOMPARE(back->indicators.at(1).steps, (QList<Step>{{8000, 50}, {10000, 100}}));
    // Reps cannot change scorecards.
    CrmFixture f;
    QCOMPARE(f.build(temp.db()), QString());
    QVERIFY(!Scorecards(temp.db(), f.scopeOf(temp.db(), u"R1"_s)).save(m).ok());
}

static QString scores(const Snapshot &s);

// A card to break in one way per row: revenue 60% (linear, cap 120%) and visits 40% (steps).
static Scorecard validCard()
{
    Scorecard c = Scorecards::forKeyTemplate(u"senior_rep"_s);
    Indicator revenue;
    revenue.measure = Measure::Revenue;
    revenue.weight = 60;
    Indicator visits;
    visits.measure = Measure::Visits;
    visits.rule = ScoreRule::Steps;
    visits.steps = {{8000, 60}, {10000, 100}};
    visits.weight = 40;
    c.indicators = {revenue, visits};
    return c;
}

void tst_Performance::scorecardValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // field: message, one per problem; empty: valid

    QTest::newRow("valid") << u"none"_s << QString();
    QTest::newRow("weights 90") << u"weight 50"_s << u"weight: The weights add up to 90%, not 100%."_s;
    QTest::newRow("weights 110") << u"weight 70"_s << u"weight: The weights add up to 110%, not 100%."_s;
    QTest::newRow("cap 99.99%") << u"cap 9999"_s
                                << u"cap: Indicator 1 (Revenue): the cap must be at least 100%."_s;
    QTest::newRow("cap 100% is fine") << u"cap 10000"_s << QString();
    QTest::newRow("thresholds descending")
        << u"steps desc"_s
        << u"steps: Indicator 2 (Visits): thresholds must be above zero and ascending (80% after 100%)."_s;
    QTest::newRow("thresholds equal")
        << u"steps equal"_s
        << u"steps: Indicator 2 (Visits): thresholds must be above zero and ascending (100% after 100%)."_s;
    QTest::newRow("no thresholds") << u"steps none"_s
                                   << u"steps: Indicator 2 (Visits): a step rule needs thresholds."_s;
    QTest::newRow("metric twice") << u"twice"_s
                                  << u"metric: Indicator 2 (Revenue): the metric is already on the card."_s;
    QTest::newRow("fixed target zero")
        << u"fixed 0"_s << u"target: Indicator 2 (Visits): a fixed target must be above zero."_s;
    QTest::newRow("no indicators") << u"empty"_s
                                   << u"indicators: A scorecard needs at least one indicator."_s;
    QTest::newRow("position of another role")
        << u"team_lead as rep"_s
        << u"role: \"team_lead\" is not a role or position a scorecard is for: use rep, senior_rep, "
           u"team_lead, manager, support, admin."_s;
}

void tst_Performance::scorecardValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Scorecard c = validCard();
    if (change == u"weight 50"_s)
        c.indicators[0].weight = 50;
    else if (change == u"weight 70"_s)
        c.indicators[0].weight = 70;
    else if (change == u"cap 9999"_s)
        c.indicators[0].capBp = 9999;
    else if (change == u"cap 10000"_s)
        c.indicators[0].capBp = 10000;
    else if (change == u"steps desc"_s)
        c.indicators[1].steps = {{10000, 100}, {8000, 60}};
    else if (change == u"steps equal"_s)
        c.indicators[1].steps = {{10000, 60}, {10000, 100}};
    else if (change == u"steps none"_s)
        c.indicators[1].steps.clear();
    else if (change == u"twice"_s)
        c.indicators[1].measure = Measure::Revenue;
    else if (change == u"fixed 0"_s)
        c.indicators[1].targetSource = TargetSource::Fixed;
    else if (change == u"empty"_s)
        c.indicators.clear();
    else if (change == u"team_lead as rep"_s)
        c.position = u"team_lead"_s; // the role stays rep
    QStringList got;
    for (const FieldError &e : Scorecards::validate(c))
        got << e.field + u": "_s + e.message;
    QCOMPARE(got.join(u'\n'), expected);
}

void tst_Performance::scorecardPerPosition()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s), m1 = f.members.value(u"M1"_s);
    Scorecards cards(temp.db(), AccessScope::administrator());
    // A senior rep's card: revenue 50% by steps (110% → 60 points, 140% → 100), and visits 50%
    // against a fixed 0.8 where fewer is better, linear, cap 120%.
    Scorecard senior = Scorecards::forKeyTemplate(u"senior_rep"_s);
    QCOMPARE(senior.role, Role::Rep);
    QCOMPARE(senior.key(), u"senior_rep"_s);
    senior.name = u"高级代表"_s;
    Indicator revenue;
    revenue.measure = Measure::Revenue;
    revenue.rule = ScoreRule::Steps;
    revenue.steps = {{11000, 60}, {14000, 100}};
    revenue.weight = 50;
    Indicator visits;
    visits.measure = Measure::Visits;
    visits.targetSource = TargetSource::Fixed;
    visits.fixedTarget = 800;
    visits.direction = Direction::LowerBetter;
    visits.weight = 50;
    senior.indicators = {revenue, visits};
    QVERIFY2(cards.save(senior).ok(), qPrintable(cards.lastError()));
    // A team lead's card (a manager's position): visits against 1, higher is better.
    Scorecard lead = Scorecards::forKeyTemplate(u"team_lead"_s);
    QCOMPARE(lead.role, Role::Manager);
    lead.name = u"组长"_s;
    Indicator leadVisits;
    leadVisits.measure = Measure::Visits;
    leadVisits.targetSource = TargetSource::Fixed;
    leadVisits.fixedTarget = 1000;
    leadVisits.weight = 100;
    lead.indicators = {leadVisits};
    QVERIFY(cards.save(lead).ok());
    QCOMPARE(cards.all().size(), 3);
    QCOMPARE(cards.all().at(1).key(), u"senior_rep"_s); // ladder order: rep, senior rep, team lead
    // Saving again replaces the card (one per key), it does not add one.
    QVERIFY(cards.save(lead).ok());
    QCOMPARE(cards.all().size(), 3);

    // R1's plan puts them at senior rep, M1's at team lead; R2 and R3 have no plan.
    DevelopmentPlans plans(temp.db(), AccessScope::administrator());
    DevelopmentPlan p;
    p.memberId = r1;
    p.currentPosition = u"senior_rep"_s;
    p.targetPosition = u"team_lead"_s;
    QVERIFY2(plans.setPlan(p).ok(), qPrintable(plans.lastError()));
    p.memberId = m1;
    p.currentPosition = u"team_lead"_s;
    p.targetPosition = u"manager"_s;
    QVERIFY(plans.setPlan(p).ok());
    QCOMPARE(cards.forMember(r1)->name, u"高级代表"_s);
    QCOMPARE(cards.forMember(r2)->name, u"Sales rep"_s); // the default
    QCOMPARE(cards.forMember(m1)->name, u"组长"_s);
    QVERIFY(!cards.forMember(f.members.value(u"S1"_s))); // support: no card

    Evaluations evaluations(temp.db(), AccessScope::administrator());
    const std::optional<EvaluationInfo> v = evaluations.run(Period::month(2025, 3));
    QVERIFY2(v, qPrintable(evaluations.lastError()));
    const std::optional<Snapshot> snap = evaluations.snapshot(v->id);
    QVERIFY(snap);
    // R1 (senior rep): revenue 130000/100000 = 130% → step 110% → 60.00; visits 1 against 0.8,
    // lower is better: 2 − 1/0.8 = 75% → 75.00; (50 × 60 + 50 × 75) / 100 = 67.50.
    // R2 (the rep's card, as in evaluationSnapshot): 86.27. R3: 64.36.
    // M1 (team lead): no visits of their own, 0 against 1 → 0.00.
    QCOMPARE(scores(*snap), u"1 R2 86.27; 2 R1 67.50; 3 R3 64.36; 4 M1 0.00"_s);
    const EvaluationLine *l1 = snap->line(r1);
    QCOMPARE(l1->scorecardName, u"高级代表"_s);
    QCOMPARE(l1->indicators.size(), 2);
    QCOMPARE(l1->indicators.at(0).score.score, 6000LL);
    QCOMPARE(l1->indicators.at(1).score.achievementBp, 7500LL);
    QCOMPARE(l1->indicators.at(1).score.score, 7500LL);
    QCOMPARE(l1->indicators.at(1).indicator.direction, Direction::LowerBetter);
    QCOMPARE(snap->line(r2)->scorecardName, u"Sales rep"_s);
    QCOMPARE(snap->line(r2)->indicators.size(), 5);
    QCOMPARE(snap->line(m1)->scorecardName, u"组长"_s);

    // Without the senior card R1 falls back to the rep's card (89.33, as in evaluationSnapshot);
    // the rep's card itself cannot be removed, and only an administrator removes one.
    QVERIFY(!Scorecards(temp.db(), f.scopeOf(temp.db(), u"M1"_s)).remove(u"senior_rep"_s));
    QVERIFY2(cards.remove(u"senior_rep"_s), qPrintable(cards.lastError()));
    QVERIFY(!cards.remove(u"senior_rep"_s));
    QVERIFY(!cards.remove(u"rep"_s));
    QCOMPARE(cards.lastError(), u"The sales rep's scorecard is the default and cannot be removed."_s);
    QCOMPARE(cards.forMember(r1)->name, u"Sales rep"_s);
    const std::optional<Snapshot> again = evaluations.snapshot(evaluations.run(Period::month(2025, 3))->id);
    QCOMPARE(again->line(r1)->computedScore, 8933LL);
}

// ---------------------------------------------------------------------------------------------

QString tst_Performance::buildWorld(Database &db, CrmFixture &f)
{
    if (const QString problem = f.build(db); !problem.isEmpty())
        return problem;
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s), r3 = f.members.value(u"R3"_s);
    OrderRepository orders(db, AccessScope::administrator());
    for (const QDate &d : {QDate(2025, 1, 15), QDate(2025, 2, 10)}) {
        Order o;
        o.orderNo = u"SO-"_s + d.toString(u"MMdd"_s);
        o.orderDate = d;
        o.customerId = f.customers.value(u"c1"_s);
        o.memberId = r1;
        o.lines << OrderLine{0, f.product, 1, 50000, 0, {}, {}};
        if (const SaveResult r = orders.create(o); !r.ok())
            return r.message();
    }
    TargetPlanner planner(db, AccessScope::administrator());
    struct T
    {
        qint64 member;
        Measure m;
        Period p;
        qint64 v;
    };
    const Period jan = Period::month(2025, 1), feb = Period::month(2025, 2), mar = Period::month(2025, 3);
    for (const T &t : {T{r1, Measure::Revenue, jan, 50000}, T{r1, Measure::Revenue, feb, 50000},
                       T{r1, Measure::Revenue, mar, 100000}, T{r2, Measure::Revenue, mar, 130000},
                       T{r3, Measure::Revenue, mar, 200000}, T{r1, Measure::NewCustomers, mar, 1},
                       T{r2, Measure::NewCustomers, mar, 2}, T{r1, Measure::Visits, mar, 1},
                       T{r2, Measure::Visits, mar, 1}, T{r3, Measure::Visits, mar, 4}}) {
        TargetRow row;
        row.memberId = t.member;
        row.measure = t.m;
        row.period = t.p;
        row.value = t.v;
        if (const SaveResult r = planner.set(row); !r.ok())
            return r.message();
    }
    return {};
}

void tst_Performance::targets()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s);
    TargetPlanner admin(temp.db(), AccessScope::administrator());
    const Period q1 = Period::quarter(2025, 1);
    // Q1 = Jan + Feb + Mar when every month has one; R2 has only March.
    QCOMPARE(admin.effective(r1, 0, Measure::Revenue, q1), std::optional<qint64>(200000));
    QCOMPARE(admin.effective(r2, 0, Measure::Revenue, q1), std::nullopt);
    // Bottom-up: 一组 = R1 + R2 in March; the team has no row of its own.
    QCOMPARE(admin.bottomUp(f.teamA, Measure::Revenue, Period::month(2025, 3)),
             std::optional<qint64>(230000));
    QCOMPARE(admin.effective(0, f.teamA, Measure::Revenue, Period::month(2025, 3)), std::nullopt);
    // Replacing keeps one row.
    TargetRow row;
    row.memberId = r1;
    row.period = Period::month(2025, 3);
    row.value = 110000;
    QVERIFY(admin.set(row).ok());
    QCOMPARE(admin.list(Period::month(2025, 3), r1, 0, Measure::Revenue).size(), 1);
    QCOMPARE(admin.list(Period::month(2025, 3), r1, 0, Measure::Revenue).constFirst().value, 110000LL);
    QCOMPARE(admin.list(q1, r1, 0, Measure::Revenue).size(), 3);
    // Weeks have no targets; negative values are refused.
    row.period = Period::week(QDate(2025, 3, 3));
    QVERIFY(!admin.set(row).ok());
    row.period = Period::month(2025, 3);
    row.value = -1;
    QVERIFY(!admin.set(row).ok());

    // Scope: a rep reads only their own and cannot write; the manager of 一组 cannot plan 二组.
    TargetPlanner rep(temp.db(), f.scopeOf(temp.db(), u"R2"_s));
    QCOMPARE(rep.list(Period::month(2025, 3)).size(), 3); // R2's revenue, new customers, visits
    row.memberId = r2;
    row.value = 1;
    QVERIFY(!rep.set(row).ok());
    TargetPlanner manager(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    QVERIFY(manager.set(row).ok());
    row.memberId = f.members.value(u"R3"_s);
    QVERIFY(!manager.set(row).ok());
    row.memberId = 0;
    row.teamId = f.teamB;
    QVERIFY(!manager.set(row).ok());
    row.teamId = f.teamA;
    QVERIFY(manager.set(row).ok());
    QVERIFY(manager.remove(0, f.teamA, Measure::Revenue, Period::month(2025, 3)));
    QVERIFY(!manager.remove(0, f.teamA, Measure::Revenue, Period::month(2025, 3)));
}

void tst_Performance::targetReadScope()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s), r3 = f.members.value(u"R3"_s);
    const Period mar = Period::month(2025, 3), q1 = Period::quarter(2025, 1);
    TargetPlanner admin(temp.db(), AccessScope::administrator());
    TargetRow team;
    team.teamId = f.teamB; // 二组's own March revenue target, and the region's
    team.period = mar;
    team.value = 300000;
    QVERIFY(admin.set(team).ok());
    team.teamId = f.region;
    team.value = 900000;
    QVERIFY(admin.set(team).ok());
    const auto subjects = [](const QList<TargetRow> &rows) {
        QStringList s;
        for (const TargetRow &r : rows)
            s << r.subjectCode + u':' + analytics::Metrics::key(r.measure);
        s.sort();
        return s.join(u' ');
    };

    // R3 (二组) asks for 一组, R1, the region or their own team: refused with a reason, nothing read.
    TargetPlanner r3rep(temp.db(), f.scopeOf(temp.db(), u"R3"_s));
    QVERIFY(r3rep.list(mar, 0, f.teamA).isEmpty());
    QCOMPARE(r3rep.lastError(), u"A rep sees only their own targets, not those of the team 一组."_s);
    QVERIFY(!r3rep.mayRead(0, f.teamB));
    QVERIFY(r3rep.list(mar, r1).isEmpty());
    QCOMPARE(r3rep.lastError(), u"The targets of R1 are outside what you may see."_s);
    QCOMPARE(r3rep.bottomUp(f.teamA, Measure::Revenue, mar), std::nullopt);
    QVERIFY(!r3rep.lastError().isEmpty());
    QCOMPARE(r3rep.effective(r1, 0, Measure::Revenue, mar), std::nullopt);
    QVERIFY(!r3rep.lastError().isEmpty());
    QVERIFY(!r3rep.splitTeam(f.teamA, Measure::Revenue, mar, 100, TargetPlanner::SplitMethod::Even).ok());
    QVERIFY(!r3rep.splitPeriod(r1, 0, Measure::Revenue, q1, 100, TargetPlanner::SplitMethod::Even).ok());
    // Their own: revenue 200000 and visits 4 in March, nothing else (not 二组's or the region's).
    QCOMPARE(subjects(r3rep.list(mar)), u"R3:revenue R3:visits"_s);
    QVERIFY(r3rep.lastError().isEmpty());
    QCOMPARE(r3rep.effective(r3, 0, Measure::Revenue, mar), std::optional<qint64>(200000));
    QCOMPARE(subjects(r3rep.list(mar, r3)), u"R3:revenue R3:visits"_s);

    // M1 (一组): their subtree (一组, R1, R2), not 二组, R3 or the region above them.
    TargetPlanner m1(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    QCOMPARE(m1.bottomUp(f.teamA, Measure::Revenue, mar), std::optional<qint64>(230000)); // 100000 + 130000
    QCOMPARE(subjects(m1.list(mar, 0, f.teamA, Measure::Revenue)), u"R1:revenue R2:revenue"_s);
    QCOMPARE(m1.effective(r2, 0, Measure::Revenue, mar), std::optional<qint64>(130000));
    QVERIFY(m1.list(mar, 0, f.teamB).isEmpty());
    QCOMPARE(m1.lastError(), u"The targets of the team 二组 are outside what you may see."_s);
    QCOMPARE(m1.bottomUp(f.teamB, Measure::Revenue, mar), std::nullopt);
    QCOMPARE(m1.effective(0, f.region, Measure::Revenue, mar), std::nullopt);
    QCOMPARE(m1.lastError(), u"The targets of the team 华东大区 are outside what you may see."_s);
    QVERIFY(m1.list(mar, r3).isEmpty());
    QCOMPARE(m1.lastError(), u"The targets of R3 are outside what you may see."_s);
    const SplitResult refused =
        m1.splitTeam(f.teamB, Measure::Revenue, mar, 100, TargetPlanner::SplitMethod::Even);
    QCOMPARE(refused.error, u"The targets of the team 二组 are outside what you may see."_s);
    QVERIFY(refused.parts.isEmpty());
    // Everything M1 lists without a subject: R1 and R2's rows only (6 of them), no team row of
    // 二组 or the region.
    QCOMPARE(subjects(m1.list(mar)),
             u"R1:new_customers R1:revenue R1:visits R2:new_customers R2:revenue R2:visits"_s);
    // The administrator reads everything.
    QCOMPARE(admin.bottomUp(f.teamB, Measure::Revenue, mar), std::optional<qint64>(200000));
    QCOMPARE(admin.effective(0, f.region, Measure::Revenue, mar), std::optional<qint64>(900000));
}

void tst_Performance::splitTeam()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s);
    TargetPlanner planner(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    const Period apr = Period::month(2025, 4);
    const auto text = [](const SplitResult &s) {
        QStringList parts;
        for (const SplitPart &p : s.parts)
            parts << u"%1=%2"_s.arg(p.code).arg(p.value);
        return parts.join(u' ');
    };
    // Evenly: 100001 fen between R1 and R2 → 50001 + 50000.
    SplitResult s =
        planner.splitTeam(f.teamA, Measure::Revenue, apr, 100001, TargetPlanner::SplitMethod::Even);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(text(s), u"R1=50001 R2=50000"_s);
    // By weights 2:1 → 66667.33, 33333.67 → 66667 + 33334.
    s = planner.splitTeam(f.teamA, Measure::Revenue, apr, 100001, TargetPlanner::SplitMethod::Weights,
                          {{r1, 2}, {r2, 1}});
    QCOMPARE(text(s), u"R1=66667 R2=33334"_s);
    // Last year's share (April 2024): nobody sold, so evenly.
    s = planner.splitTeam(f.teamA, Measure::Revenue, apr, 10, TargetPlanner::SplitMethod::LastYear);
    QCOMPARE(text(s), u"R1=5 R2=5"_s);
    // March 2026 against March 2025 (R1 130000, R2 130000): equal shares; 1000 visits 2025-03 → 1:1.
    s = planner.splitTeam(f.teamA, Measure::Revenue, Period::month(2026, 3), 300001,
                          TargetPlanner::SplitMethod::LastYear, {}, true);
    QCOMPARE(text(s), u"R1=150001 R2=150000"_s);
    // Q1 2026 against Q1 2025: R1 230000, R2 130000 of 360000 → 1000000 × 23/36 = 638888.9, 361111.1.
    s = planner.splitTeam(f.teamA, Measure::Revenue, Period::quarter(2026, 1), 1000000,
                          TargetPlanner::SplitMethod::LastYear);
    QCOMPARE(text(s), u"R1=638889 R2=361111"_s);
    QCOMPARE(s.parts.at(0).weight, 230000LL);
    // Saved: the reps' targets for March 2026 sum to the whole.
    QCOMPARE(planner.bottomUp(f.teamA, Measure::Revenue, Period::month(2026, 3)),
             std::optional<qint64>(300001));
    // Ratios are not split; a rep cannot split.
    QVERIFY(
        !planner.splitTeam(f.teamA, Measure::RetentionRate, apr, 10, TargetPlanner::SplitMethod::Even).ok());
    QVERIFY(!TargetPlanner(temp.db(), f.scopeOf(temp.db(), u"R1"_s))
                 .splitTeam(f.teamA, Measure::Revenue, apr, 10, TargetPlanner::SplitMethod::Even)
                 .ok());
}

void tst_Performance::splitPeriod()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s);
    TargetPlanner planner(temp.db(), AccessScope::administrator());
    const auto text = [](const SplitResult &s) {
        QStringList parts;
        for (const SplitPart &p : s.parts)
            parts << u"%1=%2"_s.arg(p.code).arg(p.value);
        return parts.join(u' ');
    };
    // Evenly: 100 over a quarter → 34 + 33 + 33.
    SplitResult s = planner.splitPeriod(r1, 0, Measure::Revenue, Period::quarter(2026, 1), 100,
                                        TargetPlanner::SplitMethod::Even);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(text(s), u"2026-01=34 2026-02=33 2026-03=33"_s);
    // Seasonal from R1's Q1 2025: 50000, 50000, 130000 of 230000 → 1000000 × 5/23 = 217391.3,
    // 217391.3, 565217.4 → floors 217391, 217391, 565217 (999999); remainders 7, 7, 9 of 23 → March.
    s = planner.splitPeriod(r1, 0, Measure::Revenue, Period::quarter(2026, 1), 1000000,
                            TargetPlanner::SplitMethod::Seasonal, true);
    QCOMPARE(text(s), u"2026-01=217391 2026-02=217391 2026-03=565218"_s);
    // Saved: the quarter is now the sum of its months.
    QCOMPARE(planner.effective(r1, 0, Measure::Revenue, Period::quarter(2026, 1)),
             std::optional<qint64>(1000000));
    // A year into 12 months: 1000 → 84 × 4 + 83 × 8.
    s = planner.splitPeriod(0, f.teamA, Measure::Orders, Period::year(2027), 1000,
                            TargetPlanner::SplitMethod::Even);
    QCOMPARE(s.parts.size(), 12);
    qint64 sum = 0;
    for (const SplitPart &p : s.parts)
        sum += p.value;
    QCOMPARE(sum, 1000LL);
    QCOMPARE(s.parts.at(3).value, 84LL);
    QCOMPARE(s.parts.at(4).value, 83LL);
    // A month is not split into months.
    QVERIFY(!planner
                 .splitPeriod(r1, 0, Measure::Revenue, Period::month(2026, 1), 1,
                              TargetPlanner::SplitMethod::Even)
                 .ok());
}

// ---------------------------------------------------------------------------------------------

static QString scores(const Snapshot &s)
{
    QStringList parts;
    for (const EvaluationLine &l : s.lines)
        parts << u"%1 %2 %3"_s.arg(l.rank).arg(l.code, Scoring::pointsText(l.score));
    return parts.join(u"; "_s);
}

void tst_Performance::evaluationSnapshot()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Evaluations evaluations(temp.db(), AccessScope::administrator());
    const std::optional<EvaluationInfo> v1 = evaluations.run(Period::month(2025, 3));
    QVERIFY2(v1, qPrintable(evaluations.lastError()));
    QCOMPARE(v1->version, 1);
    QVERIFY(!v1->published);
    QVERIFY(v1->dataVersion.startsWith(u"hlc:"_s));
    const std::optional<Snapshot> snap = evaluations.snapshot(v1->id);
    QVERIFY(snap);
    QVERIFY(snap->reproducible);
    // R1: revenue 130000/100000 → 120 (capped), new customers 0/1 → 0 (c1 first bought in January),
    // visits 1/1 → 100, satisfaction 4/4.5 → 88.89, retention 1/1 against 80% → 125% → 120:
    // (40×120 + 20×0 + 10×100 + 15×88.89 + 15×120) / 100 = 89.3335 → 89.33.
    // R2: 100, 1/2 → 50, 100, 88.89, retention undefined: 733335 / 85 = 86.27.
    // R3: 130000/200000 → 65, no new-customer target, 1/4 → 25, 88.89: 418335 / 65 = 64.36.
    QCOMPARE(scores(*snap), u"1 R1 89.33; 2 R2 86.27; 3 R3 64.36"_s);
    const EvaluationLine *r1 = snap->line(f.members.value(u"R1"_s));
    QVERIFY(r1);
    QCOMPARE(r1->indicators.size(), 5);
    QCOMPARE(r1->indicators.at(0).value.numerator, 130000LL);
    QCOMPARE(r1->indicators.at(0).target, std::optional<qint64>(100000000));
    QCOMPARE(r1->indicators.at(0).score.achievementBp, 13000LL);
    QCOMPARE(r1->indicators.at(0).score.score, 12000LL);
    QCOMPARE(r1->indicators.at(0).contribution, 4800LL);
    QCOMPARE(r1->indicators.at(4).score.achievementBp, 12500LL);
    QCOMPARE(r1->explanation.size(), 7); // five indicators, the composite, the score
    QVERIFY(r1->explanation.at(0).contains(u"capped at 120%"_s));
    QCOMPARE(r1->explanation.at(5),
             u"Composite: (40 × 120.00 + 20 × 0.00 + 10 × 100.00 + 15 × 88.89 + 15 × 120.00) "
             u"/ 100 = 89.33"_s);
    const EvaluationLine *r3 = snap->line(f.members.value(u"R3"_s));
    QVERIFY(r3->explanation.at(1).contains(u"no target, left out"_s));
    QCOMPARE(r3->explanation.at(5), u"Composite: (40 × 65.00 + 10 × 25.00 + 15 × 88.89) / 65 = 64.36"_s);
    // The manager, admin and support have no scorecard: not evaluated.
    QCOMPARE(snap->lines.size(), 3);
}

void tst_Performance::publishedResultIsFrozen()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Evaluations evaluations(temp.db(), AccessScope::administrator());
    const Period mar = Period::month(2025, 3);
    const std::optional<EvaluationInfo> v1 = evaluations.run(mar);
    QVERIFY(v1);
    QVERIFY2(evaluations.publish(v1->id), qPrintable(evaluations.lastError()));
    QVERIFY(!evaluations.publish(v1->id)); // once
    const std::optional<Snapshot> before = evaluations.snapshot(v1->id);
    QVERIFY(before && before->info.published);

    // R3 sells another 250000 in March, and R1's March order is edited down.
    OrderRepository orders(temp.db(), AccessScope::administrator());
    Order o;
    o.orderNo = u"SO-LATE"_s;
    o.orderDate = QDate(2025, 3, 20);
    o.customerId = f.customers.value(u"c3"_s);
    o.memberId = f.members.value(u"R3"_s);
    o.lines << OrderLine{0, f.product, 1, 250000, 0, {}, {}};
    QVERIFY(orders.create(o).ok());
    std::optional<Order> edited = orders.get(f.orders.value(u"c1"_s));
    QVERIFY(edited);
    edited->lines.removeLast(); // 130000 → 90000
    QVERIFY(orders.update(*edited).ok());

    // The published version does not move.
    const std::optional<Snapshot> after = evaluations.snapshot(v1->id);
    QVERIFY(after && after->reproducible);
    QCOMPARE(scores(*after), scores(*before));
    QCOMPARE(scores(*after), u"1 R1 89.33; 2 R2 86.27; 3 R3 64.36"_s);
    QCOMPARE(after->info.dataVersion, before->info.dataVersion);
    QCOMPARE(after->line(f.members.value(u"R3"_s))->indicators.at(0).value.numerator, 130000LL);

    // Re-running makes version 2 from today's data and keeps version 1.
    const std::optional<EvaluationInfo> v2 = evaluations.run(mar);
    QVERIFY(v2);
    QCOMPARE(v2->version, 2);
    QVERIFY(v2->dataVersion != v1->dataVersion);
    // R3: 380000/200000 → 120: (40×120 + 10×25 + 15×88.89) / 65 = 638335 / 65 = 98.21.
    // R1: 90000/100000 → 90: (3600 + 0 + 1000 + 1333.35 + 1800) = 77.33.
    QCOMPARE(scores(*evaluations.snapshot(v2->id)), u"1 R3 98.21; 2 R2 86.27; 3 R1 77.33"_s);
    QCOMPARE(evaluations.versions(mar).size(), 2);
    QCOMPARE(evaluations.versions(mar).constFirst().version, 2);
    QCOMPARE(scores(*evaluations.snapshot(v1->id)), u"1 R1 89.33; 2 R2 86.27; 3 R3 64.36"_s);
    // The published version is still the one ranked.
    QCOMPARE(evaluations.latestPublished(mar, 0)->version, 1);
}

void tst_Performance::adjustments()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r2 = f.members.value(u"R2"_s);
    Evaluations manager(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    const Period mar = Period::month(2025, 3);
    // The manager evaluates their own team: R1 and R2.
    const std::optional<EvaluationInfo> v1 = manager.run(mar);
    QVERIFY2(v1, qPrintable(manager.lastError()));
    QCOMPARE(v1->teamId, f.teamA);
    QVERIFY(manager.adjust(v1->id, r2, 500, u"协助大客户签约"_s).ok());
    QVERIFY(manager.adjust(v1->id, r2, 0, u"周报及时"_s).ok());
    QVERIFY(!manager.adjust(v1->id, r2, 100, u"  "_s).ok());                      // a reason is required
    QVERIFY(!manager.adjust(v1->id, f.members.value(u"R3"_s), 100, u"x"_s).ok()); // not in scope
    std::optional<Snapshot> s = manager.snapshot(v1->id);
    // R2 86.27 + 5.00 = 91.27 passes R1's 89.33.
    QCOMPARE(scores(*s), u"1 R2 91.27; 2 R1 89.33"_s);
    const EvaluationLine *line = s->line(r2);
    QCOMPARE(line->computedScore, 8627LL);
    QCOMPARE(line->adjustment, 500LL);
    QCOMPARE(line->adjustments.size(), 2);
    QVERIFY(line->explanation.at(line->explanation.size() - 3).contains(u"+5.00 by 王经理"_s));
    QVERIFY(line->explanation.at(line->explanation.size() - 2).contains(u"周报及时"_s));
    QCOMPARE(line->explanation.constLast(), u"Score: 91.27"_s);
    // A re-run carries the adjustments over; a published version takes none.
    const std::optional<EvaluationInfo> v2 = manager.run(mar);
    QVERIFY(v2);
    QCOMPARE(scores(*manager.snapshot(v2->id)), u"1 R2 91.27; 2 R1 89.33"_s);
    QVERIFY(manager.publish(v2->id));
    QVERIFY(!manager.adjust(v2->id, r2, 100, u"late"_s).ok());
    // Adjustments keep the score within 0–100.
    const std::optional<EvaluationInfo> v3 = manager.run(mar);
    QVERIFY(manager.adjust(v3->id, r2, 2000, u"年度之星"_s).ok());
    QCOMPARE(manager.snapshot(v3->id)->line(r2)->score, 10000LL);
}

void tst_Performance::planReviewedInEvaluation()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s), r3 = f.members.value(u"R3"_s);
    const Period mar = Period::month(2025, 3);
    const QDate today(2025, 4, 10);
    // R1's plan: senior rep → team lead, two goals (one achieved), a milestone due in March still in
    // progress (overdue on 10 April) and one done.
    DevelopmentPlans plans(temp.db(), AccessScope::administrator());
    DevelopmentPlan p;
    p.memberId = r1;
    p.currentPosition = u"senior_rep"_s;
    p.targetPosition = u"team_lead"_s;
    QVERIFY(plans.setPlan(p).ok());
    QVERIFY(plans.addGoal(r1, u"独立谈判大客户"_s).ok());
    const SaveResult second = plans.addGoal(r1, u"带教一名新人"_s);
    QVERIFY(second.ok() && plans.setGoalAchieved(second.id, true));
    QVERIFY(plans.addMilestone(r1, u"产品认证"_s, QDate(2025, 3, 20), u"in_progress"_s).ok());
    QVERIFY(plans.addMilestone(r1, u"客户分享会"_s, QDate(2025, 2, 28), u"done"_s).ok());

    Evaluations admin(temp.db(), AccessScope::administrator());
    const std::optional<EvaluationInfo> v1 = admin.run(mar);
    QVERIFY(v1);
    Evaluations manager(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    // M1 reviews R1's plan on version 1.
    const SaveResult reviewed =
        manager.reviewPlan(v1->id, r1, u"谈判进步明显，认证需加快"_s, QDate(2025, 4, 2));
    QVERIFY2(reviewed.ok(), qPrintable(reviewed.message()));
    // Not their own plan, not a member without one, not outside their subtree, not as a rep.
    QVERIFY(!Evaluations(temp.db(), f.scopeOf(temp.db(), u"R1"_s)).reviewPlan(v1->id, r1, u"x"_s).ok());
    QCOMPARE(manager.reviewPlan(v1->id, r2, u"x"_s).message(),
             u"The member has no development plan to review."_s);
    QCOMPARE(manager.reviewPlan(v1->id, r3, u"x"_s).message(),
             u"The member has no line in this evaluation."_s);
    QVERIFY(!manager.reviewPlan(v1->id, r1, u"  "_s).ok());
    QVERIFY(!manager.reviewPlan(v1->id + 100, r1, u"x"_s).ok());

    // Stored with the version it was written on.
    const std::optional<DevelopmentPlan> plan = manager.developmentPlan(r1);
    QVERIFY(plan);
    QCOMPARE(plan->reviews.size(), 1);
    QCOMPARE(plan->reviews.constFirst().period, u"2025-03"_s);
    QCOMPARE(plan->reviews.constFirst().evaluationUuid, v1->uuid);
    QCOMPARE(plan->reviews.constFirst().evaluationVersion, 1);
    // The line view: path, goals, milestones by due date, the review of this version.
    QCOMPARE(Evaluations::planLines(*plan, *v1, today).join(u'\n'),
             u"Development plan: Senior sales rep → Team lead (Active), 1 of 2 milestones done.\n"
             u"Goal open: 独立谈判大客户\n"
             u"Goal achieved: 带教一名新人\n"
             u"Milestone due 2025-02-28: 客户分享会 — Done\n"
             u"Milestone due 2025-03-20: 产品认证 — In progress, overdue\n"
             u"Review of this version by 王经理 on 2025-04-02: 谈判进步明显，认证需加快"_s);
    // On version 2 the same review is version 1's; another period's evaluation does not show it.
    const std::optional<EvaluationInfo> v2 = admin.run(mar);
    QVERIFY(v2);
    QCOMPARE(Evaluations::planLines(*plan, *v2, today).constLast(),
             u"Review of version 1 by 王经理 on 2025-04-02: 谈判进步明显，认证需加快"_s);
    const std::optional<EvaluationInfo> feb = admin.run(Period::month(2025, 2));
    QVERIFY(feb);
    QCOMPARE(Evaluations::planLines(*plan, *feb, today).size(), 5);
    // A review of the period written on the plan (not on an evaluation) reads as the period's.
    QVERIFY(plans.addReview(r1, u"2025-03"_s, u"季度沟通"_s, QDate(2025, 4, 3)).ok());
    QCOMPARE(Evaluations::planLines(*admin.developmentPlan(r1), *v1, today).at(5),
             u"Review of 2025-03 by the administrator on 2025-04-03: 季度沟通"_s);
    // A rep sees their own plan beside their line, not another's.
    Evaluations rep(temp.db(), f.scopeOf(temp.db(), u"R1"_s));
    QVERIFY(rep.developmentPlan(r1));
    QVERIFY(!Evaluations(temp.db(), f.scopeOf(temp.db(), u"R2"_s)).developmentPlan(r1));
}

void tst_Performance::scopeOfEvaluations()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    const Period mar = Period::month(2025, 3);
    Evaluations admin(temp.db(), AccessScope::administrator());
    const std::optional<EvaluationInfo> v1 = admin.run(mar);
    QVERIFY(v1);
    Evaluations rep(temp.db(), f.scopeOf(temp.db(), u"R2"_s));
    QVERIFY(!rep.run(mar));                                                          // reps do not evaluate
    QVERIFY(rep.versions(mar).isEmpty());                                            // nor see drafts
    QVERIFY(!Evaluations(temp.db(), f.scopeOf(temp.db(), u"M1"_s)).publish(v1->id)); // company-wide: admin's
    QVERIFY(admin.publish(v1->id));
    QCOMPARE(rep.versions(mar).size(), 1);
    const std::optional<Snapshot> mine = rep.snapshot(v1->id);
    QCOMPARE(scores(*mine), u"1 R2 86.27"_s); // only their own line
    Evaluations manager(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    QCOMPARE(scores(*manager.snapshot(v1->id)), u"1 R1 89.33; 2 R2 86.27"_s);
    // A manager cannot evaluate another team.
    QVERIFY(!manager.run(mar, f.teamB));
}

// ---------------------------------------------------------------------------------------------

void tst_Performance::rankTiesAndMovement_data()
{
    QTest::addColumn<QList<qint64>>("values"); // members 1, 2, 3, … in code order
    QTest::addColumn<QList<int>>("previous");  // previous rank of members 1, 2, …; 0: not ranked
    QTest::addColumn<qint64>("previousValue"); // every previous row's value (0: a period without data)
    QTest::addColumn<int>("dropped");          // previous rank of M9, gone this period; 0: none
    QTest::addColumn<QString>("expected");     // code:rank:movement:places:medal by rank

    QTest::newRow("ties share") << QList<qint64>{300, 200, 200, 100} << QList<int>{1, 2, 3, 4} << 1LL << 0
                                << u"M1:1:same:0:gold M2:2:same:0:silver M3:2:up:1:silver M4:4:same:0:"_s;
    QTest::newRow("all tie") << QList<qint64>{5, 5, 5} << QList<int>{3, 1, 0} << 1LL << 0
                             << u"M1:1:up:2:gold M2:1:same:0:gold M3:1:new:0:gold"_s;
    QTest::newRow("moves") << QList<qint64>{10, 20, 30, 40} << QList<int>{1, 2, 3, 4} << 1LL << 0
                           << u"M4:1:up:3:gold M3:2:up:1:silver M2:3:down:1:bronze M1:4:down:3:"_s;
    QTest::newRow("no medal for nothing") << QList<qint64>{0, 7, 0} << QList<int>{0, 0, 0} << 1LL << 0
                                          << u"M2:1:new:0:gold M1:2:new:0: M3:2:new:0:"_s;
    QTest::newRow("tie for third")
        << QList<qint64>{9, 8, 7, 7, 6} << QList<int>{1, 2, 3, 4, 5} << 1LL << 0
        << u"M1:1:same:0:gold M2:2:same:0:silver M3:3:same:0:bronze M4:3:up:1:bronze "
           u"M5:5:same:0:"_s;
    // The previous period had no data at all: everyone listed there tied first on zero, which is
    // no place to move from (it used to read "same" for the first and "down" for the others).
    QTest::newRow("previous period empty") << QList<qint64>{30, 20, 10} << QList<int>{1, 1, 1} << 0LL << 0
                                           << u"M1:1:new:0:gold M2:2:new:0:silver M3:3:new:0:bronze"_s;
    QTest::newRow("previous period not listed")
        << QList<qint64>{30, 20} << QList<int>{0, 0} << 0LL << 0 << u"M1:1:new:0:gold M2:2:new:0:silver"_s;
    // M3 joined this period; M1 and M2 swap places.
    QTest::newRow("member new this period") << QList<qint64>{10, 20, 30} << QList<int>{1, 2, 0} << 5LL << 0
                                            << u"M3:1:new:0:gold M2:2:same:0:silver M1:3:down:2:bronze"_s;
    // M9 was first last period and is gone: the others' movement is their own rank difference.
    QTest::newRow("member dropped") << QList<qint64>{20, 10} << QList<int>{2, 3} << 5LL << 1
                                    << u"M1:1:up:1:gold M2:2:up:1:silver"_s;
}

void tst_Performance::rankTiesAndMovement()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QList<int>, previous);
    QFETCH(qint64, previousValue);
    QFETCH(int, dropped);
    QFETCH(QString, expected);
    QList<RankingRow> rows, before;
    for (qsizetype i = 0; i < values.size(); ++i) {
        RankingRow r;
        r.memberId = i + 1;
        r.code = u"M%1"_s.arg(i + 1);
        r.value = Value::count(values.at(i));
        rows << r;
        if (previous.at(i)) {
            RankingRow p = r;
            p.rank = previous.at(i);
            p.value = Value::count(previousValue);
            before << p;
        }
    }
    if (dropped) {
        RankingRow gone;
        gone.memberId = 9;
        gone.code = u"M9"_s;
        gone.rank = dropped;
        gone.value = Value::count(previousValue);
        before << gone;
    }
    Rankings::assignRanks(rows);
    Rankings::assignMovement(rows, before);
    QStringList got;
    for (const RankingRow &r : std::as_const(rows))
        got << u"%1:%2:%3:%4:%5"_s.arg(r.code)
                   .arg(r.rank)
                   .arg(RankingRow::movementKey(r.movement))
                   .arg(r.places)
                   .arg(r.medal);
    QCOMPARE(got.join(u' '), expected);
    // A member ranked in both periods has their previous rank; a new one has none.
    for (const RankingRow &r : std::as_const(rows))
        QCOMPARE(r.previousRank == 0, r.movement == RankingRow::New);
}

static QString rankText(const Ranking &r)
{
    QStringList parts;
    for (const RankingRow &row : r.rows)
        parts << u"%1 %2 %3 %4%5 %6"_s.arg(row.rank)
                     .arg(row.code, row.valueText(), RankingRow::movementKey(row.movement))
                     .arg(row.places ? QString::number(row.places) : QString(), row.medal);
    return parts.join(u"; "_s);
}

void tst_Performance::rankByScore()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Evaluations evaluations(temp.db(), AccessScope::administrator());
    Rankings admin(temp.db(), AccessScope::administrator());
    const Period feb = Period::month(2025, 2), mar = Period::month(2025, 3);
    QVERIFY(!admin.rank(u"score"_s, mar).ok()); // nothing published yet
    // February: R1 50000/50000 → 100 (w40), retention of January's c1 → 125% → 120 (w15):
    // (4000 + 1800) / 55 = 105.45 → 100.00; R2 and R3 score nothing → 0, tied second.
    const std::optional<EvaluationInfo> f1 = evaluations.run(feb);
    QVERIFY(f1 && evaluations.publish(f1->id));
    QCOMPARE(rankText(admin.rank(u"score"_s, feb)),
             u"1 R1 100.00 new gold; 2 R2 0.00 new ; 2 R3 0.00 new "_s);
    const std::optional<EvaluationInfo> m1 = evaluations.run(mar);
    QVERIFY(m1);
    QVERIFY(evaluations.publish(m1->id));
    const Ranking r = admin.rank(u"score"_s, mar);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.evaluation->version, 1);
    QCOMPARE(rankText(r), u"1 R1 89.33 same gold; 2 R2 86.27 same silver; 3 R3 64.36 down1 bronze"_s);
    // A team's ranking, re-ranked among its members (in February too: R3 was first of one).
    QCOMPARE(rankText(admin.rank(u"score"_s, mar, f.teamB)), u"1 R3 64.36 same gold"_s);
    // A rep sees the published ranking of their own team.
    Rankings rep(temp.db(), f.scopeOf(temp.db(), u"R2"_s));
    QCOMPARE(rankText(rep.rank(u"score"_s, mar)), u"1 R1 89.33 same gold; 2 R2 86.27 same silver"_s);
    // A new draft does not change the ranking until it is published.
    QVERIFY(evaluations.adjust(evaluations.run(mar)->id, f.members.value(u"R3"_s), 3000, u"x"_s).ok());
    QCOMPARE(admin.rank(u"score"_s, mar).evaluation->version, 1);
}

void tst_Performance::rankByMeasure()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Rankings admin(temp.db(), AccessScope::administrator());
    // March revenue: all three 130000 (tie); February: R1 50000, R2 and R3 0 (tied second).
    QCOMPARE(rankText(admin.rank(u"revenue"_s, Period::month(2025, 3))),
             u"1 R1 ¥1,300.00 same gold; 1 R2 ¥1,300.00 up1 gold; 1 R3 ¥1,300.00 up1 gold"_s);
    QCOMPARE(rankText(admin.rank(u"revenue"_s, Period::month(2025, 2))),
             u"1 R1 ¥500.00 same gold; 2 R2 ¥0.00 same ; 2 R3 ¥0.00 same "_s);
    QCOMPARE(rankText(admin.rank(u"visits"_s, Period::month(2025, 3), f.teamA)),
             u"1 R1 1 new gold; 1 R2 1 new gold"_s); // nobody visited in February: no places to move from
    QVERIFY(!admin.rank(u"nonsense"_s, Period::month(2025, 3)).ok());
    // December 2024 has no data at all: in January nobody moved, everyone is new.
    QCOMPARE(rankText(admin.rank(u"revenue"_s, Period::month(2025, 1))),
             u"1 R1 ¥500.00 new gold; 2 R2 ¥0.00 new ; 2 R3 ¥0.00 new "_s);
    // R4 joins 一组 on 1 March: new in March, although the engine lists them with zero in
    // February too (they would have read "down 2"); the others keep their movement.
    OrgRepository org(temp.db(), AccessScope::administrator());
    Member r4;
    r4.code = u"R4"_s;
    r4.name = u"陈新"_s;
    r4.role = Role::Rep;
    r4.teamId = f.teamA;
    r4.hireDate = QDate(2025, 3, 1);
    QVERIFY(org.addMember(r4).ok());
    QCOMPARE(rankText(admin.rank(u"revenue"_s, Period::month(2025, 3))),
             u"1 R1 ¥1,300.00 same gold; 1 R2 ¥1,300.00 up1 gold; 1 R3 ¥1,300.00 up1 gold; "
             u"4 R4 ¥0.00 new "_s);
    // April: R4 was ranked in March (fourth) and is still listed; nobody sold in April.
    QCOMPARE(rankText(admin.rank(u"revenue"_s, Period::month(2025, 4))),
             u"1 R1 ¥0.00 same ; 1 R2 ¥0.00 same ; 1 R3 ¥0.00 same ; 1 R4 ¥0.00 up3 "_s);
}

static QString honourText(const QList<Honour> &list)
{
    QStringList parts;
    for (const Honour &h : list)
        parts << h.kind + u' ' + h.code;
    parts.sort();
    return parts.join(u"; "_s);
}

void tst_Performance::honourRules()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Evaluations evaluations(temp.db(), AccessScope::administrator());
    Honours honours(temp.db(), AccessScope::administrator());
    const Period feb = Period::month(2025, 2), mar = Period::month(2025, 3);
    // February: R1 reached 50000 on the 10th; nobody visited or won a new customer; no streak yet.
    QVERIFY(evaluations.publish(evaluations.run(feb)->id));
    QCOMPARE(honourText(honours.list(feb)), u"first_to_target R1"_s);
    QCOMPARE(honours.list(feb).constFirst().reason,
             u"First to reach the revenue target of ¥500.00, on 2025-02-10."_s);
    // March: R1 first to target on the 11th (R2 on the 12th); one visit each (shared); R2 and R3
    // won their first customers (c1 first bought in January); R2 rose most (0 → 86.27); R1 was on
    // target January, February and March.
    const std::optional<EvaluationInfo> m1 = evaluations.run(mar);
    QVERIFY(evaluations.publish(m1->id));
    QCOMPARE(honourText(honours.list(mar)),
             u"first_to_target R1; most_improved R2; most_visits R1; most_visits R2; most_visits R3; "
             u"new_customer_champion R2; new_customer_champion R3; target_streak R1"_s);
    for (const Honour &h : honours.list(mar)) {
        if (h.kind == u"most_improved"_s)
            QCOMPARE(h.reason, u"Score up 86.27 points on 2025-02 (0.00 → 86.27)."_s);
        if (h.kind == u"target_streak"_s)
            QCOMPARE(h.reason, u"On target 3 months in a row (2025-01 to 2025-03)."_s);
        if (h.kind == u"first_to_target"_s)
            QCOMPARE(h.reason, u"First to reach the revenue target of ¥1,000.00, on 2025-03-11."_s);
        QCOMPARE(h.awardedOn, QDate::currentDate());
        QCOMPARE(h.evaluationId, m1->id);
    }
    // Publishing a newer version replaces the rule honours instead of doubling them.
    QVERIFY(evaluations.publish(evaluations.run(mar)->id));
    QCOMPARE(honours.list(mar).size(), 8);
    // A rep sees their team's honours (R3 is in 二组).
    QCOMPARE(honourText(Honours(temp.db(), f.scopeOf(temp.db(), u"R3"_s)).list(mar)),
             u"most_visits R3; new_customer_champion R3"_s);
}

void tst_Performance::honourByHand()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(f.build(temp.db()), QString());
    const qint64 r1 = f.members.value(u"R1"_s), r3 = f.members.value(u"R3"_s);
    Honours manager(temp.db(), f.scopeOf(temp.db(), u"M1"_s));
    manager.setToday(QDate(2025, 4, 2));
    QVERIFY(manager.award(r1, u"manual"_s, Period::month(2025, 3), u"客户表扬信"_s).ok());
    QVERIFY(!manager.award(r1, u"manual"_s, Period::month(2025, 3), QString()).ok()); // reason
    QVERIFY(!manager.award(r3, u"manual"_s, Period::month(2025, 3), u"x"_s).ok());    // not theirs
    QVERIFY(!manager.award(r1, u"bogus"_s, Period::month(2025, 3), u"x"_s).ok());
    QVERIFY(!Honours(temp.db(), f.scopeOf(temp.db(), u"R1"_s))
                 .award(r1, u"manual"_s, Period::month(2025, 3), u"me"_s)
                 .ok());
    const QList<Honour> list = manager.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).reason, u"客户表扬信"_s);
    QCOMPARE(list.at(0).awardedOn, QDate(2025, 4, 2));
    QCOMPARE(list.at(0).awardedBy, u"王经理"_s);
    QCOMPARE(list.at(0).evaluationId, 0LL);
}

void tst_Performance::honoursComeFromTheSnapshot()
{
    TempDatabase temp;
    CrmFixture f;
    QCOMPARE(buildWorld(temp.db(), f), QString());
    Evaluations evaluations(temp.db(), AccessScope::administrator());
    Honours honours(temp.db(), AccessScope::administrator());
    const Period mar = Period::month(2025, 3);
    const qint64 r3 = f.members.value(u"R3"_s);
    const std::optional<EvaluationInfo> v1 = evaluations.run(mar);
    QVERIFY(v1);
    // The facts are frozen with the lines: one visit each, R2 and R3 one new customer, R1 met
    // 100000 on the 11th (130000), R2 130000 on the 12th; R3 (200000) did not; R1 on target
    // January to March.
    const std::optional<Snapshot> snap = evaluations.snapshot(v1->id);
    QVERIFY(snap);
    const HonourFacts r1 = snap->line(f.members.value(u"R1"_s))->facts;
    QVERIFY(r1.frozen);
    QCOMPARE(r1.visits, 1LL);
    QCOMPARE(r1.newCustomers, 0LL);
    QCOMPARE(r1.revenueTargetFen, std::optional<qint64>(100000));
    QCOMPARE(r1.targetReachedOn, QDate(2025, 3, 11));
    QCOMPARE(r1.targetStreak, 3);
    QCOMPARE(snap->line(f.members.value(u"R2"_s))->facts.targetReachedOn, QDate(2025, 3, 12));
    QVERIFY(!snap->line(r3)->facts.targetReachedOn.isValid());

    // Between running and publishing, R3 sells 250000 on 1 March and logs two more visits.
    OrderRepository orders(temp.db(), AccessScope::administrator());
    Order o;
    o.orderNo = u"SO-EARLY"_s;
    o.orderDate = QDate(2025, 3, 1);
    o.customerId = f.customers.value(u"c3"_s);
    o.memberId = r3;
    o.lines << OrderLine{0, f.product, 1, 250000, 0, {}, {}};
    QVERIFY(orders.create(o).ok());
    ActivityRepository activities(temp.db(), AccessScope::administrator());
    for (int day : {20, 21}) {
        Activity a;
        a.customerId = f.customers.value(u"c3"_s);
        a.memberId = r3;
        a.kind = u"visit"_s;
        a.occurredAt = QDateTime(QDate(2025, 3, day), QTime(10, 0), Qt::UTC);
        a.summary = u"再访"_s;
        QVERIFY(activities.create(a).ok());
    }
    // Publishing version 1 gives the honours of version 1's numbers, not today's.
    QVERIFY2(evaluations.publish(v1->id), qPrintable(evaluations.lastError()));
    QCOMPARE(honourText(honours.list(mar)),
             u"first_to_target R1; most_visits R1; most_visits R2; most_visits R3; new_customer_champion R2; "
             u"new_customer_champion R3; target_streak R1"_s);
    // A new version reads today's data: R3 was first to 200000 (1 March) and has three visits.
    QVERIFY(evaluations.publish(evaluations.run(mar)->id));
    QCOMPARE(honourText(honours.list(mar)),
             u"first_to_target R3; most_visits R3; new_customer_champion R2; new_customer_champion R3; "
             u"target_streak R1"_s);
    for (const Honour &h : honours.list(mar)) {
        if (h.kind == u"first_to_target"_s)
            QCOMPARE(h.reason, u"First to reach the revenue target of ¥2,000.00, on 2025-03-01."_s);
    }
}

QTEST_GUILESS_MAIN(tst_Performance)
#include "tst_performance.moc"
