// Commissions: the calculator on a table of hand-computed cases for both modes (tiers,
// thresholds hit exactly, accelerators, caps, floors, category rates, rounding once per line),
// then plans, adjustments, statements, the team summary, the simulation and access scopes on
// the CRM fixture's March 2025 orders (130000 fen each for R1, R2 and R3, category 家具).
#include "commission/Commissions.h"
#include "repositories/OrderRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::commission;
using namespace frontline::test;
using analytics::Period;

namespace {

// "0:200,8000:300" → tiers; "耗材:100" → category rates.
Plan makePlan(const QString &mode, const QString &tiers, qint64 cap, qint64 floorBp,
              const QString &categories)
{
    Plan p;
    p.name = u"test"_s;
    p.role = Role::Rep;
    p.validFrom = QDate(2025, 1, 1);
    p.mode = mode == u"marginal"_s ? RateMode::Marginal : RateMode::WholeAtTier;
    for (const QString &t : tiers.split(u',', Qt::SkipEmptyParts))
        p.tiers << Tier{t.section(u':', 0, 0).toLongLong(), t.section(u':', 1).toLongLong()};
    if (cap >= 0)
        p.capFen = cap;
    p.floorBp = floorBp;
    for (const QString &c : categories.split(u',', Qt::SkipEmptyParts))
        p.categoryRates << CategoryRate{c.section(u':', 0, 0), c.section(u':', 1).toLongLong()};
    return p;
}

// The lines as "kind:from-to@rate=amount" (cap: "cap=amount"; lines that pay nothing: the kind).
QString describe(const Calculation &c)
{
    QStringList parts;
    for (const CommissionLine &l : c.lines) {
        switch (l.kind) {
        case CommissionLine::Kind::Rate:
        case CommissionLine::Kind::Category:
            parts << u"%1%2:%3-%4@%5=%6"_s.arg(CommissionLine::kindKey(l.kind), l.category)
                         .arg(l.fromFen)
                         .arg(l.toFen)
                         .arg(l.rateBp)
                         .arg(l.amountFen);
            break;
        case CommissionLine::Kind::Cap:
            parts << u"cap=%1"_s.arg(l.amountFen);
            break;
        default:
            parts << CommissionLine::kindKey(l.kind);
        }
    }
    return parts.join(u';');
}

} // namespace

class tst_Commission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calculate_data();
    void calculate();
    void rounding_data();
    void rounding();
    void planValidation();
    void planJson();

    void init();
    void cleanup();
    void statements();
    void planSelection();
    void adjustments();
    void adjustmentPermissions();
    void plansOnlyByAdministrators();
    void scope();
    void teamSummary();
    void simulation();
    void categoryRatesFromOrderLines();
    void periods();

private:
    void setTarget(const QString &code, qint64 fen, const QString &start = u"2025-03-01"_s);
    qint64 addRepPlan(const QString &mode, const QString &tiers, const QDate &from = QDate(2025, 1, 1));
    Statement statementOf(const QString &viewer, const QString &code,
                          const Period &p = Period::month(2025, 3));

    std::unique_ptr<TempDatabase> m_temp;
    CrmFixture m_fixture;
};

// Standard plan: 0%: 2%, 80%: 3%, 100%: 5% (accelerator), 120%: 8% (accelerator); target
// ¥100,000.00 = 10,000,000 fen unless the row says otherwise. Every expected number below is
// worked out by hand in the comment next to it.
void tst_Commission::calculate_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("tiers");
    QTest::addColumn<qint64>("cap");   // -1: none
    QTest::addColumn<qint64>("floor"); // bp
    QTest::addColumn<QString>("categoryRates");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("target"); // -1: none
    QTest::addColumn<QString>("categoryBase");
    QTest::addColumn<qint64>("tierFrom"); // -1: no tier reached
    QTest::addColumn<qint64>("attainment");
    QTest::addColumn<QString>("lines");
    QTest::addColumn<qint64>("commission");

    const QString std4 = u"0:200,8000:300,10000:500,12000:800"_s;
    const qint64 T = 10000000;

    // Whole amount at the tier reached.
    // 5,000,000 × 2% = 100,000
    QTest::newRow("tier: 50%") << u"tier"_s << std4 << -1LL << 0LL << QString() << 5000000LL << T << QString()
                               << 0LL << 5000LL << u"rate:0-5000000@200=100000"_s << 100000LL;
    // 79.99999%: still the 2% tier; 7,999,999 × 2% = 159,999.98 → 160,000 (half up, once)
    QTest::newRow("tier: one fen below 80%")
        << u"tier"_s << std4 << -1LL << 0LL << QString() << 7999999LL << T << QString() << 0LL << 7999LL
        << u"rate:0-7999999@200=160000"_s << 160000LL;
    // exactly 80%: the 3% tier on the whole base; 8,000,000 × 3% = 240,000
    QTest::newRow("tier: exactly 80%")
        << u"tier"_s << std4 << -1LL << 0LL << QString() << 8000000LL << T << QString() << 8000LL << 8000LL
        << u"rate:0-8000000@300=240000"_s << 240000LL;
    // exactly 100%: accelerator 5%; 10,000,000 × 5% = 500,000
    QTest::newRow("tier: exactly 100% (accelerator)")
        << u"tier"_s << std4 << -1LL << 0LL << QString() << 10000000LL << T << QString() << 10000LL << 10000LL
        << u"rate:0-10000000@500=500000"_s << 500000LL;
    // 125%: accelerator 8%; 12,500,000 × 8% = 1,000,000
    QTest::newRow("tier: 125%") << u"tier"_s << std4 << -1LL << 0LL << QString() << 12500000LL << T
                                << QString() << 12000LL << 12500LL << u"rate:0-12500000@800=1000000"_s
                                << 1000000LL;
    // cap ¥8,000: 1,000,000 − 800,000 = 200,000 taken off
    QTest::newRow("tier: capped") << u"tier"_s << std4 << 800000LL << 0LL << QString() << 12500000LL << T
                                  << QString() << 12000LL << 12500LL
                                  << u"rate:0-12500000@800=1000000;cap=-200000"_s << 800000LL;
    // cap exactly equal to the commission: nothing taken off
    QTest::newRow("tier: cap equal") << u"tier"_s << std4 << 1000000LL << 0LL << QString() << 12500000LL << T
                                     << QString() << 12000LL << 12500LL << u"rate:0-12500000@800=1000000"_s
                                     << 1000000LL;
    // floor 50%: 49.99999% pays nothing
    QTest::newRow("tier: below the floor") << u"tier"_s << std4 << -1LL << 5000LL << QString() << 4999999LL
                                           << T << QString() << -1LL << 4999LL << u"floor"_s << 0LL;
    // floor 50% reached exactly: 5,000,000 × 2% = 100,000
    QTest::newRow("tier: exactly at the floor")
        << u"tier"_s << std4 << -1LL << 5000LL << QString() << 5000000LL << T << QString() << 0LL << 5000LL
        << u"rate:0-5000000@200=100000"_s << 100000LL;
    // no target: the tiers need one
    QTest::newRow("tier: no target") << u"tier"_s << std4 << -1LL << 0LL << QString() << 5000000LL << -1LL
                                     << QString() << -1LL << -1LL << u"no_target"_s << 0LL;
    QTest::newRow("tier: target zero") << u"tier"_s << std4 << -1LL << 0LL << QString() << 5000000LL << 0LL
                                       << QString() << -1LL << -1LL << u"no_target"_s << 0LL;
    // a flat plan needs no target: 5,000,000 × 2.5% = 125,000
    QTest::newRow("tier: flat without target")
        << u"tier"_s << u"0:250"_s << -1LL << 0LL << QString() << 5000000LL << -1LL << QString() << 0LL
        << -1LL << u"rate:0-5000000@250=125000"_s << 125000LL;
    // tiers start at 80%: 70% reaches none
    QTest::newRow("tier: below the first tier")
        << u"tier"_s << u"8000:300,10000:500"_s << -1LL << 0LL << QString() << 7000000LL << T << QString()
        << -1LL << 7000LL << u"no_tier"_s << 0LL;
    // odd target 3,333,333: 80% is 2,666,666.4 fen; 2,666,666 is below it (2% → 53,333.32 → 53,333),
    // 2,666,667 reaches it (3% → 80,000.01 → 80,000)
    QTest::newRow("tier: odd target, one fen below 80%")
        << u"tier"_s << std4 << -1LL << 0LL << QString() << 2666666LL << 3333333LL << QString() << 0LL
        << 7999LL << u"rate:0-2666666@200=53333"_s << 53333LL;
    QTest::newRow("tier: odd target, at 80%")
        << u"tier"_s << std4 << -1LL << 0LL << QString() << 2666667LL << 3333333LL << QString() << 8000LL
        << 8000LL << u"rate:0-2666667@300=80000"_s << 80000LL;
    // category 耗材 at 1%: 2,000,000 × 1% = 20,000; the rest 9,000,000 at the tier reached by the whole
    // base (110% → 5%) = 450,000; 470,000 in all
    QTest::newRow("tier: category rate")
        << u"tier"_s << std4 << -1LL << 0LL << u"耗材:100"_s << 11000000LL << T
        << u"耗材:2000000,家具:9000000"_s << 10000LL << 11000LL
        << u"category耗材:0-2000000@100=20000;rate:2000000-11000000@500=450000"_s << 470000LL;
    // the floor stops category revenue too
    QTest::newRow("tier: category below the floor")
        << u"tier"_s << std4 << -1LL << 5000LL << u"耗材:100"_s << 4000000LL << T << u"耗材:1000000"_s << -1LL
        << 4000LL << u"floor"_s << 0LL;

    // Marginal brackets.
    // 5,000,000 in the first bracket × 2% = 100,000
    QTest::newRow("marginal: 50%") << u"marginal"_s << std4 << -1LL << 0LL << QString() << 5000000LL << T
                                   << QString() << 0LL << 5000LL << u"rate:0-5000000@200=100000"_s
                                   << 100000LL;
    // exactly 80%: the 80% bracket is reached but holds nothing yet; 8,000,000 × 2% = 160,000
    QTest::newRow("marginal: exactly 80%")
        << u"marginal"_s << std4 << -1LL << 0LL << QString() << 8000000LL << T << QString() << 8000LL
        << 8000LL << u"rate:0-8000000@200=160000"_s << 160000LL;
    // 125%: 8M × 2% = 160,000; 2M × 3% = 60,000; 2M × 5% = 100,000; 0.5M × 8% = 40,000 → 360,000
    QTest::newRow("marginal: 125%")
        << u"marginal"_s << std4 << -1LL << 0LL << QString() << 12500000LL << T << QString() << 12000LL
        << 12500LL
        << u"rate:0-8000000@200=160000;rate:8000000-10000000@300=60000;rate:10000000-12000000@500=100000;"
           u"rate:12000000-12500000@800=40000"_s
        << 360000LL;
    // exactly 100%: 160,000 + 60,000 = 220,000, the accelerator bracket reached but empty
    QTest::newRow("marginal: exactly 100%")
        << u"marginal"_s << std4 << -1LL << 0LL << QString() << 10000000LL << T << QString() << 10000LL
        << 10000LL << u"rate:0-8000000@200=160000;rate:8000000-10000000@300=60000"_s << 220000LL;
    // capped at 300,000: 360,000 − 300,000
    QTest::newRow("marginal: capped")
        << u"marginal"_s << std4 << 300000LL << 0LL << QString() << 12500000LL << T << QString() << 12000LL
        << 12500LL
        << u"rate:0-8000000@200=160000;rate:8000000-10000000@300=60000;rate:10000000-12000000@500=100000;"
           u"rate:12000000-12500000@800=40000;cap=-60000"_s
        << 300000LL;
    QTest::newRow("marginal: below the floor")
        << u"marginal"_s << std4 << -1LL << 6000LL << QString() << 5999999LL << T << QString() << -1LL
        << 5999LL << u"floor"_s << 0LL;
    // tiers start at 80%: the first 8,000,000 pay nothing; 1,000,000 × 3% = 30,000
    QTest::newRow("marginal: first tier above 0")
        << u"marginal"_s << u"8000:300,10000:500"_s << -1LL << 0LL << QString() << 9000000LL << T << QString()
        << 8000LL << 9000LL << u"rate:8000000-9000000@300=30000"_s << 30000LL;
    // odd target 3,333,333: thresholds 80% → 2,666,667 (2,666,666.4 rounded up), 100% → 3,333,333;
    // base 3,500,001:
    //   2,666,667 × 2% = 53,333.34 → 53,333
    //   666,666 × 3% = 19,999.98 → 20,000
    //   166,668 × 5% = 8,333.40 → 8,333
    // 81,666 (rounding the exact sum 81,666.72 once would give 81,667: each line is rounded once)
    QTest::newRow("marginal: odd target, rounded per line")
        << u"marginal"_s << std4 << -1LL << 0LL << QString() << 3500001LL << 3333333LL << QString() << 10000LL
        << 10500LL
        << u"rate:0-2666667@200=53333;rate:2666667-3333333@300=20000;rate:3333333-3500001@500=8333"_s
        << 81666LL;
    // category 耗材 at 1% fills the bottom: 2,000,000 × 1% = 20,000; the rest from 2M to 11M:
    // 6M × 2% = 120,000; 2M × 3% = 60,000; 1M × 5% = 50,000 → 250,000
    QTest::newRow("marginal: category rate")
        << u"marginal"_s << std4 << -1LL << 0LL << u"耗材:100"_s << 11000000LL << T
        << u"耗材:2000000,家具:9000000"_s << 10000LL << 11000LL
        << u"category耗材:0-2000000@100=20000;rate:2000000-8000000@200=120000;rate:8000000-10000000@300="
           u"60000;"
           u"rate:10000000-11000000@500=50000"_s
        << 250000LL;
    // two categories with rates, one of them without revenue: 耗材 1,000,000 × 1% = 10,000,
    // 服务 500,000 × 10% = 50,000 from 1M to 1.5M; the rest 1.5M–5M × 2% = 70,000 → 130,000
    QTest::newRow("marginal: two categories")
        << u"marginal"_s << std4 << -1LL << 0LL << u"软件:600,耗材:100,服务:1000"_s << 5000000LL << T
        << u"耗材:1000000,服务:500000,家具:3500000"_s << 0LL << 5000LL
        << u"category耗材:0-1000000@100=10000;category服务:1000000-1500000@1000=50000;"
           u"rate:1500000-5000000@200=70000"_s
        << 130000LL;
}

void tst_Commission::calculate()
{
    QFETCH(QString, mode);
    QFETCH(QString, tiers);
    QFETCH(qint64, cap);
    QFETCH(qint64, floor);
    QFETCH(QString, categoryRates);
    QFETCH(qint64, base);
    QFETCH(qint64, target);
    QFETCH(QString, categoryBase);
    QFETCH(qint64, tierFrom);
    QFETCH(qint64, attainment);
    QFETCH(QString, lines);
    QFETCH(qint64, commission);

    const Plan plan = makePlan(mode, tiers, cap, floor, categoryRates);
    QVERIFY(plan.validate().isEmpty());
    QMap<QString, qint64> categories;
    for (const QString &c : categoryBase.split(u',', Qt::SkipEmptyParts))
        categories.insert(c.section(u':', 0, 0), c.section(u':', 1).toLongLong());
    const Calculation c = CommissionCalculator::compute(
        plan, base, target >= 0 ? std::optional<qint64>(target) : std::nullopt, categories);
    QCOMPARE(describe(c), lines);
    QCOMPARE(c.commissionFen, commission);
    QCOMPARE(c.tier ? c.tier->fromBp : -1LL, tierFrom);
    QCOMPARE(c.attainmentBp.value_or(-1), attainment);
    QCOMPARE(c.capped, cap >= 0 && c.beforeCapFen > cap);
    for (const CommissionLine &l : c.lines)
        QVERIFY2(!l.text.isEmpty(), qPrintable(describe(c)));
}

void tst_Commission::rounding_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("rateBp");
    QTest::addColumn<qint64>("expected");
    // 1,001 × 2.5% = 25.025 → 25; 1,020 × 2.5% = 25.5 → 26 (half up); 1,019 × 2.5% = 25.475 → 25
    QTest::newRow("below half") << 1001LL << 250LL << 25LL;
    QTest::newRow("exactly half") << 1020LL << 250LL << 26LL;
    QTest::newRow("just below half") << 1019LL << 250LL << 25LL;
    // 25 × 2% = 0.5 → 1; 24 × 2% = 0.48 → 0
    QTest::newRow("half a fen") << 25LL << 200LL << 1LL;
    QTest::newRow("under half a fen") << 24LL << 200LL << 0LL;
    // deductions round half away from zero: −25 × 2% = −0.5 → −1
    QTest::newRow("negative half") << -25LL << 200LL << -1LL;
    // 0 × anything
    QTest::newRow("zero") << 0LL << 800LL << 0LL;
}

void tst_Commission::rounding()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, rateBp);
    QFETCH(qint64, expected);
    QCOMPARE(CommissionCalculator::applyRate(fen, rateBp), expected);
    // The same through a flat plan: one line, rounded once.
    if (fen >= 0) {
        const Calculation c =
            CommissionCalculator::compute(makePlan(u"tier"_s, u"0:%1"_s.arg(rateBp), -1, 0, {}), fen, {});
        QCOMPARE(c.commissionFen, expected);
    }
}

void tst_Commission::planValidation()
{
    Plan p = makePlan(u"tier"_s, u"0:200,0:300"_s, -1, 0, {});
    QCOMPARE(p.validate().size(), 1);
    QCOMPARE(p.validate().constFirst().field, u"tiers"_s);
    p = makePlan(u"tier"_s, QString(), -1, 0, u"耗材:100,耗材:200"_s);
    p.name.clear();
    p.memberCode = u"R1"_s; // both a role and a member
    QStringList fields;
    for (const FieldError &e : p.validate())
        fields << e.field;
    QCOMPARE(fields, (QStringList{u"name"_s, u"subject"_s, u"tiers"_s, u"categories"_s}));
    p = makePlan(u"tier"_s, u"0:200"_s, -1, 0, {});
    p.validTo = QDate(2024, 12, 31);
    QCOMPARE(p.validate().constFirst().field, u"valid_to"_s);

    // In force for the periods whose first day is in [validFrom, validTo].
    p.validFrom = QDate(2025, 3, 1);
    p.validTo = QDate(2025, 6, 30);
    QVERIFY(!p.appliesTo(Period::month(2025, 2)));
    QVERIFY(p.appliesTo(Period::month(2025, 3)));
    QVERIFY(p.appliesTo(Period::quarter(2025, 2)));
    QVERIFY(!p.appliesTo(Period::month(2025, 7)));
    QVERIFY(!p.appliesTo(Period::quarter(2025, 1)));
    p.validTo = QDate();
    QVERIFY(p.appliesTo(Period::year(2030)));
    QVERIFY(!p.needsTarget());
    p.floorBp = 1;
    QVERIFY(p.needsTarget());
}

void tst_Commission::planJson()
{
    QString error;
    const QJsonObject json{
        {u"name"_s, u"代表 2025"_s},
        {u"role"_s, u"rep"_s},
        {u"from"_s, u"2025-01"_s},
        {u"to"_s, u"2025-Q4"_s},
        {u"mode"_s, u"marginal"_s},
        {u"tiers"_s, QJsonArray{QJsonObject{{u"from_bp"_s, 10000}, {u"rate_bp"_s, 500}},
                                QJsonObject{{u"from_bp"_s, 0}, {u"rate_bp"_s, 200}}}},
        {u"cap_fen"_s, 2000000},
        {u"floor_bp"_s, 5000},
        {u"categories"_s, QJsonArray{QJsonObject{{u"category"_s, u"服务"_s}, {u"rate_bp"_s, 800}}}},
    };
    const std::optional<Plan> p = Plan::fromJson(json, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->validFrom, QDate(2025, 1, 1));
    QCOMPARE(p->validTo, QDate(2025, 12, 31));
    QCOMPARE(p->mode, RateMode::Marginal);
    QCOMPARE(p->tiers, (QList<Tier>{{0, 200}, {10000, 500}})); // sorted
    QCOMPARE(p->capFen.value_or(-1), 2000000);
    QCOMPARE(p->floorBp, 5000);
    QCOMPARE(p->categoryRates, (QList<CategoryRate>{{u"服务"_s, 800}}));
    QVERIFY(p->validate().isEmpty());
    const std::optional<Plan> again = Plan::fromJson(
        [&] {
            QJsonObject o = p->toJson();
            for (const QString &k : {u"id"_s, u"uuid"_s, u"member"_s, u"member_name"_s, u"notes"_s})
                o.remove(k);
            o.insert(u"from"_s, o.take(u"valid_from"_s));
            o.insert(u"to"_s, o.take(u"valid_to"_s));
            QJsonArray tiers;
            for (const QJsonValue &t : o.value(u"tiers"_s).toArray()) {
                QJsonObject tier = t.toObject();
                tier.remove(u"accelerator"_s);
                tiers.append(tier);
            }
            o.insert(u"tiers"_s, tiers);
            return o;
        }(),
        &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->tiers, p->tiers);
    QCOMPARE(again->validTo, p->validTo);

    QVERIFY(!Plan::fromJson(QJsonObject{{u"mode"_s, u"flat"_s}}, &error));
    QVERIFY(error.contains(u"flat"_s));
    QVERIFY(!Plan::fromJson(
        QJsonObject{{u"tiers"_s, QJsonArray{QJsonObject{{u"from_bp"_s, 0.5}, {u"rate_bp"_s, 1}}}}}, &error));
    QVERIFY(!Plan::fromJson(QJsonObject{{u"rates"_s, 1}}, &error));
    QVERIFY(error.contains(u"rates"_s));
}

// ---------------------------------------------------------------------------------------------

void tst_Commission::init()
{
    // The calculator's tests need no database (init() runs before every data row).
    static const QList<QByteArray> pure = {"calculate", "rounding", "planValidation", "planJson"};
    if (pure.contains(QByteArray(QTest::currentTestFunction())))
        return;
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_fixture = CrmFixture();
    QCOMPARE(m_fixture.build(m_temp->db()), QString());
}

void tst_Commission::cleanup()
{
    m_temp.reset();
}

void tst_Commission::setTarget(const QString &code, qint64 fen, const QString &start)
{
    QSqlQuery q(m_temp->connection());
    q.prepare(
        u"INSERT INTO target (uuid, member_id, metric, period_kind, period_start, value, hlc, device_id) "
        u"VALUES (?, ?, 'revenue', 'month', ?, ?, 1, 'test')"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(m_fixture.members.value(code));
    q.addBindValue(start);
    q.addBindValue(fen);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

qint64 tst_Commission::addRepPlan(const QString &mode, const QString &tiers, const QDate &from)
{
    Plan p = makePlan(mode, tiers, -1, 0, {});
    p.validFrom = from;
    const SaveResult r = CommissionRepository(m_temp->db(), AccessScope::administrator()).addPlan(p);
    if (!r.ok())
        qWarning("%s", qPrintable(r.message()));
    return r.id;
}

Statement tst_Commission::statementOf(const QString &viewer, const QString &code, const Period &p)
{
    const AccessScope scope =
        viewer.isEmpty() ? AccessScope::administrator() : m_fixture.scopeOf(m_temp->db(), viewer);
    Commissions commissions(m_temp->db(), scope);
    const std::optional<Statement> s = commissions.statement(m_fixture.members.value(code), p);
    if (!s)
        qWarning("%s", qPrintable(commissions.lastError()));
    return s.value_or(Statement());
}

void tst_Commission::statements()
{
    setTarget(u"R1"_s, 100000);
    setTarget(u"R2"_s, 200000);
    QVERIFY(addRepPlan(u"tier"_s, u"0:200,8000:300,10000:500"_s));

    // R1: 130,000 of 100,000 = 130% → 5%: 6,500
    const Statement r1 = statementOf({}, u"R1"_s);
    QVERIFY(r1.plan);
    QCOMPARE(r1.baseFen(), 130000);
    QCOMPARE(r1.calculation.targetFen.value_or(-1), 100000);
    QCOMPARE(r1.calculation.attainmentBp.value_or(-1), 13000);
    QCOMPARE(r1.calculation.tier->rateBp, 500);
    QCOMPARE(r1.commissionFen(), 6500);
    QCOMPARE(r1.totalFen, 6500);
    // R2: 130,000 of 200,000 = 65% → 2%: 2,600
    const Statement r2 = statementOf({}, u"R2"_s);
    QCOMPARE(r2.calculation.attainmentBp.value_or(-1), 6500);
    QCOMPARE(r2.commissionFen(), 2600);
    // R3: no target → nothing
    const Statement r3 = statementOf({}, u"R3"_s);
    QCOMPARE(r3.baseFen(), 130000);
    QCOMPARE(r3.commissionFen(), 0);
    QCOMPARE(r3.calculation.lines.constFirst().kind, CommissionLine::Kind::NoTarget);
    // M1 (a manager) has no plan.
    const Statement m1 = statementOf({}, u"M1"_s);
    QVERIFY(!m1.plan);
    QCOMPARE(m1.totalFen, 0);
    QVERIFY(m1.explanation().constFirst().contains(u"No commission plan"_s));

    // The statement is a fact: the same for R1 and their manager as for the administrator.
    QCOMPARE(statementOf(u"R1"_s, u"R1"_s).totalFen, 6500);
    QCOMPARE(statementOf(u"M1"_s, u"R1"_s).totalFen, 6500);

    // A cancelled order leaves the base.
    QSqlQuery q(m_temp->connection());
    QVERIFY(q.exec(
        u"UPDATE sales_order SET status = 'cancelled' WHERE id = %1"_s.arg(m_fixture.orders.value(u"c1"_s))));
    QCOMPARE(statementOf({}, u"R1"_s).baseFen(), 0);
    QCOMPARE(statementOf({}, u"R1"_s).commissionFen(), 0);
}

void tst_Commission::planSelection()
{
    setTarget(u"R2"_s, 200000);
    setTarget(u"R2"_s, 200000, u"2025-04-01"_s);
    QVERIFY(addRepPlan(u"tier"_s, u"0:200"_s));
    // A role plan that starts in April takes over from April, not before.
    QVERIFY(addRepPlan(u"tier"_s, u"0:400"_s, QDate(2025, 4, 1)));
    // Not a second plan for the same people starting the same day.
    QVERIFY(!addRepPlan(u"tier"_s, u"0:900"_s, QDate(2025, 4, 1)));
    QCOMPARE(statementOf({}, u"R2"_s).commissionFen(), 2600); // 130,000 × 2%
    QCOMPARE(statementOf({}, u"R2"_s, Period::month(2025, 4)).plan->tiers.constFirst().rateBp, 400);
    QCOMPARE(statementOf({}, u"R2"_s, Period::month(2024, 12)).plan.has_value(), false);

    // A member's own plan wins over the role's, even when the role's starts later.
    Plan own = makePlan(u"marginal"_s, u"0:1000"_s, -1, 0, {});
    own.role.reset();
    own.memberCode = u"R2"_s;
    own.validFrom = QDate(2025, 3, 1);
    own.validTo = QDate(2025, 3, 31);
    CommissionRepository repo(m_temp->db(), AccessScope::administrator());
    const SaveResult saved = repo.addPlan(own);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(statementOf({}, u"R2"_s).commissionFen(), 13000); // 130,000 × 10%
    QCOMPARE(statementOf({}, u"R1"_s).plan->tiers.constFirst().rateBp, 200);
    QCOMPARE(statementOf({}, u"R2"_s, Period::month(2025, 4)).plan->tiers.constFirst().rateBp, 400);

    // Removing it brings the role's plan back; the removed plan is tombstoned with its tiers.
    QVERIFY(repo.removePlan(saved.id));
    QCOMPARE(statementOf({}, u"R2"_s).commissionFen(), 2600);
    QSqlQuery q(m_temp->connection());
    QVERIFY(
        q.exec(u"SELECT count(*) FROM commission_tier WHERE deleted = 1 AND plan_id = %1"_s.arg(saved.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(repo.plans().size(), 2);
}

void tst_Commission::adjustments()
{
    setTarget(u"R1"_s, 100000);
    QVERIFY(addRepPlan(u"tier"_s, u"0:200,8000:300,10000:500"_s));
    Commissions asManager(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"M1"_s));
    Adjustment bonus;
    bonus.memberId = m_fixture.members.value(u"R1"_s);
    bonus.period = Period::month(2025, 3);
    bonus.amountFen = 50000;
    bonus.reason = u"  月度冠军  "_s;
    SaveResult r = asManager.repository().addAdjustment(bonus);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    Adjustment deduction = bonus;
    deduction.amountFen = -1000;
    deduction.reason = u"退货扣回"_s;
    QVERIFY(CommissionRepository(m_temp->db(), AccessScope::administrator()).addAdjustment(deduction).ok());
    Adjustment quarter = bonus;
    quarter.period = Period::quarter(2025, 1);
    quarter.amountFen = 30000;
    quarter.reason = u"季度奖"_s;
    QVERIFY(CommissionRepository(m_temp->db(), AccessScope::administrator()).addAdjustment(quarter).ok());

    // March: 6,500 + 50,000 − 1,000 = 55,500; the quarter's bonus is not in March's statement.
    const Statement march = statementOf(u"R1"_s, u"R1"_s);
    QCOMPARE(march.commissionFen(), 6500);
    QCOMPARE(march.adjustments.size(), 2);
    QCOMPARE(march.adjustments.at(0).reason, u"月度冠军"_s);
    QCOMPARE(march.adjustments.at(0).createdByName, u"王经理"_s);
    QVERIFY(march.adjustments.at(0).createdAt.isValid());
    QCOMPARE(march.adjustments.at(1).createdBy, 0);
    QCOMPARE(march.adjustmentsFen, 49000);
    QCOMPARE(march.totalFen, 55500);
    QVERIFY(march.explanation().join(u'\n').contains(u"月度冠军"_s));
    // Q1 has every adjustment of the quarter: 50,000 − 1,000 + 30,000 = 79,000. The Q1 base is
    // 130,000, but R1 has no Q1 target (January and February have none): no commission.
    const Statement q1 = statementOf({}, u"R1"_s, Period::quarter(2025, 1));
    QCOMPARE(q1.adjustmentsFen, 79000);
    QCOMPARE(q1.commissionFen(), 0);
    QCOMPARE(q1.totalFen, 79000);

    // Invalid entries.
    Adjustment bad = bonus;
    bad.amountFen = 0;
    bad.reason = u" "_s;
    bad.period = Period::week(QDate(2025, 3, 3));
    QStringList fields;
    for (const FieldError &e :
         CommissionRepository(m_temp->db(), AccessScope::administrator()).addAdjustment(bad).fieldErrors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{u"amount"_s, u"reason"_s, u"period"_s}));
}

void tst_Commission::adjustmentPermissions()
{
    const auto tryAdd = [&](const QString &viewer, const QString &member) {
        Adjustment a;
        a.memberId = m_fixture.members.value(member);
        a.period = Period::month(2025, 3);
        a.amountFen = 100;
        a.reason = u"test"_s;
        return CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), viewer))
            .addAdjustment(a)
            .ok();
    };
    QVERIFY(tryAdd(u"A1"_s, u"R3"_s));
    QVERIFY(tryAdd(u"M1"_s, u"R2"_s));
    QVERIFY(!tryAdd(u"M1"_s, u"M1"_s)); // not for themselves
    QVERIFY(!tryAdd(u"M1"_s, u"R3"_s)); // another team
    QVERIFY(!tryAdd(u"R1"_s, u"R1"_s));
    QVERIFY(!tryAdd(u"S1"_s, u"R1"_s));
}

void tst_Commission::plansOnlyByAdministrators()
{
    Plan p = makePlan(u"tier"_s, u"0:200"_s, -1, 0, {});
    for (const QString &code : {u"M1"_s, u"R1"_s, u"S1"_s}) {
        const SaveResult r =
            CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), code)).addPlan(p);
        QVERIFY2(!r.ok() && !r.error.isEmpty(), qPrintable(code));
    }
    QVERIFY(CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"A1"_s)).addPlan(p).ok());
    // A member's plan is seen by that member and their manager, not by other reps.
    Plan own = makePlan(u"tier"_s, u"0:300"_s, -1, 0, {});
    own.role.reset();
    own.memberId = m_fixture.members.value(u"R1"_s);
    QVERIFY(CommissionRepository(m_temp->db(), AccessScope::administrator()).addPlan(own).ok());
    QCOMPARE(CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"R1"_s)).plans().size(), 2);
    QCOMPARE(CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"M1"_s)).plans().size(), 2);
    QCOMPARE(CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"R3"_s)).plans().size(), 1);
    QVERIFY(!CommissionRepository(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"M1"_s)).removePlan(1));
}

void tst_Commission::scope()
{
    QVERIFY(addRepPlan(u"tier"_s, u"0:200"_s));
    const auto codes = [&](const QString &viewer) {
        Commissions c(m_temp->db(), viewer.isEmpty() ? AccessScope::administrator()
                                                     : m_fixture.scopeOf(m_temp->db(), viewer));
        QStringList list;
        const std::optional<TeamSummary> summary = c.summary(Period::month(2025, 3));
        for (const Statement &s : summary->statements)
            list << s.code;
        return list;
    };
    // Admin and support members have no plan and are left out; everyone sales is listed.
    QCOMPARE(codes({}), (QStringList{u"M1"_s, u"R1"_s, u"R2"_s, u"R3"_s}));
    QCOMPARE(codes(u"M1"_s), (QStringList{u"M1"_s, u"R1"_s, u"R2"_s}));
    QCOMPARE(codes(u"R1"_s), (QStringList{u"R1"_s}));
    QCOMPARE(codes(u"R3"_s), (QStringList{u"R3"_s}));

    Commissions asRep(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"R1"_s));
    QVERIFY(!asRep.statement(m_fixture.members.value(u"R2"_s), Period::month(2025, 3)));
    QVERIFY(!asRep.lastError().isEmpty());
    QVERIFY(!asRep.simulate(m_fixture.members.value(u"R2"_s), Period::month(2025, 3), 100));
    QVERIFY(asRep.statement(m_fixture.members.value(u"R1"_s), Period::month(2025, 3)));
}

void tst_Commission::teamSummary()
{
    setTarget(u"R1"_s, 100000);
    setTarget(u"R2"_s, 200000);
    QVERIFY(addRepPlan(u"tier"_s, u"0:200,8000:300,10000:500"_s));
    Adjustment a;
    a.memberId = m_fixture.members.value(u"R3"_s);
    a.period = Period::month(2025, 3);
    a.amountFen = 12345;
    a.reason = u"新客户奖励"_s;
    QVERIFY(CommissionRepository(m_temp->db(), AccessScope::administrator()).addAdjustment(a).ok());

    Commissions commissions(m_temp->db(), AccessScope::administrator());
    const std::optional<TeamSummary> all = commissions.summary(Period::month(2025, 3));
    QVERIFY(all);
    // 一组: M1 0, R1 6,500, R2 2,600; 二组: R3 0 + 12,345.
    QCOMPARE(all->teams.size(), 2);
    QCOMPARE(all->teams.at(0).teamName, u"一组"_s);
    QCOMPARE(all->teams.at(0).members, 3);
    QCOMPARE(all->teams.at(0).baseFen, 260000);
    QCOMPARE(all->teams.at(0).commissionFen, 9100);
    QCOMPARE(all->teams.at(0).totalFen, 9100);
    QCOMPARE(all->teams.at(1).teamName, u"二组"_s);
    QCOMPARE(all->teams.at(1).adjustmentsFen, 12345);
    QCOMPARE(all->teams.at(1).totalFen, 12345);
    QCOMPARE(all->total.members, 4);
    QCOMPARE(all->total.baseFen, 390000);
    QCOMPARE(all->total.commissionFen, 9100);
    QCOMPARE(all->total.adjustmentsFen, 12345);
    QCOMPARE(all->total.totalFen, 21445);

    // The region's subtree holds both teams; team B alone only R3; one member alone.
    QCOMPARE(commissions.summary(Period::month(2025, 3), m_fixture.region)->statements.size(), 4);
    QCOMPARE(commissions.summary(Period::month(2025, 3), m_fixture.teamB)->total.totalFen, 12345);
    const std::optional<TeamSummary> one =
        commissions.summary(Period::month(2025, 3), 0, m_fixture.members.value(u"R2"_s));
    QCOMPARE(one->statements.size(), 1);
    QCOMPARE(one->total.totalFen, 2600);
    const QJsonObject json = all->toJson();
    QCOMPARE(json.value(u"total"_s).toObject().value(u"total_fen"_s).toInteger(), 21445);
    QCOMPARE(json.value(u"statements"_s).toArray().size(), 4);

    // As CSV in GBK: no BOM, exact yuan, Chinese intact, a formula-like name neutralised.
    TeamSummary evil = *all;
    evil.statements[1].name = u"=HYPERLINK(\"x\")张伟"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"提成.csv"_s);
    QVERIFY2(commissions.exportSummary(evil, path, u"csv"_s, "gbk"), qPrintable(commissions.lastError()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder gbk("GBK");
    const QStringList lines = QString(gbk.decode(bytes)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(!gbk.hasError());
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.at(2).startsWith(u"R1,\"'=HYPERLINK(\"\"x\"\")张伟\",一组,"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(5).endsWith(u",91.00,123.45,214.45"_s), qPrintable(lines.at(5)));
    QVERIFY(!commissions.exportSummary(evil, path, u"csv"_s, "latin1"));
}

void tst_Commission::simulation()
{
    setTarget(u"R2"_s, 200000);
    QVERIFY(addRepPlan(u"tier"_s, u"0:200,8000:300,10000:500"_s));
    Commissions commissions(m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"R2"_s));
    const qint64 r2 = m_fixture.members.value(u"R2"_s);
    // 130,000 (65%, 2%: 2,600) + 30,000 = 160,000 = exactly 80% → 3% of the whole: 4,800; 2,200 more.
    std::optional<Simulation> sim = commissions.simulate(r2, Period::month(2025, 3), 30000);
    QVERIFY(sim);
    QCOMPARE(sim->current.commissionFen(), 2600);
    QCOMPARE(sim->simulated.baseFen(), 160000);
    QCOMPARE(sim->simulated.calculation.tier->fromBp, 8000);
    QCOMPARE(sim->simulated.commissionFen(), 4800);
    QCOMPARE(sim->commissionDeltaFen(), 2200);
    QVERIFY(sim->sentence().contains(u"¥22.00"_s));
    // One fen less stays in the 2% tier: 159,999 × 2% = 3,199.98 → 3,200; 600 more.
    sim = commissions.simulate(r2, Period::month(2025, 3), 29999);
    QCOMPARE(sim->simulated.calculation.tier->fromBp, 0);
    QCOMPARE(sim->commissionDeltaFen(), 600);
    // Nothing was written: the statement is as before.
    QCOMPARE(commissions.statement(r2, Period::month(2025, 3))->baseFen(), 130000);
}

void tst_Commission::categoryRatesFromOrderLines()
{
    // R1 sells one more order in March: a 耗材 line of 20,000 and a 家具 line of 50,000; base
    // 130,000 (家具) + 70,000 = 200,000, of which 耗材 20,000. Target 200,000 → 100% → 5%.
    OrderRepository orders(m_temp->db(), AccessScope::administrator());
    const SaveResult supplies =
        orders.addProduct(Product{0, {}, u"SKU-900"_s, u"硒鼓"_s, u"耗材"_s, 10000, true});
    QVERIFY(supplies.ok());
    Order o;
    o.orderNo = u"SO-CAT"_s;
    o.orderDate = QDate(2025, 3, 25);
    o.customerId = m_fixture.customers.value(u"c1"_s);
    o.memberId = m_fixture.members.value(u"R1"_s);
    o.lines << OrderLine{0, supplies.id, 2, 10000, 0, {}, {}}
            << OrderLine{0, m_fixture.product, 1, 50000, 0, {}, {}};
    QVERIFY(orders.create(o).ok());
    setTarget(u"R1"_s, 200000);
    Plan p = makePlan(u"tier"_s, u"0:200,10000:500"_s, -1, 0, u"耗材:100"_s);
    QVERIFY(CommissionRepository(m_temp->db(), AccessScope::administrator()).addPlan(p).ok());
    const Statement s = statementOf({}, u"R1"_s);
    QCOMPARE(s.baseFen(), 200000);
    QCOMPARE(s.categoryBase.value(u"耗材"_s), 20000);
    QCOMPARE(s.categoryBase.value(u"家具"_s), 180000);
    // 耗材 20,000 × 1% = 200; the rest 180,000 × 5% = 9,000 → 9,200
    QCOMPARE(s.calculation.lines.size(), 2);
    QCOMPARE(s.calculation.lines.at(0).amountFen, 200);
    QCOMPARE(s.calculation.lines.at(1).amountFen, 9000);
    QCOMPARE(s.commissionFen(), 9200);
    // Simulating extra 耗材 revenue: 220,000 base, 耗材 40,000 × 1% = 400; 180,000 × 5% = 9,000.
    Commissions commissions(m_temp->db(), AccessScope::administrator());
    const std::optional<Simulation> sim =
        commissions.simulate(m_fixture.members.value(u"R1"_s), Period::month(2025, 3), 20000, u"耗材"_s);
    QCOMPARE(sim->simulated.commissionFen(), 9400);
    QCOMPARE(sim->commissionDeltaFen(), 200);
}

void tst_Commission::periods()
{
    Commissions commissions(m_temp->db(), AccessScope::administrator());
    QVERIFY(!commissions.statement(m_fixture.members.value(u"R1"_s), Period::week(QDate(2025, 3, 3))));
    QVERIFY(!commissions.summary(Period::range(QDate(2025, 3, 1), QDate(2025, 3, 15))));
    QVERIFY(!commissions.lastError().isEmpty());
    QVERIFY(commissions.summary(Period::year(2025)));
}

QTEST_GUILESS_MAIN(tst_Commission)
#include "tst_commission.moc"
